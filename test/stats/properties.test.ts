/** Invariants of the interval functions, checked with fast-check on random tables (zero and full cells, totals 0..20,000). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proportionDifference, proportionInterval, relativeLikelihood } from '../../src/stats/index.js';

const total = fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 20_000 }));
const group = total.chain((n) => fc.oneof(fc.constant(0), fc.constant(n), fc.integer({ min: 0, max: n })).map((count) => ({ count, total: n })));
const level = fc.double({ min: 0.5, max: 0.999, noNaN: true });
const ratioMethod = fc.constantFrom('koopman', 'miettinen-nurminen', 'katz-log', 'adjusted-log' as const);
const differenceMethod = fc.constantFrom('newcombe', 'miettinen-nurminen' as const);
const proportionMethod = fc.constantFrom('wilson', 'clopper-pearson', 'jeffreys', 'agresti-coull' as const);

/** Relative closeness that treats 0 and Infinity exactly. */
function close(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b) || a === 0 || b === 0) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.abs(b);
}

describe('relativeLikelihood invariants', () => {
  it('swapping the groups inverts the ratio and its interval', () => {
    fc.assert(
      fc.property(group, group, ratioMethod, level, (focal, reference, method, lvl) => {
        const forward = relativeLikelihood({ focal, reference }, { method, level: lvl });
        const backward = relativeLikelihood({ focal: reference, reference: focal }, { method, level: lvl });
        if (forward.ratio === null) {
          expect(backward.ratio).toBeNull();
          return;
        }
        expect(close(backward.ratio!, 1 / forward.ratio)).toBe(true);
        expect(close(backward.lower, 1 / forward.upper)).toBe(true);
        expect(close(backward.upper, 1 / forward.lower)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("numerator 'reference' equals swapping the groups", () => {
    fc.assert(
      fc.property(group, group, ratioMethod, (focal, reference, method) => {
        const flipped = relativeLikelihood({ focal, reference }, { method, numerator: 'reference' });
        const swapped = relativeLikelihood({ focal: reference, reference: focal }, { method });
        expect({ ...flipped, numerator: 'focal' }).toEqual(swapped);
      }),
    );
  });

  it('never NaN; 0 <= lower <= ratio <= upper (adjusted-log: lower <= upper only, its limits are for the adjusted table)', () => {
    fc.assert(
      fc.property(group, group, ratioMethod, level, (focal, reference, method, lvl) => {
        const result = relativeLikelihood({ focal, reference }, { method, level: lvl });
        for (const value of [result.ratio, result.lower, result.upper]) expect(Number.isNaN(value)).toBe(false);
        expect(result.lower).toBeGreaterThanOrEqual(0);
        expect(result.lower).toBeLessThanOrEqual(result.upper);
        if (result.ratio === null) {
          // SPEC 5 (amended): adjusted-log gives the adjusted table's limits at a = c = 0 too; an empty group has none.
          const emptyGroup = focal.total === 0 || reference.total === 0;
          if (method !== 'adjusted-log' || emptyGroup) expect(result).toMatchObject({ lower: 0, upper: Infinity });
          else expect(result.lower).toBeGreaterThan(0);
          expect(result).toMatchObject({ significant: false, nonAdverse: null });
          return;
        }
        if (method !== 'adjusted-log') {
          expect(result.lower).toBeLessThanOrEqual(result.ratio * (1 + 1e-12));
          expect(result.upper).toBeGreaterThanOrEqual(result.ratio * (1 - 1e-12));
        }
        expect(result.significant).toBe(result.lower > 1 || result.upper < 1);
        if (focal.count === 0) expect(result).toMatchObject({ ratio: 0, lower: method === 'adjusted-log' ? result.lower : 0 });
        if (reference.count === 0) expect(result.ratio).toBe(Infinity);
        if (reference.count === 0 && method !== 'adjusted-log') expect(result.upper).toBe(Infinity);
      }),
      { numRuns: 2000 },
    );
  });

  it('limits widen as the level rises', () => {
    fc.assert(
      fc.property(group, group, ratioMethod, level, level, (focal, reference, method, first, second) => {
        const [narrow, wide] = first <= second ? [first, second] : [second, first];
        const inner = relativeLikelihood({ focal, reference }, { method, level: narrow });
        const outer = relativeLikelihood({ focal, reference }, { method, level: wide });
        expect(outer.lower).toBeLessThanOrEqual(inner.lower * (1 + 1e-12));
        expect(outer.upper).toBeGreaterThanOrEqual(inner.upper * (1 - 1e-12));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('proportionDifference invariants', () => {
  it('difference(focal, reference) = -difference(reference, focal) with the limits swapped and negated', () => {
    fc.assert(
      fc.property(group, group, differenceMethod, level, (focal, reference, method, lvl) => {
        const forward = proportionDifference({ focal, reference }, { method, level: lvl });
        const backward = proportionDifference({ focal: reference, reference: focal }, { method, level: lvl });
        if (forward.value === null) {
          expect(backward).toMatchObject({ value: null, lower: -1, upper: 1 });
          return;
        }
        expect(backward.value!).toBeCloseTo(-forward.value, 14);
        expect(backward.lower).toBeCloseTo(-forward.upper, 12);
        expect(backward.upper).toBeCloseTo(-forward.lower, 12);
      }),
      { numRuns: 1000 },
    );
  });

  it('never NaN; -1 <= lower <= value <= upper <= 1; limits widen with the level', () => {
    fc.assert(
      fc.property(group, group, differenceMethod, level, level, (focal, reference, method, first, second) => {
        const [narrow, wide] = first <= second ? [first, second] : [second, first];
        const inner = proportionDifference({ focal, reference }, { method, level: narrow });
        const outer = proportionDifference({ focal, reference }, { method, level: wide });
        for (const value of [inner.value, inner.lower, inner.upper]) expect(Number.isNaN(value)).toBe(false);
        expect(inner.lower).toBeGreaterThanOrEqual(-1);
        expect(inner.upper).toBeLessThanOrEqual(1);
        if (inner.value !== null) {
          expect(inner.lower).toBeLessThanOrEqual(inner.value + 1e-12);
          expect(inner.upper).toBeGreaterThanOrEqual(inner.value - 1e-12);
        }
        expect(outer.lower).toBeLessThanOrEqual(inner.lower + 1e-12);
        expect(outer.upper).toBeGreaterThanOrEqual(inner.upper - 1e-12);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('proportionInterval invariants', () => {
  it('never NaN; 0 <= lower <= proportion <= upper <= 1 (Agresti-Coull excepted for containment, it is centred on p\'); limits widen with the level', () => {
    fc.assert(
      fc.property(group, proportionMethod, level, level, ({ count, total: n }, method, first, second) => {
        const [narrow, wide] = first <= second ? [first, second] : [second, first];
        const inner = proportionInterval(count, n, { method, level: narrow });
        const outer = proportionInterval(count, n, { method, level: wide });
        for (const value of [inner.proportion, inner.lower, inner.upper]) expect(Number.isNaN(value)).toBe(false);
        expect(inner.lower).toBeGreaterThanOrEqual(0);
        expect(inner.upper).toBeLessThanOrEqual(1);
        expect(inner.lower).toBeLessThanOrEqual(inner.upper);
        if (inner.proportion !== null && method !== 'agresti-coull') {
          expect(inner.lower).toBeLessThanOrEqual(inner.proportion + 1e-12);
          expect(inner.upper).toBeGreaterThanOrEqual(inner.proportion - 1e-12);
        }
        expect(outer.lower).toBeLessThanOrEqual(inner.lower + 1e-12);
        expect(outer.upper).toBeGreaterThanOrEqual(inner.upper - 1e-12);
      }),
      { numRuns: 1000 },
    );
  });
});
