import { describe, expect, it } from 'vitest';
import { buildReport, compareWithRest } from '../../src/core/report.js';
import { counts, week } from '../helpers.js';

/** Two-sided Fisher p by brute force over every table with the same margins (independent of src). */
function fisherByEnumeration(a: number, b: number, c: number, d: number): number {
  const choose = (n: number, k: number): number => {
    let r = 1;
    for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
    return r;
  };
  const row1 = a + b, col1 = a + c, n = a + b + c + d;
  const prob = (x: number) => (choose(col1, x) * choose(n - col1, row1 - x)) / choose(n, row1);
  const observed = prob(a);
  let p = 0;
  for (let x = Math.max(0, row1 + col1 - n); x <= Math.min(row1, col1); x++) if (prob(x) <= observed * (1 + 1e-7)) p += prob(x);
  return p;
}

describe('buildReport on the reference week', () => {
  const report = buildReport([week({ dials: 106, reached: 38, callbacks_short: 16, callbacks_long: 3, meetings: 9 })]);

  it('totals, chain and pooled ratios', () => {
    expect(report.chain).toBe('9/38/106');
    expect(report.totals).toEqual({ dials: 106, reached: 38, callbacks_short: 16, callbacks_long: 3, callbacks: 19, meetings: 9, hours: null });
    expect(report.ratios['meetings/reached']).toBeCloseTo(9 / 38, 12);
  });

  it('90 % Wilson interval for 9/38 computed by the closed formula', () => {
    const z = 1.6448536269514722, n = 38, p = 9 / 38;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    expect(report.intervals['meetings/reached']?.lo).toBeCloseTo(centre - half, 9);
    expect(report.intervals['meetings/reached']?.hi).toBeCloseTo(centre + half, 9);
  });

  it('says one week of 9 meetings is too little to conclude', () => {
    expect(report.evidence).toEqual({ weeks: 1, meetings: 9, enough: false });
    expect(report.warnings).toContain('too little data to conclude: 1 week (want 4+) and 9 meetings (want 10+); treat the ratios as a first impression and read the 90 % intervals');
  });

  it('has no reps section without a rep column', () => expect(report.reps).toBeUndefined());
});

describe('week by week', () => {
  const rows = [
    week({ dials: 120, reached: 30, meetings: 3 }, { week: '2026-W02' }),
    week({ dials: 100, reached: 30, meetings: 6 }, { week: '2026-W01' }),
    week({ dials: 80, reached: 32, meetings: 8, callbacks_short: 5, callbacks_long: 1 }, { week: '2026-W03' }),
  ];
  const report = buildReport(rows);

  it('orders ISO weeks and gives the change against the previous week', () => {
    expect(report.weeks.map((w) => w.week)).toEqual(['2026-W01', '2026-W02', '2026-W03']);
    expect(report.weeks[0]?.change).toBeNull();
    expect(report.weeks[1]?.change?.['meetings/dials']).toBeCloseTo(3 / 120 - 6 / 100, 12);
    expect(report.weeks[2]?.change?.['meetings/reached']).toBeCloseTo(8 / 32 - 3 / 30, 12);
  });

  it('pools ratios over weeks (sum ÷ sum)', () => {
    expect(report.ratios['meetings/dials']).toBeCloseTo(17 / 300, 12);
  });

  it('callbacks are null in the total because two weeks did not record them', () => {
    expect(report.totals.callbacks).toBeNull();
  });

  it('warns that the latest week still has open short-term callbacks', () => {
    expect(report.warnings).toContain('2026-W03 has 5 short-term callbacks still open: its meeting rate may rise as they turn into meetings');
  });
});

describe('reps against the rest of the team', () => {
  const rows = [
    week({ dials: 200, reached: 60, meetings: 20 }, { rep: 'Ann', week: '2026-W01' }),
    week({ dials: 200, reached: 60, meetings: 4 }, { rep: 'Bob', week: '2026-W01' }),
    week({ dials: 200, reached: 60, meetings: 10 }, { rep: 'Cas', week: '2026-W01' }),
  ];
  const report = buildReport(rows);

  it('compares each rep with everyone else pooled, by Fisher’s exact test', () => {
    const ann = report.reps?.find((r) => r.rep === 'Ann');
    expect(ann?.vs_team['meetings/reached'].rest).toBeCloseTo(14 / 120, 12);
    expect(ann?.vs_team['meetings/reached'].p_value).toBeCloseTo(fisherByEnumeration(20, 40, 14, 106), 9);
    expect(ann?.vs_team['meetings/reached'].verdict).toBe('better');
    expect(report.reps?.find((r) => r.rep === 'Bob')?.vs_team['meetings/reached'].verdict).toBe('worse');
    expect(report.reps?.find((r) => r.rep === 'Cas')?.vs_team['meetings/reached'].verdict).toBe('same');
  });

  it('a small difference on small counts is not marked', () => {
    const c = compareWithRest(counts({ dials: 20, reached: 5, meetings: 2 }), counts({ dials: 20, reached: 5, meetings: 1 }), 'meetings/reached');
    expect(c.verdict).toBe('same');
    expect(c.p_value).toBeCloseTo(1, 9);
  });

  it('no data when a side has no conversations', () => {
    expect(compareWithRest(counts({ dials: 5, reached: 0, meetings: 0 }), counts({ dials: 5, reached: 2, meetings: 1 }), 'meetings/reached').verdict).toBe('no data');
  });
});

describe('rep trend', () => {
  it('gives each rep’s meetings/dials per report week, null where the rep did not work', () => {
    const report = buildReport([
      week({ dials: 100, reached: 30, meetings: 5 }, { rep: 'Ann', week: '2026-W01' }),
      week({ dials: 50, reached: 20, meetings: 5 }, { rep: 'Ann', week: '2026-W03' }),
      week({ dials: 80, reached: 20, meetings: 2 }, { rep: 'Bob', week: '2026-W02' }),
    ]);
    expect(report.reps?.find((r) => r.rep === 'Ann')?.trend).toEqual([0.05, null, 0.1]);
    expect(report.reps?.find((r) => r.rep === 'Ann')?.weeks).toBe(2);
  });
});
