import { describe, expect, it } from 'vitest';
import { publish as applyDisclosureControl, ruleOf } from './rules.js';
import { auditLinkedTables } from '../../src/disclosure/audit-report.js';
import { isSuppressed } from '../../src/disclosure/suppressed.js';
import type { Comparison, Figure, PublishedReport } from '../../src/model/report.js';
import { buildReport, type ReportTallies } from './fixture.js';

const base: ReportTallies = {
  bands: [
    { band: 'Scale 1-6', minority: 40, white: 60, unknown: 5 },
    { band: 'SO1-SO2', minority: 25, white: 35, unknown: 2 },
    { band: 'PO1-PO4', minority: 15, white: 30, unknown: 0 },
  ],
  bandNotKnown: { minority: 0, white: 0, unknown: 0 },
  senior: { minority: 10, white: 20 },
  disciplinary: { focal: { count: 12, total: 80 }, reference: { count: 15, total: 125 } },
  disciplinaryUnknown: 7,
};

function metric(report: PublishedReport, id: string) {
  return report.metrics.find((m) => m.id === id)!;
}
function discipline(report: PublishedReport): Comparison<Figure> {
  return metric(report, 'sc-wres-3').comparisons[0]!;
}
const codeOf = ruleOf;
/** The rule behind every withheld object of a published report. */
function collectRules(value: unknown): string[] {
  if (isSuppressed(value)) return [ruleOf(value) ?? 'none'];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(collectRules);
}

describe('applyDisclosureControl: primary suppression', () => {
  it('leaves a report with no small counts as it was, apart from the summary (unknowns of 7 excepted)', () => {
    const report = buildReport({ ...base, disciplinaryUnknown: 12, bands: base.bands.map((b) => ({ ...b, unknown: 20 })) });
    const published = applyDisclosureControl(report, 'sc-wres-publication');
    const { disclosure, ...rest } = published;
    // The sources block and unmatched counts are coarsened (rows to 10); the metrics are as they were.
    expect({ ...rest, sources: report.sources }).toEqual({ ...report, unmatchedEthnicity: [{ source: 'staff', value: 'W9', count: 10 }] });
    expect(disclosure?.withheld).toBe(0);
  });

  it('withholds a count of 3 with its proportion, limits, ratio, difference and sentence', () => {
    const report = buildReport({ ...base, disciplinary: { focal: { count: 3, total: 80 }, reference: { count: 15, total: 125 } } });
    const comparison = discipline(applyDisclosureControl(report, 'sc-wres-publication'));
    // One code and one sentence for every withheld value (SPEC 8a); the rule is in the workings.
    expect(comparison.focal.count).toEqual({ suppressed: true, code: 'withheld', reason: 'Withheld to protect a small number of people.' });
    expect(codeOf(comparison.focal.count)).toBe('small-count');
    expect(comparison.focal.total).toBe(80);
    expect(codeOf(comparison.focal.proportion)).toBe('derived');
    expect(codeOf(comparison.focal.lower)).toBe('derived');
    expect(codeOf(comparison.focal.upper)).toBe('derived');
    // The reference side is published in full: nothing in it comes from the 3.
    expect(comparison.reference.proportion).toBeCloseTo(15 / 125, 12);
    // A ratio or difference built from the 3 goes as a whole object.
    expect(codeOf(comparison.relativeLikelihood)).toBe('derived');
    expect(codeOf(comparison.difference)).toBe('derived');
    expect(codeOf(comparison.statement)).toBe('derived');
  });

  it('shows a true zero, and withholds it with suppressZeros', () => {
    const report = buildReport({ ...base, disciplinary: { focal: { count: 0, total: 80 }, reference: { count: 15, total: 125 } } });
    expect(discipline(applyDisclosureControl(report, 'sc-wres-publication')).focal.count).toBe(0);
    const strict = discipline(applyDisclosureControl(report, { suppressZeros: true }));
    expect(codeOf(strict.focal.count)).toBe('small-count');
  });

  it('withholds "98 of 100": the 2 who did not have the outcome would be revealed', () => {
    const report = buildReport({ ...base, disciplinary: { focal: { count: 98, total: 100 }, reference: { count: 15, total: 125 } } });
    const comparison = discipline(applyDisclosureControl(report, 'sc-wres-publication'));
    expect(comparison.focal.count).toEqual({ suppressed: true, code: 'withheld', reason: 'Withheld to protect a small number of people.' });
    expect(codeOf(comparison.focal.count)).toBe('small-complement');
    expect(comparison.focal.total).toBe(100);
    // The proportion 0.98 with the total 100 would give 98 back, so it goes too.
    expect(codeOf(comparison.focal.proportion)).toBe('derived');
    // Without complement checks, 98 is published.
    expect(discipline(applyDisclosureControl(report, { complements: false })).focal.count).toBe(98);
  });

  it('withholds a group of 7 with 0 outcomes: the total as a small count, the zero as its complement', () => {
    // "0 of 7" says something about all 7 people; both numbers go.
    const report = buildReport({ ...base, disciplinary: { focal: { count: 0, total: 7 }, reference: { count: 15, total: 125 } } });
    const comparison = discipline(applyDisclosureControl(report, 'sc-wres-publication'));
    expect(codeOf(comparison.focal.total)).toBe('small-count');
    expect(codeOf(comparison.focal.count)).toBe('small-complement');
  });

  it('drops unmatched ethnicity values seen fewer than threshold times and rounds the rest to 10', () => {
    const published = applyDisclosureControl(buildReport(base), 'sc-wres-publication');
    expect(published.unmatchedEthnicity).toEqual([{ source: 'staff', value: 'W9', count: 10 }]);
  });

  it('rounds the input-file row counts to 10 and gives completeness as a whole percentage, rounded down', () => {
    const report = buildReport(base);
    report.sources.staff.ethnicityCompleteness = 17 / 18;
    report.sources.staff.excludedNotDirect = 14;
    const staffRows = report.sources.staff.rowsUsed;
    const published = applyDisclosureControl(report, 'sc-wres-publication').sources.staff;
    expect(published).toMatchObject({ rowsRead: Math.floor(staffRows / 10 + 0.5) * 10, rowsUsed: Math.floor(staffRows / 10 + 0.5) * 10, excludedNotDirect: 10, ethnicityCompleteness: 0.94 });
    // Policy 'none' leaves them as they are.
    expect(applyDisclosureControl(report, 'none').sources).toEqual(report.sources);
  });

  it("policy 'none' changes nothing but adds the summary", () => {
    const report = buildReport({ ...base, disciplinary: { focal: { count: 1, total: 2 }, reference: { count: 15, total: 125 } } });
    const { disclosure, ...rest } = applyDisclosureControl(report, 'none');
    expect(rest).toEqual(report);
    expect(disclosure).toMatchObject({ policy: 'none', threshold: 1, rounding: null });
    expect(disclosure?.method).toBe('No disclosure control was applied: every figure is published as computed.');
  });
});

describe('applyDisclosureControl: metric 1 table and its links', () => {
  it('protects a small band cell with the fewest further cells and passes the audit', () => {
    // Band PO1-PO4 has 4 minority staff. Its row needs another withheld cell (white 30), the
    // minority column another band's minority cell, and that band's white cell. SO1-SO2 (25, 35)
    // has smaller cells than Scale 1-6 (40, 60), so it is chosen.
    const tallies: ReportTallies = { ...base, bands: base.bands.map((b, i) => (i === 2 ? { ...b, minority: 4 } : b)) };
    const report = buildReport(tallies);
    const published = applyDisclosureControl(report, 'sc-wres-publication');
    const rows = metric(published, 'sc-wres-1').bands!.rows;
    expect(rows.map((row) => [codeOf(row.minority) ?? row.minority, codeOf(row.white) ?? row.white])).toEqual([
      [40, 60],
      ['secondary', 'secondary'],
      ['small-count', 'secondary'],
    ]);
    // The band comparisons share the cells: band PO1-PO4's focal count is withheld the same way.
    const po = metric(published, 'sc-wres-1').comparisons[2]!;
    expect(codeOf(po.focal.count)).toBe('small-count');
    expect(codeOf(po.reference.count)).toBe('secondary');
    expect(codeOf(rows[2]!.minorityShare)).toBe('derived');
    // 3 secondary cells, each shown twice (the band table and the band comparisons): 6 objects.
    expect(collectRules(published).filter((rule) => rule === 'secondary')).toHaveLength(6);
    const audit = auditLinkedTables(published, report);
    expect(audit.safe).toBe(true);
    expect(audit.ranges.find((range) => range.id === 'band[2].minority')).toMatchObject({ min: 0, max: 29, value: 4 });
  });

  it('treats metric 9 staff totals as the band totals plus band not known', () => {
    // Band not known: 3 minority staff. Published alone with totals.minority (80) and metric 9's
    // minority total (83), it would be 83 - 80 = 3. The audit must see that link.
    const tallies: ReportTallies = { ...base, bandNotKnown: { minority: 3, white: 12, unknown: 0 } };
    const report = buildReport(tallies);
    const published = applyDisclosureControl(report, 'sc-wres-publication');
    const bands = metric(published, 'sc-wres-1').bands!;
    expect(codeOf(bands.bandNotKnown.minority)).toBe('small-count');
    const audit = auditLinkedTables(published, report);
    expect(audit.safe).toBe(true);
    // Without secondary suppression the 3 is exposed, which the audit catches.
    const unsafe = applyDisclosureControl(report, { secondary: false });
    expect(auditLinkedTables(unsafe, report)).toMatchObject({ safe: false, exposed: ['band-not-known.minority'] });
  });

  it('withholds a "Senior management" band and metric 9 together when they hold the same people', () => {
    const tallies: ReportTallies = {
      ...base,
      bands: [...base.bands, { band: 'Senior management', minority: 4, white: 20, unknown: 0 }],
      senior: { minority: 4, white: 20 },
    };
    const published = applyDisclosureControl(buildReport(tallies), 'sc-wres-publication');
    const senior = metric(published, 'sc-wres-9').comparisons[0]!;
    const seniorRow = metric(published, 'sc-wres-1').bands!.rows[3]!;
    expect(codeOf(senior.focal.count)).toBe('small-count');
    expect(codeOf(senior.reference.count)).toBe(codeOf(seniorRow.white));
    expect(codeOf(seniorRow.white)).toBe('secondary');
    expect(codeOf(metric(published, 'sc-wres-9').representation!.seniorMinorityShare)).toBe('derived');
  });
});

describe('applyDisclosureControl: rounding', () => {
  it("ons-10-5 rounds published counts to 5 and keeps percentages from the unrounded counts", () => {
    // 12 of 80 -> count 10, total 80; proportion stays 12/80 = 0.15.
    const report = buildReport(base);
    const comparison = discipline(applyDisclosureControl(report, 'ons-10-5'));
    expect(comparison.focal.count).toBe(10);
    expect(comparison.focal.total).toBe(80);
    expect(comparison.focal.proportion).toBe(0.15);
    // 15 of 125 -> 15 and 125 (already multiples of 5).
    expect(comparison.reference.count).toBe(15);
  });

  it('rounds halves up (13 -> 15, 12.5 never arises for whole counts) and withholds 1 to 7 under nhs-digital', () => {
    const report = buildReport({ ...base, disciplinary: { focal: { count: 13, total: 81 }, reference: { count: 7, total: 8 } } });
    const comparison = discipline(applyDisclosureControl(report, 'nhs-digital'));
    expect(comparison.focal.count).toBe(15);
    expect(comparison.focal.total).toBe(80);
    expect(codeOf(comparison.reference.count)).toBe('small-count');
    // A total of 8 is not below 8: published, rounded to 10.
    expect(comparison.reference.total).toBe(10);
  });

  it('the audit of a rounded report treats each published count as the numbers that round to it', () => {
    const tallies: ReportTallies = { ...base, bands: base.bands.map((b, i) => (i === 2 ? { ...b, minority: 4 } : b)) };
    const report = buildReport(tallies);
    const published = applyDisclosureControl(report, 'ons-10-5');
    expect(published.disclosure?.rounding).toBe(5);
    expect(auditLinkedTables(published, report).safe).toBe(true);
  });
});

describe('applyDisclosureControl: purity and determinism', () => {
  it('never changes its input and gives the same output twice', () => {
    const report = buildReport({ ...base, disciplinary: { focal: { count: 3, total: 9 }, reference: { count: 15, total: 125 } } });
    const before = structuredClone(report);
    const first = applyDisclosureControl(report, 'sc-wres-publication');
    const second = applyDisclosureControl(report, 'sc-wres-publication');
    expect(report).toEqual(before);
    expect(second).toEqual(first);
    expect(first).not.toBe(report);
  });

  it('keeps Infinity in interval limits that are published', () => {
    const report = buildReport({ ...base, disciplinary: { focal: { count: 12, total: 80 }, reference: { count: 0, total: 125 } } });
    const comparison = discipline(applyDisclosureControl(report, 'sc-wres-publication'));
    expect(comparison.relativeLikelihood).toMatchObject({ upper: Number.POSITIVE_INFINITY });
  });
});
