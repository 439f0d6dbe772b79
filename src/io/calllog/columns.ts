/**
 * Which columns of a header make it a call log, and which column plays which part. Each role lists
 * header spellings in order of preference (a disposition beats a status; HubSpot's `hs_timestamp` beats a
 * generic `date`), compared after normalisation like every other header.
 */
import { normaliseOutcome as normalise } from '../../domain/outcomes.js';
import type { DurationUnit } from './duration.js';

export const CALL_LOG_COLUMNS = {
  timestamp: [
    'timestamp', 'hs_timestamp', 'activity date', 'call date', 'call time', 'date time', 'datetime', 'started at',
    'start time', 'started', 'start', 'created at', 'created date', 'date_created', 'date', 'time', 'activity date time',
    'due date', 'activitydate', 'tijdstip', 'datum', 'gespreksdatum', 'startzeit', 'anrufzeit', 'zeitpunkt',
  ],
  outcome: [
    'outcome', 'call outcome', 'hs_call_disposition', 'disposition', 'call disposition', 'calldisposition',
    'call result', 'result', 'resultaat', 'uitkomst', 'gespreksresultaat', 'ergebnis', 'anrufergebnis',
    'status', 'call status', 'hs_call_status', 'tags', 'tag',
    // Pipedrive has no outcome field: teams write it into the subject
    'subject', 'onderwerp', 'betreff',
  ],
  rep: [
    'rep', 'sales rep', 'owner', 'call owner', 'hubspot_owner_id', 'activity assigned to', 'assigned to', 'owner id',
    'ownerid', 'user', 'user id', 'user_id', 'user name', 'agent', 'caller', 'sdr', 'bdr', 'verkoper', 'medewerker',
    'beller', 'verkaufer', 'mitarbeiter', 'vertriebler',
  ],
  duration: [
    'duration', 'duration_seconds', 'duration seconds', 'call duration', 'hs_call_duration', 'calldurationinseconds',
    'call duration in seconds', 'talk time', 'talk_time', 'talktime', 'duur', 'gespreksduur', 'beltijd', 'dauer',
    'gesprachsdauer', 'anrufdauer',
  ],
  direction: ['direction', 'hs_call_direction', 'call direction', 'call type', 'calltype', 'richting', 'richtung'],
} as const;

export type CallLogRole = keyof typeof CALL_LOG_COLUMNS;

/**
 * A second column that also tells the outcome, read together with the first (Salesloft Disposition +
 * Sentiment, Aircall status + tags, Outreach disposition + outcome, HubSpot disposition + status). A subject
 * line is never one: it is free text.
 */
const SECOND_OUTCOME = [
  'outcome', 'call outcome', 'hs_call_disposition', 'disposition', 'call disposition', 'calldisposition', 'call result', 'result',
  'resultaat', 'uitkomst', 'gespreksresultaat', 'ergebnis', 'anrufergebnis', 'sentiment', 'call sentiment', 'status', 'call status',
  'hs_call_status', 'tags', 'tag',
].map(normalise);

export interface CallLogLayout {
  /** 0-based column index per role; -1 when the log has no such column. */
  timestamp: number;
  outcome: number;
  /** A second outcome column read together with the first (-1: none). */
  outcome2: number;
  rep: number;
  duration: number;
  direction: number;
  durationUnit: DurationUnit;
  width: number;
}

// A unit after a duration header: "Duration (ms)", "duration_ms", "Call duration (sec)", "Talk time (min)".
const UNIT_SUFFIX = /^(ms|millis|milliseconds|s|sec|secs|seconds|sekunden|min|mins|minutes|minuten)$/;

function findColumn(normalised: readonly string[], role: CallLogRole): number {
  for (const alias of CALL_LOG_COLUMNS[role]) {
    const a = normalise(alias);
    const i = normalised.indexOf(a);
    if (i >= 0) return i;
  }
  if (role !== 'duration') return -1;
  return normalised.findIndex((h) => CALL_LOG_COLUMNS.duration.some((alias) => {
    const a = normalise(alias);
    return h.startsWith(a) && UNIT_SUFFIX.test(h.slice(a.length));
  }));
}

/** HubSpot's `hs_call_duration` and columns named in ms count milliseconds, in min minutes; every other duration is seconds. */
function unitOf(header: string | undefined): DurationUnit {
  const n = normalise(header ?? '');
  if (n === 'hscallduration' || /(ms|millis|milliseconds)$/.test(n)) return 'milliseconds';
  return /(min|mins|minutes|minuten)$/.test(n) ? 'minutes' : 'seconds';
}

/** The layout of a call log, or null when the header lacks a timestamp or an outcome column. */
export function detectCallLog(header: readonly string[]): CallLogLayout | null {
  const normalised = header.map(normalise);
  const timestamp = findColumn(normalised, 'timestamp');
  const outcome = findColumn(normalised, 'outcome');
  if (timestamp < 0 || outcome < 0) return null;
  const duration = findColumn(normalised, 'duration');
  const rep = findColumn(normalised, 'rep');
  const direction = findColumn(normalised, 'direction');
  const taken = [timestamp, outcome, duration, rep, direction];
  const outcome2 = SECOND_OUTCOME.map((a) => normalised.indexOf(a)).find((i) => i >= 0 && !taken.includes(i)) ?? -1;
  return {
    timestamp, outcome, outcome2, rep, duration, direction,
    durationUnit: unitOf(header[duration]),
    width: header.length,
  };
}

/** What `--log` users are told when their header does not fit. */
export function expectedColumnsHint(): string {
  return `a call log needs a timestamp column (${CALL_LOG_COLUMNS.timestamp.slice(0, 4).join(', ')}, …) and an outcome column (${CALL_LOG_COLUMNS.outcome.slice(0, 5).join(', ')}, …)`;
}
