import type { CheckResult } from '../../src/core/check-types.js';
import type { ReasonContext } from '../../src/render/check-reason.js';

export const ctx: ReasonContext = { alpha: 0.05, tolerance: 0.1, strict: false, requireData: false };

/** Hand-made results, so renderers are tested without the statistics. */
export const regression: CheckResult = {
  ratio: 'meetings/reached', kind: 'baseline', scope: '2026-W46', rep: null,
  value: 2 / 40, bound: (9 / 38) * 0.9, p_value: 0.018931456517544812, p_adjusted: 0.018931456517544812, test: 'fisher',
  finding: 'regression', verdict: 'regression', failed: true, missing: null,
  counts: { num: 2, den: 40 }, baseline: { num: 9, den: 38, value: 9 / 38, source: 'team' },
};

export const noise: CheckResult = {
  ...regression, value: 6 / 38, p_value: 0.2827363780882516, p_adjusted: 0.2827363780882516, finding: 'noise', verdict: 'pass', failed: false, counts: { num: 6, den: 38 },
};

export const minPass: CheckResult = {
  ratio: 'meetings/dials', kind: 'min', scope: '2026-W40..2026-W46', rep: 'Zoë "Z" <B&B>', value: 0.09, bound: 0.08, p_value: 0.71, p_adjusted: 0.71,
  test: 'binomial', finding: 'ok', verdict: 'pass', failed: false, missing: null, counts: { num: 9, den: 100 }, baseline: null,
};

export const noData: CheckResult = {
  ratio: 'callbacks/reached', kind: 'max', scope: '2026-W46', rep: null, value: null, bound: null, p_value: null, p_adjusted: null, test: null,
  finding: 'no-data', verdict: 'no data', failed: false, missing: 'current', counts: { num: 0, den: 0 }, baseline: null,
};
