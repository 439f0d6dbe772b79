import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/core/plan.js';
import { referenceSource } from '../../../src/core/plan-source.js';
import { backtestHtml } from '../../../src/render/html/backtest.js';
import { checkHtml } from '../../../src/render/html/check.js';
import { planHtml } from '../../../src/render/html/plan.js';
import { ctx, minPass, noData, noise, regression } from '../check-results.js';
import { byId, elements, parsePage, tableRows, textOf, withClass } from './dom.js';

describe('planHtml: 3 meetings a day on the reference week 9/38/106', () => {
  const plan = buildPlan({
    source: referenceSource(), whatIfs: [], meetingsPerDay: 3, targetPer: 'day', daysPerWeek: 5,
    time: { kind: 'default', pace: 'per-outcome', minutesPerDial: 2, minutesPerConversation: 5 },
    capacity: { workdayHours: 8, sellingShare: 0.39 }, confidence: 0.9, level: 0.9, lift: 0.1,
  });
  const doc = parsePage(planHtml(plan));

  it('tiles and the day/week table: 3 ÷ (9/106) = 35.3 → 36 dials, 3 ÷ (9/38) = 12.7 → 13 conversations, 1.81 h', () => {
    const tiles = withClass(doc, 'tile').map((t) => textOf(t));
    expect(tiles.slice(0, 4)).toEqual(['Meetings a day315 a week', 'Dials a day3690 % range 22–62', 'Conversations a day1323.7 % become meetings', 'Hours of calling a day1.89.1 h a week']);
    // 1.811 h ÷ (8 h × 0.39) = 0.58 of one rep's selling time.
    expect(tiles[4]).toContain('0.58');
    const table = elements(byId(doc, 'day')).find((e) => e.tag === 'table')!;
    expect(tableRows(table).slice(1)).toEqual([['meetings', '3', '15'], ['conversations (reached)', '13', '64'], ['dials', '36', '177'], ['hours of calling', '1.8', '9.1']]);
  });

  it('draws the range as a band on a 0–80 dials scale, the plan as a dot, the confident dials as a diamond', () => {
    const chart = byId(doc, 'plan-range');
    const x = (v: number) => 12 + (v / 80) * (720 - 36); // ticks 0, 20, …, 80 over 684 px
    const [lo, hi] = plan.interval.dials_per_day!;
    const band = withClass(chart, 'band')[0]!;
    expect(Number(band.attrs.x)).toBeCloseTo(x(lo), 0);
    expect(Number(band.attrs.width)).toBeCloseTo(x(hi) - x(lo), 0);
    expect(Number(withClass(chart, 'dot')[0]!.attrs.cx)).toBeCloseTo(x(3 / (9 / 106)), 0);
    const words = elements(chart).filter((e) => e.tag === 'text').map(textOf);
    expect(words).toEqual(expect.arrayContaining(['0', '20', '40', '60', '80', '90 % range 22–62', 'plan 36', '69 dials book 3 meetings on at least 90 % of days']));
  });

  it('the sensitivity bars: each +10 % saves 3.2 dials a day; the meeting rate saves more hours', () => {
    const dials = byId(doc, 'plan-sens-dials');
    expect(elements(dials).filter((e) => e.tag === 'text').map(textOf)).toEqual(['reached/dials', '−3.2', '35.8 % → 39.4 %', 'meetings/reached', '−3.2', '23.7 % → 26.1 %']);
    const hours = withClass(byId(doc, 'plan-sens-hours'), 'bar').map((b) => Number(b.attrs.width));
    expect(hours[1]).toBe(280); // the larger saving fills the bar
    expect(hours[0]! / hours[1]!).toBeCloseTo(plan.sensitivity[0]!.hours_saved_per_day / plan.sensitivity[1]!.hours_saved_per_day, 2);
  });

  it('shows the thin-history warning', () => {
    expect(textOf(elements(doc).find((e) => e.tag === 'aside')!)).toContain('thin history: 1 week and 9 meetings');
  });
});

describe('checkHtml', () => {
  const doc = parsePage(checkHtml([minPass, noData, noise, regression], ctx, { files: ['week.csv'], baseline: 'base.json' }));

  it('leads with the verdict and lists failing checks first, then noise, then no data, then passes', () => {
    expect(textOf(withClass(doc, 'headline')[0]!)).toBe('FAIL: 1 regression in 4 checks (1 could be noise)');
    const cards = elements(doc).filter((e) => e.tag === 'article');
    expect(cards.map((c) => textOf(c.children[0]!))).toEqual([
      'regression meetings/reached team 2026-W46',
      'pass · could be noise meetings/reached team 2026-W46',
      'no data callbacks/reached team 2026-W46',
      'pass meetings/dials Zoë "Z" <B&B> 2026-W40..2026-W46',
    ]);
  });

  it('each verdict with its value, bound and evidence', () => {
    const card = elements(doc).find((e) => e.tag === 'article')!;
    const dl = elements(card).find((e) => e.tag === 'dl')!;
    expect(textOf(dl)).toBe(
      'Value5.0 % (2/40)Bound≥ 21.3 % (baseline less the tolerance)Baseline23.7 % (9/38, team)' +
        'Evidencep=0.019 (Fisher’s exact test, one-sided, alpha 0.05)' +
        'Whybelow 21.3 % (baseline 23.7 % less 10 %) and p=0.019 < 0.05: unlikely to be noise',
    );
    // Scale 0–30 % (ticks of 10 %) over 396 px from x = 8: the value 2/40 sits at 8 + 0.05/0.3 × 396.
    const chart = byId(card, 'check-0');
    expect(Number(withClass(chart, 'fail')[0]!.attrs.cx)).toBeCloseTo(8 + (0.05 / 0.3) * 396, 0);
    expect(Number(withClass(chart, 'bound')[0]!.attrs.x1)).toBeCloseTo(8 + (((9 / 38) * 0.9) / 0.3) * 396, 0);
  });

  it('in a long run, clean passes go to the table only', () => {
    const many = [regression, ...Array.from({ length: 45 }, (_, i) => ({ ...minPass, rep: `rep ${i}` }))];
    const page = parsePage(checkHtml(many, ctx, { files: ['w.csv'], baseline: undefined }));
    expect(elements(page).filter((e) => e.tag === 'article')).toHaveLength(1);
    expect(textOf(byId(page, 'checks'))).toContain('45 more checks passed cleanly');
    expect(tableRows(elements(byId(page, 'summary')).find((e) => e.tag === 'table')!)).toHaveLength(1 + 46);
  });

  it('a check without data has no picture, and says why', () => {
    const card = elements(doc).filter((e) => e.tag === 'article')[2]!;
    expect(elements(card).some((e) => e.tag === 'svg')).toBe(false);
    expect(textOf(card)).toContain('no data: 0 reached in 2026-W46');
  });
});

describe('backtestHtml', () => {
  const step = (week: string, meetings: number, range: [number, number]) => ({ history: `2026-W01..${week}`, week, rep: null, dials: 100, meetings, expected: 5, range, inside: meetings >= range[0] && meetings <= range[1] });
  const b = { level: 0.9, by_rep: false, steps: [step('2026-W02', 5, [2, 8]), step('2026-W03', 11, [2, 8]), step('2026-W04', 3, [1, 9])], inside: 2, total: 3, coverage: 2 / 3, warnings: [] };
  const doc = parsePage(backtestHtml(b));

  it('draws each predicted range as a band and the actual meetings as dots, a miss in the "worse" colour', () => {
    const dots = elements(byId(doc, 'backtest-0')).filter((e) => e.tag === 'circle');
    expect(dots.map((d) => d.attrs.class)).toEqual(['dot', 'dot miss', 'dot']);
    expect(textOf(dots[1]!)).toBe('team 2026-W03: 11 meetings from 100 dials; expected 5, 90 % range 2–8, outside');
    expect(textOf(withClass(doc, 'headline')[0]!)).toBe("Backtest: actual meetings fell inside the plan's 90 % range in 2 of 3 weeks (67 %; a calibrated plan lands inside about 90 % of the time)");
  });
});
