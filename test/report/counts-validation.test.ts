/**
 * computeReportFromCounts validates all of its input (issue 13, item 13): each case below was
 * accepted before (a RangeError, `[object Object]`, -5 rows, a count of -3, duplicate bands, or
 * "there were no Asian staff" from counts without broad groups) and is now an input error.
 */
import { describe, expect, it } from 'vitest';
import { WresInputError } from '../../src/errors.js';
import { computeReportFromCounts } from '../../src/report/compute-from-counts.js';
import type { ReportOptions } from '../../src/report/options.js';

const period = { start: '2024-04-01', end: '2025-03-31' };
const tally = (minority: number, white: number, unknown = 0) => ({ minority, white, unknown });
const outcomes = { 'entered-disciplinary': { population: tally(100, 100), outcome: tally(45, 30) } };

function messageOf(counts: unknown, options: Omit<ReportOptions, 'period'> = {}): string {
  try {
    computeReportFromCounts(counts as never, { period, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(WresInputError);
    return (error as Error).message;
  }
  throw new Error('computeReportFromCounts accepted the counts');
}

describe('computeReportFromCounts rejects bad counts with sentences', () => {
  it('rejects counts of 2^53 or more (not exact in a double)', () => {
    const big = 2 ** 53;
    expect(messageOf({ outcomes: { 'entered-disciplinary': { population: tally(big, 100), outcome: tally(45, 30) } } })).toContain(
      'dataset, field "outcomes.entered-disciplinary.population.minority": 9007199254740992 must be a whole number of people, 0 or more and less than 2^53.',
    );
  });
  it('validates sources: negative rows, used + skipped = read, unknown sources', () => {
    const message = messageOf({
      outcomes,
      sources: {
        staff: { present: true, rowsRead: 10, rowsUsed: 15, rowsSkipped: -5, skippedReasons: [], ethnicityCompleteness: 1.5 },
        staf: { present: true },
      },
    });
    expect(message).toContain('field "sources.staff.rowsSkipped": -5 must be a whole number of rows, 0 or more and less than 2^53.');
    expect(message).toContain('field "sources.staff.ethnicityCompleteness": 1.5 must be a share between 0 and 1, or null.');
    expect(message).toContain('field "sources.staf" is not a known source: did you mean "staff"?');
  });
  it('validates unmatchedEthnicity and organisation', () => {
    const message = messageOf({
      outcomes,
      unmatchedEthnicity: [{ source: 'staff', value: 'Whte', count: -3 }],
      organisation: { name: { first: 'Council' } },
    });
    expect(message).toContain('field "unmatchedEthnicity.0.count": -3 must be a whole number of records, 1 or more.');
    expect(message).toContain('field "organisation.name": "an object" must be non-empty text.');
  });
  it('rejects duplicate band labels, compared as the record pass compares them', () => {
    const bands = { labels: ['PO1', 'Scale 1', 'po1'], staff: [tally(1, 1), tally(1, 1), tally(1, 1)], bandNotKnown: tally(0, 0) };
    expect(messageOf({ outcomes, bands })).toContain('field "bands.labels.2": "po1" repeats band 0 (labels are compared ignoring case, spaces and punctuation).');
  });
  it('rejects a breakdown requested from counts without broad groups', () => {
    expect(messageOf({ outcomes }, { breakdown: 'broad-groups' })).toContain(
      'field "outcomes.entered-disciplinary.population" has no asian, black, mixed, other counts, which the breakdown \'broad-groups\' needs: give them, or report without the breakdown.',
    );
  });
  it('still accepts well-formed counts (hand: 45/100 over 30/100 is 1.5)', () => {
    const report = computeReportFromCounts({ outcomes, sources: { staff: { present: true, rowsRead: 3, rowsUsed: 3, rowsSkipped: 0, skippedReasons: [], ethnicityCompleteness: 1 } } }, { period });
    expect(report.metrics[2]!.comparisons[0]!.relativeLikelihood!.ratio).toBeCloseTo(1.5, 12);
  });
});
