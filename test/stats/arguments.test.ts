/** Invalid arguments throw an error naming the function, the argument and the value. */
import { describe, expect, it } from 'vitest';
import { proportionDifference, proportionInterval, relativeLikelihood } from '../../src/stats/index.js';

const valid = { focal: { count: 3, total: 10 }, reference: { count: 4, total: 12 } };
type Anything = never;

describe('argument errors', () => {
  it('rejects a count that is fractional, negative, NaN or above its total (RangeError)', () => {
    expect(() => relativeLikelihood({ ...valid, focal: { count: 12.5, total: 40 } })).toThrow(
      new RangeError('relativeLikelihood: focal.count must be a whole number from 0 to focal.total (got 12.5; focal.total is 40)'),
    );
    expect(() => relativeLikelihood({ ...valid, reference: { count: -1, total: 40 } })).toThrow(/relativeLikelihood: reference\.count .* \(got -1;/);
    expect(() => proportionDifference({ ...valid, focal: { count: Number.NaN, total: 4 } })).toThrow(/proportionDifference: focal\.count .* \(got NaN;/);
    expect(() => proportionInterval(11, 10)).toThrow(new RangeError('proportionInterval: count must be a whole number from 0 to total (got 11; total is 10)'));
  });

  it('rejects a total that is negative, fractional or infinite (RangeError)', () => {
    expect(() => proportionInterval(0, -3)).toThrow(new RangeError('proportionInterval: total must be a whole number of 0 or more (got -3)'));
    expect(() => relativeLikelihood({ ...valid, reference: { count: 1, total: 2.5 } })).toThrow(/relativeLikelihood: reference\.total .* \(got 2\.5\)/);
    expect(() => proportionDifference({ ...valid, focal: { count: 1, total: Infinity } })).toThrow(/proportionDifference: focal\.total .* \(got Infinity\)/);
  });

  it('rejects wrong types with TypeError naming the argument', () => {
    expect(() => proportionInterval('3' as Anything, 10)).toThrow(new TypeError("proportionInterval: count must be a number (got '3')"));
    expect(() => relativeLikelihood({ focal: valid.focal } as Anything)).toThrow(new TypeError('relativeLikelihood: reference must be an object { count, total } (got undefined)'));
    expect(() => relativeLikelihood(null as Anything)).toThrow(TypeError);
    expect(() => proportionDifference({ ...valid, focal: { count: 1, total: '4' } } as Anything)).toThrow(/proportionDifference: focal\.total must be a number/);
    expect(() => relativeLikelihood(valid, 'koopman' as Anything)).toThrow(new TypeError("relativeLikelihood: options must be an object (got 'koopman')"));
  });

  it('rejects a level outside (0, 1)', () => {
    for (const level of [0, 1, 1.5, -0.2, Number.NaN]) {
      expect(() => relativeLikelihood(valid, { level })).toThrow(RangeError);
      expect(() => proportionInterval(1, 2, { level })).toThrow(/proportionInterval: level must be a number strictly between 0 and 1/);
    }
    expect(() => proportionDifference(valid, { level: '95%' as Anything })).toThrow(new TypeError("proportionDifference: level must be a number (got '95%')"));
  });

  it('rejects an unknown method or numerator, listing the choices', () => {
    expect(() => relativeLikelihood(valid, { method: 'wald' as Anything })).toThrow(
      new RangeError("relativeLikelihood: method must be one of 'koopman', 'miettinen-nurminen', 'katz-log', 'adjusted-log' (got 'wald')"),
    );
    expect(() => proportionInterval(1, 2, { method: 'newcombe' as Anything })).toThrow(/proportionInterval: method must be one of 'wilson'/);
    expect(() => proportionDifference(valid, { method: 'koopman' as Anything })).toThrow(/proportionDifference: method must be one of 'newcombe', 'miettinen-nurminen'/);
    expect(() => relativeLikelihood(valid, { numerator: 'white' as Anything })).toThrow(/relativeLikelihood: numerator must be one of 'focal', 'reference' \(got 'white'\)/);
  });

  it('accepts explicit undefined options as the defaults and never mutates its input', () => {
    const input = structuredClone(valid);
    const result = relativeLikelihood(input, { method: undefined, level: undefined, numerator: undefined });
    expect(result).toMatchObject({ method: 'koopman', level: 0.95, numerator: 'focal' });
    expect(input).toEqual(valid);
  });
});
