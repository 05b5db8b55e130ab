/**
 * The example council's report, end to end (CSV ingest, then computeReport): the figures that
 * docs/reading-the-results.md quotes as its worked examples. The counts were derived independently
 * by council.test.ts's own pass over the CSVs; the intervals are the library's Koopman (ratio) and
 * Newcombe (difference) defaults, whose accuracy against R is tested in test/stats. If this test
 * fails after a deliberate change, update the worked examples in docs/reading-the-results.md too.
 */
import { exampleCouncilReport } from './council-fixture.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, DifferenceResult, RelativeLikelihoodResult, WresReport } from '../../src/model/report.js';

let report: WresReport;
beforeAll(async () => {
  report = await exampleCouncilReport();
});

function comparison(key: string): Comparison {
  const found = report.metrics.flatMap((m) => m.comparisons).find((c) => c.key === key && c.group === 'minority');
  if (found === undefined) throw new Error(`no comparison ${key}`);
  return found;
}

/** The comparison's RL; the report is computed without disclosure control, so nothing is suppressed. */
function ratioOf(key: string): RelativeLikelihoodResult {
  const rl = comparison(key).relativeLikelihood;
  if (rl === null || 'suppressed' in rl) throw new Error(`no relative likelihood for ${key}`);
  return rl;
}

function differenceOf(key: string): DifferenceResult {
  const difference = comparison(key).difference;
  if (difference === null || 'suppressed' in difference) throw new Error(`no difference for ${key}`);
  return difference;
}

/** [focal count, focal total, reference count, reference total, RL, lower, upper] with the RL figures to 2 decimals. */
function summary(key: string): [number, number, number, number, string, string, string] {
  const c = comparison(key);
  const rl = ratioOf(key);
  if (rl.ratio === null) throw new Error(`no ratio for ${key}`);
  return [c.focal.count, c.focal.total, c.reference.count, c.reference.total, rl.ratio.toFixed(2), rl.lower.toFixed(2), rl.upper.toFixed(2)];
}

describe('example council report: the worked examples of docs/reading-the-results.md', () => {
  it('computes all nine metrics', () => {
    expect(report.metrics.map((m) => [m.id, m.status])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`sc-wres-${n}`, 'ok']),
    );
  });

  it('metric 1: Scale 1-2 is 58.4% minority ethnic, 14.7 points above the workforce, RL 1.81 (1.44 to 2.27)', () => {
    const bands = report.metrics[0]?.bands;
    expect(bands?.workforceMinorityShare?.toFixed(3)).toBe('0.437');
    expect(bands?.rows[0]).toMatchObject({ band: 'Scale 1-2', minority: 156, white: 111, total: 267 });
    expect(bands?.rows[0]?.minorityShare?.toFixed(3)).toBe('0.584');
    expect(bands?.rows[0]?.differencePoints?.toFixed(1)).toBe('14.7');
    expect(bands?.bandNotKnown).toEqual({ minority: 7, white: 10, unknown: 1 });
    expect(summary('band:Scale 1-2')).toEqual([156, 1112, 111, 1430, '1.81', '1.44', '2.27']);
  });

  it('metric 2: 53 of 293 against 92 of 303, RL 0.60 (0.44 to 0.80), significant, outside the non-adverse range', () => {
    expect(summary('appointed-from-shortlisting')).toEqual([53, 293, 92, 303, '0.60', '0.44', '0.80']);
    expect(ratioOf('appointed-from-shortlisting').significant).toBe(true);
  });

  it('metric 3: 46 of 1,285 against 33 of 1,621, RL 1.76 (1.14 to 2.72)', () => {
    expect(summary('entered-disciplinary')).toEqual([46, 1285, 33, 1621, '1.76', '1.14', '2.72']);
  });

  it('metric 4: 8 of 223 against 7 of 452, RL 2.32 (0.88 to 6.07), not significant', () => {
    expect(summary('fitness-to-practise-referral')).toEqual([8, 223, 7, 452, '2.32', '0.88', '6.07']);
    expect(ratioOf('fitness-to-practise-referral').significant).toBe(false);
  });

  it('metric 5: RL 0.86 (0.75 to 0.99), significant and inside the non-adverse range', () => {
    expect(summary('accessed-funded-cpd')).toEqual([275, 1285, 402, 1621, '0.86', '0.75', '0.99']);
    expect(ratioOf('accessed-funded-cpd').significant).toBe(true);
  });

  it('metric 6: 33.5% against 26.1%, difference 7.4 points (1.7 to 13.2), RL 1.28 (1.06 to 1.56)', () => {
    expect(summary('harassment-from-public')).toEqual([139, 415, 152, 583, '1.28', '1.06', '1.56']);
    const difference = differenceOf('harassment-from-public');
    expect([difference.value, difference.lower, difference.upper].map((v) => ((v ?? NaN) * 100).toFixed(1))).toEqual([
      '7.4',
      '1.7',
      '13.2',
    ]);
  });

  it('metric 8: 13.2% against 11.4%, RL 1.15 (0.95 to 1.40)', () => {
    expect(summary('left-organisation')).toEqual([169, 1285, 185, 1621, '1.15', '0.95', '1.40']);
  });

  it('metric 9: 18.6% of senior managers, 25.2 points below the workforce and 27.4 below the population, RL 0.29 (0.16 to 0.53)', () => {
    const representation = report.metrics[8]?.representation;
    expect(representation?.seniorMinorityShare?.toFixed(3)).toBe('0.186');
    expect(representation?.vsWorkforcePoints?.toFixed(1)).toBe('-25.2');
    expect(representation?.vsPopulationPoints?.toFixed(1)).toBe('-27.4');
    expect(summary('senior-management')).toEqual([13, 1119, 57, 1440, '0.29', '0.16', '0.53']);
  });

  it('lists the two misspellings, and nothing else, as unmatched ethnicity values', () => {
    const values = [...new Set(report.unmatchedEthnicity.map((u) => u.value))].sort();
    expect(values).toEqual(['Black Afican', 'Whtie British']);
  });
});
