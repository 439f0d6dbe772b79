import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { funnel, ROOT } from './run-cli.js';
import { difference, inkShare, shrink } from './screens.js';

/**
 * The HTML pages in a real browser: headless Chromium from the system (Debian's `chromium`), never a
 * downloaded one. No browser is a failure with instructions, never a silent skip: these tests are
 * the only proof that the page renders, loads nothing and prints.
 */
const CANDIDATES = [process.env.FUNNEL_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter((p): p is string => !!p);
const CHROMIUM = CANDIDATES.find((p) => existsSync(p));
const REFS = join(ROOT, 'test/e2e/html-refs');
/** FUNNEL_UPDATE_SCREENSHOTS=1 rewrites the reference images (and the README's screenshot) from this run. */
const UPDATE = process.env.FUNNEL_UPDATE_SCREENSHOTS === '1';
const VIEWPORT = { width: 1000, height: 800 };

let browser: Browser;
let dir: string;
beforeAll(async () => {
  if (!CHROMIUM) {
    throw new Error(
      'BROWSER TESTS CANNOT RUN: no Chromium found (looked at ' + CANDIDATES.join(', ') + ').\n' +
        'Install it with `apt-get install chromium` (.ci/run does), or set FUNNEL_CHROMIUM to a Chromium binary.',
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'funnel-html-'));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--font-render-hinting=none', '--disable-gpu'] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Writes the page with the real CLI (-o, atomically) and returns its path. */
function write(name: string, args: string[], expectedCode = 0): string {
  const file = join(dir, `${name}.html`);
  const run = funnel([...args, '--format', 'html', '-o', file, '--quiet']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(expectedCode);
  expect(run.stdout).toBe('');
  return file;
}

interface Loaded {
  page: Page;
  requests: string[];
  errors: string[];
}

/** Opens a page with every request outside the file itself refused and recorded, and every console error kept. */
async function open(file: string, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Loaded> {
  const context = await browser.newContext({ viewport: { ...VIEWPORT, width: options.width ?? VIEWPORT.width }, colorScheme: options.colorScheme ?? 'light', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const self = pathToFileURL(file).href;
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === self) return route.continue();
    requests.push(url);
    return route.abort();
  });
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(self, { waitUntil: 'load' });
  // Screenshots are compared across machines: the generic family resolves more alike than system-ui does.
  await page.addStyleTag({ content: 'html, body, .chart text { font-family: sans-serif !important; }' });
  return { page, requests, errors };
}

/** Every chart, screenshotted alone, has marks on it: a chart drawn blank fails here. */
async function chartsHaveInk(page: Page): Promise<number> {
  const charts = await page.locator('svg.chart').all();
  for (const [i, chart] of charts.entries()) {
    const ink = inkShare(PNG.sync.read(await chart.screenshot()));
    expect([i, ink.shades > 3 && ink.ink > 0.02]).toEqual([i, true]);
  }
  return charts.length;
}

async function screenshotMatches(page: Page, name: string): Promise<void> {
  const png = PNG.sync.read(await page.screenshot({ fullPage: true }));
  const ink = inkShare(png);
  expect(ink.shades).toBeGreaterThan(50);
  expect(ink.ink).toBeGreaterThan(0.05);
  const small = shrink(png);
  const ref = join(REFS, `${name}.png`);
  if (UPDATE) {
    writeFileSync(ref, PNG.sync.write(small));
    if (name === 'report') writeFileSync(join(ROOT, 'docs/report-html.png'), PNG.sync.write(png));
  }
  const diff = difference(small, PNG.sync.read(readFileSync(ref)));
  expect(diff.heightRatio, `${name}: page height against test/e2e/html-refs/${name}.png`).toBeGreaterThan(TOLERANCE.heightRatio);
  expect(diff.meanDiff, `${name}: mean colour difference`).toBeLessThan(TOLERANCE.meanDiff);
  expect(diff.badShare, `${name}: share of very different blocks`).toBeLessThan(TOLERANCE.badShare);
}

/**
 * Loose enough for another font: the report set in DejaVu Serif instead of the sans-serif of the
 * references measured 0.97 / 14.4 / 0.07; tight enough for a lost section (the trend charts gone:
 * height 0.88; the rep section: 0.81) or another page (0.67). One chart drawn blank in its place is
 * below what fonts move (mean 1.3): chartsHaveInk catches that, chart by chart.
 */
const TOLERANCE = { heightRatio: 0.95, meanDiff: 16, badShare: 0.1 };
const matches = (d: { heightRatio: number; meanDiff: number; badShare: number }) =>
  d.heightRatio > TOLERANCE.heightRatio && d.meanDiff < TOLERANCE.meanDiff && d.badShare < TOLERANCE.badShare;

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

describe('funnel report --format html in Chromium', () => {
  let file: string;
  beforeAll(() => {
    file = write('report', ['report', 'fixtures/team-8-weeks.csv', '--by', 'rep']);
  });

  it('loads nothing, logs no error, runs no script, and shows the numbers', async () => {
    const { page, requests, errors } = await open(file);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.title()).toBe('Funnel report');
    // fixtures/team-8-weeks.csv: 2,533 dials, 840 reached (33.2 %), 195 callbacks, 123 meetings (14.6 % of reached, 4.9 % of dials).
    expect(await texts(page, '#funnel-chart text')).toEqual(expect.arrayContaining(['2,533', '840', '33.2 % of dials', '195', '123', '14.6 % of reached · 4.9 % of dials']));
    expect(await page.locator('#funnel-chart').isVisible()).toBe(true);
    // Leaderboard: Anna 61/864 = 7.1 %, Bram 39/843 = 4.6 %, Chris 23/826 = 2.8 %.
    const reps = await page.locator('#reps tbody tr').evaluateAll((rows) => rows.map((r) => [r.children[0]!.textContent, r.lastElementChild!.textContent]));
    expect(reps).toEqual([['Anna', '7.1 % ▲ better'], ['Bram', '4.6 %'], ['Chris', '2.8 % ▼ worse']]);
    expect(await texts(page, '.notes li')).toEqual(['2026-W44 has 15 short-term callbacks still open: its meeting rate may rise as they turn into meetings']);
    expect(await page.locator('#weeks svg .dot.open').count()).toBe(6); // W44 in each of the six trend charts
    expect(await chartsHaveInk(page)).toBe(1 + 6 + 1);
    await screenshotMatches(page, 'report');
    await page.context().close();
  });

  it('fits its width, in dark mode too', async () => {
    const { page } = await open(file, { colorScheme: 'dark' });
    // Evaluated in the page (as text: the project's types have no DOM).
    const look = await page.evaluate(`({
      width: document.documentElement.scrollWidth,
      bg: getComputedStyle(document.documentElement).backgroundColor,
      label: getComputedStyle(document.querySelector('#funnel-chart text')).fill,
    })`);
    expect(look).toEqual({ width: VIEWPORT.width, bg: 'rgb(21, 23, 27)', label: 'rgb(231, 233, 236)' });
    await screenshotMatches(page, 'report-dark');
    await page.context().close();
  });

  it('prints on A4 without anything running off the page', async () => {
    // A4 is 210 mm wide; less 2 × 12 mm of margin, 186 mm = 703 CSS pixels.
    const { page } = await open(file, { width: 703 });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const print = await page.evaluate(`({ width: document.documentElement.scrollWidth, bg: getComputedStyle(document.documentElement).backgroundColor })`);
    expect(print).toEqual({ width: 703, bg: 'rgb(255, 255, 255)' }); // light on paper, whatever the screen's scheme
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(5);
    await page.context().close();
  });

  it('the comparisons have teeth: a lost section, another page or a blank chart is told apart; another font is not', async () => {
    const plan = write('plan-as-report', ['plan', '--meetings-per-day', '3']);
    const cases: [string, string, boolean][] = [
      [plan, '', false],
      [file, '#weeks svg { display: none }', false],
      [file, '#reps { display: none }', false],
      [file, 'html, body, .chart text { font-family: "DejaVu Sans Condensed", sans-serif !important }', true],
    ];
    const reference = PNG.sync.read(readFileSync(join(REFS, 'report.png')));
    for (const [page_, css, same] of cases) {
      const { page } = await open(page_);
      if (css) await page.addStyleTag({ content: css });
      const diff = difference(shrink(PNG.sync.read(await page.screenshot({ fullPage: true }))), reference);
      expect([css || page_, matches(diff)]).toEqual([css || page_, same]);
      await page.context().close();
    }
    const { page } = await open(file);
    await page.addStyleTag({ content: '#rep-chart > :not(title):not(desc) { visibility: hidden }' });
    await expect(chartsHaveInk(page)).rejects.toThrow();
    await page.context().close();
  });
});

describe('funnel plan, check and track --format html in Chromium', () => {
  it('plan: the day, the range and which stage to improve', async () => {
    const { page, requests, errors } = await open(write('plan', ['plan', '--meetings-per-day', '3']));
    expect([requests, errors]).toEqual([[], []]);
    expect(await texts(page, '.tile .v')).toEqual(['3', '36', '13', '1.8', '0.58']);
    expect(await texts(page, '#plan-range text')).toEqual(expect.arrayContaining(['90 % range 22–62', 'plan 36', '69 dials book 3 meetings on at least 90 % of days']));
    expect(await page.locator('#plan-sens-dials .bar').count()).toBe(2);
    expect(await chartsHaveInk(page)).toBe(4);
    await screenshotMatches(page, 'plan');
    await page.context().close();
  });

  it('check: the verdict first, failing checks first', async () => {
    // The baseline from standard input: a temporary path in the heading would move the layout from run to run.
    const baseline = funnel(['report', 'fixtures/reference-week.csv', '--format', 'json', '--quiet']).stdout;
    const file = join(dir, 'check.html');
    const run = funnel(['check', 'fixtures/check/week2-collapse.csv', '--baseline', '-', '--min', 'reached/dials=30%', '--format', 'html', '-o', file, '--quiet'], { input: baseline });
    expect([run.code, run.stderr]).toEqual([1, '']);
    const { page, requests, errors } = await open(file);
    expect([requests, errors]).toEqual([[], []]);
    expect(await texts(page, '.headline')).toEqual(['FAIL: 2 regressions in 5 checks']);
    expect(await texts(page, '.sub')).toEqual(['fixtures/check/week2-collapse.csv · baseline standard input']);
    const verdicts = await texts(page, 'article .verdict');
    expect(verdicts.slice(0, 2)).toEqual(['regression', 'regression']);
    expect(verdicts.slice(2).every((v) => v.startsWith('pass'))).toBe(true);
    expect(await chartsHaveInk(page)).toBe(5);
    await screenshotMatches(page, 'check');
    await page.context().close();
  });

  it('track: planned against actual per rep, status, effort and conversion', async () => {
    // Run in the temporary folder with relative names: the heading names the plan file, and a random path would move the layout.
    const lines = readFileSync(join(ROOT, 'fixtures/team-8-weeks.csv'), 'utf8').trim().split('\n');
    writeFileSync(join(dir, 'w16.csv'), lines.slice(0, 19).join('\n') + '\n');
    writeFileSync(join(dir, 'w78.csv'), [lines[0], ...lines.slice(-6)].join('\n') + '\n');
    expect(funnel(['plan', '--from', 'w16.csv', '--by', 'rep', '--meetings-per-week', '8', '--format', 'json', '-o', 'plan.json', '--quiet'], { cwd: dir }).code).toBe(0);
    const run = funnel(['track', 'plan.json', 'w78.csv', '--as-of', '2026-10-29', '--format', 'html', '-o', 'track.html', '--quiet'], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([0, '']);
    const { page, requests, errors } = await open(join(dir, 'track.html'));
    expect([requests, errors]).toEqual([[], []]);
    expect(await texts(page, '#standing tbody th')).toEqual(['team', 'Anna', 'Bram', 'Chris']);
    expect(await page.locator('#track-gap .effort').count()).toBe(4);
    expect(await chartsHaveInk(page)).toBe(2);
    await screenshotMatches(page, 'track');
    await page.context().close();
  });
});
