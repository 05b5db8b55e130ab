/** Amounts as exports write them (SPEC section 12: "£32,589.00", "32,589" and " 32589 " are 32589). */
import { describe, expect, it } from 'vitest';
import { readAmount } from '../../src/profile/amounts.js';

describe('readAmount', () => {
  it('reads currency symbols, thousands separators, decimals and surrounding spaces', () => {
    expect(readAmount('£32,589.00')).toBe(32589);
    expect(readAmount('32,589')).toBe(32589);
    expect(readAmount(' 32589 ')).toBe(32589);
    expect(readAmount('£1,323.00')).toBe(1323);
    expect(readAmount('1,234,567.89')).toBe(1234567.89);
    expect(readAmount('0.1')).toBe(0.1);
    expect(readAmount('$ 40')).toBe(40);
    expect(readAmount('€40.5')).toBe(40.5);
    expect(readAmount('-£5')).toBe(-5);
    expect(readAmount('£-5')).toBe(-5);
    expect(readAmount('0')).toBe(0);
  });

  it('gives undefined for blank text and null for text that is not an amount', () => {
    expect(readAmount('   ')).toBeUndefined();
    expect(readAmount('32,58')).toBeNull();
    expect(readAmount('1,2345')).toBeNull();
    expect(readAmount('1234,567')).toBeNull();
    expect(readAmount('32589.')).toBeNull();
    expect(readAmount('£')).toBeNull();
    expect(readAmount('12k')).toBeNull();
    expect(readAmount('TBC')).toBeNull();
    expect(readAmount('1.2.3')).toBeNull();
  });
});

describe('readAmount against Number', () => {
  it('reads a plain decimal exactly as Number does (property, fixed seed)', async () => {
    const fc = await import('fast-check');
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 40 }), fc.nat({ max: 999_999_999 }), fc.integer({ min: 0, max: 9 }), (whole, fraction, zeros) => {
        const text = `${whole}.${'0'.repeat(zeros)}${fraction}`;
        expect(readAmount(text)).toBe(Number(text));
        expect(readAmount(`£${whole.toLocaleString('en-GB')}.${'0'.repeat(zeros)}${fraction}`)).toBe(Number(text));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});
