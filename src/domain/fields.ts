/**
 * Canonical input fields and the header spellings real sheets use (EN/NL/DE from shared/domain.md, plus common FR/ES/IT),
 * written the way people write them (errors list them). They are compared after normaliseHeader.
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
} as const;

export type Field = keyof typeof FIELD_ALIASES;
export const REQUIRED_FIELDS = ['week', 'dials', 'reached', 'meetings'] as const satisfies readonly Field[];

/** Lower case, accents stripped (ä → a), and everything but letters and digits removed. */
export function normaliseHeader(header: string): string {
  // Most headers are ASCII: skip Unicode normalisation for them (the alias index alone normalises
  // hundreds of names at start-up).
  if (ASCII.test(header)) return header.toLowerCase().replace(NOT_ASCII_ALNUM, '');
  return header.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NOT_ALNUM, '');
}

const ASCII = /^[\x00-\x7f]*$/;
const NOT_ASCII_ALNUM = /[^a-z0-9]/g;
const MARKS = /\p{M}/gu;
const NOT_ALNUM = /[^\p{L}\p{N}]/gu;

const ALIAS_INDEX: ReadonlyMap<string, Field> = new Map(
  (Object.entries(FIELD_ALIASES) as [Field, readonly string[]][]).flatMap(([field, aliases]) =>
    [field, ...aliases].map((a) => [normaliseHeader(a), field] as const),
  ),
);

// A unit or note in brackets after a header: "Hours (h)", "Time spent [hrs]", "Dials (#)".
const BRACKETED = /^(.*?)\s*[([]\s*([^()[\]]*?)\s*[)\]]\s*$/;
const HOUR_UNITS = new Set(['h', 'hr', 'hrs', 'hour', 'hours', 'u', 'uur', 'uren', 'std', 'stunden', 'heures']);
const TIME_UNIT = /^(?:h|hrs?|hours?|u|uur|uren|std|stunden|heures|m|mins?|minutes?|minuten|s|secs?|seconds?|sekunden|ms)$/;

/**
 * The field a header names. A bracketed unit is allowed after it when it fits the field: hours in
 * hours ("Hours (h)"), counts in anything but time. "Hours (min)" names no field: read as hours
 * it would be 60 times too much.
 */
export function fieldForHeader(header: string): Field | undefined {
  const direct = ALIAS_INDEX.get(normaliseHeader(header));
  if (direct !== undefined) return direct;
  const u = withUnit(header);
  return u && u.fits ? u.field : undefined;
}

/** A known field's header with a bracketed unit, and whether that unit fits the field. */
export function withUnit(header: string): { field: Field; unit: string; fits: boolean } | undefined {
  // BRACKETED's lazy start backtracks over spaces: no header with a unit is this long.
  if (header.length > 200) return undefined;
  const m = BRACKETED.exec(header.trim());
  const field = m ? ALIAS_INDEX.get(normaliseHeader(m[1] ?? '')) : undefined;
  if (!m || field === undefined) return undefined;
  const unit = normaliseHeader(m[2] ?? '');
  return { field, unit: m[2] ?? '', fits: field === 'hours' ? HOUR_UNITS.has(unit) : !TIME_UNIT.test(unit) };
}

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
  const words = value.trim().split(/[^\p{L}]+/u).filter((w) => w !== '');
  if (words.length > 1 && SUBTOTAL_LAST_WORDS.has(normaliseHeader(words.at(-1) ?? ''))) return true;
  if (!SUMMARY_INITIALS.has(value.trimStart()[0]?.toLowerCase())) return false;
  const firstWord = value.trim().split(/[^\p{L}]+/u)[0] ?? '';
  const label = normaliseHeader(value);
  return (SUMMARY_LABELS as readonly string[]).some((s) => s === normaliseHeader(firstWord) || s === label);
}

/** Field names accepted after "=" in --map; "ignore" drops a column without a notice. */
export const MAP_TARGETS = [...(Object.keys(FIELD_ALIASES) as Field[]), 'ignore'] as const;
export type MapTarget = Field | 'ignore';

export function isMapTarget(value: string): value is MapTarget {
  return (MAP_TARGETS as readonly string[]).includes(value);
}
