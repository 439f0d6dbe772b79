/**
 * Canonical input fields and the header spellings real sheets use (EN/NL/DE, see shared/domain.md).
 * Aliases are compared after normalisation (lower case, accents, spaces, underscores and punctuation removed).
 */
export const FIELD_ALIASES = {
  week: ['week', 'wk', 'weeknumber', 'weeknr', 'kw', 'kalenderwoche', 'woche', 'date', 'datum', 'weekof', 'weekstarting', 'period', 'periode'],
  rep: ['rep', 'salesrep', 'agent', 'caller', 'owner', 'user', 'sdr', 'bdr', 'name', 'verkoper', 'medewerker', 'verkaufer', 'mitarbeiter', 'vertriebler'],
  dials: ['dials', 'calls', 'callsmade', 'outboundcalls', 'attempts', 'telefoons', 'belpogingen', 'gebeld', 'oproepen', 'anrufe', 'anwahlen', 'wahlversuche'],
  reached: ['reached', 'decisionmakersreached', 'decisionmakers', 'dmreached', 'connects', 'connected', 'conversations', 'beslissers', 'beslissersgesproken', 'gesprekken', 'entscheidererreicht', 'entscheider', 'gesprache', 'erreicht'],
  callbacks_short: ['callbacksshort', 'shortcallbacks', 'callbackshortterm', 'callbacksshortterm', 'terugbellenkortetermijn', 'terugbellenkort', 'ruckrufekurzfristig', 'ruckrufkurzfristig'],
  callbacks_long: ['callbackslong', 'longcallbacks', 'callbacklongterm', 'callbackslongterm', 'terugbellenlangetermijn', 'terugbellenlang', 'ruckrufelangfristig', 'ruckruflangfristig'],
  callbacks: ['callbacks', 'callback', 'terugbellen', 'terugbelverzoeken', 'ruckrufe', 'ruckruf'],
  meetings: ['meetings', 'meetingsbooked', 'appointments', 'appointmentsset', 'booked', 'afspraken', 'termine', 'terminevereinbart'],
  hours: ['hours', 'hoursspent', 'time', 'prospectinghours', 'uren', 'stunden', 'zeit'],
} as const;

export type Field = keyof typeof FIELD_ALIASES;
export const REQUIRED_FIELDS = ['week', 'dials', 'reached', 'meetings'] as const satisfies readonly Field[];

/** Lower case, accents stripped (ä → a), and everything but letters and digits removed. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const ALIAS_INDEX: ReadonlyMap<string, Field> = new Map(
  (Object.entries(FIELD_ALIASES) as [Field, readonly string[]][]).flatMap(([field, aliases]) =>
    aliases.map((a) => [normaliseHeader(a), field] as const),
  ),
);

export function fieldForHeader(header: string): Field | undefined {
  const key = normaliseHeader(header);
  if ((Object.hasOwn(FIELD_ALIASES, key))) return key as Field;
  return ALIAS_INDEX.get(key);
}

/** Labels of summary rows that must never be counted a second time. */
export const SUMMARY_LABELS = ['total', 'totals', 'totaal', 'gesamt', 'summe', 'sum', 'grandtotal', 'eindtotaal', 'insgesamt', 'alle', 'all'] as const;

export function isSummaryLabel(value: string): boolean {
  return (SUMMARY_LABELS as readonly string[]).includes(normaliseHeader(value));
}
