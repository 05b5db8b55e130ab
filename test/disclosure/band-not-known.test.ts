import { publish, ruleOf } from './rules.js';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/report/compute-report.js';
import { auditLinkedTables } from '../../src/disclosure/index.js';

/**
 * Staff in post: minority 40 / 40 / 20 in bands A, B, C and 3 with no band; white 50 / 45 / 25 and
 * 12 with no band; 15 senior managers of each group. Metric 9's totals (all staff in post: 103 and
 * 132) minus metric 1's known-band totals (100 and 120) would give the 3 minority staff with no band,
 * so one of those totals must be withheld with it.
 */
function council() {
  const staff: { id: string; ethnicity: string; payBand?: string; seniorManager: boolean }[] = [];
  const add = (ethnicity: string, payBand: string | undefined, count: number): void => {
    for (let i = 0; i < count; i += 1) {
      const record: (typeof staff)[number] = { id: `s${staff.length}`, ethnicity, seniorManager: i < 5 };
      if (payBand !== undefined) record.payBand = payBand;
      staff.push(record);
    }
  };
  add('Black African', 'A', 40); add('Black African', 'B', 40); add('Black African', 'C', 20); add('Black African', undefined, 3);
  add('White British', 'A', 50); add('White British', 'B', 45); add('White British', 'C', 25); add('White British', undefined, 12);
  return { staff };
}

describe('disclosure: a small "band not known" count', () => {
  it("withholds metric 9's total rather than metric 1's, which every band figure is built on", () => {
    const report = publish(computeReport(council(), { period: { start: '2024-04-01', end: '2025-03-31' }, payBands: ['A', 'B', 'C'] }), 'sc-wres-publication');
    const bands = report.metrics[0]!;
    expect(ruleOf(bands.bands!.bandNotKnown.minority)).toBe('small-count');
    // Metric 1 keeps its totals (100 and 120) and so every band's proportion and ratio.
    expect(bands.comparisons.map((c) => c.focal.total)).toEqual([100, 100, 100]);
    expect(bands.comparisons.every((c) => typeof c.relativeLikelihood === 'object' && c.relativeLikelihood !== null && !('suppressed' in c.relativeLikelihood))).toBe(true);
    // Metric 9's minority total (103) is withheld instead.
    expect(ruleOf(report.metrics[8]!.comparisons[0]!.focal.total)).toBe('secondary');
    expect(auditLinkedTables(report).safe).toBe(true);
  });
});
