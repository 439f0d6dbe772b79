import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { MAX_INPUT_BYTES, readInput } from '../../src/io/read-input.js';
import { parseWeeklyText } from '../../src/io/weekly-table.js';
import { headerMap } from '../../src/io/columns.js';
import { ROOT, errorOf, read, testIo } from './io-helpers.js';
import { memoryIo } from '../io-helpers.js';
import { readTables, takeColumns } from '../../src/io/tables.js';

/** Reads CSV text given on stdin; the file is called "<stdin>" in messages. */
const stdin = (text: string | Buffer, map?: Record<string, string>) => read(['-'], map ? { map } : {}, text);
const refusal = (text: string | Buffer, map?: Record<string, string>) => errorOf(['-'], map ? { map } : {}, text);

describe('headers as people write them', () => {
  it.each([
    'Week,Rep,Calls,Decision makers reached,Callbacks short term,Callbacks long term,Meetings booked,Hours',
    'Week;Verkoper;Telefoons;Beslissers (gesproken);Terugbellen korte termijn;Terugbellen lange termijn;Afspraken;Uren',
    'KW;Verkäufer;Anrufe;Entscheider erreicht;Rückrufe kurzfristig;Rückrufe langfristig;Termine;Stunden',
    'WEEK,sales_rep,  dials ,DECISION_MAKERS_REACHED,callbacks_short,callbacks-long,Meetings,hours',
    'week,VERKAUFER,anrufe,entscheider-erreicht,ruckrufe kurzfristig,Rueckrufe langfristig,termine,stunden'.replace('Rueckrufe', 'Rückrufe'),
  ])('%s', async (header) => {
    const d = header.includes(';') ? ';' : ',';
    const t = await stdin(`${header}\n${['2026-W45', 'Anna', 106, 38, 16, 3, 9, 8].join(d)}\n`);
    expect(t.rows[0]).toMatchObject({ week: '2026-W45', rep: 'Anna', counts: { dials: 106, reached: 38, callbacks_short: 16, callbacks_long: 3, callbacks: 19, meetings: 9, hours: 8 } });
    expect(t.warnings).toEqual([]);
  });

  it('an unknown column is ignored with a notice naming it; an unnamed empty column silently', async () => {
    const t = await stdin('week,dials,reached,meetings,Notes,,\n2026-W45,106,38,9,good week,,\n');
    expect(t.warnings).toEqual(['<stdin>: ignored column "Notes" (not a known field; use --map "Notes=field" to use it)']);
    const u = await stdin('week,dials,reached,meetings,\n2026-W45,106,38,9,x\n');
    expect(u.warnings).toEqual(['<stdin>: ignored column 5, which has no header']);
  });

  it('a bracketed unit after a header is read when it fits the field, and named when it does not', async () => {
    const t = await stdin('Week,Dials (#),Reached,Meetings (count),Time spent (hrs)\n2026-W45,106,38,9,7.5\n');
    expect(t.rows[0]?.counts).toMatchObject({ dials: 106, meetings: 9, hours: 7.5 });
    expect(t.warnings).toEqual([]);
    const u = await stdin('Week;Dials;Reached;Meetings;Uren (min)\n2026-W45;106;38;9;450\n');
    expect(u.rows[0]?.counts.hours).toBeNull();
    expect(u.warnings).toEqual(['<stdin>: ignored column "Uren (min)" (hours are read in hours, not "min"; convert the column, or drop this notice with --map "Uren (min)=ignore")']);
  });

  it('--map names a column, matched like the aliases (case, spaces, accents)', async () => {
    const t = await stdin('Wk,Gebeld,Gesprekjes,Afspraakjes,Notitie\n2026-W45,106,38,9,x\n', { gesprekjes: 'reached', ' AFSPRAAKJES ': 'meetings', 'Notitie': 'ignore' });
    expect(t.rows[0]?.counts).toMatchObject({ dials: 106, reached: 38, meetings: 9 });
    expect(t.warnings).toEqual([]);
  });

  it('a --map header that no input has is a notice (a typo, most likely)', async () => {
    const t = await stdin('week,dials,reached,meetings\n2026-W45,106,38,9\n', { Gesprekken: 'reached' });
    expect(t.warnings).toEqual(['--map "Gesprekken=reached": no input has a column "Gesprekken"']);
  });

  it('--map wins over an alias, and a clash with another column is the duplicate-header error', async () => {
    expect(await refusal('week,Calls,Connects,reached,meetings\n2026-W45,106,50,38,9\n', { Connects: 'dials' })).toBe(
      '<stdin>:1:3: dials: columns "Calls" (column 2) and "Connects" (column 3) both mean dials — keep one of them, or drop one with --map "Connects=ignore"',
    );
  });

  it('a bad --map is a usage error listing the fields, before any file is read', async () => {
    const bad = async (map: Record<string, string>) => {
      try {
        await read(['does-not-exist.csv'], { map });
      } catch (err) {
        return err instanceof UsageError ? `${err.message}\n${err.hint}` : String(err);
      }
      return 'accepted';
    };
    const fields = 'write --map "Header Name=field" with field one of: week, rep, dials, reached, callbacks_short, callbacks_long, callbacks, meetings, hours, year, timestamp, date, time, outcome, direction, duration, contact, ignore';
    expect(await bad({ Gesprekken: 'conversations' })).toBe(`--map "Gesprekken=conversations": "conversations" is not a field\n${fields}`);
    expect(await bad({ '': 'reached' })).toBe(`--map "=reached": the header name is missing\n${fields}`);
    expect(() => headerMap({ Gesprekken: undefined as unknown as string })).toThrow('--map "Gesprekken=": "" is not a field');
  });

  it('title lines above the header are skipped with a notice; the delimiter is still found', async () => {
    const t = await stdin('Weekly report;;;;\nTeam North, Q4;;;;\nWeek;Verkoper;Telefoons;Beslissers;Afspraken\n2026-W45;Anna;106;38;9\n');
    expect(t.rows.map((r) => [r.week, r.rep, r.counts.dials, r.origin.line])).toEqual([['2026-W45', 'Anna', 106, 4]]);
    expect(t.warnings).toEqual(['<stdin>:3: the header is on line 3; skipped 2 lines above it']);
  });

  it('a header repeated below (exports joined end to end) is skipped with a notice, in any case', async () => {
    const t = await stdin('Week,Rep,Dials,Reached,Meetings\n2026-W45,Anna,106,38,9\n\nWEEK,rep,dials,reached,meetings,\n2026-W46,Anna,98,30,7\n');
    expect(t.rows.map((r) => [r.week, r.counts.dials, r.origin.line])).toEqual([['2026-W45', 106, 2], ['2026-W46', 98, 5]]);
    expect(t.warnings).toEqual(['<stdin>:4: skipped a repeated header row (files joined together?)']);
  });

  it('a second header with its columns in another order stops the file (its rows would be misread)', async () => {
    expect(await refusal('Week,Dials,Reached,Meetings\n2026-W45,106,38,9\nWeek,Dials,Meetings,Reached\n2026-W46,98,7,30\n')).toBe(
      '<stdin>:3:1: another header row, with its columns in another order than the header on line 1 — split the file at this line, or put the columns of both parts in the same order',
    );
  });

  it('a week range that is not one week is refused at its cell', async () => {
    expect(await refusal('Week;Dials;Reached;Meetings\n2026-02-01 - 2026-02-28;400;120;30\n')).toBe(
      `<stdin>:2:1: week: "2026-02-01 - 2026-02-28" is a range of 28 days, not one week — give each row one week: its Monday's date or an ISO week such as 2026-W05`,
    );
  });

  it('a "|"-delimited export (LibreOffice "other" delimiter) is read, its bare-delimiter rows skipped', async () => {
    const t = await stdin('Week|Dials|Reached|Meetings|Hours\n2026-W45|106|38|9|7,5\n||||\n2026-W46|98|30|7|8\n');
    expect(t.rows.map((r) => [r.week, r.counts.dials, r.counts.hours])).toEqual([['2026-W45', 106, 7.5], ['2026-W46', 98, 8]]);
    expect(t.warnings).toEqual([]);
  });

  it('Excel "CSV (Macintosh)" is read as Mac Roman, with a notice', async () => {
    const t = await stdin(Buffer.from('Woche;Verk\x8Aufer;Anrufe;Entscheider;Termine\r2026-W45;J\x9Frgen;106;38;9\r', 'latin1'));
    expect(t.rows.map((r) => r.rep)).toEqual(['Jürgen']);
    expect(t.warnings).toEqual(['<stdin>: read as Mac Roman text, Excel\'s "CSV (Macintosh)" (it is not valid UTF-8 and its lines end in CR)']);
  });

  it('a missing column lists the headers found and the accepted names', async () => {
    expect(await refusal('Week;Calls;Meetings\n2026-W45;106;9\n')).toBe(
      '<stdin>:1: reached: no column for reached; headers found: "Week", "Calls", "Meetings" — name the column one of "Reached", "Decision makers reached", "Decision makers", "DM reached", "Connects", "Connected", "Conversations", "Beslissers", "Beslissers (gesproken)", "Beslissers gesproken", "Gesprekken", "Entscheider erreicht", "Entscheider", "Gespräche", "Erreicht", "Connections", "Conversations held", "Décideurs", "Décideurs joints", "Decisores", "Decisori", or map yours with --map "Your header=reached"',
    );
  });
});

describe('csv-parse traps, each an explicit behaviour of ours', () => {
  it('delimiter_auto would crash on a BOM and umlauts: we detect ";" ourselves', async () => {
    const t = await stdin('\uFEFFWoche;Verkäufer;Anrufe;Entscheider;Termine\n2026-W45;Jürgen;106;38;9\n');
    expect(t.rows[0]).toMatchObject({ week: '2026-W45', rep: 'Jürgen', counts: { dials: 106 } });
  });

  it('bom is off by default in csv-parse: a BOM never sticks to the first header', async () => {
    const t = await stdin('\uFEFFweek,dials,reached,meetings\r\n2026-W45,106,38,9\r\n');
    expect(t.rows).toHaveLength(1);
  });

  it('its line counter drifts on CRLF inside quotes and names the END line: ours names the START line', async () => {
    const text = 'week,rep,dials,reached,meetings\r\n2026-W44,"Anna\r\nde Vries",98,35,8\r\n2026-W45,"Anna\r\nde Vries",106,38,39\r\n';
    expect(await refusal(text)).toBe('<stdin>:4:5: meetings: 39 is more than reached (38) — a meeting is booked in a conversation with a decision-maker; check both cells');
  });

  it('a duplicate header would silently keep the last value: ours is an error naming both columns', async () => {
    expect(await refusal('week,dials,reached,Dials,meetings\n2026-W45,106,38,108,9\n')).toBe(
      '<stdin>:1:4: dials: columns "dials" (column 2) and "Dials" (column 4) both mean dials — keep one of them: delete or rename the other column',
    );
  });

  it('";;;;;" rows pass its skip_empty_lines: ours skips them, with blank and trailing lines', async () => {
    const t = await stdin('week;dials;reached;meetings\n;;;\n2026-W45;106;38;9\n ; ; ; \n\n\n');
    expect(t.rows.map((r) => r.origin.line)).toEqual([3]);
  });

  it('empty and header-only inputs yield no error there: ours refuse them', async () => {
    expect(await refusal('')).toBe('<stdin>: the file is empty — export the table with a header row and one row per week');
    expect(await refusal('\n;;;\n\n')).toBe('<stdin>: the file is empty — export the table with a header row and one row per week');
    expect(await refusal('\nweek,dials,reached,meetings\n,,,\n')).toBe('<stdin>:2: the file has a header but no data rows — add one row per week (and rep) below the header');
  });

  it('whitespace around values is trimmed', async () => {
    const t = await stdin('week , dials , reached , meetings\n  2026-W45 ,  106 , 38 ,9  \n');
    expect(t.rows[0]).toMatchObject({ week: '2026-W45', counts: { dials: 106, reached: 38, meetings: 9 } });
  });
});

describe('cells', () => {
  it('an empty optional cell is null; an empty required cell is an error', async () => {
    const t = await stdin('week,dials,reached,meetings,callbacks_short,callbacks_long,hours\n2026-W45,106,38,9,,3,\n');
    expect(t.rows[0]?.counts).toEqual({ dials: 106, reached: 38, meetings: 9, callbacks_short: null, callbacks_long: 3, callbacks: null, hours: null });
    expect(await refusal('week,dials,reached,meetings\n2026-W45,106,,9\n')).toBe('<stdin>:2:3: reached: the cell is empty — every row needs its reached; write 0 if there were none');
  });

  it('thousands in a quoted comma-file cell; decimal comma hours in a ";" file', async () => {
    const t = await stdin('week,dials,reached,meetings\n2026-W45,"1,106",38,9\n');
    expect(t.rows[0]?.counts.dials).toBe(1106);
    const u = await stdin('week;dials;reached;meetings;hours\n2026-W45;1.106;38;9;12,5\n');
    expect(u.rows[0]?.counts).toMatchObject({ dials: 1106, hours: 12.5 });
  });

  it('problems are listed in reading order, the unclosed quote that stopped reading last', async () => {
    expect(await refusal('week,rep,dials,reached,meetings\n2026-W44,Anna,x,35,8\n2026-W45,"Anna,106,38,9\n')).toBe([
      '<stdin>:2:3: dials: "x" is not a number — expected a whole number such as 98 or 1,234 (this file groups thousands with ",")',
      '<stdin>:3: a quoted field starting in this record is never closed — add the missing closing quote (") or remove the stray one',
    ].join('\n'));
  });

  it('a thousands mark of the other locale is explained', async () => {
    expect(await refusal('week,dials,reached,meetings,hours\n2026-W45,1.106,38,9,7.5\n')).toBe(
      '<stdin>:2:2: dials: "1.106" is not a whole number — this file\'s decimal mark is ".", so "1.106" is a fraction; for thousands write 1106',
    );
  });

  it('callbacks and short/long together: short + long is used, a mismatch is a warning', async () => {
    const t = await stdin('week,dials,reached,meetings,callbacks,callbacks short,callbacks long\n2026-W45,106,38,9,19,16,3\n2026-W46,100,30,5,9,4,3\n');
    expect(t.rows.map((r) => r.counts.callbacks)).toEqual([19, 7]);
    expect(t.warnings).toEqual(['<stdin>:3: callbacks (9) is not callbacks_short + callbacks_long (4 + 3); using short + long']);
  });

  it('outcomes above reached are a warning, not an error', async () => {
    const t = await stdin('week,dials,reached,meetings,callbacks\n2026-W45,106,20,9,12\n');
    expect(t.rows).toHaveLength(1);
    expect(t.warnings).toEqual(['<stdin>:2: meetings + callbacks (21) exceed reached (20); each conversation usually has one outcome']);
  });

  it('every problem of a file is reported; the list is capped with a count of the rest', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `2026-W${String(i + 1).padStart(2, '0')},x,1,1`);
    const message = await refusal(['week,dials,reached,meetings', ...rows].join('\n'));
    const lines = message.split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('<stdin>:2:2: dials: "x" is not a number — expected a whole number such as 98 or 1,234 (this file groups thousands with ",")');
    expect(lines[20]).toBe('… and 5 more problems (fix the ones above first)');
  });
});

describe('formula errors', () => {
  it('are named as such (Excel, LibreOffice, German Excel)', async () => {
    expect(await refusal('week,dials,reached,meetings,hours\n2026-W45,#REF!,38,9,Err:502\n2026-W46,98,#WERT!,#N/A,8\n')).toBe([
      '<stdin>:2:2: dials: "#REF!" is a spreadsheet formula error, not a number — fix the formula in the sheet (or type the value), then export again',
      '<stdin>:2:5: hours: "Err:502" is a spreadsheet formula error, not a number — fix the formula in the sheet (or type the value), then export again',
      '<stdin>:3:3: reached: "#WERT!" is a spreadsheet formula error, not a number — fix the formula in the sheet (or type the value), then export again',
      '<stdin>:3:4: meetings: "#N/A" is a spreadsheet formula error, not a number — fix the formula in the sheet (or type the value), then export again',
    ].join('\n'));
  });
});

describe('summary rows are never counted twice', () => {
  it('by label, in the week or the rep column', async () => {
    const t = await stdin('week,rep,dials,reached,meetings\n2026-W45,Anna,50,20,5\n2026-W45,Bram,56,18,4\n2026-W45,Totaal,106,38,9\nGesamt,,106,38,9\nSumme KW 45,,106,38,9\n');
    expect(t.rows.map((r) => r.rep)).toEqual(['Anna', 'Bram']);
    expect(t.warnings).toEqual([
      '<stdin>:4: skipped summary row "Totaal" (totals are computed, never counted twice)',
      '<stdin>:5: skipped summary row "Gesamt" (totals are computed, never counted twice)',
      '<stdin>:6: skipped summary row "Summe KW 45" (totals are computed, never counted twice)',
    ]);
  });

  it('by label, in the pivot words of French, Spanish, Italian and German Excel', async () => {
    const t = await stdin('week;dials;reached;meetings\n2026-W44;50;20;5\nSomme;50;20;5\nTotal general;50;20;5\nTotale complessivo;50;20;5\nGesamtergebnis;50;20;5\nΣ;50;20;5\n');
    expect(t.rows.map((r) => r.week)).toEqual(['2026-W44']);
    expect(t.warnings).toHaveLength(5);
    expect(t.warnings[0]).toBe('<stdin>:3: skipped summary row "Somme" (totals are computed, never counted twice)');
  });

  it('by numbers: in a column of weeks, a label that is no week on a row summing the weeks', async () => {
    const t = await stdin('week,dials,reached,meetings\n2026-W44,50,20,5\n2026-W45,56,18,4\nRazem,106,38,9\n');
    expect(t.rows.map((r) => r.week)).toEqual(['2026-W44', '2026-W45']);
    expect(t.warnings).toEqual(['<stdin>:4: skipped the row "Razem", which is no week and whose numbers are the sum of the weeks (a total, never counted twice)']);
  });

  // Issue 9 changed this: a label that is no week in a column of weeks was a week of its own; now it is refused.
  it('a non-week label equal to the only week is no total, and in a column of weeks it is refused at its cell', async () => {
    expect(await refusal('week,dials,reached,meetings\n2026-W44,50,20,5\nWeek 45,50,20,5\n')).toBe(
      '<stdin>:3:1: week: "Week 45" names no year, and the other rows have weeks with a year — write it with its year, e.g. 2026-W05',
    );
    expect(await refusal('week,dials,reached,meetings\n2026-W44,50,20,5\nTBC,50,20,5\n')).toBe(
      '<stdin>:3:1: week: "TBC" is not a week or a date, and the other rows have weeks — write the week (2026-W05) or the date of a day in it; a total row is skipped when it says Total',
    );
  });

  it("by label, as Excel's Subtotal command writes them after the group ('2026-W05 Total', 'Anna Ergebnis')", async () => {
    const t = await stdin('week,rep,dials,reached,meetings\n2026-W45,Anna,50,20,5\n2026-W45,Bram,56,18,4\n2026-W45 Total,,106,38,9\n2026-W46,Anna,40,10,2\nAnna Ergebnis,,90,30,7\n2026-W46,Bram Total,1,1,1\nZwischensumme,,41,11,3\n');
    expect(t.rows.map((r) => [r.week, r.rep])).toEqual([['2026-W45', 'Anna'], ['2026-W45', 'Bram'], ['2026-W46', 'Anna']]);
    expect(t.warnings).toEqual([
      '<stdin>:4: skipped summary row "2026-W45 Total" (totals are computed, never counted twice)',
      '<stdin>:6: skipped summary row "Anna Ergebnis" (totals are computed, never counted twice)',
      '<stdin>:7: skipped summary row "Bram Total" (totals are computed, never counted twice)',
      '<stdin>:8: skipped summary row "Zwischensumme" (totals are computed, never counted twice)',
    ]);
  });

  it('by numbers: a row without a week that sums the others', async () => {
    const t = await stdin('week,dials,reached,meetings\n2026-W44,50,20,5\n2026-W45,56,18,4\n,106,38,9\n');
    expect(t.rows).toHaveLength(2);
    expect(t.warnings).toEqual(['<stdin>:4: skipped a row without a week whose numbers are the sum of the other rows (a total, never counted twice)']);
  });

  it('by numbers: in a file with reps, a row without a rep that sums its week, and a grand total', async () => {
    const t = await stdin('week,rep,dials,reached,meetings\n2026-W44,Anna,50,20,5\n2026-W44,Bram,56,18,4\n2026-W44,,106,38,9\n2026-W45,Anna,40,10,2\n2026-W45,,40,10,2\n,,146,48,11\n');
    expect(t.rows.map((r) => [r.week, r.rep])).toEqual([['2026-W44', 'Anna'], ['2026-W44', 'Bram'], ['2026-W45', 'Anna']]);
    expect(t.warnings).toEqual([
      '<stdin>:4: skipped a row for 2026-W44 without a rep whose numbers are the sum of the other rows (a total, never counted twice)',
      '<stdin>:6: skipped a row for 2026-W45 without a rep whose numbers are the sum of the other rows (a total, never counted twice)',
      '<stdin>:7: skipped a row without a week whose numbers are the sum of the other rows (a total, never counted twice)',
    ]);
  });

  it('a row without a rep that is not a sum stays (a team row)', async () => {
    const t = await stdin('week,rep,dials,reached,meetings\n2026-W44,Anna,50,20,5\n2026-W44,,30,8,1\n');
    expect(t.rows.map((r) => r.rep)).toEqual(['Anna', null]);
  });

  it('a row without a week that is not a sum is an error', async () => {
    expect(await refusal('week,dials,reached,meetings\n2026-W44,50,20,5\n,56,18,4\n')).toBe(
      '<stdin>:3:1: week: the week is empty — every row needs its week, e.g. 2026-W05 or the date of its Monday',
    );
  });
});

describe('the same (week, rep) twice', () => {
  it('across files names both places', async () => {
    expect(await errorOf(['fixtures/reference-week.csv', 'fixtures/reference-week-108.csv'])).toBe(
      'fixtures/reference-week-108.csv:2:1: week: 2026-W45 appears twice: here and at fixtures/reference-week.csv:2 — keep one row per week (and rep): merge the two rows or correct the week',
    );
  });

  it('different reps in the same week are fine', async () => {
    expect((await stdin('week,rep,dials,reached,meetings\n2026-W45,Anna,1,1,1\n2026-W45,Bram,1,1,1\n')).rows).toHaveLength(2);
  });
});

describe('files named twice', () => {
  it('are one problem, not every week a duplicate of itself', async () => {
    expect(await errorOf(['fixtures/reference-week.csv', './fixtures/reference-week.csv'])).toBe(
      './fixtures/reference-week.csv: given twice on the command line (also as fixtures/reference-week.csv) — name each file once',
    );
  });
});

describe('size limits', () => {
  it('an input over the limit is refused before it is read', async () => {
    await expect(readInput('fixtures/team-8-weeks.csv', testIo(), 100)).rejects.toThrow(
      'fixtures/team-8-weeks.csv: the file is larger than 100 bytes, far more than a weekly activity table — check that this is the right file (one row per week and rep)',
    );
    await expect(readInput('-', testIo('x'.repeat(200)), 100)).rejects.toThrow('<stdin>: the file is larger than');
    expect(MAX_INPUT_BYTES).toBe(64 * 1024 * 1024);
  });

  it('a 50 MB input without a line break fails within seconds', () => {
    const started = Date.now();
    const t = parseWeeklyText('big.csv', 'week,dials,reached,meetings\n' + '9'.repeat(50 * 1024 * 1024));
    expect(t.problems.map((p) => `${p.line}: ${p.message}`)).toEqual(['2: a record longer than 100,000 characters']);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('--verbose says how a weekly table was read', () => {
  const notes = async (text: string) => {
    const io = memoryIo({ stdin: Buffer.from(text), cwd: ROOT });
    await readTables(['-'], { verbose: true }, io);
    return io.err.join('');
  };

  it('by the line splitter without quotes, the quote-aware splitter with them, csv-parse for the rest', async () => {
    expect(await notes('week,dials,reached,meetings\n2026-W45,106,38,9\n')).toBe('note: <stdin>: weekly table read by the line splitter\n');
    expect(await notes('week,rep,dials,reached,meetings\n2026-W45,"Doe, Jane",106,38,9\n')).toBe('note: <stdin>: weekly table read by the quote-aware splitter\n');
    // A quote after a no-break space is read csv-parse's own way.
    expect(await notes('week,rep,dials,reached,meetings\n2026-W45,\u00A0"Jane",106,38,9\n')).toBe('note: <stdin>: weekly table read by the general CSV reader (csv-parse)\n');
  });
});

describe('rows handed over', () => {
  it('takeColumns gives the rows once: the tables keep none (a report lets a million rows go once grouped)', async () => {
    const t = await stdin('week,rep,dials,reached,meetings\n2026-W45,Anna,106,38,9\n2026-W46,Bram,98,30,7\n');
    const taken = takeColumns(t);
    expect(taken.toRows().map((r) => [r.week, r.rep, r.counts.dials])).toEqual([['2026-W45', 'Anna', 106], ['2026-W46', 'Bram', 98]]);
    expect([t.columns.length, t.rows.length]).toEqual([0, 0]);
  });
});
