/**
 * Seeded random sampling for tests that check the analytic functions by simulation.
 * Test-only on purpose: the product's numbers must never depend on chance.
 */

export type Rng = () => number;

/** mulberry32 (Tommy Ettinger): a tiny 32-bit generator, plenty for Monte Carlo checks. Uniform in [0, 1). */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal by Box–Muller (one of the pair is discarded: simplicity over speed). */
export function sampleNormal(rng: Rng): number {
  const u = 1 - rng(); // (0, 1], so the log is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000); shape < 1 through Gamma(shape + 1)·U^(1/shape). */
export function sampleGamma(rng: Rng, shape: number): number {
  if (shape < 1) return sampleGamma(rng, shape + 1) * Math.pow(1 - rng(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = sampleNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Beta(a, b) as G₁/(G₁ + G₂) with independent gammas. */
export function sampleBeta(rng: Rng, a: number, b: number): number {
  const g1 = sampleGamma(rng, a);
  const g2 = sampleGamma(rng, b);
  return g1 / (g1 + g2);
}

/** Binomial(n, p) as a sum of Bernoulli draws: O(n), fine for the small n the tests simulate. */
export function sampleBinomial(rng: Rng, n: number, p: number): number {
  let successes = 0;
  for (let i = 0; i < n; i++) if (rng() < p) successes++;
  return successes;
}
