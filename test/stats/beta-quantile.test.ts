/**
 * betaQuantile (R's qbeta) against:
 * - closed forms worked by hand: I_x(1, b) = 1 - (1 - x)^b, I_x(a, 1) = x^a, I_x(1/2, 1/2) = (2/pi) asin(sqrt x);
 * - 50-digit reference quantiles from mpmath, independent of Boost and stdlib (fixtures/beta-quantile-reference.py
 *   writes fixtures/beta-quantile-reference.json; the series and the checks are described there);
 * - its own defining equation I_x(a, b) = p, with I from @stdlib/math-base-special-betainc, over thousands of
 *   Clopper-Pearson and Jeffreys shapes.
 *
 * Agreement with the function it replaced, @stdlib/stats-base-dists-beta-quantile 0.2.3 (Boost's ibeta_inv), measured
 * before that package was removed (with this solver's first version, which bracketed from [2^-1074, 1] instead of a
 * log-odds first guess): over 55,360 Clopper-Pearson and Jeffreys limits (n from 1 to 20,000, every x for n <= 1000,
 * levels 0.8 to 0.999) the largest relative difference was 2.0e-13 (Clopper-Pearson shapes) and 7.6e-15 (Jeffreys
 * shapes). Over 6,805 (p, a, b), p from 1e-16 to 1 - 1e-12 and shapes from 1/2 to 20,000.5, against the mpmath
 * quantiles, worst relative errors were, old / first version / this version: 1.3e-14 / 2.8e-13 / 3.9e-13 on whole
 * shapes, 2.8e-14 / 9.9e-15 / 3.5e-15 on half-integer shapes, and 4.5e-11 / 3.5e-11 / 3.6e-11 on mixed shapes such
 * as (10, 20000.5), where the incomplete beta function both rely on is itself accurate only to about 1e-11.
 */
import betainc from '@stdlib/math-base-special-betainc';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { betaQuantile } from '../../src/stats/beta-quantile.js';

const relativeError = (actual: number, expected: number): number =>
  actual === expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);

/** The tail the solver uses: I_x(a, b) - p for p <= 1/2, else (1 - p) - (1 - I_x(a, b)); increasing in x. */
function signedResidual(x: number, p: number, a: number, b: number): number {
  return p <= 0.5 ? betainc(x, a, b) - p : 1 - p - betainc(x, a, b, true, true);
}

/** Clopper-Pearson and Jeffreys (p, a, b) for n up to 20,000 and levels 0.8 to 0.999. */
function intervalShapes(): [number, number, number][] {
  const cases: [number, number, number][] = [];
  for (const n of [1, 2, 3, 4, 5, 7, 10, 15, 20, 30, 50, 75, 100, 293, 452, 1000, 5000, 19_999, 20_000]) {
    const counts = new Set([0, 1, 2, 3, Math.floor(n / 10), Math.floor(n / 3), Math.floor(n / 2), n - 3, n - 2, n - 1, n]);
    for (const x of counts) {
      if (x < 0 || x > n) continue;
      for (const level of [0.8, 0.9, 0.95, 0.99, 0.999]) {
        const half = (1 - level) / 2;
        if (x > 0) cases.push([half, x, n - x + 1], [half, x + 0.5, n - x + 0.5]);
        if (x < n) cases.push([1 - half, x + 1, n - x], [1 - half, x + 0.5, n - x + 0.5]);
      }
    }
  }
  return cases;
}

describe('betaQuantile: closed forms (hand calculation)', () => {
  it('a = 1: x = 1 - (1 - p)^(1/b); Clopper-Pearson lower limit for 1 of 20,000 at 95% to 1e-13 relative', () => {
    // I_x(1, b) = 1 - (1 - x)^b, so x = -expm1(log1p(-p) / b); mpmath (50 digits): 1.2658895979755805232e-6.
    const lower = betaQuantile(0.025, 1, 20_000);
    expect(relativeError(lower, -Math.expm1(Math.log1p(-0.025) / 20_000))).toBeLessThan(1e-13);
    expect(relativeError(lower, 1.2658895979755805232e-6)).toBeLessThan(1e-13);
    for (const [p, b] of [[1e-10, 20_000], [0.975, 19_999], [0.5, 3], [0.001, 100]] as const) {
      expect(relativeError(betaQuantile(p, 1, b), -Math.expm1(Math.log1p(-p) / b))).toBeLessThan(1e-13);
    }
  });

  it('b = 1: x = p^(1/a); Clopper-Pearson lower limit for 20,000 of 20,000 at 95%', () => {
    for (const [p, a] of [[0.025, 20_000], [0.975, 20_000], [1e-12, 2], [0.5, 7]] as const) {
      expect(relativeError(betaQuantile(p, a, 1), p ** (1 / a))).toBeLessThan(1e-13);
    }
  });

  it('a = b = 1/2 (Jeffreys prior): x = sin^2(pi p / 2), including p near 0 (x near 1e-24)', () => {
    for (const p of [1e-12, 1e-6, 0.025, 0.3, 0.5, 0.9, 0.975]) {
      expect(relativeError(betaQuantile(p, 0.5, 0.5), Math.sin((Math.PI * p) / 2) ** 2)).toBeLessThan(1e-13);
    }
  });

  it('is 1/2 at p = 1/2 when a = b (symmetry), and 0 and 1 at p = 0 and 1', () => {
    for (const a of [0.5, 3, 45.5, 20_000]) expect(betaQuantile(0.5, a, a)).toBeCloseTo(0.5, 14);
    expect(betaQuantile(0, 3, 4)).toBe(0);
    expect(betaQuantile(1, 3, 4)).toBe(1);
  });
});

describe('betaQuantile: 50-digit mpmath reference quantiles (fixtures/beta-quantile-reference.json)', () => {
  const rows = JSON.parse(
    readFileSync(new URL('./fixtures/beta-quantile-reference.json', import.meta.url), 'utf8'),
  ) as [number, number, number, string][];
  const isWhole = (v: number): boolean => Number.isInteger(v);
  const intervalShaped = rows.filter(([, a, b]) => (isWhole(a) && isWhole(b)) || (isWhole(a - 0.5) && isWhole(b - 0.5)));

  it('has the rows the generator writes', () => {
    expect(rows.length).toBeGreaterThan(800);
    expect(intervalShaped.length).toBeGreaterThan(500);
  });

  it('matches to 1e-12 relative on Clopper-Pearson (integer) and Jeffreys (half-integer) shapes', () => {
    const failures = intervalShaped
      .map(([p, a, b, expected]) => ({ p, a, b, expected, actual: betaQuantile(p, a, b) }))
      .filter(({ actual, expected }) => !(relativeError(actual, Number(expected)) <= 1e-12));
    expect(failures).toEqual([]);
  });

  it('matches to 1e-10 relative on every row, mixed shapes included (the incomplete beta function limits these)', () => {
    const failures = rows
      .map(([p, a, b, expected]) => ({ p, a, b, expected, actual: betaQuantile(p, a, b) }))
      .filter(({ actual, expected }) => !(relativeError(actual, Number(expected)) <= 1e-10));
    expect(failures).toEqual([]);
  });
});

describe('betaQuantile: solves I_x(a, b) = p', () => {
  const cases = intervalShapes();

  // 1e-12, not less: for a small and b near 20,000, betainc's (1 - x)^b carries the rounding of 1 - x
  // (up to 20,000 * 2^-53 = 2e-12 relative), so I_x itself wobbles at the 1e-13 level there.
  it(`brackets the root within 1e-12 relative for ${cases.length} Clopper-Pearson and Jeffreys shapes`, () => {
    expect(cases.length).toBeGreaterThan(1500);
    const failures = cases.filter(([p, a, b]) => {
      const x = betaQuantile(p, a, b);
      return !(signedResidual(x * (1 - 1e-12), p, a, b) <= 0 && signedResidual(Math.min(1, x * (1 + 1e-12)), p, a, b) >= 0);
    });
    expect(failures).toEqual([]);
  });

  // The residual can be no smaller than the step in I between neighbouring doubles: near x = 1 (say
  // I_x(3, 1) = x^3 = 0.9995) one step of 2^-53 in x moves 1 - I by 4e-13 of itself. So: 1e-13 of the
  // smaller tail, plus the change in I over 2 ulps either side of x.
  it('has I_x(a, b) = p to 1e-13 relative (of the smaller tail, plus 2 ulps of x) for those shapes with n <= 100', () => {
    const small = cases.filter(([, a, b]) => a + b <= 101);
    expect(small.length).toBeGreaterThan(500);
    const failures = small
      .map(([p, a, b]) => {
        const x = betaQuantile(p, a, b);
        const ulpStep =
          signedResidual(Math.min(1, x * (1 + 4 * Number.EPSILON)), p, a, b) - signedResidual(x * (1 - 4 * Number.EPSILON), p, a, b);
        return { p, a, b, residual: Math.abs(signedResidual(x, p, a, b)), bound: 1e-13 * Math.min(p, 1 - p) + Math.abs(ulpStep) };
      })
      .filter(({ residual, bound }) => !(residual <= bound));
    expect(failures).toEqual([]);
  });

  it('brackets the root for random p in (0, 1) and shapes from 1/2 to 20,000 (fast-check)', () => {
    // Both shapes whole (Clopper-Pearson) or both half-integers (Jeffreys).
    const shapes = fc
      .tuple(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 20_000 }), fc.boolean())
      .map(([a, b, half]): [number, number] => (half ? [a - 0.5, b - 0.5] : [a, b]));
    const probability = fc.oneof(
      fc.double({ min: 1e-15, max: 1 - 1e-15, noNaN: true }),
      fc.integer({ min: 1, max: 300 }).map((k) => 10 ** -k / 2),
    );
    fc.assert(
      fc.property(probability, shapes, (p, [a, b]) => {
        const x = betaQuantile(p, a, b);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        // Subnormal x (below 2^-1022, e.g. p = 5e-155, a = 1/2) carries fewer than 52 bits, so no relative check there.
        if (x >= 2 ** -1022) {
          expect(signedResidual(x * (1 - 1e-12), p, a, b)).toBeLessThanOrEqual(0);
          expect(signedResidual(Math.min(1, x * (1 + 1e-12)), p, a, b)).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is increasing in p and reflects: B(p; a, b) = 1 - B(1 - p; b, a) (fast-check)', () => {
    const shape = fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 2000 }).map((k) => k + 0.5));
    const probability = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });
    fc.assert(
      fc.property(probability, probability, shape, shape, (p, q, a, b) => {
        const [low, high] = p < q ? [p, q] : [q, p];
        // Up to the 1e-12 accuracy: p and q may be a few ulps apart.
        expect(betaQuantile(low, a, b)).toBeLessThanOrEqual(betaQuantile(high, a, b) * (1 + 1e-12));
        expect(Math.abs(betaQuantile(p, a, b) - (1 - betaQuantile(1 - p, b, a)))).toBeLessThan(1e-12);
      }),
    );
  });
});

describe('betaQuantile: bad input', () => {
  it('names the argument and the value', () => {
    expect(() => betaQuantile(1.5, 1, 1)).toThrow(new RangeError('betaQuantile: p must be a probability from 0 to 1 (got 1.5)'));
    expect(() => betaQuantile(Number.NaN, 1, 1)).toThrow(RangeError);
    expect(() => betaQuantile(0.5, 0, 1)).toThrow(new RangeError('betaQuantile: a must be positive and finite (got 0)'));
    expect(() => betaQuantile(0.5, 1, Number.POSITIVE_INFINITY)).toThrow(
      new RangeError('betaQuantile: b must be positive and finite (got Infinity)'),
    );
  });
});
