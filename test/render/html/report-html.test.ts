import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report.js';
import { reportHtml } from '../../../src/render/html/report.js';
import { repsToShow } from '../../../src/render/report-table.js';
import { pct } from '../../../src/render/format.js';
import { week } from '../../helpers.js';
import { byId, elements, parsePage, tableRows, textOf, withClass, type El } from './dom.js';

/** Two reps over three weeks; every figure below is worked out by hand from these rows. */
const rows = [
  week({ dials: 100, reached: 40, callbacks_short: 4, callbacks_long: 1, meetings: 10 }, { week: '2026-W01', rep: 'Ann' }),
  week({ dials: 100, reached: 30, callbacks_short: 3, callbacks_long: 1, meetings: 3 }, { week: '2026-W01', rep: 'Ben' }),
  week({ dials: 100, reached: 40, callbacks_short: 4, callbacks_long: 1, meetings: 12 }, { week: '2026-W02', rep: 'Ann' }),
  week({ dials: 100, reached: 30, callbacks_short: 3, callbacks_long: 1, meetings: 3 }, { week: '2026-W02', rep: 'Ben' }),
  week({ dials: 100, reached: 40, callbacks_short: 5, callbacks_long: 1, meetings: 10 }, { week: '2026-W03', rep: 'Ann' }),
  week({ dials: 100, reached: 30, callbacks_short: 2, callbacks_long: 0, meetings: 2 }, { week: '2026-W03', rep: 'Ben' }),
];
// Totals: 600 dials, 210 reached, 26 callbacks (21 short, 5 long), 40 meetings.
const report = buildReport(rows);
const doc = parsePage(reportHtml(report, { files: ['team.csv'], byRep: true }));

const svgTitled = (root: El, title: string) => {
  const svg = elements(root).find((e) => e.tag === 'svg' && e.children.some((c) => c.tag === 'title' && textOf(c) === title));
  if (!svg) throw new Error(`no chart titled ${title}`);
  return svg;
};

describe('reportHtml: the numbers a reader sees', () => {
  it('the funnel bars carry counts, % of the previous step and % of dials', () => {
    const words = elements(byId(doc, 'funnel-chart')).filter((e) => e.tag === 'text').map(textOf);
    expect(words).toEqual([
      'Dials', '600', '',
      'Reached', '210', '35.0 % of dials', // 210/600
      'Callbacks', '26', '12.4 % of reached (21 short, 5 long)', // 26/210
      'Meetings', '40', '19.0 % of reached · 6.7 % of dials', // 40/210, 40/600
    ]);
    // Bar lengths in proportion to the dials: 280 px for all dials.
    const bars = withClass(byId(doc, 'funnel-chart'), 'bar').map((b) => Number(b.attrs.width));
    expect(bars).toEqual([280, 98, 12.1, 18.7]);
  });

  it('the ratio chain with its 90 % Wilson intervals (closed formula here)', () => {
    const z = 1.6448536269514722;
    const wilson = (x: number, n: number) => {
      const p = x / n, c = (p + (z * z) / (2 * n)) / (1 + (z * z) / n), h = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
      return `${((c - h) * 100).toFixed(1)}–${((c + h) * 100).toFixed(1)} %`;
    };
    const table = elements(byId(doc, 'funnel')).find((e) => e.tag === 'table')!;
    expect(tableRows(table).slice(1)).toEqual([
      ['reached/dials', '35.0 %', wilson(210, 600)],
      ['meetings/reached', '19.0 %', wilson(40, 210)],
      ['meetings/dials', '6.7 %', wilson(40, 600)],
      ['callbacks/reached', '12.4 %', wilson(26, 210)],
    ]);
  });

  it('draws the latest week, with open short-term callbacks, as maturing: tinted, dashed, hollow', () => {
    const chart = svgTitled(doc, 'meetings/dials by week');
    const dots = elements(chart).filter((e) => e.tag === 'circle');
    expect(dots.map((d) => d.attrs.class)).toEqual(['dot', 'dot', 'dot open']);
    // 13/200, 15/200, 12/200
    expect(dots.map((d) => textOf(d).replace(/ \(90 % interval .*?\)/, ''))).toEqual(['2026-W01: meetings/dials 6.5 %', '2026-W02: meetings/dials 7.5 %', '2026-W03: meetings/dials 6.0 %, still maturing']);
    expect(textOf(dots[2]!)).toMatch(/^2026-W03: meetings\/dials 6\.0 % \(90 % interval [\d.]+ %–[\d.]+ %\), still maturing$/); // 12/200
    expect(elements(chart).filter((e) => e.attrs.class === 'line open')).toHaveLength(1);
    expect(withClass(chart, 'mat')).toHaveLength(1);
    expect(textOf(byId(doc, 'weeks'))).toContain('2026-W03 (maturing)');
  });

  it('week ticks say W01…W03 with the year once', () => {
    const chart = svgTitled(doc, 'dials by week');
    const ticks = elements(chart).filter((e) => e.tag === 'text' && e.attrs['text-anchor'] === 'middle').map(textOf);
    expect(ticks).toEqual(expect.arrayContaining(['W01', '2026', 'W02', 'W03']));
    expect(ticks.filter((t) => t === '2026')).toHaveLength(1);
  });

  it('the leaderboard: best meetings/dials first, marks for better and worse than the rest', () => {
    const table = elements(byId(doc, 'reps')).find((e) => e.tag === 'table')!;
    const [head, ...body] = tableRows(table);
    expect(head).toEqual(['Rep', 'Weeks', 'Dials', 'Reached', 'Callbacks', 'Meetings', 'reach', 'mtg/conv', 'mtg/dial']);
    // Ann 32/300 = 10.7 % against Ben 8/300 = 2.7 %: Fisher's p is far below 0.05.
    expect(body.map((r) => [r[0], r.at(-1)])).toEqual([['Ann', '10.7 % ▲ better'], ['Ben', '2.7 % ▼ worse']]);
    const chart = byId(doc, 'rep-chart');
    expect(withClass(chart, 'better').filter((e) => e.tag === 'path').length).toBeGreaterThanOrEqual(1);
    expect(withClass(chart, 'ref')).toHaveLength(3); // the team line in each panel
    expect(elements(chart).filter((e) => e.tag === 'text').map(textOf)).toContain('team 6.7 %');
  });

  it('the chart draws each rep at the fair (empirical-Bayes) rate and names the raw rate and both p-values', () => {
    const tips = elements(byId(doc, 'rep-chart')).filter((e) => e.tag === 'title').map(textOf).filter((t) => t.startsWith('Ann: meetings/dials'));
    const fair = report.reps!.find((p) => p.rep === 'Ann')!.vs_team['meetings/dials'].fair!;
    expect(tips).toHaveLength(1);
    // The raw rate is 32/300 = 10.7 %; the fair one is pulled toward the team (6.7 %), never past it.
    expect(fair.rate).toBeGreaterThan(20 / 300);
    expect(fair.rate).toBeLessThanOrEqual(32 / 300);
    expect(tips[0]).toMatch(new RegExp(`^Ann: meetings/dials fair ${pct(fair.rate).replace('.', '\\.')} \\(90 % interval .*\\), raw 10\\.7 %, rest of the team 2\\.7 %, p [<=] [\\d.]+, adjusted p [<=] [\\d.]+$`));
  });

  it('says the evolution in one sentence: W01 200 dials, 13 meetings (6.5 %) → W03 200, 12 (6.0 %)', () => {
    expect(textOf(withClass(doc, 'lead')[0]!)).toBe('From 2026-W01 to 2026-W03: dials 200 → 200, meetings 13 → 12, meetings per dial 6.5 % → 6.0 %.');
  });

  it('puts the warnings first', () => {
    const aside = elements(doc).find((e) => e.tag === 'aside')!;
    expect(textOf(aside)).toContain('2026-W03 has 7 short-term callbacks still open');
    expect(textOf(aside)).toContain('too little data to conclude: 3 weeks (want 4+)');
  });
});

describe('reportHtml: one self-contained, accessible page', () => {
  const html = reportHtml(report, { files: ['team.csv'], byRep: true });

  it('loads nothing: no script, no link, no URL anywhere, and a policy that forbids it', () => {
    const tags = new Set(elements(doc).map((e) => e.tag));
    for (const t of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'base', 'form']) expect(tags.has(t)).toBe(false);
    expect(elements(doc).flatMap((e) => Object.keys(e.attrs)).filter((a) => a === 'src' || a === 'href' || a.startsWith('on'))).toEqual([]);
    expect(html).not.toMatch(/url\(|@import|https?:|\/\/[a-z]/i);
    const csp = elements(doc).find((e) => e.attrs['http-equiv'] === 'Content-Security-Policy');
    expect(csp?.attrs.content).toMatch(/^default-src 'none'; style-src 'unsafe-inline';/);
  });

  it('every chart has a title and a description, and every id is unique', () => {
    const all = elements(doc);
    const ids = all.map((e) => e.attrs.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    const charts = all.filter((e) => e.tag === 'svg');
    expect(charts.length).toBe(1 + 6 + 1); // funnel, 4 ratios + dials + meetings, reps
    for (const c of charts) {
      expect(c.attrs.role).toBe('img');
      const [t, d] = c.attrs['aria-labelledby']!.split(' ');
      expect(textOf(byId(c, t!)).length).toBeGreaterThan(5);
      expect(textOf(byId(c, d!)).length).toBeGreaterThan(20);
    }
  });

  it('has light, dark and A4 print styles', () => {
    expect(html).toContain('@media (prefers-color-scheme:dark)');
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('@media print');
  });

  it('leaves out the week and rep sections where there is nothing to show', () => {
    const one = parsePage(reportHtml(buildReport([week({ dials: 106, reached: 38, meetings: 9 })]), { files: ['w.csv'], byRep: false }));
    expect(elements(one).filter((e) => e.tag === 'section').map((s) => s.attrs.id)).toEqual(['funnel']);
  });
});

describe('reportHtml on a big team over a year boundary', () => {
  // 60 reps over 30 ISO weeks from 2025-W40 to 2026-W17; rep k books k+1 meetings per 200 dials each week.
  const weeks = Array.from({ length: 30 }, (_, i) => (i < 13 ? `2025-W${String(40 + i)}` : `2026-W${String(i - 12).padStart(2, '0')}`));
  const big = buildReport(weeks.flatMap((w) => Array.from({ length: 60 }, (_, k) => week({ dials: 200, reached: 60, meetings: (k % 30) + 1 }, { week: w, rep: `rep ${k}` }))));
  const doc = parsePage(reportHtml(big, { files: ['big.csv'], byRep: true }));

  it('charts the flagged reps and the 10 best and 10 weakest, and lists all 60 in the table', () => {
    const labels = elements(byId(doc, 'rep-chart')).filter((e) => e.tag === 'text' && e.attrs.class === 'b').map(textOf).filter((t) => t.startsWith('rep '));
    const shown = repsToShow(big.reps!, false).shown.map((p) => p.rep);
    expect(labels).toEqual(shown);
    expect(labels.length).toBeLessThan(60);
    // Reps 29 and 59 book 30 meetings a week, the most; reps 0 and 30 one, the fewest.
    expect(labels.slice(0, 2).sort()).toEqual(['rep 29', 'rep 59']);
    expect(labels.slice(-2).sort()).toEqual(['rep 0', 'rep 30']);
    const table = elements(byId(doc, 'reps')).find((e) => e.tag === 'table')!;
    expect(tableRows(table)).toHaveLength(61);
    expect(textOf(byId(doc, 'reps'))).toContain(`The chart shows ${labels.length} of 60 reps`);
    const all = parsePage(reportHtml(big, { files: ['big.csv'], byRep: true, allReps: true }));
    expect(elements(byId(all, 'rep-chart')).filter((e) => e.tag === 'text' && e.attrs.class === 'b' && textOf(e).startsWith('rep '))).toHaveLength(60);
  });

  it('names each year once on the week axis', () => {
    const chart = svgTitled(doc, 'dials by week');
    const years = elements(chart).filter((e) => e.tag === 'text' && /^\d{4}$/.test(textOf(e))).map(textOf);
    expect(years).toEqual(['2025', '2026']);
  });
});

describe('reportHtml: how the input was read', () => {
  const input = {
    file: 'calls.csv', encoding: 'utf-8', delimiter: ';', layout: 'calllog', layout_reason: 'one row per call', header_line: 2,
    columns: [
      { column: 1, header: 'Datum', field: 'timestamp', decided_by: 'words', why: 'datum' },
      { column: 2, header: '<img src=x onerror=alert(1)>', field: null, decided_by: 'ignored', why: 'not one of our fields' },
    ],
    weeks: null,
    calllog: { tz: 'Europe/Amsterdam', calls: 1234, outcomes: Array.from({ length: 35 }, (_, i) => ({ label: `label ${i}`, stage: i === 0 ? null : 'dial', count: 100 - i, decided_by: i === 0 ? 'unknown' : 'words' })) },
  };
  const doc = parsePage(reportHtml(report, { files: ['calls.csv'], byRep: false, inputs: [input] }));
  const tables = elements(byId(doc, 'input')).filter((e) => e.tag === 'table');

  it('lists each column with what it was read as and why, the header as text', () => {
    expect(tableRows(tables[0]!)).toEqual([
      ['Column', 'Header', 'Read as', 'Decided by'],
      ['1', 'Datum', 'timestamp', 'its words: datum'],
      ['2', '<img src=x onerror=alert(1)>', '–', 'ignored: not one of our fields'],
    ]);
    expect(elements(doc).some((e) => e.tag === 'img')).toBe(false);
    expect(textOf(byId(doc, 'input'))).toContain('one row per call · utf-8, semicolon-separated, header on line 2 · 1,234 calls, weeks counted in Europe/Amsterdam');
  });

  it('shows the 30 commonest outcome labels and counts the rest', () => {
    const rows = tableRows(tables[1]!);
    expect(rows).toHaveLength(1 + 30); // the head and 30 labels; the caption counts the rest
    expect(rows[1]).toEqual(['label 0', 'not classified', '100', 'unknown']);
    expect(textOf(tables[1]!)).toContain('and 5 rarer outcome labels');
  });
});
