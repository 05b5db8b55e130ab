import { describe, expect, it } from 'vitest';
import { proportionInterval } from '../../../src/stats/index.js';

// z = qnorm(0.975) = 1.959963984540054, z² = 3.841458820694124 (R).
describe('proportionInterval', () => {
  it('defaults to the Wilson interval at 95%', () => {
    const result = proportionInterval(45, 100);
    expect(result.method).toBe('wilson');
    expect(result.level).toBe(0.95);
    expect(result.proportion).toBe(0.45);
  });

  it('Wilson for 0/10: lower exactly 0, upper z²/(n + z²) = 3.841459/13.841459 = 0.2775328 (hand calculation)', () => {
    // With x = 0 the centre (z²/2)/(n + z²) equals the half-width z/(n + z²)·sqrt(z²/4).
    const result = proportionInterval(0, 10);
    expect(result.lower).toBe(0);
    expect(result.upper).toBeCloseTo(0.2775327998628892, 12);
  });

  it('Wilson for 10/10 mirrors 0/10: upper exactly 1, lower 1 - 0.2775328', () => {
    const result = proportionInterval(10, 10);
    expect(result.upper).toBe(1);
    expect(result.lower).toBeCloseTo(1 - 0.2775327998628892, 12);
  });

  it('Clopper-Pearson for 0/10 and 10/10: 1 - 0.025^(1/10) = 0.3084971 and 0.025^(1/10) = 0.6915029 (closed form; SciPy beta.ppf agrees)', () => {
    // At x = 0 the upper limit solves (1 - p)^n = alpha/2.
    expect(proportionInterval(0, 10, { method: 'clopper-pearson' })).toMatchObject({ lower: 0, upper: expect.closeTo(0.30849710781876083, 12) });
    expect(proportionInterval(10, 10, { method: 'clopper-pearson' })).toMatchObject({ lower: expect.closeTo(0.6915028921812392, 12), upper: 1 });
  });

  it('Jeffreys for 0/10: lower 0, upper qbeta(0.975, 0.5, 10.5) = 0.2171963 (SciPy beta.ppf)', () => {
    expect(proportionInterval(0, 10, { method: 'jeffreys' })).toMatchObject({ lower: 0, upper: expect.closeTo(0.21719626750921053, 10) });
  });

  it('Agresti-Coull for 0/10 truncates at 0: p\' = 1.920729/13.841459 = 0.138767, ± 1.96·sqrt(p\'(1-p\')/13.841459) = ± 0.182122 (hand calculation)', () => {
    expect(proportionInterval(0, 10, { method: 'agresti-coull' })).toMatchObject({ lower: 0, upper: expect.closeTo(0.3208873057505457, 12) });
  });

  it('total 0 gives no proportion and the whole range [0, 1], for every method', () => {
    for (const method of ['wilson', 'clopper-pearson', 'jeffreys', 'agresti-coull'] as const) {
      expect(proportionInterval(0, 0, { method, level: 0.9 })).toEqual({ proportion: null, lower: 0, upper: 1, method, level: 0.9 });
    }
  });

  it('handles a total of 20,000,000 without losing the estimate', () => {
    const result = proportionInterval(1, 20_000_000);
    expect(result.lower).toBeGreaterThan(0);
    expect(result.lower).toBeLessThan(5e-8);
    expect(result.upper).toBeGreaterThan(5e-8);
    expect(result.upper).toBeLessThan(1e-6);
  });

  it('does not mutate or keep the options object', () => {
    const options = Object.freeze({ method: 'jeffreys' as const, level: 0.9 });
    expect(proportionInterval(3, 7, options).method).toBe('jeffreys');
  });
});
