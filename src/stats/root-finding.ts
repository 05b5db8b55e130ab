/**
 * Brent's root finder (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 4,
 * the `zeroin` procedure), used by the score intervals. It combines bisection with secant and
 * inverse quadratic interpolation: it never leaves the bracket, needs at most a fixed number of
 * evaluations, and usually converges superlinearly (10 to 15 evaluations for full precision).
 *
 * Infinite function values at a bracket end are allowed (a score statistic is infinite where its
 * variance vanishes); interpolation is used only between finite values, otherwise it bisects.
 *
 * @module
 */

/** Upper bound on iterations: bisection alone reaches full double precision within 1100 halvings of any bracket; 200 is ample after interpolation. */
const MAX_ITERATIONS = 200;

/**
 * Finds x in [a, b] with f(x) = 0, given f(a) and f(b) of opposite signs (either may be infinite).
 *
 * @param f - A continuous function on (a, b).
 * @param a - One end of the bracket.
 * @param b - The other end.
 * @param fa - f(a), possibly infinite.
 * @param fb - f(b), possibly infinite.
 * @returns The root, to within 4 * 2^-52 * |x| + 1e-300.
 * @internal
 */
export function findRoot(f: (x: number) => number, a: number, b: number, fa: number, fb: number): number {
  if (fa === 0) return a;
  if (fb === 0) return b;
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolerance = 2 * Number.EPSILON * Math.abs(b) + 1e-300;
    const half = 0.5 * (c - b);
    if (Math.abs(half) <= tolerance || fb === 0) return b;
    if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb) && Number.isFinite(fa) && Number.isFinite(fc)) {
      // Interpolate: secant when only two distinct points are known, else inverse quadratic.
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const r = fb / fc;
        const t = fa / fc;
        p = s * (2 * half * t * (t - r) - (b - a) * (r - 1));
        q = (t - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * half * q - Math.abs(tolerance * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tolerance ? d : half > 0 ? tolerance : -tolerance;
    fb = f(b);
  }
  return b;
}

/**
 * Finds a root of `f` between `start` and `limit` when `f(start)` and `f(limit)` have opposite
 * signs (`f(limit)` may be infinite and is never evaluated). Steps outwards from `start`, doubling
 * the step, and halves the remaining distance instead whenever a step would reach `limit`, until
 * the sign changes; then calls {@link findRoot} on that bracket. At most 64 steps are taken.
 *
 * @param f - The function.
 * @param start - The near end of the search.
 * @param fStart - f(start), finite and non-zero.
 * @param step - The first step, signed towards `limit`.
 * @param limit - The far end of the search.
 * @param fLimit - The sign-carrying value of f at `limit` (typically plus or minus Infinity).
 * @internal
 */
export function findRootFrom(
  f: (x: number) => number,
  start: number,
  fStart: number,
  step: number,
  limit: number,
  fLimit: number,
): number {
  let near = start;
  let fNear = fStart;
  for (let expansion = 0; expansion < 64; expansion++) {
    const overshoots = step > 0 ? near + step >= limit : near + step <= limit;
    const far = overshoots ? near + (limit - near) / 2 : near + step;
    if (far === near || far === limit) break;
    const fFar = f(far);
    if (fFar === 0) return far;
    if (fFar > 0 !== fStart > 0) return findRoot(f, near, far, fNear, fFar);
    near = far;
    fNear = fFar;
    step *= 2;
  }
  return findRoot(f, near, limit, fNear, fLimit);
}
