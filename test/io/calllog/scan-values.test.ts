/**
 * The byte scanner's own readers of timestamps and durations against the string parsers: whatever the
 * scanner reads whole, it reads as parseTimestamp / parseDuration do, and it never accepts what they
 * refuse. (Whole files through every reader: equivalence.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/io/calllog/duration.js';
import { DurationReader, NO } from '../../../src/io/calllog/scan-numbers.js';
import { AMBIGUOUS, DAY_FIRST, MONTH_FIRST, NONE, TimestampReader } from '../../../src/io/calllog/scan-timestamp.js';
import { isoWeekOfDay } from '../../../src/io/calllog/time.js';
import { parseTimestamp, slashOrder } from '../../../src/io/calllog/timestamp.js';
import { ZoneOffsets } from '../../../src/io/calllog/zone.js';

/** The day the scanner reads from the whole text, or NO when it does not read all of it. */
function scanDay(text: string, zone = 'UTC', monthFirst = false): number {
  const reader = new TimestampReader(new ZoneOffsets(zone), true, monthFirst);
  const bytes = Buffer.from(text + ';');
  return reader.at(bytes, 0) === bytes.length - 1 ? reader.day : NO;
}

function scanMs(text: string, unitMs = 1000): number {
  const reader = new DurationReader(unitMs);
  const bytes = Buffer.from(text + ';');
  return reader.at(bytes, 0) === bytes.length - 1 ? reader.ms : NO;
}

const date = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('timestamps the scanner reads itself', () => {
  it.each([
    ['05-01-2026 09:30:15', '2026-01-05'],
    ['05.01.2026 09:30', '2026-01-05'],
    ['5.1.2026', '2026-01-05'],
    ['05/01/2026', '2026-01-05'], // day first unless proven otherwise
    ['1/13/2026 9:30 AM', '2026-01-13'], // only month-first can be right
    ['13/1/2026 9:30 pm', '2026-01-13'],
    ['2026-01-05T09:30:00Z', '2026-01-05'],
    ['1767605400', '2026-01-05'],
  ])('%s → %s', (text, want) => {
    expect(date(scanDay(text))).toBe(want);
    expect(scanDay(text)).toBe(parseTimestamp(text, new ZoneOffsets('UTC')));
  });

  it('12 AM is midnight and 12 PM noon (counted by hand: 2026-01-05 is a Monday; month-first log)', () => {
    // 00:30 UTC on Monday is still Sunday evening in New York (UTC−5): the week before.
    expect(isoWeekOfDay(scanDay('1/5/2026 12:30 AM Z', 'America/New_York', true))).toBe('2026-W01');
    expect(isoWeekOfDay(scanDay('1/5/2026 12:30 PM Z', 'America/New_York', true))).toBe('2026-W02');
    expect(isoWeekOfDay(scanDay('1/5/2026 11:59 PM -05:00', 'UTC', true))).toBe('2026-W02'); // 04:59 UTC Tuesday
    expect(isoWeekOfDay(scanDay('1/4/2026 11:59 PM +01:00', 'UTC', true))).toBe('2026-W01'); // 22:59 UTC Sunday
  });

  it('reads an ambiguous slash date month-first once the log proved it', () => {
    expect(date(scanDay('02/03/2026', 'UTC', true))).toBe('2026-02-03');
    expect(date(scanDay('02.03.2026', 'UTC', true))).toBe('2026-03-02'); // dotted dates are always day-first
  });

  it('tells which order a slash date proves, as slashOrder does', () => {
    const reader = new TimestampReader(new ZoneOffsets('UTC'), true, false);
    for (const [text, order] of [['13/1/2026', DAY_FIRST], ['1/13/2026', MONTH_FIRST], ['2/3/2026', AMBIGUOUS], ['3/3/2026', NONE], ['03-02-2026', NONE]] as const) {
      reader.at(Buffer.from(text + ','), 0);
      expect([text, reader.order]).toEqual([text, order]);
      expect(slashOrder(text) ?? 'none').toBe(['none', 'day-first', 'month-first', 'ambiguous'][order]);
    }
  });

  it.each([
    '1/2/2026 0:30 am', '1/2/2026 13:00 PM', '2/30/2026 9:00 AM', '13/13/2026', '05-01-0999 10:00', '0999-01-05',
    '05.01.2026 24:00', '2026-01-05T09:00:00+15:00', '2026-01-05T09:00:00-05:60', '05-01-2026 9:5', '5/1/20266', '1/2/2026 9:00 XM',
  ])('does not accept %j (the string parser decides)', (text) => {
    expect(scanDay(text)).toBe(NO);
  });

  const pad = (n: number) => String(n).padStart(2, '0');
  const piece = fc.oneof(fc.constantFrom('-', '/', '.', ':', ' ', 'T', 'Z', 'AM', 'pm', '+', '+01:00', '-05', ','), fc.nat({ max: 99 }).map(String), fc.nat({ max: 99 }).map(pad), fc.integer({ min: 900, max: 2100 }).map(String));
  it('never reads a text differently from parseTimestamp (random pieces of timestamps)', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.constantFrom('UTC', 'America/New_York', 'Asia/Kathmandu'), fc.boolean(), (pieces, zone, monthFirst) => {
        const text = pieces.join('');
        const scanned = scanDay(text, zone, monthFirst);
        if (scanned !== NO) expect(scanned).toBe(parseTimestamp(text, new ZoneOffsets(zone), monthFirst));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('durations the scanner reads itself', () => {
  it.each([
    ['95', 95_000],
    ['', 0],
    ['1:35', 95_000], // mm:ss
    ['00:03:10', 190_000], // HubSpot's hh:mm:ss
    ['1:00:00', 3_600_000],
    ['90:00', 5_400_000], // 90 minutes as mm:ss
  ])('%j → %d ms', (text, ms) => {
    expect(scanMs(text)).toBe(ms);
    expect(parseDuration(text, 'seconds', false)).toBe(ms);
  });

  it('a clock is a clock whatever the column unit (ms columns too)', () => {
    expect(scanMs('00:03:10', 1)).toBe(190_000);
    expect(scanMs('190000', 1)).toBe(190_000);
  });

  it.each(['1:60', '1:05:60', '1:60:00', ':30', '1:5', '100:05', '1:02:03:04', '2:05.5', '12.5', '9999999999999'])('does not accept %j', (text) => {
    expect(scanMs(text)).toBe(NO);
  });

  it('never reads a text differently from parseDuration (random clocks and numbers)', () => {
    const piece = fc.oneof(fc.constantFrom(':', '.', ',', '0', '00'), fc.nat({ max: 130 }).map(String));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 7 }), fc.constantFrom(1, 1000, 60_000), (pieces, unitMs) => {
        const text = pieces.join('');
        const scanned = scanMs(text, unitMs);
        const unit = unitMs === 1 ? 'milliseconds' : unitMs === 1000 ? 'seconds' : 'minutes';
        if (scanned !== NO) expect(scanned).toBe(parseDuration(text, unit, true));
      }),
      { numRuns: 3000 },
    );
  });
});
