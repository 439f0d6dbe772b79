import { RATIO_NAMES, ratioParts, type RatioName } from './funnel.js';
import { normalCdf } from './stats.js';
import type { Counts } from './types.js';

/** A week-on-week change as the trend arrows show it. */
export type Move = 'up' | 'down' | 'flat';

/** Two-sided level a change must pass to be an arrow rather than flat. */
export const MOVE_ALPHA = 0.05;

/**
 * Is a ratio's change from one week to the next beyond chance and the weekly wobble? A two-proportion
 * z test with the pooled rate, each week's variance inflated by its design effect 1 + (n − 1) ρ (a
 * week is one cell of the wobble): z = (p₂ − p₁) / √(p̄(1 − p̄)(d₁/n₁ + d₂/n₂)). Two-sided at MOVE_ALPHA.
 */
export function moveOf(before: Counts, now: Counts, name: RatioName, rho: number): Move | null {
  const a = ratioParts(before, name);
  const b = ratioParts(now, name);
  if (a === null || b === null || a.den === 0 || b.den === 0) return null;
  const x1 = Math.min(a.num, a.den);
  const x2 = Math.min(b.num, b.den);
  const pooled = (x1 + x2) / (a.den + b.den);
  const d1 = 1 + (a.den - 1) * Math.max(0, rho);
  const d2 = 1 + (b.den - 1) * Math.max(0, rho);
  const variance = pooled * (1 - pooled) * (d1 / a.den + d2 / b.den);
  const diff = x2 / b.den - x1 / a.den;
  if (!(variance > 0)) return 'flat';
  const z = diff / Math.sqrt(variance);
  const p = 2 * normalCdf(-Math.abs(z));
  return p < MOVE_ALPHA ? (diff > 0 ? 'up' : 'down') : 'flat';
}

export function weekMoves(before: Counts, now: Counts, rho: Partial<Record<RatioName, number>>): Record<RatioName, Move | null> {
  return Object.fromEntries(RATIO_NAMES.map((n) => [n, moveOf(before, now, n, rho[n] ?? 0)])) as Record<RatioName, Move | null>;
}
