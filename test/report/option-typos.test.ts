/**
 * Misspelt nested options (issue 13, item 4; SPEC 10a): rejected at every depth, with a sentence
 * naming the path and the nearest valid key, as top-level typos are.
 */
import { describe, expect, it } from 'vitest';
import { nearestName, WresInputError } from '../../src/errors.js';
import { computeReport } from '../../src/report/compute-report.js';

const dataset = { staff: [{ id: 's1', ethnicity: 'White British', service: 'adults' }] };
const period = { start: '2024-04-01', end: '2025-03-31' };

function messageOf(options: Record<string, unknown>): string {
  try {
    computeReport(dataset, { period, ...options } as never);
  } catch (error) {
    expect(error).toBeInstanceOf(WresInputError);
    return (error as Error).message;
  }
  throw new Error('computeReport accepted the options');
}

describe('option typos at every depth', () => {
  it('finds the nearest name by edit distance, ignoring case', () => {
    expect(nearestName('services', ['service'])).toBe('service');
    expect(nearestName('levl', ['proportion', 'ratio', 'difference', 'level'])).toBe('level');
    expect(nearestName('whiteMinority', ['whiteMinorities', 'terminology', 'mapping'])).toBe('whiteMinorities');
    expect(nearestName('Threshhold', ['name', 'threshold', 'rounding'])).toBe('threshold');
  });
  it('rejects scope: { services }', () => {
    expect(messageOf({ scope: { services: 'adults' } })).toContain(
      'options, field "scope.services" is not a known setting of scope: did you mean "service"? (known: service).',
    );
  });
  it('rejects ethnicity: { whiteMinority }', () => {
    expect(messageOf({ ethnicity: { whiteMinority: 'minority' } })).toContain(
      'field "ethnicity.whiteMinority" is not a known setting of ethnicity: did you mean "whiteMinorities"?',
    );
  });
  it('rejects intervals: { levl }', () => {
    expect(messageOf({ intervals: { levl: 0.9 } })).toContain(
      'field "intervals.levl" is not a known setting of intervals: did you mean "level"?',
    );
  });
  it('rejects extra period keys', () => {
    expect(messageOf({ period: { ...period, ends: '2025-03-31' } })).toContain(
      'field "period.ends" is not a known setting of period: did you mean "end"?',
    );
  });
  it('rejects a misspelt disclosure policy setting, naming the nearest', () => {
    expect(messageOf({ disclosure: { threshhold: 5 } })).toContain(
      'field "disclosure.threshhold" is not a known disclosure policy setting: did you mean "threshold"?',
    );
  });
  it('names the nearest option at the top level too', () => {
    expect(messageOf({ payBand: ['A'] })).toContain('field "payBand" is not a known option: did you mean "payBands"?');
  });
});
