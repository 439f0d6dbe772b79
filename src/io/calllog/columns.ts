/**
 * Which columns of a header make it a call log, and which column plays which part, read by the same
 * words as weekly tables (src/domain/header-match.ts). --map settles what the words cannot.
 */
import type { Problem } from '../../errors.js';
import { normaliseHeader, type MapTarget } from '../../domain/fields.js';
import { headerUnit, matchCallLogHeader, type CallLogTarget, type TimeUnit } from '../../domain/header-match.js';
import type { ColumnUnderstanding } from '../understanding.js';
import type { DurationUnit } from './duration.js';
import { PRODUCTS } from '../../domain/products.js';
import { maxOf } from '../../core/arrays.js';

export interface CallLogLayout {
  /** 0-based column index per role; -1 when the log has no such column. */
  timestamp: number;
  /** A separate time-of-day column, read together with `timestamp` (then a date column); -1 when none. */
  time: number;
  outcome: number;
  /** A second outcome-like column (Salesloft's Sentiment beside Disposition, Aircall's tags beside status). */
  outcome2: number;
  rep: number;
  duration: number;
  direction: number;
  contact: number;
  durationUnit: DurationUnit;
  /** Where the unit came from: the header's words, the product that names it so, or our default. */
  durationUnitSource: 'header' | 'product' | 'default' | 'flag';
  /** The duration column's header names hh:mm:ss (its plain numbers are still seconds). */
  durationClock: boolean;
  width: number;
}

/** How a header was read as a call log: the layout (null when it is none), and what each column was taken for. */
export interface CallLogColumns {
  layout: CallLogLayout | null;
  understood: ColumnUnderstanding[];
  unused: { header: string; looks_like: string; why: string }[];
  /** Columns the words cannot settle: an error once the input is read as a call log. */
  problems: Omit<Problem, 'file'>[];
}

const ROLES = ['timestamp', 'date', 'time', 'rep', 'outcome', 'direction', 'duration', 'contact'] as const satisfies readonly CallLogTarget[];
type Candidate = { column: number; name: string; strength: number; by: 'map' | 'words'; words: string[]; unit: TimeUnit | null };

/** Reads a call log's header; `map` is --map, keyed by normalised header. */
export function callLogColumns(header: readonly string[], map: ReadonlyMap<string, MapTarget> = new Map()): CallLogColumns {
  const understood: ColumnUnderstanding[] = header.map((raw, i) => ({ column: i + 1, header: raw.trim(), field: null, decided_by: 'ignored', why: '' }));
  const unused: CallLogColumns['unused'] = [];
  const problems: Omit<Problem, 'file'>[] = [];
  const found = new Map<CallLogTarget, Candidate[]>();
  header.forEach((raw, i) => {
    const name = raw.trim();
    const col = understood[i]!;
    const mapped = map.get(normaliseHeader(name));
    if (mapped === 'ignore') return void (col.why = '--map … =ignore');
    if (mapped !== undefined) {
      // A mapped duration keeps the unit its header names ("Talk (ms)", hs_call_duration): --map (or a
      // config written by inspect) says which column it is, not that milliseconds became seconds.
      if ((ROLES as readonly string[]).includes(mapped)) add(found, mapped as CallLogTarget, { column: i, name, strength: 9, by: 'map', words: [], unit: mapped === 'duration' ? mappedDurationUnit(name) : null });
      else col.why = `--map names it ${mapped}, a weekly-table field`;
      return;
    }
    if (name === '') return void (col.why = 'no header');
    const m = matchCallLogHeader(name);
    if (m.kind === 'field') add(found, m.target, { column: i, name, strength: m.strength, by: 'words', words: m.words, unit: m.unit });
    else if (m.kind === 'none') col.why = m.why;
    else if (m.kind === 'unusable') {
      col.why = m.why;
      unused.push({ header: name, looks_like: m.looksLike, why: m.why });
    } else {
      col.why = `could be ${m.targets.join(' or ')}`;
      problems.push({ line: 1, column: i + 1, field: name, message: `"${name}" could be the call's ${m.targets[0]} or its ${m.targets[1]}`, hint: `say which with --map "${name}=${m.targets[0]}" or --map "${name}=${m.targets[1]}"` });
    }
  });
  const pick = (role: CallLogTarget): Candidate | undefined => {
    const list = found.get(role) ?? [];
    const best = maxOf(list.map((c) => c.strength));
    const top = list.filter((c) => c.strength === best);
    // Two contact columns (person and company) do no harm: the contact is only shown, never counted.
    if (top.length > 1 && role !== 'outcome' && role !== 'contact') {
      const [a, b] = top as [Candidate, Candidate];
      problems.push({ line: 1, column: b.column + 1, field: b.name, message: `columns "${a.name}" (column ${a.column + 1}) and "${b.name}" (column ${b.column + 1}) could both be the call's ${role}`, hint: `say which with --map "${a.name}=${role}" (and --map "${b.name}=ignore")` });
    }
    return top[0];
  };
  const use = (c: Candidate | undefined, role: string, note = '') => {
    if (!c) return -1;
    Object.assign(understood[c.column]!, { field: role, decided_by: c.by, why: (c.by === 'map' ? `--map "${c.name}=${role}"` : c.words.join(' ')) + note });
    return c.column;
  };
  // The call's moment: a timestamp; else a date (with a separate time of day, if any); a time-only column only when there is no date.
  const stamp = pick('timestamp');
  const date = stamp ? undefined : pick('date');
  const time = stamp ? undefined : pick('time');
  const outcomes = [...(found.get('outcome') ?? [])].sort((a, b) => b.strength - a.strength || a.column - b.column);
  // A subject line (strength 1) is read only when nothing else names the outcome.
  const [outcome, second] = [outcomes[0], outcomes[1] && outcomes[1].strength > 1 ? outcomes[1] : undefined];
  const timestamp = use(stamp ?? date ?? time, 'timestamp', !stamp && date && time ? ` (with "${time.name}" for the time of day)` : '');
  const duration = pick('duration');
  const layoutOrNull = timestamp < 0 || !outcome ? null : {
    timestamp,
    time: date && time ? use(time, 'time') : -1,
    outcome: use(outcome, 'outcome'),
    outcome2: use(second, 'outcome2'),
    rep: use(pick('rep'), 'rep'),
    duration: use(duration, 'duration'),
    direction: use(pick('direction'), 'direction'),
    contact: use(pick('contact'), 'contact'),
    ...durationUnit(duration, header),
    width: header.length,
  };
  for (const col of understood) {
    if (col.field !== null || col.why !== '') continue;
    const role = [...found].find(([, list]) => list.some((c) => c.column === col.column - 1))?.[0];
    col.why = role ? `another column is the ${role}` : 'not one of our columns';
    if (role && layoutOrNull) unused.push({ header: col.header, looks_like: role, why: col.why });
  }
  return { layout: layoutOrNull, understood, unused, problems };
}

function mappedDurationUnit(header: string): TimeUnit | null {
  const m = matchCallLogHeader(header);
  return m.kind === 'field' && m.target === 'duration' ? m.unit : headerUnit(header);
}

function durationUnit(c: Candidate | undefined, header: readonly string[]): Pick<CallLogLayout, 'durationUnit' | 'durationUnitSource' | 'durationClock'> {
  const unit = c?.unit ?? null;
  if (unit === 'hh:mm:ss') return { durationUnit: 'seconds', durationUnitSource: 'header', durationClock: true };
  // The header's words name no unit: the product that writes these headers may document one.
  const names = new Set(header.map(normaliseHeader));
  const product = c && PRODUCTS.find((p) => p.headers.every((h) => names.has(normaliseHeader(h))) && normaliseHeader(p.duration) === normaliseHeader(c.name));
  if (product && unit === null) return { durationUnit: product.unit, durationUnitSource: 'product', durationClock: false };
  if (unit === null) return { durationUnit: 'seconds', durationUnitSource: 'default', durationClock: false };
  return { durationUnit: unit, durationUnitSource: 'header', durationClock: false };
}

function add<K, V>(m: Map<K, V[]>, key: K, value: V): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

/** The layout of a call log, or null when the header lacks a timestamp or an outcome column. */
export function detectCallLog(header: readonly string[], map?: ReadonlyMap<string, MapTarget>): CallLogLayout | null {
  return callLogColumns(header, map).layout;
}

/** What `--log` users are told when their header does not fit. */
export function expectedColumnsHint(): string {
  return 'a call log needs a column for when the call was made (e.g. "Call date", "Start time", "timestamp") and one for its outcome (e.g. "Outcome", "Disposition", "Call result"); name yours with --map "Your header=timestamp" and --map "Your header=outcome"';
}
