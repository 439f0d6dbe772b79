import { buildPlan } from '../../../src/core/plan.js';
import { referenceSource } from '../../../src/core/plan-source.js';
import { chooseTimeModel } from '../../../src/core/plan-time.js';
import { parsePlanFile } from '../../../src/io/plan-file.js';

/** The reference plan, `funnel plan --meetings-per-day 3` (9/38/106, 5 days), as a plan file. */
export function referencePlan() {
  const json = buildPlan({
    source: referenceSource(), whatIfs: [], meetingsPerDay: 3, targetPer: 'day', daysPerWeek: 5,
    time: chooseTimeModel({}, null), capacity: { workdayHours: 8, sellingShare: 0.39 }, confidence: 0.9, level: 0.9, lift: 0.1,
  });
  return { json, plan: parsePlanFile('plan.json', JSON.stringify(json)) };
}

/**
 * P(X ≤ k) for X ~ BetaBinomial(n, a, b) by integrating the binomial CDF against the Beta density
 * (Simpson's rule on 20,000 panels, logs through lgamma by Lanczos) — no code shared with src/.
 */
export function betaBinomialCdfByIntegration(k: number, n: number, a: number, b: number): number {
  const lgamma = (x: number): number => {
    const g = 7;
    const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
    if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lgamma(1 - x);
    x -= 1;
    let s = c[0]!;
    for (let i = 1; i < g + 2; i++) s += c[i]! / (x + i);
    const t = x + g + 0.5;
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
  };
  const logBetaFn = lgamma(a) + lgamma(b) - lgamma(a + b);
  const binomCdf = (p: number) => {
    let sum = 0;
    for (let j = 0; j <= k; j++) sum += Math.exp(lgamma(n + 1) - lgamma(j + 1) - lgamma(n - j + 1) + j * Math.log(p) + (n - j) * Math.log1p(-p));
    return sum;
  };
  const f = (x: number) => (x <= 0 || x >= 1 ? 0 : binomCdf(x) * Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBetaFn));
  const panels = 20_000;
  const h = 1 / panels;
  let s = f(0) + f(1);
  for (let i = 1; i < panels; i++) s += (i % 2 === 1 ? 4 : 2) * f(i * h);
  return (s * h) / 3;
}
