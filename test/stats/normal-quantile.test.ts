import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/stats/index.js';

describe('normalQuantile', () => {
  it('matches R qnorm to 1e-15 (R 4.x: qnorm(0.975), qnorm(0.95), qnorm(0.001))', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 14);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 14);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('is not the simple-statistics probit approximation (probit(0.975) = 1.95716)', () => {
    expect(Math.abs(normalQuantile(0.975) - 1.95716)).toBeGreaterThan(1e-3);
  });

  it('is -Infinity at 0 and Infinity at 1', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it('rejects values that are not probabilities, naming the function and argument', () => {
    expect(() => normalQuantile(1.5)).toThrow(new RangeError('normalQuantile: p must be a probability from 0 to 1 (got 1.5)'));
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
    expect(() => normalQuantile('0.5' as unknown as number)).toThrow(TypeError);
  });
});
