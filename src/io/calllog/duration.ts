/**
 * Call durations in the shapes exports use, as whole milliseconds (integers add up exactly in any order,
 * which keeps the fast, general and parallel readers identical).
 */
import { UsageError } from '../../errors.js';

export type DurationUnit = 'seconds' | 'milliseconds' | 'minutes' | 'hours';

/** Milliseconds per unit of a plain number in a duration column. */
export const UNIT_MS = { milliseconds: 1, seconds: 1000, minutes: 60_000, hours: 3_600_000 } as const satisfies Record<DurationUnit, number>;

const UNIT_NAMES: Readonly<Record<string, DurationUnit>> = {
  ms: 'milliseconds', millisecond: 'milliseconds', milliseconds: 'milliseconds',
  s: 'seconds', sec: 'seconds', second: 'seconds', seconds: 'seconds',
  min: 'minutes', minute: 'minutes', minutes: 'minutes', h: 'hours', hour: 'hours', hours: 'hours',
};

/** --duration-unit as typed: ms, s, min, h (or their full names). */
export function parseDurationUnit(text: string): DurationUnit {
  const unit = UNIT_NAMES[text.trim().toLowerCase()];
  if (unit === undefined) throw new UsageError(`--duration-unit "${text}" is not a unit`, 'write --duration-unit ms, s, min or h');
  return unit;
}

const NUMBER = /^(\d+)(?:[.,](\d+))?$/;
const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d+))?$/;
/** No duration is longer; WORDS's three optional parts backtrack over a long run of spaces. */
export const MAX_DURATION_TEXT = 64;
const WORDS = /^(?:(\d+)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?)?)?)?\s*(?:(\d+)\s*s(?:ec(?:onds?)?)?)?$/i;

/**
 * Talk time in ms; 0 for an empty cell (unanswered calls often have none); null when unreadable.
 * `decimalComma`: in `;`-separated exports `12,5` means twelve and a half.
 */
export function parseDuration(text: string, unit: DurationUnit, decimalComma: boolean): number | null {
  if (text.length > MAX_DURATION_TEXT) return null;
  const t = text.trim();
  if (t === '') return 0;
  const n = NUMBER.exec(t);
  if (n) {
    if (n[2] !== undefined && t.includes(',') && !decimalComma) return null;
    const value = Number(`${n[1]}.${n[2] ?? '0'}`);
    return Math.round(value * UNIT_MS[unit]);
  }
  const c = CLOCK.exec(t);
  if (c) {
    // Two parts are mm:ss (a call's length), three are hh:mm:ss.
    const [hours, minutes, seconds] = [Number(c[1] ?? 0), Number(c[2]), Number(c[3])];
    if (seconds > 59 || (c[1] !== undefined && minutes > 59)) return null;
    const fraction = c[4] === undefined ? 0 : Math.round(Number(`0.${c[4]}`) * 1000);
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction;
  }
  const w = WORDS.exec(t);
  if (w && (w[1] ?? w[2] ?? w[3]) !== undefined) {
    return ((Number(w[1] ?? 0) * 60 + Number(w[2] ?? 0)) * 60 + Number(w[3] ?? 0)) * 1000;
  }
  return null;
}
