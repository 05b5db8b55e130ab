/**
 * Cross-check: computeReport against an independent implementation of SPEC sections 2, 3, 4 and 6
 * (reference-metrics.ts) on random realistic councils. Counts must agree exactly; every interval
 * must equal the public statistics functions applied to the reference counts (1e-9).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport, proportionDifference, proportionInterval, relativeLikelihood } from '../../src/index.js';
import { councilArb, intervalsArb, optionsArb } from './council-arbitraries.js';
import { type RefMetric, type RefOptions, referenceMetrics } from './reference-metrics.js';

type Report = ReturnType<typeof computeReport>;

/** Without an RL the report states no numerator; the reference's is SPEC 4's rule (NHS WRES reverses 2 and 5). */
const expectedNumerator = (metric: number, standard: RefOptions['standard']): 'focal' | 'reference' =>
  standard === 'nhs-wres' && (metric === 2 || metric === 5) ? 'reference' : 'focal';

/** Counts and statuses of computeReport in the reference's shape, for one toEqual. */
function countsOf(report: Report, standard: RefOptions['standard']): RefMetric[] {
  return report.metrics.map((m) => {
    const out: RefMetric = {
      number: m.number,
      status: m.status,
      unknownEthnicity: m.unknownEthnicity,
      comparisons: m.comparisons.map((c) => ({
        key: c.key,
        group: c.group,
        focal: { count: c.focal.count, total: c.focal.total },
        reference: { count: c.reference.count, total: c.reference.total },
        numerator: c.relativeLikelihood === null ? expectedNumerator(m.number, standard) : c.relativeLikelihood.numerator,
      })),
    };
    if (m.bands !== undefined) out.bands = m.bands;
    if (m.representation !== undefined) out.representation = m.representation;
    return out;
  });
}

/**
 * Deep equality where whole numbers (counts) must match exactly and other numbers (shares,
 * percentage points) to 1e-9; names the path of the first difference.
 */
function expectSame(actual: unknown, expected: unknown, path = 'metrics'): void {
  if (typeof expected === 'number' && !Number.isInteger(expected) && typeof actual === 'number') {
    if (Math.abs(actual - expected) > 1e-9) expect.fail(`${path}: ${actual} != ${expected}`);
    return;
  }
  if (expected === null || typeof expected !== 'object') {
    if (!Object.is(actual, expected)) expect.fail(`${path}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`);
    return;
  }
  if (actual === null || typeof actual !== 'object') expect.fail(`${path}: ${JSON.stringify(actual)} is not an object or list`);
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(e)])].sort();
  for (const key of keys) {
    if (!(key in e)) expect.fail(`${path}.${key}: unexpected ${JSON.stringify(a[key])}`);
    expectSame(a[key], e[key], `${path}.${key}`);
  }
}

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
