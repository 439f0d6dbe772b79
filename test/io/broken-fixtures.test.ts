import { describe, expect, it } from 'vitest';
import { errorOf } from './io-helpers.js';

// Every message a user can see for a broken fixture, word for word.
const EXPORT_HINT = 'open it in your spreadsheet and export the table as CSV (File › Save As › CSV UTF-8)';

describe('broken fixtures are refused with FILE:LINE:COL field: what — how to fix', () => {
  const cases: [string, string][] = [
    ['empty.csv', 'fixtures/broken/empty.csv: the file is empty — export the table with a header row and one row per week'],
    ['header-only.csv', 'fixtures/broken/header-only.csv:1: the file has a header but no data rows — add one row per week (and rep) below the header'],
    ['missing-column.csv', 'fixtures/broken/missing-column.csv:1: meetings: no column for meetings; headers found: "Week", "Calls", "Connects" — name the column one of "Meetings", "Meetings booked", "Appointments", "Appointments set", "Booked", "Afspraken", "Afspraken gemaakt", "Termine", "Termine vereinbart", "Meetings set", "Meetings scheduled", "Demos booked", "Rendez-vous", "RDV", "Reuniones", "Citas", "Appuntamenti", or map yours with --map "Your header=meetings"'],
    ['ragged-rows.csv', [
      'fixtures/broken/ragged-rows.csv:3:5: the row has 5 fields but the header has 4 — a value containing the delimiter "," must be in quotes, e.g. "1,234"',
      'fixtures/broken/ragged-rows.csv:4:4: the row has 3 fields but the header has 4 — give every column a value or an empty cell, separated by ","',
    ].join('\n')],
    ['negative-count.csv', 'fixtures/broken/negative-count.csv:2:3: reached: "-38" is negative — counts are zero or more'],
    ['meetings-over-reached.csv', 'fixtures/broken/meetings-over-reached.csv:2:4: meetings: 39 is more than reached (38) — a meeting is booked in a conversation with a decision-maker; check both cells'],
    ['duplicate-week.csv', 'fixtures/broken/duplicate-week.csv:4:1: week: 2026-W45 (from "2026-11-02") for rep "Anna" appears twice: here and at fixtures/broken/duplicate-week.csv:2 — keep one row per week (and rep): merge the two rows or correct the week'],
    ['duplicate-header.csv', 'fixtures/broken/duplicate-header.csv:1:3: dials: columns "Calls" (column 2) and "Dials" (column 3) both mean dials — keep one of them, or drop one with --map "Dials=ignore"'],
    ['non-numeric.csv', [
      'fixtures/broken/non-numeric.csv:3:2: dials: "lots" is not a number — expected a whole number such as 98 or 1,234 (this file groups thousands with ",")',
      'fixtures/broken/non-numeric.csv:3:4: meetings: "nine" is not a number — expected a whole number such as 98 or 1,234 (this file groups thousands with ",")',
      'fixtures/broken/non-numeric.csv:3:5: hours: "ten" is not a number — expected hours such as 7.5 or 7:30 (this file\'s decimal mark is ".")',
    ].join('\n')],
    ['decimal-count.csv', 'fixtures/broken/decimal-count.csv:2:4: meetings: "8,5" is not a whole number — counts are whole numbers (no fractions)'],
    ['unclosed-quote.csv', 'fixtures/broken/unclosed-quote.csv:3: a quoted field starting in this record is never closed — add the missing closing quote (") or remove the stray one'],
    ['xlsx-renamed.csv', `fixtures/broken/xlsx-renamed.csv: the file is an Excel workbook (.xlsx) or another zip archive, not CSV text — ${EXPORT_HINT}`],
    ['binary-garbage.csv', `fixtures/broken/binary-garbage.csv: the file is binary, not CSV text (a NUL byte at byte 8) — ${EXPORT_HINT}`],
    ['invalid-encoding.csv', 'fixtures/broken/invalid-encoding.csv:2:10: byte 0x81 is not valid UTF-8, and the file does not read as Windows-1252 text either — save the file as CSV UTF-8 (or check that it is really a CSV export)'],
  ];
  it.each(cases)('%s', async (name, message) => {
    expect(await errorOf([`fixtures/broken/${name}`])).toBe(message);
  });

  it('an unreadable path is a problem like the others, and the other files are still checked', async () => {
    expect(await errorOf(['fixtures/no-such-file.csv', 'fixtures/broken/negative-count.csv'])).toBe([
      'fixtures/no-such-file.csv: file not found — check the path and spelling',
      'fixtures/broken/negative-count.csv:2:3: reached: "-38" is negative — counts are zero or more',
    ].join('\n'));
    expect(await errorOf(['fixtures'])).toBe('fixtures: is a directory, not a file — name a CSV file inside it');
  });
});
