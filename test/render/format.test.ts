import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  count,
  fixed,
  groupLabel,
  keyLabel,
  longDate,
  percent,
  points,
  ratio,
  suppressedInWords,
} from '../../src/render/format.js';
import { withheld } from './fixtures.js';

describe('number formatting', () => {
  it('writes proportions as percentages with one decimal (hand: 0.1234 x 100 = 12.34 -> 12.3)', () => {
    expect(percent(0.1234)).toBe('12.3%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(0)).toBe('0.0%');
    expect(percent(null)).toBe('–');
  });
  it('writes ratios with two decimals and unbounded limits as ∞', () => {
    expect(ratio(0.5556)).toBe('0.56');
    expect(ratio(Infinity)).toBe('∞');
    expect(fixed(-Infinity, 2)).toBe('-∞');
  });
  it('rounds half-up from the exact value, separates thousands and honours the precision (issue 14)', () => {
    // 201/200 = 1.005 and 247/2000 = 12.35% exactly: half-way, so up (toFixed gives 1.00 and 12.3%).
    expect(ratio(201 / 200)).toBe('1.01');
    expect(percent(247 / 2000)).toBe('12.4%');
    expect(count(1112)).toBe('1,112');
    expect(ratio(201 / 200, { precision: { ratio: 1 } })).toBe('1.0');
    expect(percent(247 / 2000, { precision: { percent: 0 } })).toBe('12%');
    expect(points(-0.1235, { precision: { percent: 2 } })).toBe('-12.35');
  });
  it('signs percentage points and never prints -0.0', () => {
    expect(points(0.032)).toBe('+3.2');
    expect(points(-0.1)).toBe('-10.0');
    expect(points(-0.0001)).toBe('0.0');
    expect(fixed(-0.0004, 2)).toBe('0.00');
  });
  it('writes every withheld value in the same words, whatever rule withheld it (SPEC 8a)', () => {
    expect(count(withheld(), { threshold: 10 })).toBe('withheld to protect a small number');
    expect(percent(withheld(), { threshold: 8 })).toBe('withheld to protect a small number');
    expect(ratio(withheld())).toBe('withheld to protect a small number');
    // Codes of version 0.1.0 reports read the same, so re-rendering an old JSON tells no rule.
    expect(suppressedInWords('secondary')).toBe('withheld to protect a small number');
    expect(suppressedInWords('small-complement', 5)).toBe('withheld to protect a small number');
  });
  it('writes dates, groups and keys in words', () => {
    expect(longDate('2024-04-01')).toBe('1 April 2024');
    expect(longDate('2025-03-31')).toBe('31 March 2025');
    expect(longDate('not a date')).toBe('not a date');
    expect(groupLabel('minority', 'Global Majority')).toBe('Global Majority');
    expect(groupLabel('asian', 'x')).toBe('Asian');
    expect(keyLabel('band:SO1-SO2')).toBe('Pay band SO1-SO2');
    expect(keyLabel('left-organisation')).toBe('Left the organisation');
  });
  it('percent agrees with rounding the percentage to one decimal for any proportion (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const p = n / 100_000;
        const text = percent(p);
        return Math.abs(Number(text.slice(0, -1)) - p * 100) <= 0.05 + 1e-9;
      }),
    );
  });
});
