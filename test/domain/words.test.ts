import { describe, expect, test } from 'vitest';
import { words } from '../../src/domain/words.js';

describe('words', () => {
  test.each([
    ['SUM of Dials', ['sum', 'of', 'dials']],
    ['meetingsBooked', ['meetings', 'booked']],
    ['DMReached', ['dm', 'reached']],
    ['hs_call_disposition', ['hs', 'call', 'disposition']],
    ['Rückrufe (kurzfristig)', ['ruckrufe', 'kurzfristig']],
    ['# of DMs', ['#', 'of', 'dms']],
    ['Décideurs joints', ['decideurs', 'joints']],
    ['Straße', ['strasse']],
    ['Short-term callbacks', ['short', 'term', 'callbacks']],
    ['  ', []],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});
