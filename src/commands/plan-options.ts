import { UsageError } from '../errors.js';
import { STAGE_RATIOS, isStageRatio, type FunnelCounts, type WhatIf } from '../core/plan-model.js';

/**
 * Turns `funnel plan`'s flags (strings from commander) into checked numbers. Every message names the
 * flag, repeats what was given, and says what would be accepted.
 */

function number(flag: string, raw: string): number {
  const v = raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(v)) throw new UsageError(`${flag} must be a number, got "${raw}"`);
  return v;
}

export function positive(flag: string, raw: string): number {
  const v = number(flag, raw);
  if (v <= 0) throw new UsageError(`${flag} must be a number above 0, got "${raw}"`);
  return v;
}

/** A rate or share in (0, 1]. */
export function rate(flag: string, raw: string): number {
  const v = number(flag, raw);
  if (v <= 0 || v > 1) throw new UsageError(`${flag} must be above 0 and at most 1, got "${raw}"`, 'write 36 % as 0.36');
  return v;
}

/** A probability strictly between 0 and 1 (a confidence of 1 would need infinitely many dials). */
export function probability(flag: string, raw: string): number {
  const v = number(flag, raw);
  if (v <= 0 || v >= 1) throw new UsageError(`${flag} must be between 0 and 1 (exclusive), got "${raw}"`, 'e.g. 0.9 for 9 days out of 10');
  return v;
}

export function wholePositive(flag: string, raw: string): number {
  const v = number(flag, raw);
  if (!Number.isInteger(v) || v <= 0) throw new UsageError(`${flag} must be a whole number above 0, got "${raw}"`);
  return v;
}

export function upTo(flag: string, v: number, max: number, raw: string): number {
  if (v > max) throw new UsageError(`${flag} must be at most ${max}, got "${raw}"`);
  return v;
}

/** --ratios M/R/D: meetings/reached/dials, the way sales people say it ("9/38/106"). */
export function parseRatios(raw: string): FunnelCounts {
  const parts = raw.split('/').map((p) => p.trim());
  const nums = parts.map(Number);
  if (parts.length !== 3 || parts.some((p) => !/^\d+$/.test(p)) || nums.some((n) => n <= 0)) {
    throw new UsageError(`--ratios must be three whole numbers above 0 as meetings/reached/dials, got "${raw}"`, 'e.g. --ratios 9/38/106');
  }
  const [meetings, reached, dials] = nums as [number, number, number];
  if (reached > dials) throw new UsageError(`--ratios ${raw}: reached (${reached}) cannot be more than dials (${dials})`, 'the order is meetings/reached/dials, e.g. 9/38/106');
  if (meetings > reached) throw new UsageError(`--ratios ${raw}: meetings (${meetings}) cannot be more than reached (${reached})`, 'the order is meetings/reached/dials, e.g. 9/38/106');
  return { meetings, reached, dials };
}

/** --what-if "meetings/reached=0.30" */
export function parseWhatIf(raw: string): WhatIf {
  const hint = `ratios: ${STAGE_RATIOS.join(', ')}; e.g. --what-if "meetings/reached=0.30"`;
  const m = /^\s*([^=]+?)\s*=\s*(.+?)\s*$/.exec(raw);
  if (!m) throw new UsageError(`--what-if must look like RATIO=VALUE, got "${raw}"`, hint);
  const [, name = '', value = ''] = m;
  if (!isStageRatio(name)) throw new UsageError(`--what-if "${raw}": ${name} is not a stage ratio of the plan`, hint);
  return { ratio: name, value: rate(`--what-if ${name}`, value) };
}
