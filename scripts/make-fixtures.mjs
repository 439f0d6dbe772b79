// Writes the fixtures whose bytes matter (encodings, BOMs, CRLF, binary signatures) and the
// generated team file. Run `node scripts/make-fixtures.mjs` after editing; the output is committed.
import { writeFileSync, mkdirSync } from 'node:fs';

const dir = new URL('../fixtures/', import.meta.url);
mkdirSync(new URL('broken/', dir), { recursive: true });
const write = (name, data) => writeFileSync(new URL(name, dir), data);
const lines = (rows, eol = '\n') => rows.join(eol) + eol;

// Windows-1252 for the characters German exports use (Node has no cp1252 encoder).
const CP1252 = { 'ä': 0xe4, 'ö': 0xf6, 'ü': 0xfc, 'Ä': 0xc4, 'Ö': 0xd6, 'Ü': 0xdc, 'ß': 0xdf, '€': 0x80 };
function cp1252(text) {
  return Buffer.from([...text].map((ch) => {
    if (ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0);
    if (!(ch in CP1252)) throw new Error(`no cp1252 byte for ${ch}`);
    return CP1252[ch];
  }));
}
function utf16le(text) {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
const BOM = '\uFEFF';

write('reference-week-108.csv', lines(['week,dials,reached,callbacks_short,callbacks_long,meetings', '2026-W45,108,38,16,3,9']));

// 8 weeks x 3 reps: dials go down, hours per dial go up (longer calls), meetings go up.
// Anna is clearly stronger on meetings/reached, Chris clearly weaker.
const team = {
  Anna: { dials: [124, 120, 116, 111, 105, 100, 96, 92], reached: [43, 42, 41, 40, 38, 37, 36, 35], short: [8, 8, 7, 7, 7, 6, 6, 6], long: [3, 3, 2, 3, 2, 2, 2, 2], meetings: [6, 6, 7, 7, 8, 8, 9, 10], hours: [10, 10, 10.5, 10.5, 11, 11, 11.5, 12] },
  Bram: { dials: [120, 117, 113, 108, 103, 98, 94, 90], reached: [38, 37, 36, 35, 34, 33, 32, 31], short: [7, 7, 6, 6, 6, 5, 5, 5], long: [3, 2, 3, 2, 2, 2, 2, 2], meetings: [4, 4, 4, 5, 5, 5, 6, 6], hours: [10, 10, 10, 10.5, 10.5, 11, 11, 11.5] },
  Chris: { dials: [118, 115, 110, 106, 101, 96, 92, 88], reached: [35, 34, 33, 32, 31, 30, 29, 28], short: [6, 6, 6, 5, 5, 5, 5, 4], long: [2, 2, 2, 2, 2, 1, 2, 1], meetings: [2, 3, 2, 3, 3, 3, 3, 4], hours: [10, 10, 10, 10, 10.5, 10.5, 11, 11] },
};
const teamRows = ['week,rep,dials,reached,callbacks_short,callbacks_long,meetings,hours'];
for (let w = 0; w < 8; w++) {
  for (const [rep, t] of Object.entries(team)) {
    teamRows.push([`2026-W${String(37 + w).padStart(2, '0')}`, rep, t.dials[w], t.reached[w], t.short[w], t.long[w], t.meetings[w], t.hours[w]].join(','));
  }
}
write('team-8-weeks.csv', lines(teamRows));

// Dutch Excel export: BOM, ";", CRLF, thousands dots, decimal commas, a blank ";;;" row and a total row.
write('nl-export.csv', BOM + lines([
  'Week;Telefoons;Beslissers (gesproken);Terugbellen korte termijn;Terugbellen lange termijn;Afspraken;Uren',
  '2026-W41;1.180;402;61;18;41;98,5',
  '2026-W42;1.126;391;58;20;44;99',
  '2026-W43;1.064;380;57;17;47;101,25',
  '2026-W44;1.015;377;55;16;52;102,5',
  ';;;;;;',
  'Totaal;4.385;1.550;231;71;184;401,25',
  '',
], '\r\n'));

// Dutch export with Excel's "sep=;" line, plain week numbers and one rep per row.
write('nl-excel-sep.csv', lines([
  'sep=;',
  'Week;Verkoper;Telefoons;Beslissers;Afspraken',
  '41;Sanne de Vries;96;31;5',
  '41;Joost Bakker;88;27;3',
  '42;Sanne de Vries;91;30;6',
  '42;Joost Bakker;85;26;4',
], '\r\n'));

// German Excel "CSV (Trennzeichen-getrennt)": Windows-1252, ";", dates dd.mm.yyyy, thousands dots.
write('de-export.csv', cp1252(lines([
  'KW;Verkäufer;Anrufe;Entscheider erreicht;Rückrufe kurzfristig;Rückrufe langfristig;Termine;Stunden',
  '02.11.2026;Jürgen Müller;1.012;118;14;6;11;31,5',
  '02.11.2026;Sören Weiß;96;29;5;2;4;9,75',
  '09.11.2026;Jürgen Müller;1.004;121;15;5;12;32',
  '09.11.2026;Sören Weiß;92;30;4;3;5;10,25',
  'Summe;;2.204;298;38;16;32;83,5',
], '\r\n')));

// Excel "Unicode text": UTF-16LE with BOM, tab-separated, CRLF; US dates (2/16 proves month-first).
write('utf16-unicode-text.txt', utf16le(lines([
  'Week of\tRep\tCalls\tDecision makers reached\tCallbacks\tMeetings booked\tHours',
  '2/2/2026\tDana Lee\t110\t34\t9\t5\t9.5',
  '2/9/2026\tDana Lee\t104\t35\t8\t6\t9.75',
  '2/16/2026\tDana Lee\t99\t33\t8\t6\t10',
], '\r\n')));

// Broken inputs, one failure mode each.
const broken = {
  'empty.csv': '',
  'header-only.csv': 'week,dials,reached,meetings\n',
  'missing-column.csv': lines(['Week,Calls,Connects', '2026-W45,106,38']),
  'ragged-rows.csv': lines(['week,dials,reached,meetings', '2026-W44,98,35,8', '2026-W45,1,106,38,9', '2026-W46,101,36']),
  'negative-count.csv': lines(['week,dials,reached,meetings', '2026-W45,106,-38,9']),
  'meetings-over-reached.csv': lines(['week,dials,reached,meetings', '2026-W45,106,38,39']),
  'duplicate-week.csv': lines(['week,rep,dials,reached,meetings', '2026-W45,Anna,106,38,9', '2026-W46,Anna,98,35,8', '2026-11-02,Anna,101,36,7']),
  'duplicate-header.csv': lines(['Week,Calls,Dials,Reached,Meetings', '2026-W45,106,106,38,9']),
  'non-numeric.csv': lines(['week,dials,reached,meetings,hours', '2026-W44,98,35,8,9', '2026-W45,lots,38,nine,ten']),
  'decimal-count.csv': lines(['week;dials;reached;meetings', '2026-W45;106;38;8,5']),
  'unclosed-quote.csv': lines(['week,rep,dials,reached,meetings', '2026-W44,Anna,98,35,8', '2026-W45,"Anna,106,38,9', '2026-W46,Anna,101,36,7']),
};
for (const [name, text] of Object.entries(broken)) write(`broken/${name}`, text);
// A renamed workbook: the zip signature and a first entry name are all it takes to recognise one.
write('broken/xlsx-renamed.csv', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.alloc(22), Buffer.from('[Content_Types].xml')]));
write('broken/binary-garbage.csv', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x3e, 0x00, 0xff, 0x13, 0x88, 0x00]));
// Not UTF-8, and byte 0x81 has no character in Windows-1252 either.
write('broken/invalid-encoding.csv', Buffer.concat([Buffer.from('week,rep,dials,reached,meetings\n2026-W45,'), Buffer.from([0x81, 0x8d, 0xc3]), Buffer.from(',106,38,9\n')]));

// Call logs whose bytes matter: a Close/Aircall-style export with CRLF and Unix times, and a Dutch
// one with a BOM, `;`, CRLF, dd-mm-yyyy dates and mm:ss durations (one row per call).
write('calllog-close-aircall.csv', lines([
  'started_at,user,direction,disposition,duration',
  '1798466400,sam,outbound,answered,240',
  '1798759800,sam,outbound,no-answer,0',
  '1799037000,lee,outbound,Demo Booked,600',
  '1799074800,lee,outbound,vm-left,30',
  '1799164800,sam,outbound,answered,95',
  '1799254800,sam,inbound,answered,300',
  '1799344800,lee,outbound,Not Ready,120',
  '1799434800,lee,outbound,voicemail drop,25',
], '\r\n'));
write('calllog-nl-semicolon.csv', BOM + lines([
  'Datum;Verkoper;Resultaat;Gespreksduur',
  '05-01-2026 09:00;Anna;Geen gehoor;0:00',
  '05-01-2026 09:15;Anna;Beslisser gesproken;3:30',
  '06-01-2026 10:00;Bram;Afspraak gemaakt;7:05',
  '07-01-2026 11:00;Bram;Terugbellen korte termijn;2:00',
  '12-01-2026 09:00;Anna;Terugbellen lange termijn;1:15',
  '12-01-2026 09:30;Anna;Voicemail ingesproken;0:40',
], '\r\n'));
