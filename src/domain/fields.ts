import { matchWeeklyHeader } from './header-match.js';
import { unicodeRegExp } from './unicode-regexp.js';

/**
 * Canonical input fields and examples of the header spellings real sheets use (EN/NL/DE from shared/domain.md, plus common FR/ES/IT),
 * written the way people write them. Errors list them as examples; headers are read by their words
 * (src/domain/vocabulary/), so every one of these is recognised and far more besides.
 */
export const FIELD_ALIASES = {
  week: ['Week', 'Wk', 'Week number', 'Week nr', 'Weeknummer', 'KW', 'Kalenderwoche', 'Woche', 'Date', 'Datum', 'Week of', 'Week starting', 'Week beginning', 'Period', 'Periode', 'Zeitraum', 'Semaine', 'Semana', 'Settimana'],
  rep: ['Rep', 'Sales rep', 'Agent', 'Caller', 'Owner', 'User', 'SDR', 'BDR', 'Name', 'Verkoper', 'Medewerker', 'Naam', 'Verkäufer', 'Mitarbeiter', 'Vertriebler', 'Commercial', 'Vendeur', 'Vendedor', 'Comercial', 'Venditore'],
  dials: ['Dials', 'Calls', 'Calls made', 'Outbound calls', 'Attempts', 'Telefoons', 'Belpogingen', 'Gebeld', 'Oproepen', 'Anrufe', 'Anwahlen', 'Wahlversuche', 'Total calls', 'Dials made', 'Appels', 'Appels passés', 'Llamadas', 'Chiamate'],
  reached: ['Reached', 'Decision makers reached', 'Decision makers', 'DM reached', 'Connects', 'Connected', 'Conversations', 'Beslissers', 'Beslissers (gesproken)', 'Beslissers gesproken', 'Gesprekken', 'Entscheider erreicht', 'Entscheider', 'Gespräche', 'Erreicht', 'Connections', 'Conversations held', 'Décideurs', 'Décideurs joints', 'Decisores', 'Decisori'],
  callbacks_short: ['Callbacks short', 'Short callbacks', 'Callbacks short term', 'Callback short term', 'Callbacks (short term)', 'Terugbellen korte termijn', 'Terugbellen kort', 'Rückrufe kurzfristig', 'Rückruf kurzfristig'],
  callbacks_long: ['Callbacks long', 'Long callbacks', 'Callbacks long term', 'Callback long term', 'Callbacks (long term)', 'Terugbellen lange termijn', 'Terugbellen lang', 'Rückrufe langfristig', 'Rückruf langfristig'],
  callbacks: ['Callbacks', 'Callback', 'Terugbellen', 'Terugbelverzoeken', 'Rückrufe', 'Rückruf'],
  meetings: ['Meetings', 'Meetings booked', 'Appointments', 'Appointments set', 'Booked', 'Afspraken', 'Afspraken gemaakt', 'Termine', 'Termine vereinbart', 'Meetings set', 'Meetings scheduled', 'Demos booked', 'Rendez-vous', 'RDV', 'Reuniones', 'Citas', 'Appuntamenti'],
  hours: ['Hours', 'Hours spent', 'Time', 'Time spent', 'Prospecting hours', 'Calling hours', 'Uren', 'Beluren', 'Stunden', 'Zeit', 'Heures', 'Horas', 'Ore'],
  // Beside a week-number column ("Week 5" in one column, "2026" in the next).
  year: ['Year', 'Jaar', 'Jahr', 'Année', 'Año', 'Anno'],
} as const;

export type Field = keyof typeof FIELD_ALIASES;
export const REQUIRED_FIELDS = ['week', 'dials', 'reached', 'meetings'] as const satisfies readonly Field[];

/** Lower case, accents stripped (ä → a), and everything but letters and digits removed. */
export function normaliseHeader(header: string): string {
  // Most headers are ASCII: skip Unicode normalisation for them (the alias index alone normalises
  // hundreds of names at start-up).
  if (ASCII.test(header)) return header.toLowerCase().replace(NOT_ASCII_ALNUM, '');
  return header.normalize('NFKD').replace(MARKS(), '').toLowerCase().replace(NOT_ALNUM(), '');
}

const ASCII = /^[\x00-\x7f]*$/;
const NOT_ASCII_ALNUM = /[^a-z0-9]/g;
const MARKS = unicodeRegExp(String.raw`\p{M}`, 'gu');
const NOT_ALNUM = unicodeRegExp(String.raw`[^\p{L}\p{N}]`, 'gu');
const NOT_LETTERS = unicodeRegExp(String.raw`[^\p{L}]+`, 'u');
// In ASCII text the letters are A-Z and a-z: the same split without compiling a Unicode expression.
const NOT_ASCII_LETTERS = /[^A-Za-z]+/;
const notLetters = (value: string) => (ASCII.test(value) ? NOT_ASCII_LETTERS : NOT_LETTERS());

/**
 * The field a header names, read by its words (src/domain/header-match.ts): "Total Dials",
 * "# of conversations", "Terugbellen korte termijn". A header that could mean two fields, or that
 * resembles a field it cannot be used as ("Hours (min)", "Meetings held"), names none.
 */
export function fieldForHeader(header: string): Field | undefined {
  let field = FIELD_OF.get(header);
  if (field === undefined && !FIELD_OF.has(header)) {
    const meaning = matchWeeklyHeader(header);
    field = meaning.kind === 'field' ? meaning.target : undefined;
    // Header-like cells repeat (a header row per file, copies of it); the cache stays small all the same.
    if (FIELD_OF.size >= 4096) FIELD_OF.clear();
    FIELD_OF.set(header, field);
  }
  return field;
}

const FIELD_OF = new Map<string, Field | undefined>();

/** First words of summary rows' labels ("Total", "Totaal KW 1-8", "Summe:"), never counted a second time. */
// Also the pivot-table words of German, French, Spanish and Italian Excel (Gesamtergebnis, Total général, Totale complessivo).
export const SUMMARY_LABELS = ['total', 'totals', 'totaal', 'totalen', 'gesamt', 'summe', 'sum', 'grandtotal', 'eindtotaal', 'insgesamt', 'gesamtsumme', 'gesamtergebnis', 'subtotal', 'subtotaal', 'zwischensumme', 'zwischenergebnis', 'teilsumme', 'alle', 'all', 'overall', 'somme', 'totaux', 'suma', 'totale', 'σ'] as const;

/**
 * Last words of subtotal labels, as Excel's Subtotal command writes them after the group's value
 * ("2026-W05 Total", "Anna Totaal", "Anna Ergebnis"). Only words that cannot end a name or a week.
 */
const SUBTOTAL_LAST_WORDS: ReadonlySet<string> = new Set(['total', 'totaal', 'totals', 'gesamt', 'summe', 'ergebnis', 'somme', 'totale', 'subtotal']);

// Cheap first test: called for two cells of every row, and most labels start otherwise.
const SUMMARY_INITIALS = new Set(SUMMARY_LABELS.map((s) => s[0]));

export function isSummaryLabel(value: string): boolean {
  const words = value.trim().split(notLetters(value)).filter((w) => w !== '');
  if (words.length > 1 && SUBTOTAL_LAST_WORDS.has(normaliseHeader(words.at(-1) ?? ''))) return true;
  if (!SUMMARY_INITIALS.has(value.trimStart()[0]?.toLowerCase())) return false;
  const firstWord = value.trim().split(notLetters(value))[0] ?? '';
  const label = normaliseHeader(value);
  return (SUMMARY_LABELS as readonly string[]).some((s) => s === normaliseHeader(firstWord) || s === label);
}

/** Roles of a call log's columns that weekly tables do not have (rep is both). */
export const CALL_LOG_TARGETS = ['timestamp', 'date', 'time', 'outcome', 'direction', 'duration', 'contact'] as const;
export type CallLogOnlyTarget = (typeof CALL_LOG_TARGETS)[number];

/** Names accepted after "=" in --map, for weekly tables and call logs alike; "ignore" drops a column without a notice. */
export const MAP_TARGETS = [...(Object.keys(FIELD_ALIASES) as Field[]), ...CALL_LOG_TARGETS, 'ignore'] as const;
export type MapTarget = Field | CallLogOnlyTarget | 'ignore';

export function isMapTarget(value: string): value is MapTarget {
  return (MAP_TARGETS as readonly string[]).includes(value);
}
