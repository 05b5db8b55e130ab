import { describe, expect, it } from 'vitest';
import { proportionDifference } from '../../../src/stats/index.js';

function groups(a: number, n1: number, c: number, n2: number) {
  return { focal: { count: a, total: n1 }, reference: { count: c, total: n2 } };
}

describe('proportionDifference', () => {
  it('defaults to Newcombe at 95%, focal minus reference', () => {
    expect(proportionDifference(groups(45, 100, 30, 100))).toEqual({
      value: expect.closeTo(0.15, 15),
      lower: expect.closeTo(0.0158521950681227, 12),
      upper: expect.closeTo(0.276830853919625, 12),
      method: 'newcombe',
      level: 0.95,
    });
  });

  it('Newcombe for 0/10 vs 0/10 is ± the Wilson upper limit of 0/10, z²/(10 + z²) = 0.2775328 (hand calculation)', () => {
    // lower = 0 - sqrt((0 - 0)² + (u2 - 0)²) = -u2; upper = 0 + sqrt((u1 - 0)² + (0 - 0)²) = u1.
    const result = proportionDifference(groups(0, 10, 0, 10));
    expect(result.value).toBe(0);
    expect(result.lower).toBeCloseTo(-0.2775327998628892, 12);
    expect(result.upper).toBeCloseTo(0.2775327998628892, 12);
  });

  it('Miettinen-Nurminen reaches -1 and 1 only at the extreme tables', () => {
    expect(proportionDifference(groups(0, 5, 7, 7), { method: 'miettinen-nurminen' })).toMatchObject({ value: -1, lower: -1 });
    expect(proportionDifference(groups(5, 5, 0, 7), { method: 'miettinen-nurminen' })).toMatchObject({ value: 1, upper: 1 });
    const inner = proportionDifference(groups(5, 5, 0, 7), { method: 'miettinen-nurminen' });
    expect(inner.lower).toBeGreaterThan(0);
    expect(inner.lower).toBeLessThan(1);
  });

  it('a group with total 0 gives no value and the whole range [-1, 1]', () => {
    for (const method of ['newcombe', 'miettinen-nurminen'] as const) {
      expect(proportionDifference(groups(0, 0, 3, 9), { method })).toEqual({ value: null, lower: -1, upper: 1, method, level: 0.95 });
      expect(proportionDifference(groups(3, 9, 0, 0), { method, level: 0.8 })).toEqual({ value: null, lower: -1, upper: 1, method, level: 0.8 });
    }
  });

  it('works for n = 1 and very large totals', () => {
    const tiny = proportionDifference(groups(1, 1, 0, 1), { method: 'miettinen-nurminen' });
    expect(tiny.value).toBe(1);
    expect(tiny.upper).toBe(1);
    expect(tiny.lower).toBeGreaterThan(-1);
    const huge = proportionDifference(groups(5_000_000, 10_000_000, 4_990_000, 10_000_000), { method: 'miettinen-nurminen' });
    expect(huge.value).toBeCloseTo(0.001, 12);
    expect(huge.lower).toBeCloseTo(0.001 - 1.959964 * Math.sqrt(0.5 / 1e7), 5);
  });
});
