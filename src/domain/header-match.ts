/**
 * What a header means, decided from its words (src/domain/header-words.ts): one of our fields with
 * the words that decided it, two fields at once (the user must say which), a field it resembles
 * but that cannot be used as is ("Meetings held", "Hours (min)"), or none. One engine for weekly
 * tables and call logs; only the targets differ.
 */
import type { Tag } from './vocabulary/index.js';
import { readHeaderWords, type Hit } from './header-words.js';

export type WeeklyTarget = 'week' | 'year' | 'rep' | 'dials' | 'reached' | 'callbacks_short' | 'callbacks_long' | 'callbacks' | 'meetings' | 'hours';
export type CallLogTarget = 'timestamp' | 'date' | 'time' | 'rep' | 'outcome' | 'direction' | 'duration' | 'contact';
export type HeaderContext = 'weekly' | 'calllog';
export type TimeUnit = 'milliseconds' | 'seconds' | 'minutes' | 'hours' | 'hh:mm:ss';

export type HeaderMeaning<T extends string> =
  | {
    kind: 'field'; target: T;
    /** How clearly the words say it (a "Meetings" column beats a "Booked" one). */
    strength: number;
    words: string[];
    /** A week column's anchor: its dates are the weeks' starts or ends. */
    anchor: 'start' | 'end' | null;
    unit: TimeUnit | null;
  }
  | { kind: 'ambiguous'; targets: [T, T]; words: string[] }
  | { kind: 'unusable'; looksLike: T; why: string; words: string[] }
  | { kind: 'none'; why: string };

const UNIT_TAGS = { unit_ms: 'milliseconds', unit_seconds: 'seconds', unit_minutes: 'minutes', unit_hours: 'hours', unit_clock: 'hh:mm:ss' } as const satisfies Partial<Record<Tag, TimeUnit>>;

interface Read {
  hits: Hit[];
  has: (...tags: Tag[]) => boolean;
  wordsOf: (...tags: Tag[]) => string[];
  unit: TimeUnit | null;
  unitWord: string;
  change: Hit | undefined;
}

// "Dials per hour", "Anrufe pro Termin": what follows "per" is the denominator, not what the column counts.
const PER = new Set(['per', 'pro', 'par', 'por']);

function read(header: string): Read {
  const all = readHeaderWords(header);
  const per = all.findIndex((h) => h.change !== undefined && h.words.length === 1 && PER.has(h.words[0]!));
  const hits = per < 0 ? all : all.filter((h, i) => i <= per || h.tag === undefined);
  const tags = new Set(hits.map((h) => h.tag));
  const unitHit = hits.find((h) => h.tag !== undefined && h.tag in UNIT_TAGS);
  return {
    hits,
    has: (...t) => t.some((x) => tags.has(x)),
    wordsOf: (...t) => hits.filter((h) => h.tag !== undefined && t.includes(h.tag)).flatMap((h) => h.words),
    unit: unitHit ? UNIT_TAGS[unitHit.tag as keyof typeof UNIT_TAGS] : null,
    unitWord: unitHit?.words.join(' ') ?? '',
    change: hits.find((h) => h.change !== undefined),
  };
}

/** The time unit a header names ("Talk (ms)" → milliseconds), whatever the column is taken to be. */
export function headerUnit(header: string): TimeUnit | null {
  return read(header).unit;
}

const field = <T extends string>(target: T, strength: number, words: string[], anchor: 'start' | 'end' | null = null, unit: TimeUnit | null = null): HeaderMeaning<T> =>
  ({ kind: 'field', target, strength, words, anchor, unit });

/**
 * The meaning of a weekly table's header. A header is read several times (is the file a call log, which
 * column is which, the week column's anchor): the meaning is remembered, and each caller gets its own copy.
 */
export function matchWeeklyHeader(header: string): HeaderMeaning<WeeklyTarget> {
  let meaning = WEEKLY_MEANINGS.get(header);
  if (meaning === undefined) {
    meaning = weeklyMeaning(header);
    if (WEEKLY_MEANINGS.size >= 4096) WEEKLY_MEANINGS.clear();
    WEEKLY_MEANINGS.set(header, meaning);
  }
  return copyMeaning(meaning);
}

const WEEKLY_MEANINGS = new Map<string, HeaderMeaning<WeeklyTarget>>();

function copyMeaning<T extends string>(m: HeaderMeaning<T>): HeaderMeaning<T> {
  if (m.kind === 'none') return { ...m };
  if (m.kind === 'ambiguous') return { ...m, targets: [...m.targets], words: [...m.words] };
  return { ...m, words: [...m.words] };
}

function weeklyMeaning(header: string): HeaderMeaning<WeeklyTarget> {
  const r = read(header);
  const { has, wordsOf } = r;
  const outcomes = ([['hours', ['hours', 'time']], ['meetings', ['meeting']], ['callbacks', ['callback']]] as const).filter(([, tags]) => has(...tags)); // spread-ok: two or three fixed tags
  if (outcomes.length >= 2) return { kind: 'ambiguous', targets: [outcomes[0]![0], outcomes[1]![0]], words: wordsOf('hours', 'time', 'meeting', 'callback') };
  let meaning: HeaderMeaning<WeeklyTarget>;
  if (has('hours', 'time')) meaning = field('hours', 2, wordsOf('hours', 'time'), null, r.unit);
  else if (has('meeting')) meaning = field('meetings', 2, wordsOf('meeting', 'meeting_weak'));
  else if (has('callback')) {
    const term = has('short') && !has('long') ? 'callbacks_short' : has('long') && !has('short') ? 'callbacks_long' : 'callbacks';
    meaning = field(term, 2, wordsOf('callback', 'short', 'long'));
  } else if (has('reach')) meaning = field('reached', 2, wordsOf('reach', 'dial'));
  else if (has('dial') && has('meeting_weak')) return { kind: 'ambiguous', targets: ['meetings', 'dials'], words: wordsOf('dial', 'meeting_weak') };
  else if (has('dial')) meaning = field('dials', 2, wordsOf('dial'));
  else if (has('duration')) return { kind: 'unusable', looksLike: 'hours', why: 'talk time is not the time spent prospecting', words: wordsOf('duration') };
  // A "Week" column beats a "Date" column beside it (then the date is the other one's detail).
  else if (has('week', 'date')) meaning = field('week', has('week') ? 2 : 1, wordsOf('week', 'date', 'start', 'from', 'end'), has('end') ? 'end' : has('start', 'from') ? 'start' : null);
  else if (has('year')) meaning = field('year', 2, wordsOf('year'));
  else if (has('rep')) meaning = field('rep', 2, wordsOf('rep', 'rep_weak'));
  else if (has('meeting_weak')) meaning = field('meetings', 1, wordsOf('meeting_weak'));
  else if (has('rep_weak')) meaning = field('rep', 1, wordsOf('rep_weak'));
  else if (has('held')) return { kind: 'unusable', looksLike: 'meetings', why: `meetings ${wordsOf('held').join(' ')}, not booked`, words: wordsOf('held') };
  else return { kind: 'none', why: r.change ? `${r.change.change} ("${r.change.words.join(' ')}")` : 'not one of our fields' };
  if (meaning.kind !== 'field') return meaning;
  const { target, words } = meaning;
  if (r.change) return { kind: 'unusable', looksLike: target, why: `${r.change.change} ("${r.change.words.join(' ')}"), not ${target}`, words };
  if (target === 'meetings' && has('held')) return { kind: 'unusable', looksLike: target, why: `meetings ${wordsOf('held').join(' ')}, not booked`, words };
  if (target === 'hours' && r.unit !== null && r.unit !== 'hours' && r.unit !== 'hh:mm:ss') {
    return { kind: 'unusable', looksLike: target, why: `hours are read in hours, not "${r.unitWord}"`, words };
  }
  // "Dials (s)" would be odd but harmless; "Dials (min)" is a time, not a count.
  if (target !== 'hours' && target !== 'week' && r.unit !== null && r.unit !== 'seconds') {
    return { kind: 'unusable', looksLike: target, why: `${target} are counts, not "${r.unitWord}"`, words };
  }
  return meaning;
}

/** The meaning of a call log's header. */
export function matchCallLogHeader(header: string): HeaderMeaning<CallLogTarget> {
  const r = read(header);
  const { has, wordsOf } = r;
  // "Call date", "Activity date", "Start time" are the call's own moment; "Create date" only when nothing says more.
  const boost = (has('call_event', 'dial', 'start') ? 1 : 0) - (has('created') ? 1 : 0);
  const roles = ([['duration', ['duration']], ['direction', ['direction']], ['outcome', ['outcome', 'outcome_weak', 'outcome_status']]] as const).filter(([, tags]) => has(...tags)); // spread-ok: three fixed tags at most
  // "Call status" beside "Duration" is no question; "Outcome duration" is.
  if (roles.length >= 2 && !(roles.length === 2 && has('outcome_status') && !has('outcome', 'outcome_weak'))) {
    return { kind: 'ambiguous', targets: [roles[0]![0], roles[1]![0]], words: wordsOf('duration', 'direction', 'outcome', 'outcome_weak') };
  }
  let meaning: HeaderMeaning<CallLogTarget>;
  const moment = has('timestamp') || (has('date') && has('time')) ? 'timestamp' : has('date') ? 'date' : has('time') ? 'time' : null;
  if (has('duration') || ((r.unit !== null || has('unit_days')) && !has('date', 'time', 'timestamp'))) {
    meaning = field('duration', 2, wordsOf('duration'), null, r.unit);
  } else if (has('direction')) meaning = field('direction', 2, wordsOf('direction'));
  else if (has('outcome', 'outcome_weak', 'outcome_status', 'outcome_text')) {
    // A disposition says most; tags and sentiment next; a status ("answered", "completed") less; a subject line least.
    const strength = has('outcome') ? 3 : has('outcome_weak') ? 2 : has('outcome_status') ? 1.5 : 1;
    meaning = field('outcome', strength, wordsOf('outcome', 'outcome_weak', 'outcome_status', 'outcome_text'));
  } else if (moment !== null) meaning = field(moment, Math.max(1, (moment === 'timestamp' ? 3 : 2) + boost), wordsOf('timestamp', 'date', 'time', 'start', 'call_event', 'created', 'at'));
  else if (has('at') && has('end')) return { kind: 'unusable', looksLike: 'timestamp', why: `when the call ${wordsOf('end').join(' ')}, not when it started`, words: wordsOf('end', 'at') };
  else if (has('start', 'at') && has('call_event', 'dial', 'start')) meaning = field('timestamp', 2 + boost, wordsOf('start', 'call_event', 'dial', 'at'));
  else if (has('rep')) meaning = field('rep', 2, wordsOf('rep', 'rep_weak'));
  else if (has('contact')) meaning = field('contact', 2, wordsOf('contact', 'rep_weak'));
  else if (has('rep_weak')) meaning = field('rep', 1, wordsOf('rep_weak'));
  else if (has('direction_weak')) meaning = field('direction', 1, wordsOf('direction_weak'));
  else return { kind: 'none', why: r.change ? `${r.change.change} ("${r.change.words.join(' ')}")` : 'not one of our columns' };
  if (meaning.kind !== 'field') return meaning;
  const { target, words } = meaning;
  if (r.change && target !== 'rep' && target !== 'contact') return { kind: 'unusable', looksLike: target, why: `${r.change.change} ("${r.change.words.join(' ')}"), not ${target === 'outcome' ? 'the outcome' : target}`, words };
  if (target === 'duration' && has('unit_days')) return { kind: 'unusable', looksLike: target, why: `a call's length in ${wordsOf('unit_days').join(' ')}`, words };
  if ((target === 'timestamp' || target === 'date' || target === 'time') && has('end')) {
    return { kind: 'unusable', looksLike: 'timestamp', why: `when the call ${wordsOf('end').join(' ')}, not when it started`, words };
  }
  return meaning;
}
