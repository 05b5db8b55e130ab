/**
 * Half-up rounding from the exact value, thousands separators and an ASCII minus (issue 14).
 * Expected texts are hand calculations: 201/200 = 1.005 exactly, so two decimals give 1.01;
 * 247/2000 = 0.1235 exactly, 12.35%, so one decimal gives 12.4%. (`toFixed` gives 1.00 and 12.3%,
 * because the doubles nearest 1.005 and 12.35 lie just below them.)
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount, formatNumber, formatPercent, formatPoints, formatRatio, roundHalfUp, thousands } from '../../src/text/numbers.js';

describe('roundHalfUp', () => {
  it('rounds exact half-way quotients up, where toFixed rounds them down', () => {
    expect((201 / 200).toFixed(2)).toBe('1.00');
    expect(roundHalfUp(201 / 200, 2)).toBe('1.01');
    expect(roundHalfUp(247 / 2000, 1, 2)).toBe('12.4');
    expect(roundHalfUp(1 / 8, 2)).toBe('0.13');
    expect(roundHalfUp(2.5, 0)).toBe('3');
    expect(roundHalfUp(0.045, 2, 2)).toBe('4.50');
  });

  it('rounds half away from zero for negatives, and never prints -0', () => {
    expect(roundHalfUp(-201 / 200, 2)).toBe('-1.01');
    expect(roundHalfUp(-0.004, 2)).toBe('0.00');
    expect(roundHalfUp(-0.0004, 1, 2)).toBe('0.0');
  });

  it('carries through nines, and handles tiny and huge values', () => {
    expect(roundHalfUp(9.995, 2)).toBe('10.00');
    expect(roundHalfUp(0.9999, 1, 2)).toBe('100.0');
    expect(roundHalfUp(1e-9, 2)).toBe('0.00');
    expect(roundHalfUp(1.5e21, 0)).toBe('1500000000000000000000');
    expect(roundHalfUp(123.456, 0)).toBe('123');
  });

  it('agrees with rounding the exact fraction count/total for counts up to 100,000 (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (total, raw) => {
      const count = raw % (total + 1);
      // Exact: percentage to one decimal = round-half-up(count * 1000 / total) / 10, in integers.
      const scaled = count * 1000;
      const q = Math.floor(scaled / total);
      const r = scaled - q * total;
      const tenths = 2 * r >= total ? q + 1 : q;
      const expected = `${Math.floor(tenths / 10)}.${tenths % 10}`;
      expect(roundHalfUp(count / total, 1, 2)).toBe(expected);
    }), { numRuns: 2000, seed: 14 });
  });
});

describe('formatted numbers', () => {
  it('separates thousands and uses an ASCII hyphen-minus', () => {
    expect(thousands('-1234567.25')).toBe('-1,234,567.25');
    expect(formatCount(1112)).toBe('1,112');
    expect(formatNumber(-1234.5, 1)).toBe('-1,234.5');
    expect(formatPoints(-0.1, 1)).toBe('-10.0');
    expect(formatPoints(-0.1, 1)).not.toContain('\u2212');
    expect(formatPoints(0.032, 1)).toBe('+3.2');
    expect(formatPoints(0.0004, 1)).toBe('0.0');
  });

  it('prints percentages and ratios at the chosen precision', () => {
    expect(formatPercent(247 / 2000, 1)).toBe('12.4%');
    expect(formatPercent(247 / 2000, 0)).toBe('12%');
    expect(formatPercent(1, 1)).toBe('100.0%');
    expect(formatRatio(201 / 200, 2)).toBe('1.01');
    expect(formatRatio(201 / 200, 1)).toBe('1.0');
    expect(formatRatio(0.0043, 2)).toBe('0.0043');
    expect(formatRatio(0, 2)).toBe('0.00');
    expect(formatRatio(Infinity, 2)).toBe('infinity');
    expect(formatRatio(12345.678, 2)).toBe('12,345.68');
  });
});
