/**
 * Holm's step-down adjustment (Holm 1979): controls the chance of any false alarm across a family
 * of tests (family-wise error rate) at alpha, with no assumption about how the tests depend on
 * each other, and more power than Bonferroni. Adjusted pᵢ = max over j ≤ i of min(1, (m − j + 1) p₍ⱼ₎)
 * in ascending order; a test is significant when its adjusted p is below alpha.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
  const adjusted = new Array<number>(m).fill(1);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
