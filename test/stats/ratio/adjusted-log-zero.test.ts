/**
 * adjusted-log at zero cells (SPEC 5, amended; issue 13, item 16): its limits are always the Katz
 * limits of the 0.5-adjusted table, as R gives them, also when a = 0, c = 0 or both; the reported
 * ratio stays a/n1 ÷ c/n2 (0, Infinity or null), and the interval need not contain it.
 */
import { describe, expect, it } from 'vitest';
import { relativeLikelihood } from '../../../src/stats/ratio/relative-likelihood.js';

const Z95 = 1.959963984540054; // R: qnorm(0.975)

/** The adjusted table's Katz limits by hand (Fagerland, Lydersen and Laake 2015, section 4.1). */
function byHand(a: number, n1: number, c: number, n2: number): [number, number] {
  const [x, m, y, k] = [a + 0.5, n1 + 0.5, c + 0.5, n2 + 0.5];
  const log = Math.log(x / m / (y / k));
  const se = Math.sqrt(1 / x - 1 / m + 1 / y - 1 / k);
  return [Math.exp(log - Z95 * se), Math.exp(log + Z95 * se)];
}

const close = (actual: number, expected: number) => expect(Math.abs(actual / expected - 1)).toBeLessThan(1e-6);

describe("relativeLikelihood with method 'adjusted-log' at zero cells", () => {
  it('gives 0.002165 to 4.0236 for 0/37 against 0/3 at 95% (SPEC 5, as R gives it), with no ratio', () => {
    const rl = relativeLikelihood({ focal: { count: 0, total: 37 }, reference: { count: 0, total: 3 } }, { method: 'adjusted-log' });
    expect(rl.ratio).toBeNull();
    expect(rl.lower).toBeCloseTo(0.002165, 6);
    expect(rl.upper).toBeCloseTo(4.0236, 4);
    const [lower, upper] = byHand(0, 37, 0, 3);
    close(rl.lower, lower);
    close(rl.upper, upper);
    expect(rl.significant).toBe(false);
  });
  it('keeps the ratio 0 at a = 0 with the adjusted lower limit (the interval need not contain 0)', () => {
    const rl = relativeLikelihood({ focal: { count: 0, total: 37 }, reference: { count: 2, total: 3 } }, { method: 'adjusted-log' });
    expect(rl.ratio).toBe(0);
    const [lower, upper] = byHand(0, 37, 2, 3);
    close(rl.lower, lower);
    close(rl.upper, upper);
    expect(rl.lower).toBeGreaterThan(0);
  });
  it('keeps the ratio Infinity at c = 0 with a finite upper limit', () => {
    const rl = relativeLikelihood({ focal: { count: 3, total: 12 }, reference: { count: 0, total: 30 } }, { method: 'adjusted-log' });
    expect(rl.ratio).toBe(Infinity);
    const [lower, upper] = byHand(3, 12, 0, 30);
    close(rl.lower, lower);
    close(rl.upper, upper);
    expect(Number.isFinite(rl.upper)).toBe(true);
  });
  it('still gives 0 to Infinity for an empty group, and katz-log keeps 0 and Infinity at a zero cell', () => {
    expect(relativeLikelihood({ focal: { count: 0, total: 0 }, reference: { count: 1, total: 3 } }, { method: 'adjusted-log' })).toMatchObject({ ratio: null, lower: 0, upper: Infinity });
    expect(relativeLikelihood({ focal: { count: 0, total: 37 }, reference: { count: 0, total: 3 } }, { method: 'katz-log' })).toMatchObject({ ratio: null, lower: 0, upper: Infinity });
  });
});
