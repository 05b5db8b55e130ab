/**
 * collateReports as a national analyst uses it: reports and counts together, councils that cannot
 * be estimated, the NHS WRES direction, published reports refused, and the crude-versus-stratified
 * example of docs/collation.md (hand calculations written beside each expectation).
 */
import { describe, expect, it } from 'vitest';
import { WresInputError, collateReports, computeReportFromCounts, type CollationEntry, type WresCounts } from '../../src/index.js';
import { generateNation, NATION_SEED, OUTLIERS } from '../../examples/national/nation.js';

const PERIOD = { start: '2024-04-01', end: '2025-03-31' };
const disciplinary = (minority: [number, number], white: [number, number]): WresCounts => ({
  outcomes: {
    'entered-disciplinary': {
      population: { minority: minority[1], white: white[1], unknown: 0 },
      outcome: { minority: minority[0], white: white[0], unknown: 0 },
    },
  },
});

describe('collateReports', () => {
  it('separates the crude ratio from the ratio within councils (Simpson-type confounding)', () => {
    // Within each council minority ethnic staff are twice as likely (10/100 vs 5/100; 20/50 vs 30/150),
    // but Southby, with more minority ethnic staff, has higher rates for everyone.
    const collation = collateReports([
      { name: 'Northby', counts: disciplinary([10, 100], [5, 100]) },
      { name: 'Southby', counts: disciplinary([20, 50], [30, 150]) },
    ]);
    const result = collation.metrics[2]!.comparisons[0]!;
    expect(collation.organisations).toBe(2);
    expect(result.crude.relativeLikelihood!.ratio).toBeCloseTo(30 / 150 / (35 / 250), 12); // 1.428571
    expect(result.mantelHaenszel!.ratio).toBeCloseTo(2, 12); // R: rma.mh(measure = "RR") gives 2
    expect(result.heterogeneity!.i2).toBe(0);
    expect(result.byOrganisation.map((council) => council.ratio)).toEqual([expect.closeTo(2, 12), expect.closeTo(2, 12)]);
  });

  it('takes reports and counts together, and leaves out a council with nobody in a group', () => {
    const report = computeReportFromCounts(disciplinary([10, 100], [5, 100]), { period: PERIOD });
    const entries: CollationEntry[] = [
      { name: 'Northby', region: 'North East', report },
      { name: 'Southby', region: 'London', counts: disciplinary([20, 50], [30, 150]) },
      { name: 'Emptyby', counts: disciplinary([0, 0], [3, 40]) },
    ];
    const collation = collateReports(entries);
    const result = collation.metrics[2]!.comparisons[0]!;
    expect(collation.organisations).toBe(3);
    expect(result.organisations).toBe(2);
    expect(result.byOrganisation.map((council) => [council.name, council.region])).toEqual([['Northby', 'North East'], ['Southby', 'London']]);
    // The crude figure sums every council's counts (Emptyby's 3 of 40 white staff too): 30/150 vs 38/290.
    expect(result.crude.reference).toMatchObject({ count: 38, total: 290 });
    expect(collation.period).toBeNull();
    expect(collation.metrics[1]!.comparisons).toEqual([]);
  });

  it('puts white staff on top for shortlisting under the NHS WRES direction', () => {
    const shortlisting = (minority: [number, number], white: [number, number]): WresCounts => ({
      outcomes: { 'appointed-from-shortlisting': { population: { minority: minority[1], white: white[1], unknown: 0 }, outcome: { minority: minority[0], white: white[0], unknown: 0 } } },
    });
    const entries = [
      { name: 'A', counts: shortlisting([10, 100], [20, 100]) },
      { name: 'B', counts: shortlisting([5, 50], [30, 150]) },
    ];
    const sc = collateReports(entries).metrics[1]!.comparisons[0]!;
    const nhs = collateReports(entries, { standard: 'nhs-wres' }).metrics[1]!.comparisons[0]!;
    expect(nhs.mantelHaenszel!.ratio).toBeCloseTo(1 / sc.mantelHaenszel!.ratio, 12);
    expect(nhs.crude.relativeLikelihood!.numerator).toBe('reference');
  });

  it('refuses a published report, naming the entry', () => {
    const published = computeReportFromCounts(disciplinary([10, 100], [5, 100]), { period: PERIOD, disclosure: 'sc-wres-publication' });
    expect(() => collateReports([{ name: 'Northby', report: published as never }])).toThrow(WresInputError);
    let error: unknown = null;
    try {
      collateReports([{ name: 'Northby', report: published as never }, { name: 'Northby', counts: disciplinary([1, 2], [3, 4]) }]);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(WresInputError);
    const issues = (error as WresInputError).issues;
    expect(issues.map((issue) => [issue.index, issue.field])).toEqual([[0, 'report.disclosure'], [1, 'name']]);
    expect((error as Error).message).toContain('collation record 1, field "name"');
  });

  it('refuses counts that do not add up, and unknown options', () => {
    expect(() => collateReports([{ name: 'A', counts: disciplinary([12, 10], [1, 5]) }])).toThrow(/collation record 0, field "counts.outcomes.entered-disciplinary/);
    expect(() => collateReports([{ name: 'A', counts: disciplinary([1, 10], [1, 5]) }], { levl: 0.9 } as never)).toThrow(/levl/);
    expect(() => collateReports([])).toThrow(WresInputError);
  });
});

describe('the synthetic nation', () => {
  const entries = generateNation(NATION_SEED);
  const collation = collateReports(entries);
  const disciplinaryResult = collation.metrics[2]!.comparisons[0]!;

  it('has 96 councils in two services across nine regions, the same for the same seed', () => {
    expect(entries).toHaveLength(192);
    expect(new Set(entries.map((entry) => entry.region)).size).toBe(9);
    expect(generateNation(NATION_SEED)).toEqual(entries);
  });

  it('shows the confounding it was built with: the crude disciplinary ratio well above the pooled one', () => {
    expect(disciplinaryResult.crude.relativeLikelihood!.ratio).toBeGreaterThan(disciplinaryResult.mantelHaenszel!.ratio + 0.2);
  });

  it('puts its outlying councils above the funnel more often than the rest', () => {
    const outlierNames = new Set(OUTLIERS.flatMap((index) => [`Council ${String(index + 1).padStart(3, '0')} (adults)`, `Council ${String(index + 1).padStart(3, '0')} (children)`]));
    const above = disciplinaryResult.byOrganisation.filter((council) => council.funnel?.startsWith('above'));
    const outliersAbove = above.filter((council) => outlierNames.has(council.name)).length;
    expect(outliersAbove).toBeGreaterThanOrEqual(5);
  });
});
