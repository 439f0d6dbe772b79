import { UsageError } from '../errors.js';
import { RATIO_NAMES, isRatioName, type RatioName } from './funnel.js';

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
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(raw);
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
