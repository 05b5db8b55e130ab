/**
 * Cross-check: computeReport against an independent implementation of SPEC sections 2, 3, 4 and 6
 * (reference-metrics.ts) on random realistic councils. Counts must agree exactly; every interval
 * must equal the public statistics functions applied to the reference counts (1e-9).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport, proportionDifference, proportionInterval, relativeLikelihood } from '../../src/index.js';
import { councilArb, intervalsArb, optionsArb } from './council-arbitraries.js';
import { type RefOptions, referenceFilterErrors, referenceMetrics } from './reference-metrics.js';
import { WresInputError } from '../../src/errors.js';

/**
 * SPEC 10a: a filter that keeps nothing or an unknown employment value is an input error naming
 * the field; returns true when the report was refused as the reference predicts.
 */
function refusedAsExpected(run: () => unknown, expected: string[]): boolean {
  if (expected.length === 0) return false;
  expect(run).toThrow(WresInputError);
  try {
    run();
  } catch (error) {
    expect((error as WresInputError).issues.map((i) => i.field)).toEqual(expected);
  }
  return true;
}
import { countsOf, expectSame } from './report-counts.js';

function close(actual: number | null, expected: number | null): void {
  if (expected === null || !Number.isFinite(expected)) {
    expect(actual).toBe(expected);
  } else {
    expect(actual).not.toBeNull();
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9);
  }
}

describe('computeReport agrees with an independent implementation of the spec', () => {
  it('counts, statuses, unknowns, band tables and representation on random councils', () => {
    fc.assert(
      fc.property(councilArb, optionsArb, (dataset, options) => {
        if (refusedAsExpected(() => computeReport(dataset, options), referenceFilterErrors(dataset, options))) return;
        const report = computeReport(dataset, options);
        const expected = referenceMetrics(dataset, options);
        expectSame(countsOf(report, options.standard), expected);
      }),
      { numRuns: Number(process.env.XCHECK_RUNS ?? 1500) },
    );
  });

  it('intervals equal the statistics functions applied to the counts', () => {
    fc.assert(
      fc.property(councilArb, optionsArb, intervalsArb, (dataset, options, intervals) => {
        if (refusedAsExpected(() => computeReport(dataset, { ...options, intervals }), referenceFilterErrors(dataset, options))) return;
        const report = computeReport(dataset, { ...options, intervals });
        const expected = referenceMetrics(dataset, options);
        const p = { method: intervals.proportion, level: intervals.level };
        for (const [i, metric] of report.metrics.entries()) {
          const ref = expected[i]!;
          for (const [j, c] of metric.comparisons.entries()) {
            const r = ref.comparisons[j]!;
            for (const side of ['focal', 'reference'] as const) {
              const est = proportionInterval(r[side].count, r[side].total, p);
              close(c[side].proportion, est.proportion);
              close(c[side].lower, est.lower);
              close(c[side].upper, est.upper);
            }
            // decisions.md: RL and difference are null when the metric is not estimable or the
            // comparison's focal (breakdown) group is empty; otherwise both are present.
            const estimable = metric.status === 'ok' && r.focal.total > 0 && r.reference.total > 0;
            expect(c.relativeLikelihood === null).toBe(!estimable);
            expect(c.difference === null).toBe(!estimable);
            if (c.relativeLikelihood !== null) {
              const rl = relativeLikelihood(
                { focal: r.focal, reference: r.reference },
                { method: intervals.ratio, level: intervals.level, numerator: r.numerator },
              );
              close(c.relativeLikelihood.ratio, rl.ratio);
              close(c.relativeLikelihood.lower, rl.lower);
              close(c.relativeLikelihood.upper, rl.upper);
              expect(c.relativeLikelihood.significant).toBe(rl.significant);
            }
            if (c.difference !== null) {
              const d = proportionDifference(
                { focal: r.focal, reference: r.reference },
                { method: intervals.difference, level: intervals.level },
              );
              close(c.difference.value, d.value);
              close(c.difference.lower, d.lower);
              close(c.difference.upper, d.upper);
            }
          }
        }
      }),
      { numRuns: Number(process.env.XCHECK_RUNS ?? 600) },
    );
  });
});

describe('the generators reach the cases the cross-check is meant to cover', () => {
  it('every metric is seen ok, not estimable and (for those with a source) without data; metric 7 with one part; every option', () => {
    // Sampled from fixed seeds so the tally is deterministic.
    const samples = fc.sample(fc.tuple(councilArb, optionsArb), { numRuns: 400, seed: 20250331 });
    const seen = new Set<string>();
    let partial7 = 0;
    let nonzeroCounts = 0;
    for (const [dataset, options] of samples) {
      for (const metric of referenceMetrics(dataset, options)) {
        seen.add(`${metric.number}:${metric.status}`);
        if (metric.comparisons.some((c) => c.focal.count > 0 && c.reference.count > 0)) nonzeroCounts += 1;
      }
      const m7 = referenceMetrics(dataset, options)[6]!;
      if (m7.status !== 'no-data' && new Set(m7.comparisons.map((c) => c.key)).size === 1) partial7 += 1;
    }
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9]) {
      expect(seen.has(`${n}:ok`), `metric ${n} ok`).toBe(true);
      expect(seen.has(`${n}:not-estimable`), `metric ${n} not-estimable`).toBe(true);
      if (n !== 8) expect(seen.has(`${n}:no-data`), `metric ${n} no-data`).toBe(true);
    }
    expect(partial7).toBeGreaterThan(0);
    // Each option is drawn in a good share of runs (fc.option's freq is easy to get wrong).
    const share = (test: (o: RefOptions) => boolean) => samples.filter(([, o]) => test(o)).length / samples.length;
    expect(share((o) => o.breakdown === 'broad-groups')).toBeGreaterThan(0.15);
    expect(share((o) => o.population === 'snapshot')).toBeGreaterThan(0.15);
    expect(share((o) => o.standard === 'nhs-wres')).toBeGreaterThan(0.15);
    expect(share((o) => o.scope !== undefined)).toBeGreaterThan(0.3);
    expect(share((o) => o.ethnicity?.whiteMinorities === 'minority')).toBeGreaterThan(0.15);
    expect(share((o) => o.ethnicity?.mapping !== undefined)).toBeGreaterThan(0.3);
    expect(share((o) => o.payBands !== undefined)).toBeGreaterThan(0.2);
    expect(share((o) => o.salaryBands !== undefined)).toBeGreaterThan(0.2);
    // Comparisons with outcomes in both groups: the ratio's interval is exercised, not only zero cells.
    expect(nonzeroCounts).toBeGreaterThan(400);
  });
});

describe('the reference implementation on a council counted by hand', () => {
  // Period 2024-04-01 to 2025-03-31. In post on 2025-03-31 and directly employed: S1, S2, S5.
  // Employed on some day of the period: S1, S2, S3, S5 (S4's last day was 2024-03-31; S6 is agency).
  const dataset = {
    staff: [
      { id: 'S1', ethnicity: 'White British', startDate: '2020-01-01', payBand: 'A', seniorManager: true, regulatedProfessional: true },
      { id: 'S2', ethnicity: 'Indian', startDate: '2024-06-01', payBand: 'B', seniorManager: false, regulatedProfessional: true },
      { id: 'S3', ethnicity: 'Black African', endDate: '2024-09-30', payBand: 'A', regulatedProfessional: false },
      { id: 'S4', ethnicity: 'White British', endDate: '2024-03-31', payBand: 'B' },
      { id: 'S5', ethnicity: 'Not stated', payBand: 'A' },
      { id: 'S6', ethnicity: 'Pakistani', employment: 'agency', payBand: 'A' },
    ],
    disciplinaryCases: [
      { staffId: 'S2', date: '2024-07-01' },
      { staffId: 'S2', date: '2024-08-01' },
      { staffId: 'S3', date: '2024-09-01' },
      { staffId: 'S1', date: '2024-03-31' },
      { staffId: 'S6', date: '2024-05-01' },
    ],
    fitnessToPractiseReferrals: [{ staffId: 'S2', date: '2024-07-01' }],
  };
  const options = { period: { start: '2024-04-01', end: '2025-03-31' } };
  const [m1, , m3, m4, , , , m8, m9] = referenceMetrics(dataset, options);

  it('metric 1: bands of S1 (white, A), S5 (unknown, A), S2 (minority, B)', () => {
    expect(m1!.bands!.rows.map((r) => [r.band, r.minority, r.white, r.unknown, r.total])).toEqual([
      ['A', 0, 1, 1, 1],
      ['B', 1, 0, 0, 1],
    ]);
    expect(m1!.comparisons.map((c) => [c.key, c.focal, c.reference])).toEqual([
      ['band:A', { count: 0, total: 1 }, { count: 1, total: 1 }],
      ['band:B', { count: 1, total: 1 }, { count: 0, total: 1 }],
    ]);
    expect(m1!.unknownEthnicity).toBe(1);
  });

  it('metric 3: S2 once (two cases), S3; S1 dated before the period, S6 agency', () => {
    expect(m3!.comparisons[0]).toMatchObject({ focal: { count: 2, total: 2 }, reference: { count: 0, total: 1 } });
    expect(m3!.unknownEthnicity).toBe(1);
  });

  it('metric 4: regulated professionals S1 and S2; S2 referred', () => {
    expect(m4!.comparisons[0]).toMatchObject({ focal: { count: 1, total: 1 }, reference: { count: 0, total: 1 } });
  });

  it('metric 8: S3 left in the period; S4 left before it', () => {
    expect(m8!.comparisons[0]).toMatchObject({ focal: { count: 1, total: 2 }, reference: { count: 0, total: 1 } });
  });

  it('metric 9: S1 is the only senior manager; workforce 1 minority of 2 known', () => {
    expect(m9!.comparisons[0]).toMatchObject({ focal: { count: 0, total: 1 }, reference: { count: 1, total: 1 } });
    expect(m9!.representation).toMatchObject({ seniorMinorityShare: 0, workforceMinorityShare: 0.5, vsWorkforcePoints: -50 });
  });

  it('computeReport gives the same counts', () => {
    expectSame(countsOf(computeReport(dataset, options), undefined), referenceMetrics(dataset, options));
  });
});

describe('input errors SPEC section 4 names', () => {
  const period = { start: '2024-04-01', end: '2025-03-31' };
  it('rejects an application appointed but not shortlisted, naming the record and field', () => {
    expect(() =>
      computeReport({ staff: [], applications: [{ ethnicity: 'A', shortlisted: false, appointed: true, date: '2024-05-01' }] }, { period }),
    ).toThrow(/applications record 0, field "appointed"/);
  });
  it('rejects a case or CPD record whose staffId matches no staff record, even outside the period', () => {
    expect(() =>
      computeReport({ staff: [{ id: 'S1', ethnicity: 'A' }], disciplinaryCases: [{ staffId: 'S9', date: '2020-05-01' }] }, { period }),
    ).toThrow(/disciplinaryCases record 0, field "staffId": "S9" matches no staff record/);
    expect(() =>
      computeReport({ staff: [{ id: 'S1', ethnicity: 'A' }], cpd: [{ staffId: 'S2', date: '2024-05-01', funded: true, mandatory: false }] }, { period }),
    ).toThrow(/cpd record 0, field "staffId": "S2"/);
  });
});
