import type { Theme } from './theme.js';
import { maxOf, minOf } from '../core/arrays.js';

/**
 * One character per value, scaled between the series' min and max, so a trend is seen at a glance.
 * Missing values show as a space; a flat series sits in the middle.
 */
export function sparkline(values: readonly (number | null)[], theme: Theme): string {
  const levels = theme.sym.spark;
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return ' '.repeat(values.length);
  const min = minOf(known);
  const max = maxOf(known);
  const top = levels.length - 1;
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return ' ';
      const level = max === min ? Math.floor(top / 2) : Math.round(((v - min) / (max - min)) * top);
      return levels[level] ?? ' ';
    })
    .join('');
}

/** A horizontal bar of `width` cells for a share in [0, 1]. */
export function bar(share: number | null, width: number, theme: Theme): string {
  if (share === null || !Number.isFinite(share)) return ' '.repeat(width);
  const filled = Math.max(0, Math.min(width, Math.round(share * width)));
  return theme.sym.bar.repeat(filled) + theme.c.dim(theme.sym.barEmpty.repeat(width - filled));
}
