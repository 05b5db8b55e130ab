/**
 * A report's counts in the shape of the independent reference implementation
 * (reference-metrics.ts), and a deep comparison that names the first difference: shared by the
 * cross-check on random councils and the example council's raw-export check.
 *
 * @module
 */
import { expect } from 'vitest';
import type { WresReport } from '../../src/model/report.js';
import type { RefMetric, RefOptions } from './reference-metrics.js';

/** Without an RL the report states no numerator; the reference's is SPEC 4's rule (NHS WRES reverses 2 and 5). */
export const expectedNumerator = (metric: number, standard: RefOptions['standard']): 'focal' | 'reference' =>
  standard === 'nhs-wres' && (metric === 2 || metric === 5) ? 'reference' : 'focal';

/** Counts and statuses of computeReport in the reference's shape, for one toEqual. */
export function countsOf(report: WresReport, standard: RefOptions['standard']): RefMetric[] {
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
    if (m.representation !== undefined) {
      // The sentence is wording, checked in test/metrics; the figures are compared here.
      const { statement: _statement, ...figures } = m.representation;
      out.representation = figures;
    }
    return out;
  });
}

/**
 * Deep equality where whole numbers (counts) must match exactly and other numbers (shares,
 * percentage points) to 1e-9; names the path of the first difference.
 */
export function expectSame(actual: unknown, expected: unknown, path = 'metrics'): void {
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
