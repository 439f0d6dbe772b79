import { describe, expect, it } from 'vitest';
import { isoWeekOfDay } from '../../../src/io/calllog/time.js';
import { parseTimestamp } from '../../../src/io/calllog/timestamp.js';
import { ZoneOffsets, checkTimeZone } from '../../../src/io/calllog/zone.js';
import { UsageError } from '../../../src/errors.js';

const weekIn = (zone: string, text: string) => {
  const d = parseTimestamp(text, new ZoneOffsets(zone));
  return d === null ? null : isoWeekOfDay(d);
};
const dateIn = (zone: string, text: string) => {
  const d = parseTimestamp(text, new ZoneOffsets(zone));
  return d === null ? null : new Date(d * 86_400_000).toISOString().slice(0, 10);
};

describe('timestamps in the shapes exports write', () => {
  it.each([
    ['2026-01-05T09:30:00Z', '2026-01-05'],
    ['2026-01-05T09:30:00.123Z', '2026-01-05'],
    ['2026-01-05 09:30:00', '2026-01-05'],
    ['2026-01-05 09:30', '2026-01-05'],
    ['2026-01-05', '2026-01-05'],
    ['2026/01/05 09:30', '2026-01-05'],
    ['05-01-2026 09:30', '2026-01-05'], // dd-mm-yyyy
    ['05.01.2026 09:30', '2026-01-05'], // German
    ['05/01/2026', '2026-01-05'], // day first by default
    ['1/13/2026 9:30 AM', '2026-01-13'], // only month-first can be right
    ['1/13/2026, 9:30 AM', '2026-01-13'], // Salesforce US report: a comma before the time
    ['13/1/2026 9:30 PM', '2026-01-13'],
    ['1767605400', '2026-01-05'], // Unix seconds (2026-01-05T09:30:00Z)
    ['1767605400000', '2026-01-05'], // Unix milliseconds
    ['1767605400.5', '2026-01-05'],
    ['  2026-01-05T09:30:00+01:00  ', '2026-01-05'],
    ['2026-01-05T09:30:00+0100', '2026-01-05'],
    ['2026-01-05T09:30:00 UTC', '2026-01-05'],
  ])('%s → %s (UTC)', (text, date) => expect(dateIn('UTC', text)).toBe(date));

  it.each(['', 'yesterday', '2026-13-01', '2026-02-30', '2026-01-05T25:00', '2026-01-05T09:61', '12345', '31-31-2026', '2026-01-05T09:30:00+01:00 extra'])(
    'refuses %j',
    (text) => expect(dateIn('UTC', text)).toBeNull(),
  );
});

describe('weeks in a time zone', () => {
  it('an instant late on Sunday UTC is Monday in Amsterdam: the next ISO week', () => {
    expect(weekIn('UTC', '2026-01-04T23:30:00Z')).toBe('2026-W01');
    expect(weekIn('Europe/Amsterdam', '2026-01-04T23:30:00Z')).toBe('2026-W02');
  });

  it('an instant early on Monday UTC is still Sunday in New York: the previous ISO week, across a year', () => {
    expect(weekIn('UTC', '2027-01-04T04:30:00Z')).toBe('2027-W01');
    expect(weekIn('America/New_York', '2027-01-04T04:30:00Z')).toBe('2026-W53');
    expect(weekIn('America/New_York', '1799037000')).toBe('2026-W53');
  });

  it('follows daylight saving time (Amsterdam is UTC+2 in summer, +1 in winter)', () => {
    expect(dateIn('Europe/Amsterdam', '2026-07-05T22:30:00Z')).toBe('2026-07-06');
    expect(dateIn('Europe/Amsterdam', '2026-01-05T22:30:00Z')).toBe('2026-01-05');
    expect(dateIn('Europe/Amsterdam', '2026-03-28T22:59:00Z')).toBe('2026-03-28'); // 23:59 CET, the night of the change
    expect(dateIn('Europe/Amsterdam', '2026-03-29T22:30:00Z')).toBe('2026-03-30'); // 00:30 CEST
  });

  it('handles half- and quarter-hour zones', () => {
    expect(dateIn('Asia/Kolkata', '2026-01-04T18:29:00Z')).toBe('2026-01-04'); // 23:59 IST
    expect(dateIn('Asia/Kolkata', '2026-01-04T18:30:00Z')).toBe('2026-01-05');
    expect(dateIn('Asia/Kathmandu', '2026-01-04T18:15:00Z')).toBe('2026-01-05'); // +05:45
    expect(dateIn('Asia/Kathmandu', '2026-01-04T18:14:00Z')).toBe('2026-01-04');
  });

  it('takes a timestamp without offset as wall-clock time in the zone', () => {
    expect(weekIn('America/New_York', '2026-01-04 23:30')).toBe('2026-W01');
    expect(weekIn('Asia/Tokyo', '2026-01-04 23:30')).toBe('2026-W01');
  });

  it('an unknown zone is a usage error that shows how to write one', () => {
    expect(() => checkTimeZone('Europe/Amsterdm')).toThrow(UsageError);
    expect(() => checkTimeZone('Europe/Amsterdm')).toThrow('unknown time zone "Europe/Amsterdm"');
    expect(checkTimeZone('utc')).toBe('UTC');
  });
});
