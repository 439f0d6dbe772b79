/**
 * The shape of one language's header vocabulary. Data only: the matcher (src/domain/header-match.ts)
 * decides what a header means from the words it finds here.
 *
 * A phrase is one or more words separated by spaces, each written as `words()` produces it (lower
 * case, no accents): `meetings` (exact), `meeting*` (a stem: meetings, meetingsbooked), `*dauer` (the
 * head of a compound: Gesprächsdauer, Anrufdauer). The longest phrase wins.
 */

/** What a phrase says. Concepts name one of our fields or roles; modifiers refine one. */
export const TAGS = [
  // weekly-table fields
  'dial', 'reach', 'callback', 'meeting', 'meeting_weak', 'hours', 'week', 'year', 'rep', 'rep_weak',
  // call-log roles (rep is shared)
  'timestamp', 'date', 'time', 'outcome', 'outcome_weak', 'outcome_status', 'outcome_text', 'direction', 'direction_weak', 'duration', 'contact',
  // modifiers: callbacks' term, a week column's anchor, when a moment was taken, how strongly a date is the call's
  'short', 'long', 'start', 'from', 'end', 'at', 'call_event', 'created', 'held',
  // units after a header ("Hours (min)", "duration_ms", "Talk time (hh:mm:ss)")
  'unit_ms', 'unit_seconds', 'unit_minutes', 'unit_hours', 'unit_clock', 'unit_days',
] as const;
export type Tag = (typeof TAGS)[number];

/** Why a qualifier changes the meaning, as said to the user ("… is a percentage"). */
export const CHANGES = [
  'a percentage or an average', 'emails', 'social messages', 'money', 'opportunities', 'conversations with a gatekeeper',
  'inbound calls', 'missed or unanswered calls', 'voicemails', 'a target', 'an identifier', 'time not talking',
] as const;
export type Change = (typeof CHANGES)[number];

export interface Lexicon {
  language: 'en' | 'nl' | 'de' | 'fr' | 'es' | 'it';
  /** Words that name a field, a role, a modifier or a unit. */
  concepts: Partial<Record<Tag, readonly string[]>>;
  /** Qualifiers that keep the meaning ("Total", "SUM of", "Aantal", "# of"). */
  keep: readonly string[];
  /** Qualifiers that change it: "Connect rate" is a percentage, "Gatekeeper conversations" are not decision-makers. */
  change: Partial<Record<Change, readonly string[]>>;
}
