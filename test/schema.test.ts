import { describe, expect, it } from 'vitest';
import { checkRow, outcomesExceedReached } from '../src/schema.js';

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
