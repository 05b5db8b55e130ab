/**
 * `comparison.reading` follows each outcome's direction (SPEC 13). Expected readings are worked out
 * by hand from the counts: 60 of 100 against 20 of 100 is a ratio of 3 whose 95% interval lies well
 * above 1, so minority ethnic staff are significantly more likely to have the outcome; 20 of 100
 * against 60 of 100 (ratio 1/3) significantly less likely; 30 of 100 against 30 of 100 (ratio 1)
 * no significant difference; 0 of 100 against 0 of 100 no ratio.
 */
import { describe, expect, it } from 'vitest';
import { applyDisclosureControl, computeReport, computeReportFromCounts } from '../../src/index.js';
import type { GroupTally, OutcomeKey, WresCounts } from '../../src/index.js';
import { fixtureDataset, period } from './fixture.js';

const tally = (minority: number, white: number): GroupTally => ({ minority, white, unknown: 0 });
const outcome = (minorityCount: number, whiteCount: number) => ({
  population: tally(100, 100),
  outcome: tally(minorityCount, whiteCount),
});

function readingsOf(key: OutcomeKey, minorityCount: number, whiteCount: number, standard: 'sc-wres' | 'nhs-wres' = 'sc-wres') {
  const counts: WresCounts = { outcomes: { [key]: outcome(minorityCount, whiteCount) } };
  const report = computeReportFromCounts(counts, { period, standard });
  const comparison = report.metrics.flatMap((m) => m.comparisons).find((c) => c.key === key)!;
  return comparison.reading;
}

/** Bad outcomes: minority ethnic staff more likely is adverse. Good outcomes: less likely is adverse. */
const DIRECTIONS: [OutcomeKey, 'good' | 'bad'][] = [
  ['appointed-from-shortlisting', 'good'],
  ['entered-disciplinary', 'bad'],
  ['fitness-to-practise-referral', 'bad'],
  ['accessed-funded-cpd', 'good'],
  ['harassment-from-public', 'bad'],
  ['harassment-from-colleagues', 'bad'],
  ['harassment-from-managers', 'bad'],
  ['left-organisation', 'bad'],
  ['senior-management', 'good'],
];

describe('comparison.reading by metric', () => {
  for (const [key, direction] of DIRECTIONS) {
    it(`${key}: a ${direction} outcome`, () => {
      expect(readingsOf(key, 60, 20)).toBe(direction === 'bad' ? 'adverse' : 'favourable');
      expect(readingsOf(key, 20, 60)).toBe(direction === 'bad' ? 'favourable' : 'adverse');
      expect(readingsOf(key, 30, 30)).toBe('no-significant-difference');
      expect(readingsOf(key, 0, 0)).toBeNull();
    });
  }

  it('reads NHS WRES ratios (white over minority for metrics 2 and 5) the same way round', () => {
    // 20 of 100 minority appointed against 60 of 100 white: NHS WRES ratio 3 (white on top), still adverse.
    expect(readingsOf('appointed-from-shortlisting', 20, 60, 'nhs-wres')).toBe('adverse');
    expect(readingsOf('accessed-funded-cpd', 60, 20, 'nhs-wres')).toBe('favourable');
    expect(readingsOf('entered-disciplinary', 60, 20, 'nhs-wres')).toBe('adverse');
  });

  it('a zero count with a significant interval is read too: no minority ethnic senior managers of 84 is adverse', () => {
    const counts: WresCounts = { outcomes: { 'senior-management': { population: tally(84, 204), outcome: tally(0, 25) } } };
    const comparison = computeReportFromCounts(counts, { period }).metrics[8]!.comparisons[0]!;
    expect(comparison.relativeLikelihood?.ratio).toBe(0);
    expect(comparison.reading).toBe('adverse');
    expect(comparison.statement).toMatch(/^None of the 84 minority ethnic staff were senior managers, against 25 of 204 white staff/);
  });
});

describe('comparison.reading for pay bands', () => {
  /** Three bands, lowest first; minority ethnic staff crowded into the lowest band and absent from the highest. */
  const bands = (labels: string[], staff: GroupTally[]): WresCounts => ({
    bands: { labels, staff, bandNotKnown: tally(0, 0) },
    outcomes: {},
  });

  it('over-representation in the lower bands and under-representation in the higher ones are adverse; the middle band has no direction', () => {
    // Minority 120 of 200 in band A (60%) against white 40 of 200 (20%): ratio 3, in the lower band: adverse.
    // Band B: 60 of 200 against 60 of 200: middle of three, no direction: null.
    // Band C: 20 of 200 against 100 of 200: ratio 0.2 in the upper band: adverse.
    const report = computeReportFromCounts(bands(['A', 'B', 'C'], [tally(120, 40), tally(60, 60), tally(20, 100)]), { period });
    expect(report.metrics[0]!.comparisons.map((c) => [c.key, c.reading])).toEqual([
      ['band:A', 'adverse'],
      ['band:B', null],
      ['band:C', 'adverse'],
    ]);
  });

  it('the reverse pattern is favourable; with four bands two are lower and two upper', () => {
    const report = computeReportFromCounts(
      bands(['A', 'B', 'C', 'D'], [tally(10, 60), tally(20, 60), tally(60, 40), tally(110, 40)]),
      { period },
    );
    // Minority shares of their 200 staff: 5%, 10%, 30%, 55%; white: 30%, 30%, 20%, 20%.
    expect(report.metrics[0]!.comparisons.map((c) => c.reading)).toEqual(['favourable', 'favourable', 'favourable', 'favourable']);
  });

  it('bands in order of first appearance (no payBands) have no reading; with payBands they do', () => {
    const unordered = computeReport(fixtureDataset(), { period });
    expect(unordered.metrics[0]!.comparisons.every((c) => c.reading === null)).toBe(true);
    const ordered = computeReport(fixtureDataset(), { period, payBands: ['Scale 1-2', 'PO1', 'Senior'] });
    // 2 of 3 minority staff with a band in Scale 1-2 vs 1 of 4 white: interval includes 1 at these numbers.
    expect(ordered.metrics[0]!.comparisons.map((c) => c.reading)).toEqual(['no-significant-difference', null, 'no-significant-difference']);
  });
});

describe('comparison.reading under disclosure control', () => {
  it('is withheld with the ratio it reads', () => {
    const counts: WresCounts = { outcomes: { 'entered-disciplinary': { population: tally(100, 100), outcome: tally(3, 20) } } };
    const published = applyDisclosureControl(computeReportFromCounts(counts, { period }), 'sc-wres-publication');
    const comparison = published.metrics[2]!.comparisons[0]!;
    expect(comparison.reading).toMatchObject({ suppressed: true });
    expect(comparison.relativeLikelihood).toMatchObject({ suppressed: true });
  });
});
