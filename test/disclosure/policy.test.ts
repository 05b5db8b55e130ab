import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../src/disclosure/policy.js';
import { WresInputError } from '../../src/errors.js';

describe('resolvePolicy', () => {
  it('fills the presets as SPEC section 8 pins them', () => {
    expect(resolvePolicy('sc-wres-publication')).toEqual({
      name: 'sc-wres-publication', threshold: 10, suppressZeros: false, complements: true, secondary: true, rounding: null,
    });
    expect(resolvePolicy('ons-10-5')).toMatchObject({ threshold: 10, rounding: 5 });
    // "suppress 1 to 7": threshold 8.
    expect(resolvePolicy('nhs-digital')).toMatchObject({ threshold: 8, rounding: 5 });
    expect(resolvePolicy('none')).toMatchObject({ threshold: 1, complements: false, secondary: false, rounding: null });
  });

  it('gives custom policies the documented defaults', () => {
    expect(resolvePolicy({ threshold: 5 })).toEqual({
      name: 'custom', threshold: 5, suppressZeros: false, complements: true, secondary: true, rounding: null,
    });
  });

  it('returns a fresh object each time (callers may change it)', () => {
    const policy = resolvePolicy('ons-10-5');
    policy.threshold = 99;
    expect(resolvePolicy('ons-10-5').threshold).toBe(10);
  });

  it('rejects an unknown preset, naming the options field', () => {
    try {
      resolvePolicy('ons' as 'none');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WresInputError);
      expect((error as WresInputError).issues).toEqual([
        expect.objectContaining({ source: 'options', field: 'disclosure', value: 'ons' }),
      ]);
    }
  });

  it('lists every problem of a custom policy at once', () => {
    try {
      resolvePolicy({ threshold: 2.5, rounding: 0, complements: 'yes', colour: 'red' } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(WresInputError);
      const fields = (error as WresInputError).issues.map((issue) => issue.field);
      expect(fields).toEqual(['disclosure.colour', 'disclosure.threshold', 'disclosure.rounding', 'disclosure.complements']);
      expect((error as WresInputError).message).toContain('options, field "disclosure.threshold": 2.5 must be a positive whole number');
    }
  });

  it('rejects zero and negative thresholds and accepts rounding null', () => {
    expect(() => resolvePolicy({ threshold: 0 })).toThrow(/disclosure\.threshold/);
    expect(() => resolvePolicy({ threshold: -3 })).toThrow(/disclosure\.threshold/);
    expect(resolvePolicy({ rounding: null }).rounding).toBeNull();
  });
});
