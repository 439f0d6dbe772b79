import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRow, outcomesExceedReached, plainlyValid } from '../src/schema.js';

const row = (over: Record<string, unknown> = {}) => ({
  week: '2026-W45', rep: null, dials: 106, reached: 38, meetings: 9, callbacks_short: 16, callbacks_long: 3, callbacks: null, hours: null, ...over,
});
const issues = (input: unknown) => {
  const r = checkRow(input);
  return r.ok ? [] : r.issues;
};

describe('row schema', () => {
  it('accepts the reference week', () => {
    expect(checkRow(row())).toEqual({ ok: true, row: row() });
  });

  it('counts are whole and non-negative; hours may be fractional', () => {
    expect(issues(row({ dials: 10.5, meetings: -1, hours: 7.25 }))).toEqual([
      { field: 'dials', complete: false, message: 'is not a whole number', hint: 'counts are whole numbers (no fractions)' },
      { field: 'meetings', complete: false, message: 'is negative', hint: 'counts are zero or more' },
    ]);
    expect(issues(row({ hours: -2 }))).toEqual([{ field: 'hours', complete: false, message: 'is negative', hint: 'hours are zero or more' }]);
  });

  it('reached ≤ dials, meetings ≤ reached, each callback count ≤ reached', () => {
    expect(issues(row({ dials: 30, reached: 38, meetings: 40, callbacks_short: 39, callbacks_long: 41 })).map((i) => [i.field, i.message, i.hint])).toEqual([
      ['reached', '38 is more than dials (30)', 'every conversation with a decision-maker needs a dial; check both cells'],
      ['meetings', '40 is more than reached (38)', 'a meeting is booked in a conversation with a decision-maker; check both cells'],
      ['callbacks_short', '39 is more than reached (38)', 'a callback is asked for in a conversation with a decision-maker; check both cells'],
      ['callbacks_long', '41 is more than reached (38)', 'a callback is asked for in a conversation with a decision-maker; check both cells'],
    ]);
    expect(issues(row({ callbacks_short: null, callbacks_long: null, callbacks: 39 })).map((i) => i.message)).toEqual(['39 is more than reached (38)']);
  });

  it('rejects input that is not a row at all', () => {
    expect(checkRow('week,dials').ok).toBe(false);
    expect(checkRow({ ...row(), dials: '106' }).ok).toBe(false);
  });

  it('outcomes above reached are only counted, not refused (a warning elsewhere)', () => {
    const r = checkRow(row({ reached: 20, meetings: 9, callbacks_short: 10, callbacks_long: 3 }));
    expect(r.ok && outcomesExceedReached(r.row)).toBe(22);
    const ok = checkRow(row());
    expect(ok.ok && outcomesExceedReached(ok.row)).toBeNull();
  });
});

describe('plainlyValid accepts exactly the rows the schema accepts', () => {
  const value = fc.oneof(
    fc.nat(300), fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: false }), fc.constantFrom(null, 0.5, 2 ** 53, 2 ** 53 - 1, -0, Infinity, -Infinity, Number.NaN),
  );
  const hours = fc.oneof(fc.constant(null), fc.double(), fc.constantFrom(Infinity, Number.NaN, -1, 7.5));
  const rows = fc.record({
    week: fc.constantFrom('2026-W05', 'TBC'), rep: fc.constantFrom(null, 'Anna'),
    dials: value, reached: value, meetings: value, callbacks_short: value, callbacks_long: value, callbacks: value, hours,
  });

  // Mostly valid rows, each cell now and then swapped for an odd value: both answers come up often.
  const nearlyValid = fc.tuple(fc.nat(500), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), hours, fc.array(fc.tuple(fc.constantFrom('dials', 'reached', 'meetings', 'callbacks_short', 'callbacks_long', 'callbacks'), value), { maxLength: 2 }))
    .map(([dials, a, b, split, h, odd]) => {
      const reached = Math.floor(dials * a);
      const r: Record<string, unknown> = { week: '2026-W05', rep: 'Anna', dials, reached, meetings: Math.floor(reached * b), callbacks_short: split ? Math.floor(reached * b) : null, callbacks_long: split ? 0 : null, callbacks: split ? null : Math.floor(reached * a), hours: h };
      for (const [field, v] of odd) r[field] = v;
      return r;
    });

  it('on generated rows, plain and broken', () => {
    let accepted = 0;
    fc.assert(fc.property(fc.oneof(rows, nearlyValid), (r) => {
      const ok = checkRow(r).ok;
      if (ok) accepted++;
      expect(plainlyValid(r as never)).toBe(ok);
    }), { numRuns: 5000, seed: 11 });
    expect(accepted).toBeGreaterThan(500);
  });

  it('on rows that only break a limit between cells', () => {
    const ok = { week: '2026-W05', rep: null, dials: 106, reached: 38, meetings: 9, callbacks_short: null, callbacks_long: null, callbacks: 19, hours: 7.5 };
    expect(plainlyValid(ok)).toBe(true);
    for (const broken of [{ reached: 107 }, { meetings: 39 }, { callbacks: 39 }, { callbacks_short: 39, callbacks: 0 }, { callbacks_long: 39 }]) {
      expect(plainlyValid({ ...ok, ...broken })).toBe(false);
      expect(checkRow({ ...ok, ...broken }).ok).toBe(false);
    }
    // callbacks above reached is no error when short and long are given (they are used instead).
    expect(plainlyValid({ ...ok, callbacks_short: 1, callbacks_long: 2, callbacks: 39 })).toBe(checkRow({ ...ok, callbacks_short: 1, callbacks_long: 2, callbacks: 39 }).ok);
  });
});
