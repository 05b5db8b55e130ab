import { describe, expect, it } from 'vitest';
import { relativeLikelihood } from '../../../src/stats/index.js';

const z = 1.959963984540054; // qnorm(0.975) in R
const z2 = z * z;

function groups(a: number, n1: number, c: number, n2: number) {
  return { focal: { count: a, total: n1 }, reference: { count: c, total: n2 } };
}

describe('relativeLikelihood', () => {
  it('defaults to Koopman at 95% with the focal group on top, and reports the WRES flags', () => {
    expect(relativeLikelihood(groups(45, 100, 30, 100))).toEqual({
      ratio: 1.5,
      lower: expect.closeTo(1.04293343974583, 9),
      upper: expect.closeTo(2.18115087835889, 9),
      method: 'koopman',
      level: 0.95,
      numerator: 'focal',
      significant: true,
      nonAdverse: false,
    });
  });

  it('Katz for 10/20 vs 5/20: 2·exp(±1.96·sqrt(1/10 - 1/20 + 1/5 - 1/20)) = 2·exp(±0.876523) = 0.832456 to 4.805061 (hand calculation)', () => {
    const result = relativeLikelihood(groups(10, 20, 5, 20), { method: 'katz-log' });
    expect(result.ratio).toBe(2);
    expect(result.lower).toBeCloseTo(0.8324556265274535, 12);
    expect(result.upper).toBeCloseTo(4.805060921608275, 12);
    expect(result.significant).toBe(false);
  });

  it('Koopman with both groups full (20/20 vs 30/30) has the closed form n1/(n1 + z²) to 1 + z²/n2', () => {
    // Derivation: with x1 = n1 and x2 = n2 the restricted MLE is p̃2 = 1, p̃1 = θ for θ < 1, so
    // z(θ)² = n1 (1 - θ)/θ; and p̃1 = 1, p̃2 = 1/θ for θ > 1, so z(θ)² = n2 (θ - 1).
    const result = relativeLikelihood(groups(20, 20, 30, 30));
    expect(result.ratio).toBe(1);
    expect(result.lower).toBeCloseTo(20 / (20 + z2), 12); // 0.838875
    expect(result.upper).toBeCloseTo(1 + z2 / 30, 12); // 1.128049
  });

  it('Miettinen-Nurminen with both groups full scales z² by N/(N - 1) = 50/49', () => {
    const result = relativeLikelihood(groups(20, 20, 30, 30), { method: 'miettinen-nurminen' });
    expect(result.lower).toBeCloseTo(20 / (20 + (z2 * 50) / 49), 12); // 0.836125
    expect(result.upper).toBeCloseTo(1 + (z2 * 50) / 49 / 30, 12); // 1.130662
  });

  it('a = 0 gives ratio 0 and lower 0 (finite upper for the score methods)', () => {
    for (const method of ['koopman', 'miettinen-nurminen'] as const) {
      const result = relativeLikelihood(groups(0, 50, 4, 60), { method });
      expect(result.ratio).toBe(0);
      expect(result.lower).toBe(0);
      expect(Number.isFinite(result.upper)).toBe(true);
      expect(result.nonAdverse).toBe(false);
    }
  });

  it('c = 0 gives ratio Infinity and upper Infinity', () => {
    const result = relativeLikelihood(groups(3, 40, 0, 35));
    expect(result).toMatchObject({ ratio: Infinity, upper: Infinity, nonAdverse: false, significant: false });
    expect(result.lower).toBeCloseTo(0.716852712123271, 8); // ratesci, ci-vectors.csv
  });

  it('Katz with a zero cell gives limits 0 and Infinity rather than a silent correction', () => {
    expect(relativeLikelihood(groups(0, 50, 4, 60), { method: 'katz-log' })).toMatchObject({ ratio: 0, lower: 0, upper: Infinity });
    expect(relativeLikelihood(groups(3, 40, 0, 35), { method: 'katz-log' })).toMatchObject({ ratio: Infinity, lower: 0, upper: Infinity });
  });

  it('adjusted-log reports the unadjusted ratio a/n1 ÷ c/n2 beside its adjusted limits', () => {
    const result = relativeLikelihood(groups(0, 50, 4, 60), { method: 'adjusted-log' });
    expect(result.ratio).toBe(0);
    expect(result.lower).toBeCloseTo(0.00734074984385552, 12); // contingencytables, ci-vectors.csv
  });

  // SPEC 5 (amended): adjusted-log at a = c = 0 gives the adjusted table's limits (test/stats/ratio/adjusted-log-zero.test.ts).
  it('a = c = 0, or an empty group, gives no ratio with limits 0 and Infinity for every method (adjusted-log: an empty group)', () => {
    for (const method of ['koopman', 'miettinen-nurminen', 'katz-log', 'adjusted-log'] as const) {
      const tables = [groups(0, 0, 3, 12), groups(2, 5, 0, 0), groups(0, 0, 0, 0)];
      if (method !== 'adjusted-log') tables.push(groups(0, 10, 0, 12));
      for (const table of tables) {
        expect(relativeLikelihood(table, { method })).toEqual({
          ratio: null,
          lower: 0,
          upper: Infinity,
          method,
          level: 0.95,
          numerator: 'focal',
          significant: false,
          nonAdverse: null,
        });
      }
    }
  });

  it("numerator 'reference' puts the reference group on top (30/100 ÷ 45/100 = 2/3, limits inverted)", () => {
    const focalOnTop = relativeLikelihood(groups(45, 100, 30, 100));
    const referenceOnTop = relativeLikelihood(groups(45, 100, 30, 100), { numerator: 'reference' });
    expect(referenceOnTop.numerator).toBe('reference');
    expect(referenceOnTop.ratio).toBeCloseTo(2 / 3, 15);
    expect(referenceOnTop.lower).toBeCloseTo(1 / focalOnTop.upper, 12);
    expect(referenceOnTop.upper).toBeCloseTo(1 / focalOnTop.lower, 12);
  });

  it('non-adverse range is 0.80 to 1.25 inclusive', () => {
    expect(relativeLikelihood(groups(4, 10, 5, 10)).nonAdverse).toBe(true); // 0.8
    expect(relativeLikelihood(groups(50, 50, 40, 50)).nonAdverse).toBe(true); // 1.25
    expect(relativeLikelihood(groups(79, 100, 100, 100)).nonAdverse).toBe(false); // 0.79
    expect(relativeLikelihood(groups(126, 1000, 100, 1000)).nonAdverse).toBe(false); // 1.26
  });

  it('works for tiny and huge totals (1 of 1 vs 1 of 1; 1 of 10^7 vs 10^7 - 1 of 10^7)', () => {
    const tiny = relativeLikelihood(groups(1, 1, 1, 1));
    expect(tiny.ratio).toBe(1);
    expect(tiny.lower).toBeGreaterThan(0);
    expect(tiny.lower).toBeLessThan(1);
    expect(Number.isFinite(tiny.upper)).toBe(true);
    const huge = relativeLikelihood(groups(1, 1e7, 1e7 - 1, 1e7));
    // (1/10^7) ÷ ((10^7 - 1)/10^7) = 1/(10^7 - 1)
    expect(huge.ratio).toBeCloseTo(1 / (1e7 - 1), 20);
    expect(huge.lower).toBeGreaterThan(0);
    expect(huge.lower).toBeLessThan(1e-7);
    expect(huge.upper).toBeGreaterThan(1e-7);
    expect(huge.upper).toBeLessThan(1e-5);
  });
});
