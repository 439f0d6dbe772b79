import { UsageError } from '../errors.js';
import { RATIO_NAMES, isRatioName, type RatioName } from './funnel.js';
import type { Scope } from './check-scope.js';
import { DEFAULT_ALPHA, DEFAULT_TOLERANCE, type CheckSettings } from './check-types.js';

/** A fixed bound from --min or --max: the ratio must not fall below (min) or rise above (max) it. */
export interface Threshold {
  ratio: RatioName;
  direction: 'min' | 'max';
  value: number;
}

const VALID_RATIOS = `valid ratios: ${RATIO_NAMES.join(', ')}`;

/**
 * A share written as a fraction ("0.08") or a percentage ("8%", "8 %"). Returns null when it is
 * neither, so each caller can say which flag was wrong.
 */
export function parseShare(raw: string): number | null {
  // Trimmed first: `\s*(%?)\s*` around an optional part backtracks over a long run of spaces.
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*(%?)$/.exec(raw.trim());
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === '%' ? n / 100 : n;
}

/** --min / --max "ratio=value" → a threshold; anything else is a usage error that shows the fix. */
export function parseThreshold(raw: string, direction: Threshold['direction']): Threshold {
  const flag = `--${direction} "${raw}"`;
  const eq = raw.lastIndexOf('=');
  if (eq < 0) {
    throw new UsageError(`${flag} is not of the form RATIO=VALUE`, `example: --${direction} "meetings/reached=0.2" (or =20%)`);
  }
  const name = raw.slice(0, eq).trim();
  if (!isRatioName(name)) throw new UsageError(`unknown ratio "${name}" in ${flag}`, VALID_RATIOS);
  const value = parseShare(raw.slice(eq + 1));
  if (value === null || value > 1) {
    throw new UsageError(`${flag}: the value must be a share between 0 and 1 (or 0% and 100%)`, `example: --${direction} "${name}=0.2"`);
  }
  return { ratio: name, direction, value };
}

/** --ratio NAME: which ratios to compare against the baseline. */
export function parseRatioName(raw: string): RatioName {
  const name = raw.trim();
  if (!isRatioName(name)) throw new UsageError(`unknown ratio "${name}" in --ratio`, VALID_RATIOS);
  return name;
}

/**
 * --tolerance (in [0, 1): 1 would allow any drop) and --alpha (in (0, 1): 0 could never be met,
 * 1 would call everything significant).
 */
export function parseFraction(raw: string, flag: '--tolerance' | '--alpha'): number {
  const value = parseShare(raw);
  const low = flag === '--alpha' ? 'above 0' : 'from 0';
  if (value === null || value >= 1 || (flag === '--alpha' && value === 0)) {
    const example = flag === '--alpha' ? '0.05 (or 5%)' : '0.10 (or 10%)';
    throw new UsageError(`${flag} "${raw}" must be a share ${low} and below 1`, `example: ${flag} ${example}`);
  }
  return value;
}

/** --window N: a positive whole number of weeks. */
export function parseWindow(raw: string): number {
  if (!/^\s*\d+\s*$/.test(raw) || Number(raw) < 1) {
    throw new UsageError(`--window "${raw}" must be a whole number of weeks, at least 1`, 'example: --window 4 (the last four weeks pooled)');
  }
  return Number(raw);
}

/** The flags of `funnel check` that shape the checks, as commander hands them over (strings). */
export interface CheckFlags {
  // Repeatable flags are absent (not []) when not given, so --help shows no "(default: [])".
  min?: string[];
  max?: string[];
  baseline?: string;
  ratio?: string[];
  tolerance?: string;
  alpha?: string;
  strict?: boolean;
  window?: string;
  all?: boolean;
  requireData?: boolean;
}

/** Flags → settings; every mistake is a UsageError, found before any file is read. */
export function settingsFromFlags(opts: CheckFlags): { settings: Omit<CheckSettings, 'baseline'>; scope: Scope } {
  const [min, max, ratio] = [opts.min ?? [], opts.max ?? [], opts.ratio ?? []];
  // --ratio without --baseline first: its message names the missing flag, "nothing to check" would not.
  if (ratio.length && opts.baseline === undefined) {
    throw new UsageError('--ratio chooses which ratios to compare with a baseline', 'add --baseline FILE, or use --min/--max for fixed bounds');
  }
  if (min.length + max.length === 0 && opts.baseline === undefined) {
    throw new UsageError('nothing to check', 'give --min "RATIO=VALUE", --max "RATIO=VALUE" or --baseline FILE');
  }
  if (opts.window !== undefined && opts.all) throw new UsageError('--window and --all exclude each other', 'use one of them');
  const scope: Scope = opts.all ? { kind: 'all' } : opts.window !== undefined ? { kind: 'window', weeks: parseWindow(opts.window) } : { kind: 'latest' };
  const settings = {
    thresholds: [...min.map((m) => parseThreshold(m, 'min')), ...max.map((m) => parseThreshold(m, 'max'))],
    ...(ratio.length ? { baselineRatios: ratio.map(parseRatioName) } : {}),
    tolerance: opts.tolerance === undefined ? DEFAULT_TOLERANCE : parseFraction(opts.tolerance, '--tolerance'),
    alpha: opts.alpha === undefined ? DEFAULT_ALPHA : parseFraction(opts.alpha, '--alpha'),
    strict: Boolean(opts.strict),
    requireData: Boolean(opts.requireData),
  };
  return { settings, scope };
}
