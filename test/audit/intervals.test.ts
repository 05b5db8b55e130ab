/**
 * Intervals and ratios (issue 12): a published confidence interval or relative likelihood is a
 * function of its counts, so it could pin a withheld count. Closed two ways: whatever is derived
 * from a withheld count is withheld (checked on random teams), and the audit reads the intervals
 * of rounded counts, which give the unrounded counts back. Expected values by brute force over
 * every whole number, with the library's own interval functions, as an intruder would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../src/audit/index.js';
import { applyDisclosureControl } from '../../src/disclosure/apply.js';
import { publicationModel } from '../../src/disclosure/intruder.js';
import { isSuppressed } from '../../src/disclosure/suppressed.js';
import type { Comparison, Figure, PublishedReport } from '../../src/model/report.js';
import { computeReport } from '../../src/report/compute-report.js';
import type { ReportOptions } from '../../src/report/options.js';
import type { WresDataset } from '../../src/schemas/index.js';
import { proportionInterval, relativeLikelihood } from '../../src/stats/index.js';
import { PAY_BANDS, PERIOD, teamArbitrary } from '../disclosure/team.js';

type Staff = WresDataset['staff'][number];

function people(first: number, count: number, ethnicity: string, payBand: string): Staff[] {
  return Array.from({ length: count }, (_, index) => ({ id: `p${first + index}`, ethnicity, payBand, startDate: '2020-01-01' }));
}

const published = (figure: unknown): boolean => typeof figure === 'number';

/** Every published derived figure whose inputs are not all published, as a path. */
function derivedFromWithheld(report: PublishedReport): string[] {
  const found: string[] = [];
  report.metrics.forEach((metric, m) => {
    metric.comparisons.forEach((comparison: Comparison<Figure>, c) => {
      for (const side of ['focal', 'reference'] as const) {
        const group = comparison[side];
        const inputs = published(group.count) && published(group.total);
        for (const key of ['proportion', 'lower', 'upper'] as const) if (published(group[key]) && !inputs) found.push(`metrics[${m}].comparisons[${c}].${side}.${key}`);
      }
      const all = [comparison.focal.count, comparison.focal.total, comparison.reference.count, comparison.reference.total].every(published);
      for (const key of ['relativeLikelihood', 'difference', 'statement', 'reading'] as const) {
        if (!isSuppressed(comparison[key]) && !all) found.push(`metrics[${m}].comparisons[${c}].${key}`);
      }
    });
    const bands = metric.bands;
    if (bands !== undefined) {
      const workforce = [bands.totals.minority, bands.totals.white, bands.totals.total].every(published);
      if (published(bands.workforceMinorityShare) && !workforce) found.push(`metrics[${m}].bands.workforceMinorityShare`);
      bands.rows.forEach((row, r) => {
        const cells = [row.minority, row.white, row.total].every(published);
        if (published(row.minorityShare) && !cells) found.push(`metrics[${m}].bands.rows[${r}].minorityShare`);
        if (published(row.differencePoints) && !(cells && workforce)) found.push(`metrics[${m}].bands.rows[${r}].differencePoints`);
      });
    }
    const representation = metric.representation;
    if (representation !== undefined) {
      const senior = metric.comparisons.find((comparison) => comparison.group === 'minority');
      const counts = senior !== undefined && [senior.focal.count, senior.reference.count].every(published);
      const totals = senior !== undefined && [senior.focal.total, senior.reference.total].every(published);
      if (published(representation.seniorMinorityShare) && !counts) found.push(`metrics[${m}].representation.seniorMinorityShare`);
      if (published(representation.workforceMinorityShare) && !totals) found.push(`metrics[${m}].representation.workforceMinorityShare`);
      if (!isSuppressed(representation.statement) && !(counts && totals)) found.push(`metrics[${m}].representation.statement`);
    }
  });
  return found;
}

describe('nothing derived from a withheld count is published', () => {
  it('on random teams (fast-check, seed 21), every preset and option set', () => {
    const optionSets: ReportOptions[] = [
      { period: PERIOD, payBands: [...PAY_BANDS] },
      { period: PERIOD, payBands: [...PAY_BANDS], breakdown: 'broad-groups', ethnicity: { whiteMinorities: 'minority' } },
      { period: PERIOD, breakdown: 'broad-groups', population: 'snapshot' },
    ];
    let reports = 0;
    let withheld = 0;
    for (const team of fc.sample(teamArbitrary(20, 150), { seed: 21, numRuns: 12 })) {
      for (const options of optionSets) {
        const raw = computeReport(team, options);
        for (const preset of ['sc-wres-publication', 'ons-10-5', 'nhs-digital'] as const) {
          const report = applyDisclosureControl(raw, preset);
          expect(derivedFromWithheld(report)).toEqual([]);
          withheld += report.disclosure!.withheld;
          reports += 1;
        }
      }
    }
    expect(reports).toBe(108);
    expect(withheld).toBeGreaterThan(1000);
  });

  it('a withheld band count that its Wilson interval and its relative likelihood would each give away', () => {
    // Bands: Grade 1 minority 40, white 60; Grade 2 minority 25, white 35; Grade 3 minority 4 (small),
    // white 30. Grade 3's 4 is protected by withholding Grade 2's cells (apply.test.ts has the same table).
    const staff = [
      ...people(1, 40, 'Black African', 'Grade 1'), ...people(100, 60, 'White British', 'Grade 1'),
      ...people(200, 25, 'Black African', 'Grade 2'), ...people(300, 35, 'White British', 'Grade 2'),
      ...people(400, 4, 'Black African', 'Grade 3'), ...people(500, 30, 'White British', 'Grade 3'),
    ];
    const raw = computeReport({ staff }, { period: PERIOD, payBands: ['Grade 1', 'Grade 2', 'Grade 3'] });
    const grade2 = raw.metrics[0]!.comparisons.find((comparison) => comparison.key === 'band:Grade 2')!;
    expect([grade2.focal.count, grade2.focal.total, grade2.reference.count, grade2.reference.total]).toEqual([25, 69, 35, 125]);
    // The intruder's search: which whole count out of the published 69 gives the interval, or the
    // ratio with the published white 35 of 125? Only the true 25.
    const fromInterval = Array.from({ length: 70 }, (_, c) => c).filter((c) => {
      const estimate = proportionInterval(c, 69);
      return Math.abs(estimate.lower - grade2.focal.lower) < 1e-9 && Math.abs(estimate.upper - grade2.focal.upper) < 1e-9;
    });
    expect(fromInterval).toEqual([25]);
    const fromRatio = Array.from({ length: 70 }, (_, c) => c).filter((c) =>
      Math.abs((relativeLikelihood({ focal: { count: c, total: 69 }, reference: { count: 35, total: 125 } }).ratio ?? Number.NaN) - grade2.relativeLikelihood!.ratio!) < 1e-9);
    expect(fromRatio).toEqual([25]);
    // Published: the count is withheld (secondary), and with it its proportion, limits and ratio.
    const report = applyDisclosureControl(raw, 'sc-wres-publication');
    const published2 = report.metrics[0]!.comparisons.find((comparison) => comparison.key === 'band:Grade 2')!;
    for (const figure of [published2.focal.count, published2.focal.proportion, published2.focal.lower, published2.focal.upper, published2.relativeLikelihood]) {
      expect(isSuppressed(figure)).toBe(true);
    }
    expect(derivedFromWithheld(report)).toEqual([]);
  });
});

describe('the audit reads the intervals of rounded counts', () => {
  it('gives back an unrounded count from its published interval (ons-10-5), and the report stays safe', async () => {
    // 23 minority ethnic staff in Grade 1 of 61 minority; published rounded as 25 of 60, with the
    // Wilson interval of 23/61. Of the 5 x 5 pairs that round to them (23-27 of 58-62; counts from
    // 22.5 up round to 25), only 23 of 61 gives that interval.
    const staff = [
      ...people(1, 23, 'Black African', 'Grade 1'), ...people(100, 38, 'Black African', 'Grade 2'),
      ...people(200, 40, 'White British', 'Grade 1'), ...people(300, 50, 'White British', 'Grade 2'),
    ];
    const raw = computeReport({ staff }, { period: PERIOD, payBands: ['Grade 1', 'Grade 2'] });
    const report = applyDisclosureControl(raw, 'ons-10-5');
    const grade1 = report.metrics[0]!.comparisons[0]!;
    expect([grade1.focal.count, grade1.focal.total]).toEqual([25, 60]);
    const model = publicationModel([{ published: report, original: raw }], 'json');
    const variable = (cell: string) => model.variables.get(`*|at-risk|white|${cell}`)!;
    expect([variable('band[0].minority').lower, variable('band[0].minority').upper]).toEqual([23, 23]);
    expect([variable('totals.minority').lower, variable('totals.minority').upper]).toEqual([61, 61]);
    expect((await auditReport(report, raw)).safe).toBe(true);
  });
});

describe('rows skipped, beside each metric', () => {
  it('are rounded like the sources block', () => {
    const staff = [...people(1, 30, 'Black African', 'Grade 1'), ...people(100, 30, 'White British', 'Grade 1')];
    const cases = [{ staffId: 'p1', date: '2024-05-01' }, { staffId: 'nobody', date: '2024-05-01' }, { staffId: 'p2', date: '2024-05-02' }];
    const raw = computeReport({ staff, disciplinaryCases: cases }, { period: PERIOD, validation: 'lenient', maxSkipped: 0.5 });
    expect(raw.metrics[2]!.skippedRows).toEqual([{ source: 'disciplinaryCases', rows: 1 }]);
    const report = applyDisclosureControl(raw, 'sc-wres-publication');
    // The sources block says 0 (1 rounded to 10); the metric must not say 1.
    expect(report.sources.disciplinaryCases.rowsSkipped).toBe(0);
    expect(report.metrics[2]!.skippedRows).toEqual([{ source: 'disciplinaryCases', rows: 0 }]);
  });
});
