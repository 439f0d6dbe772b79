/**
 * Many tests at once. A CI gate runs dozens of checks and a leaderboard compares every rep on two
 * stages: at 5 % each, some flag is almost certain even when nothing changed. Two standard fixes:
 * - Holm (1979): step-down Bonferroni, controls the family-wise error (the chance of any false
 *   failure) under any dependence between the tests. Used by `check`: one false red build is one too many.
 * - Benjamini & Hochberg (1995): step-up, controls the false discovery rate (the expected share of
 *   false marks among the marks); when nothing differs it equals the family-wise error. Used by the
 *   leaderboard, where a few real marks among many reps should still show.
 * - Conditional Holm (below): Holm after dropping one-sided p-values above ½, which carry no evidence.
 * All return adjusted p-values in the input order (null stays null and is not counted): a test is
 * significant at level α exactly when its adjusted p is below α.
 */

function ranked(ps: readonly (number | null)[]): { p: number; i: number }[] {
  const out: { p: number; i: number }[] = [];
  ps.forEach((p, i) => {
    if (p !== null && Number.isFinite(p)) out.push({ p, i });
  });
  return out.sort((a, b) => a.p - b.p || a.i - b.i);
}

/** Holm's step-down adjusted p-values: max over j ≤ rank of (m − j + 1) p₍ⱼ₎, capped at 1. */
export function holmAdjust(ps: readonly (number | null)[]): (number | null)[] {
  const order = ranked(ps);
  const m = order.length;
  const out: (number | null)[] = ps.map(() => null);
  let running = 0;
  order.forEach(({ p, i }, j) => {
    running = Math.max(running, Math.min(1, (m - j) * p));
    out[i] = running;
  });
  return out;
}

/** Benjamini–Hochberg adjusted p-values: min over j ≥ rank of m p₍ⱼ₎ / j, capped at 1. */
export function benjaminiHochbergAdjust(ps: readonly (number | null)[]): (number | null)[] {
  const order = ranked(ps);
  const m = order.length;
  const out: (number | null)[] = ps.map(() => null);
  let running = 1;
  for (let j = m - 1; j >= 0; j--) {
    const { p, i } = order[j]!;
    running = Math.min(running, (m * p) / (j + 1));
    out[i] = running;
  }
  return out;
}

/**
 * Holm on conditional p-values (Zhao, Small & Su 2019): p-values above τ are dropped from the family
 * (adjusted p = 1: such a test is no evidence of anything) and the rest enter as p / τ. For one-sided
 * tests whose true parameter lies well inside the null — a CI check of a week that did not drop: its
 * rate is above the bound, its p near 1 — p-values are "uniformly conservative", and dropping them
 * keeps the family-wise error at α while the real drops no longer pay for every quiet check.
 */
export function conditionalHolmAdjust(ps: readonly (number | null)[], tau = 0.5): (number | null)[] {
  const kept = holmAdjust(ps.map((p) => (p !== null && p <= tau ? p / tau : null)));
  return ps.map((p, i) => (p === null ? null : p > tau ? 1 : kept[i] ?? null));
}
