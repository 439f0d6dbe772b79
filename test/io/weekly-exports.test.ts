import { describe, expect, it } from 'vitest';
import { errorOf, read } from './io-helpers.js';

/** A row as [week, rep, dials, reached, meetings, callbacks_short, callbacks_long, hours]; values typed in by hand from each fixture. */
const rowsOf = async (file: string) => {
  const t = await read([`fixtures/weekly/${file}`], {});
  return { t, rows: t.rows.map((r) => [r.week, r.rep, r.counts.dials, r.counts.reached, r.counts.meetings, r.counts.callbacks_short, r.counts.callbacks_long, r.counts.hours]) };
};

describe('weekly tables as spreadsheets export them, in our languages, read with no flag', () => {
  it('Excel, English (UK): title line, "Week commencing" Mondays day/month, qualifiers and abbreviations', async () => {
    const { t, rows } = await rowsOf('excel-en-uk.csv');
    expect(rows).toEqual([
      ['2026-W06', 'Anna', 106, 38, 9, 16, 3, 8], ['2026-W06', 'Bram', 90, 30, 6, 10, 2, 7.5],
      ['2026-W07', 'Anna', 98, 35, 8, 12, 4, 8], ['2026-W07', 'Bram', 85, 28, 5, 9, 1, 7],
    ]);
    expect(t.inputs[0]!.unused).toEqual([{ header: 'Connect rate', looks_like: 'reached', why: 'a percentage or an average ("rate"), not reached' }]);
  });

  it('Google Sheets pivot: "SUM of …" headers, the Grand Total row skipped', async () => {
    const { t, rows } = await rowsOf('sheets-pivot-en.csv');
    expect(rows).toEqual([['2026-W06', null, 196, 68, 15, null, null, null], ['2026-W07', null, 183, 63, 13, null, null, null]]);
    expect(t.warnings).toContain('fixtures/weekly/sheets-pivot-en.csv:4: skipped summary row "Grand Total" (totals are computed, never counted twice)');
  });

  it('LibreOffice, Dutch: "2026 week 6", phrases with a preposition, decimal comma', async () => {
    const { rows } = await rowsOf('libreoffice-nl.csv');
    expect(rows).toEqual([
      ['2026-W06', 'Anna', 106, 38, 9, 16, 3, 7.5], ['2026-W06', 'Bram', 90, 30, 6, 10, 2, 8],
      ['2026-W07', 'Anna', 98, 35, 8, 12, 4, 7.5], ['2026-W07', 'Bram', 85, 28, 5, 9, 1, 8],
    ]);
  });

  it('Excel, German: "Anzahl Anrufe", KW 06/2026, thousands dot, Summe row skipped', async () => {
    const { rows } = await rowsOf('excel-de.csv');
    expect(rows).toEqual([
      ['2026-W06', 'Anna', 1106, 38, 9, 16, 3, 8], ['2026-W06', 'Bram', 90, 30, 6, 10, 2, 7.5],
      ['2026-W07', 'Anna', 98, 35, 8, 12, 4, 8], ['2026-W07', 'Bram', 85, 28, 5, 9, 1, 7],
    ]);
  });

  it('Excel, French: "Semaine du", "Nombre d\'appels", "Rendez-vous pris"', async () => {
    const { rows } = await rowsOf('excel-fr.csv');
    expect(rows.map((r) => r.slice(0, 5))).toEqual([['2026-W06', 'Anna', 106, 38, 9], ['2026-W06', 'Bram', 90, 30, 6], ['2026-W07', 'Anna', 98, 35, 8], ['2026-W07', 'Bram', 85, 28, 5]]);
  });

  it('Google Sheets, Spanish: "Fecha inicio semana", "Conversaciones con decisores", "Citas concertadas"', async () => {
    const { rows } = await rowsOf('sheets-es.csv');
    expect(rows).toEqual([['2026-W06', 'Anna', 106, 38, 9, null, null, 8], ['2026-W07', 'Anna', 98, 35, 8, null, null, 8]]);
  });

  it('US weeks: "Week of" Sundays are the ISO weeks of the Mondays after them; "Meetings Held" is reported, booked is read', async () => {
    const { t, rows } = await rowsOf('us-sunday-weeks.csv');
    expect(rows.map((r) => r.slice(0, 5))).toEqual([['2026-W06', 'Anna', 106, 38, 9], ['2026-W07', 'Anna', 98, 35, 8]]);
    expect(t.warnings).toContain('fixtures/weekly/us-sunday-weeks.csv: ignored column "Meetings Held" (meetings held, not booked; if it is what you mean, use it with --map "Meetings Held=meetings")');
  });

  it('a week-number column beside a year column', async () => {
    const { rows } = await rowsOf('week-and-year.csv');
    expect(rows.map((r) => r.slice(0, 5))).toEqual([['2025-W52', 'Anna', 106, 38, 9], ['2026-W01', 'Anna', 98, 35, 8]]);
  });
});

describe('refused, with the place and the way out', () => {
  it('"TBC" in a column of weeks', async () => {
    expect(await errorOf(['fixtures/weekly/tbc-week.csv'], {})).toBe(
      'fixtures/weekly/tbc-week.csv:3:1: week: "TBC" is not a week or a date, and the other rows have weeks — write the week (2026-W05) or the date of a day in it; a total row is skipped when it says Total',
    );
  });

  it('only "Meetings held": no meetings column, and the --map that would use it', async () => {
    expect(await errorOf(['fixtures/weekly/meetings-held-only.csv'], {})).toBe(
      'fixtures/weekly/meetings-held-only.csv:1: meetings: no column for meetings; headers found: "Week", "Dials", "Reached", "Meetings held"; "Meetings held" looks like meetings but is meetings held, not booked — if "Meetings held" is what you want counted as meetings, use --map "Meetings held=meetings"; otherwise add a meetings column',
    );
    const t = await read(['fixtures/weekly/meetings-held-only.csv'], { map: { 'Meetings held': 'meetings' } });
    expect(t.rows[0]!.counts.meetings).toBe(7);
  });
});
