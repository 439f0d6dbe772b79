import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/io/calllog/duration.js';

describe('call durations → ms', () => {
  it.each([
    ['95', 'seconds', false, 95_000],
    ['0', 'seconds', false, 0],
    ['', 'seconds', false, 0],
    ['  42 ', 'seconds', false, 42_000],
    ['12.5', 'seconds', false, 12_500],
    ['12,5', 'seconds', true, 12_500], // ;-separated export with a decimal comma
    ['277000', 'milliseconds', false, 277_000], // HubSpot hs_call_duration
    ['4:37', 'seconds', false, 277_000], // mm:ss
    ['04:37', 'seconds', false, 277_000],
    ['75:00', 'seconds', false, 4_500_000], // mm:ss past an hour
    ['0:04:37', 'seconds', false, 277_000], // hh:mm:ss
    ['01:02:03', 'seconds', false, 3_723_000],
    ['00:00:01.5', 'seconds', false, 1_500],
    ['4m 37s', 'seconds', false, 277_000],
    ['1h 2m', 'seconds', false, 3_720_000],
    ['38 sec', 'seconds', false, 38_000],
    ['1.5', 'minutes', false, 90_000], // a column named "Talk time (min)"
    ['3:30', 'minutes', false, 210_000], // a clock is a clock, whatever the header says
  ] as const)('%j (%s, decimal comma %s) → %d', (text, unit, comma, ms) => expect(parseDuration(text, unit, comma)).toBe(ms));

  it.each(['ten', '-5', '1:60', '1:75:00', '12,5', '1:2:3:4', '4 min 99 parsecs'])('refuses %j', (text) => expect(parseDuration(text, 'seconds', false)).toBeNull());
});
