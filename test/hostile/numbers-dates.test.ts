import { describe, expect, it } from 'vitest';
import { errorOf, read } from '../io/io-helpers.js';

const LOG_HEAD = 'Activity date,Call outcome,Call duration,Activity assigned to\n';
const call = (time: string) => `${LOG_HEAD}2026-01-05T09:00:00Z,Connected,0:01:00,Ann\n${time},Connected,0:01:00,Ann\n`;

describe('counts past 2^53 are refused, never rounded', () => {
  it('a cell of 2^53 + 1 says it is too large (not "not a whole number")', async () => {
    expect(await errorOf(['-'], {}, 'week,dials,reached,meetings\n2026-W05,9007199254740993,1,1\n')).toBe(
      '<stdin>:2:2: dials: "9007199254740993" is too large to count exactly (at most 9,007,199,254,740,991) — check the cell: no team makes that many calls',
    );
  });
  it('2^53 - 1 itself is still a count', async () => {
    const t = await read(['-'], {}, 'week,dials,reached,meetings\n2026-W05,9007199254740991,1,1\n');
    expect(t.rows[0]!.counts.dials).toBe(9007199254740991);
  });
  it('totals that would pass 2^53 name the row where they do', async () => {
    const big = 2 ** 52;
    const csv = `week,dials,reached,meetings\n2026-W05,${big},1,1\n2026-W06,${big},1,1\n2026-W07,5,1,1\n`;
    expect(await errorOf(['-'], {}, csv)).toBe(
      '<stdin>:3: dials: the dials of all rows up to here add up to more than 9,007,199,254,740,991, too many to count exactly — check the counts for a misplaced or pasted-in number',
    );
  });
});

describe('call-log timestamps: implausible years, impossible times and offsets', () => {
  // Both readers: the byte scanner (default) and the general CSV reader must agree on every refusal.
  for (const general of [false, true]) {
    const how = general ? 'general reader' : 'byte scanner';
    it.each([
      ['0001-01-01T00:00:00Z', '"0001-01-01T00:00:00Z" is in the year 1, not a plausible call date (1970–2099) — an empty date exported as 0001-01-01 or 1899-12-30 is no call time: fix or remove the row, or pass --skip-bad-rows'],
      ['0050-06-15T12:00:00Z', '"0050-06-15T12:00:00Z" is in the year 50, not a plausible call date (1970–2099) — an empty date exported as 0001-01-01 or 1899-12-30 is no call time: fix or remove the row, or pass --skip-bad-rows'],
      ['1899-12-30', '"1899-12-30" is in the year 1899, not a plausible call date (1970–2099) — an empty date exported as 0001-01-01 or 1899-12-30 is no call time: fix or remove the row, or pass --skip-bad-rows'],
      ['2026-01-05T09:00:00+99:99', '"2026-01-05T09:00:00+99:99" has an impossible UTC offset (+99:99) — offsets run from -12:00 to +14:00, e.g. +01:00'],
      ['2026-01-05T09:00:00+25:00', '"2026-01-05T09:00:00+25:00" has an impossible UTC offset (+25:00) — offsets run from -12:00 to +14:00, e.g. +01:00'],
      ['2026-01-05T09:00:00-15:00', '"2026-01-05T09:00:00-15:00" has an impossible UTC offset (-15:00) — offsets run from -12:00 to +14:00, e.g. +01:00'],
      ['2026-01-05 25:00', '"2026-01-05 25:00" has an impossible time of day — times run from 00:00:00 to 23:59:59'],
      ['05-01-2026 09:60', '"05-01-2026 09:60" has an impossible time of day — times run from 00:00:00 to 23:59:59'],
      ['9999999999', '"9999999999" is Unix time in the year 2286, not a plausible call date (1970–2099) — Unix time counts seconds (10 digits) or milliseconds (13 digits) since 1970'],
      ['yesterday', '"yesterday" is not a date or time — use ISO 8601 (2026-01-05T09:30:00Z), yyyy-mm-dd hh:mm:ss, dd-mm-yyyy hh:mm or Unix time'],
    ])(`${how}: %s is refused with its line`, async (time, why) => {
      expect(await errorOf(['-'], { tz: 'UTC', general } as never, call(time))).toBe(`<stdin>:3:1: Activity date: ${why}`);
    });
    it(`${how}: +14:00 and -12:00 are real offsets`, async () => {
      const t = await read(['-'], { tz: 'UTC', general } as never, call('2026-01-06T09:00:00+14:00'));
      expect(t.rows.map((r) => r.counts.dials)).toEqual([2]);
    });
  }
});

describe('weekly tables: implausible years, impossible times and offsets', () => {
  it.each([
    ['0050-W24', '"0050-W24" is in the year 50, outside 1970–2099 — check the year: an empty date exported as 0001-01-01 or 1899-12-30 is no week'],
    ['0001-01-01', '"0001-01-01" is in the year 1, outside 1970–2099 — check the year: an empty date exported as 0001-01-01 or 1899-12-30 is no week'],
    ['2026-02-02 25:00', '"2026-02-02 25:00" has an impossible time of day — times run from 00:00 to 23:59, UTC offsets from -12:00 to +14:00; or give the date alone'],
    ['2026-02-02T09:00+99:99', '"2026-02-02T09:00+99:99" has an impossible UTC offset — times run from 00:00 to 23:59, UTC offsets from -12:00 to +14:00; or give the date alone'],
  ])('%s', async (week, why) => {
    expect(await errorOf(['-'], {}, `week,dials,reached,meetings\n${week},10,5,1\n`)).toBe(`<stdin>:2:1: week: ${why}`);
  });
});
