/**
 * Cross-check of the score intervals against the deliberately different implementation in
 * ./independent/score-intervals.ts, for thousands of random tables that stress the edges
 * (zero cells, full cells, totals of 1, totals up to 20,000), at several levels. Agreement is
 * required to 1e-6 relative (1e-12 absolute near 0); in practice it is near 1e-12.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalQuantile, proportionDifference, relativeLikelihood } from '../../src/stats/index.js';
import { referenceDifferenceScoreInterval, referenceNewcombe, referenceRatioScoreInterval } from './independent/score-intervals.js';

const total = fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20_000 }));
const group = total.chain((n) =>
  fc.oneof(fc.constant(0), fc.constant(n), fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: Math.min(n, 5) })).map((count) => ({ count, total: n })),
);
const level = fc.oneof(fc.constantFrom(0.95, 0.9, 0.99), fc.double({ min: 0.5, max: 0.999, noNaN: true }));
const table = fc.record({ focal: group, reference: group, level });

function agrees(actual: number, expected: number): boolean {
  if (!Number.isFinite(expected) || expected === 0) return actual === expected;
  return Math.abs(actual - expected) <= 1e-6 * Math.abs(expected) + 1e-12;
}

const SEED = 20_240_401;

describe('score intervals agree with an independent implementation', () => {
  for (const [method, biasCorrected] of [['koopman', false], ['miettinen-nurminen', true]] as const) {
    it(`ratio ${method}: 1,500 random tables`, () => {
      fc.assert(
        fc.property(table, ({ focal, reference, level }) => {
          fc.pre(focal.count + reference.count > 0);
          const result = relativeLikelihood({ focal, reference }, { method, level });
          const z = normalQuantile(1 - (1 - level) / 2);
          const expected = referenceRatioScoreInterval(focal.count, focal.total, reference.count, reference.total, z, biasCorrected);
          expect(agrees(result.lower, expected.lower), `lower ${result.lower} vs ${expected.lower}`).toBe(true);
          expect(agrees(result.upper, expected.upper), `upper ${result.upper} vs ${expected.upper}`).toBe(true);
        }),
        { numRuns: 1500, seed: SEED },
      );
    });
  }

  it('difference miettinen-nurminen: 1,500 random tables', () => {
    fc.assert(
      fc.property(table, ({ focal, reference, level }) => {
        const result = proportionDifference({ focal, reference }, { method: 'miettinen-nurminen', level });
        const z = normalQuantile(1 - (1 - level) / 2);
        const expected = referenceDifferenceScoreInterval(focal.count, focal.total, reference.count, reference.total, z);
        expect(agrees(result.lower, expected.lower), `lower ${result.lower} vs ${expected.lower}`).toBe(true);
        expect(agrees(result.upper, expected.upper), `upper ${result.upper} vs ${expected.upper}`).toBe(true);
      }),
      { numRuns: 1500, seed: SEED },
    );
  });

  it('difference newcombe: 5,000 random tables', () => {
    fc.assert(
      fc.property(table, ({ focal, reference, level }) => {
        const result = proportionDifference({ focal, reference }, { method: 'newcombe', level });
        const z = normalQuantile(1 - (1 - level) / 2);
        const expected = referenceNewcombe(focal.count, focal.total, reference.count, reference.total, z);
        expect(agrees(result.lower, expected.lower), `lower ${result.lower} vs ${expected.lower}`).toBe(true);
        expect(agrees(result.upper, expected.upper), `upper ${result.upper} vs ${expected.upper}`).toBe(true);
      }),
      { numRuns: 5000, seed: SEED },
    );
  });

  it('the independent implementation itself reproduces the ratesci/contingencytables vectors (45/100 vs 30/100 at 95%)', () => {
    const z = normalQuantile(0.975);
    const koopman = referenceRatioScoreInterval(45, 100, 30, 100, z, false);
    expect(koopman.lower).toBeCloseTo(1.04293343974583, 8);
    expect(koopman.upper).toBeCloseTo(2.18115087835889, 8);
    const mn = referenceDifferenceScoreInterval(45, 100, 30, 100, z);
    expect(mn.lower).toBeCloseTo(0.015531282579844, 8);
    expect(mn.upper).toBeCloseTo(0.27949082410788, 8);
  });
});
