import { describe, expect, it } from 'vitest';
import { subjects, weeksInScope } from '../../src/core/check-scope.js';
import { week } from '../helpers.js';

const rows = [
  week({ dials: 100, reached: 30, meetings: 6 }, { week: '2026-W46', rep: 'anna' }),
  week({ dials: 90, reached: 20, meetings: 2 }, { week: '2026-W44', rep: 'anna' }),
  week({ dials: 80, reached: 25, meetings: 5 }, { week: '2026-W45', rep: 'bert' }),
  week({ dials: 70, reached: 10, meetings: 1 }, { week: '2026-W46', rep: 'bert' }),
];

describe('weeksInScope', () => {
  it('latest week by default, in chronological (not file) order', () => {
    expect(weeksInScope(rows, { kind: 'latest' })).toEqual(['2026-W46']);
  });
  it('--window N takes the last N weeks; more than there are takes all', () => {
    expect(weeksInScope(rows, { kind: 'window', weeks: 2 })).toEqual(['2026-W45', '2026-W46']);
    expect(weeksInScope(rows, { kind: 'window', weeks: 10 })).toEqual(['2026-W44', '2026-W45', '2026-W46']);
  });
  it('--all takes every week', () => expect(weeksInScope(rows, { kind: 'all' })).toHaveLength(3));
});

describe('subjects', () => {
  it('the team pools every rep in the scope', () => {
    const [team] = subjects(rows, { kind: 'latest' }, false);
    expect(team).toMatchObject({ scope: '2026-W46', rep: null, counts: { dials: 170, reached: 40, meetings: 7 } });
  });
  it('a window is labelled first..last', () => {
    expect(subjects(rows, { kind: 'window', weeks: 2 }, false)[0]).toMatchObject({ scope: '2026-W45..2026-W46', counts: { dials: 250, reached: 65, meetings: 12 } });
  });
  it('by rep: each rep over the same weeks, a rep without rows there gets zero counts', () => {
    const reps = subjects(rows, { kind: 'window', weeks: 2 }, true);
    expect(reps.map((s) => [s.rep, s.counts.reached, s.counts.meetings])).toEqual([
      ['anna', 30, 6],
      ['bert', 35, 6],
    ]);
    const onlyW44 = subjects([rows[1]!, rows[3]!], { kind: 'latest' }, true);
    expect(onlyW44.map((s) => [s.rep, s.counts.reached])).toEqual([
      ['anna', 0],
      ['bert', 10],
    ]);
  });
  it('no rows: one subject without weeks', () => {
    expect(subjects([], { kind: 'latest' }, false)).toEqual([{ scope: '(no weeks)', rep: null, counts: expect.objectContaining({ dials: 0 }), weekly: [] }]);
  });
});
