/**
 * The standard normal distribution.
 *
 * normalCdf follows W. J. Cody's rational Chebyshev approximations (Math. Comp. 1969, the algorithm
 * behind R's pnorm), accurate to about 1e-15 relative in both tails. normalQuantile starts from
 * Acklam's rational approximation (relative error 1.15e-9) and polishes it with one Halley step
 * on that accurate cdf, which brings it to machine precision for 1e-300 < p < 1 - 1e-16.
 */

const SQRT_2PI = Math.sqrt(2 * Math.PI);
const ONE_OVER_SQRT_2PI = 1 / SQRT_2PI;

// Cody's coefficients for |z| ≤ 0.67449 (erf region).
const A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113] as const;
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956] as const;
// 0.67449 < |z| ≤ √32.
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
  2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
  1.0765576773720192317e-8,
] as const;
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
  18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
] as const;
// |z| > √32 (asymptotic region).
const P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303] as const;
const Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5] as const;

/** exp(-z²/2) computed as in Cody/R: splitting z avoids the rounding error of squaring a large z. */
function gaussTail(z: number): number {
  const zTrunc = Math.trunc(z * 16) / 16;
  const del = (z - zTrunc) * (z + zTrunc);
  return Math.exp(-zTrunc * zTrunc * 0.5) * Math.exp(-del * 0.5);
}

/** Upper tail Q(|z|) = 1 − Φ(|z|) for |z| > 0.67449, without cancellation. */
function upperTail(y: number): number {
  if (y <= Math.sqrt(32)) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]!) * y;
      den = (den + D[i]!) * y;
    }
    return gaussTail(y) * ((num + C[7]) / (den + D[7]));
  }
  const xsq = 1 / (y * y);
  let num = P[5] * xsq;
  let den = xsq;
  for (let i = 0; i < 4; i++) {
    num = (num + P[i]!) * xsq;
    den = (den + Q[i]!) * xsq;
  }
  const r = (xsq * (num + P[4])) / (den + Q[4]);
  return (gaussTail(y) * (ONE_OVER_SQRT_2PI - r)) / y;
}

/** Φ(z) = P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const y = Math.abs(z);
  if (y <= 0.67448975) {
    const zsq = y > 1.11e-16 ? z * z : 0;
    let num = A[4] * zsq;
    let den = zsq;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]!) * zsq;
      den = (den + B[i]!) * zsq;
    }
    return 0.5 + (z * (num + A[3])) / (den + B[3]);
  }
  const tail = upperTail(y);
  return z > 0 ? 1 - tail : tail;
}

// Acklam's coefficients (https://web.archive.org/web/2015/http://home.online.no/~pjacklam/notes/invnorm/).
const AC_A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239] as const;
const AC_B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1] as const;
const AC_C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
const AC_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

function acklam(p: number): number {
  if (p < P_LOW || p > 1 - P_LOW) {
    // Tails: q = √(−2 log(tail prob)); the sign puts it on the right side.
    const tail = p < P_LOW ? p : 1 - p;
    const q = Math.sqrt(-2 * Math.log(tail));
    const x =
      (((((AC_C[0] * q + AC_C[1]) * q + AC_C[2]) * q + AC_C[3]) * q + AC_C[4]) * q + AC_C[5]) /
      ((((AC_D[0] * q + AC_D[1]) * q + AC_D[2]) * q + AC_D[3]) * q + 1);
    return p < P_LOW ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((AC_A[0] * r + AC_A[1]) * r + AC_A[2]) * r + AC_A[3]) * r + AC_A[4]) * r + AC_A[5]) * q) /
    (((((AC_B[0] * r + AC_B[1]) * r + AC_B[2]) * r + AC_B[3]) * r + AC_B[4]) * r + 1)
  );
}

/** Φ⁻¹(p): the z with Φ(z) = p. ±Infinity at p = 0 and 1; NaN outside [0, 1]. */
export function normalQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const x = acklam(p);
  // One Halley step. The error is measured on the tail that is small, so p near 1 keeps its precision.
  // Φ(x) − p = (1 − p) − (1 − Φ(x)) when x > 0.
  const e = x > 0 ? 1 - p - complementCdf(x) : normalCdf(x) - p;
  const u = e * SQRT_2PI * Math.exp((x * x) / 2);
  // Below p ≈ 1e-308 exp(x²/2) overflows; Acklam alone is then the best available answer.
  if (!Number.isFinite(u)) return x;
  return x - u / (1 + (x * u) / 2);
}

/** 1 − Φ(x) for x > 0, accurate in the far tail. */
function complementCdf(x: number): number {
  return x <= 0.67448975 ? 1 - normalCdf(x) : upperTail(x);
}
