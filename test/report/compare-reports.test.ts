import { describe, expect, it } from 'vitest';
import { computeReportFromCounts } from '../../src/report/compute-from-counts.js';
import { compareReports } from '../../src/report/compare-reports.js';

const disciplinary = (a: number, n1: number, c: number, n2: number) =>
  computeReportFromCounts({
    outcomes: {
      'entered-disciplinary': {
        population: { minority: n1, white: n2, unknown: 0 },
        outcome: { minority: a, white: c, unknown: 0 },
      },
    },
  }, { period: { start: '2024-04-01', end: '2025-03-31' } });

describe('compareReports', () => {
  it('gives the ratio of relative likelihoods with a log-scale interval (hand calculation)', () => {
    // 2024: 20/100 vs 10/100, RL 2, v = 1/20 - 1/100 + 1/10 - 1/100 = 0.13.
    // 2025: 10/100 vs 10/100, RL 1, v = 0.18. ln(1/2) ± 1.959964 * sqrt(0.31):
    // exp(-0.693147 ± 1.091262) = 0.167896 to 1.489015 (computed in Python).
    const change = compareReports(disciplinary(20, 100, 10, 100), disciplinary(10, 100, 10, 100)).changes[0]!;
    expect(change.previous).toBeCloseTo(2, 12);
    expect(change.current).toBeCloseTo(1, 12);
    expect(change.change).toBeCloseTo(-1, 12);
    expect(change.ratioOfRatios).toBeCloseTo(0.5, 12);
    expect(change.lower).toBeCloseTo(0.16789626792392043, 9);
    expect(change.upper).toBeCloseTo(1.4890146344008288, 9);
    expect(change.beyondChance).toBe(false);
  });

  it('flags a change beyond chance when the interval excludes 1', () => {
    // 40/100 vs 10/100 (RL 4, v 0.105) to 10/100 vs 10/100 (v 0.18): 0.0878 to 0.7118 (Python).
    const change = compareReports(disciplinary(40, 100, 10, 100), disciplinary(10, 100, 10, 100)).changes[0]!;
    expect(change.lower).toBeCloseTo(0.08780570503567413, 9);
    expect(change.upper).toBeCloseTo(0.7117988515052319, 9);
    expect(change.beyondChance).toBe(true);
  });

  it('says why a change cannot be tested: a zero cell, a comparison missing last year, withheld figures', () => {
    expect(compareReports(disciplinary(0, 100, 10, 100), disciplinary(10, 100, 10, 100)).changes[0]!.reason).toMatch(/Previous year: a group had no one with the outcome/);
    const empty = computeReportFromCounts({ outcomes: {} }, { period: { start: '2023-04-01', end: '2024-03-31' } });
    expect(compareReports(empty, disciplinary(10, 100, 10, 100)).changes[0]!.reason).toMatch(/not in the previous report/);
    const small = computeReportFromCounts({
      outcomes: { 'entered-disciplinary': { population: { minority: 100, white: 100, unknown: 0 }, outcome: { minority: 3, white: 20, unknown: 0 } } },
    }, { period: { start: '2024-04-01', end: '2025-03-31' }, disclosure: 'sc-wres-publication' });
    expect(compareReports(disciplinary(10, 100, 10, 100), small).changes[0]!.reason).toMatch(/withheld by disclosure control/);
  });
});
