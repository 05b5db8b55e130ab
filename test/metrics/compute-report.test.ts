import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/report/compute-report.js';
import { relativeLikelihood, proportionInterval, proportionDifference } from '../../src/stats/index.js';
import type { Comparison, MetricResult, WresReport } from '../../src/model/report.js';
import { fixtureDataset, period } from './fixture.js';

const payBands = ['Scale 1-2', 'PO1', 'Senior'];
const report = computeReport(fixtureDataset(), { period, payBands });
const metric = (r: WresReport, n: number): MetricResult => r.metrics[n - 1]!;
const comparison = (r: WresReport, n: number, key: string, group = 'minority'): Comparison =>
  metric(r, n).comparisons.find((c) => c.key === key && c.group === group)!;
const cells = (c: Comparison) => [c.focal.count, c.focal.total, c.reference.count, c.reference.total];

describe('computeReport on the hand-checked fixture (counts worked out in fixture.ts)', () => {
  it('returns the nine metrics in order with their pinned ids', () => {
    expect(report.metrics.map((m) => m.id)).toEqual(['sc-wres-1', 'sc-wres-2', 'sc-wres-3', 'sc-wres-4', 'sc-wres-5', 'sc-wres-6', 'sc-wres-7', 'sc-wres-8', 'sc-wres-9']);
    expect(report.metrics.map((m) => m.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(report.metrics.every((m) => m.status === 'ok')).toBe(true);
  });

  it('metric 1: snapshot staff by band; s8 (no band) in "band not known", agency s10 left out', () => {
    // Scale 1-2: s4 (minority), s3 (white). PO1: s5 (minority), s1 s2 (white), s9 (unknown). Senior: s7 (white).
    // Known-band totals: minority 2 (s4 s5), white 4 (s1 s2 s3 s7), unknown 1 (s9).
    expect(cells(comparison(report, 1, 'band:Scale 1-2'))).toEqual([1, 2, 1, 4]);
    expect(cells(comparison(report, 1, 'band:PO1'))).toEqual([1, 2, 2, 4]);
    expect(cells(comparison(report, 1, 'band:Senior'))).toEqual([0, 2, 1, 4]);
    const bands = metric(report, 1).bands!;
    expect(bands.rows.map((row) => [row.band, row.minority, row.white, row.unknown, row.total])).toEqual([
      ['Scale 1-2', 1, 1, 0, 2], ['PO1', 1, 2, 1, 3], ['Senior', 0, 1, 0, 1],
    ]);
    expect(bands.bandNotKnown).toEqual({ minority: 1, white: 0, unknown: 0 });
    expect(bands.totals).toEqual({ minority: 2, white: 4, unknown: 1, total: 6 });
    expect(bands.workforceMinorityShare).toBeCloseTo(2 / 6, 12);
    // Scale 1-2 minority share 1/2 against 2/6 of the workforce: +16.67 percentage points.
    expect(bands.rows[0]!.differencePoints).toBeCloseTo((1 / 2 - 2 / 6) * 100, 10);
    expect(metric(report, 1).unknownEthnicity).toBe(1);
  });

  it('metric 2: shortlisted applications in the period (a6 not shortlisted, a7 before the period)', () => {
    // minority: a3 appointed, a4 and a5 not: 1 of 3. white: a1 appointed, a2 not: 1 of 2.
    const c = comparison(report, 2, 'appointed-from-shortlisting');
    expect(cells(c)).toEqual([1, 3, 1, 2]);
    expect(c.relativeLikelihood!.ratio).toBeCloseTo((1 / 3) / (1 / 2), 12);
    expect(c.relativeLikelihood!.numerator).toBe('focal');
    expect(report.sources.applications.excludedOutsidePeriod).toBe(1);
  });

  it('metric 3: distinct staff with a case in the period; s4 counted once for two cases', () => {
    // minority: s4 of the at-risk s4 s5 s6 s8 = 1 of 4; white: s1 of s1 s2 s3 s7 = 1 of 4.
    // s2's case (2024-03-01) and s11's (2024-02-01) are before the period.
    const c = comparison(report, 3, 'entered-disciplinary');
    expect(cells(c)).toEqual([1, 4, 1, 4]);
    expect(c.relativeLikelihood!.ratio).toBe(1);
    expect(report.sources.disciplinaryCases.excludedOutsidePeriod).toBe(2);
    expect(metric(report, 3).unknownEthnicity).toBe(1);
  });

  it('metric 4: regulated professionals only; a white count of 0 gives an unbounded upper limit', () => {
    // regulated at-risk: s5 (minority), s1 s2 (white); s5 referred: 1 of 1 against 0 of 2.
    const c = comparison(report, 4, 'fitness-to-practise-referral');
    expect(cells(c)).toEqual([1, 1, 0, 2]);
    expect(c.relativeLikelihood!.upper).toBe(Infinity);
  });

  it('metric 5: funded non-mandatory CPD only, distinct staff', () => {
    // s1 (white) and s5 (minority, twice) count; s4's is mandatory, s3's is not funded.
    expect(cells(comparison(report, 5, 'accessed-funded-cpd'))).toEqual([1, 4, 1, 4]);
    expect(report.sources.cpd.excludedNotFundedNonMandatory).toBe(2);
  });

  it('metrics 6 and 7: blank answers leave the respondent out of that question only', () => {
    // public: minority r3 yes (r4 blank) = 1 of 1; white r1 yes, r2 no = 1 of 2; r5 unknown.
    expect(cells(comparison(report, 6, 'harassment-from-public'))).toEqual([1, 1, 1, 2]);
    expect(metric(report, 6).unknownEthnicity).toBe(1);
    // colleagues: minority r3 r4 yes = 2 of 2; white r1 r2 no = 0 of 2.
    expect(cells(comparison(report, 7, 'harassment-from-colleagues'))).toEqual([2, 2, 0, 2]);
    // managers: minority r3 no, r4 yes = 1 of 2; white r2 no (r1 blank) = 0 of 1.
    expect(cells(comparison(report, 7, 'harassment-from-managers'))).toEqual([1, 2, 0, 1]);
    const difference = comparison(report, 6, 'harassment-from-public').difference!;
    expect(difference.value).toBeCloseTo(1 - 1 / 2, 12);
  });

  it('metric 8: leavers in the period out of the at-risk population', () => {
    // s6 left 2024-10-31: minority 1 of 4; no white leavers (s11 left before the period).
    expect(cells(comparison(report, 8, 'left-organisation'))).toEqual([1, 4, 0, 4]);
  });

  it('metric 9: senior managers of snapshot staff, against workforce and local population', () => {
    // snapshot: minority s4 s5 s8 = 3, white s1 s2 s3 s7 = 4; senior: s7 (white).
    const c = comparison(report, 9, 'senior-management');
    expect(cells(c)).toEqual([0, 3, 1, 4]);
    expect(c.relativeLikelihood!.ratio).toBe(0);
    expect(c.relativeLikelihood!.lower).toBe(0);
    const representation = metric(report, 9).representation!;
    expect(representation.seniorMinorityShare).toBe(0);
    expect(representation.workforceMinorityShare).toBeCloseTo(3 / 7, 12);
    expect(representation.vsWorkforcePoints).toBeCloseTo(-300 / 7, 10);
    expect(representation.vsPopulationPoints).toBeCloseTo(-40, 10);
  });

  it('builds every interval with the statistics functions and the default methods', () => {
    const c = comparison(report, 2, 'appointed-from-shortlisting');
    const counts = { focal: { count: 1, total: 3 }, reference: { count: 1, total: 2 } };
    expect(c.relativeLikelihood).toEqual(relativeLikelihood(counts, { method: 'koopman', level: 0.95 }));
    expect(c.difference).toEqual(proportionDifference(counts, { method: 'newcombe', level: 0.95 }));
    const { proportion, lower, upper } = proportionInterval(1, 3, { method: 'wilson', level: 0.95 });
    expect(c.focal).toEqual({ count: 1, total: 3, proportion, lower, upper });
  });

  it('reports source facts: the agency worker left out, ethnicity completeness', () => {
    expect(report.sources.staff.excludedNotDirect).toBe(1);
    expect(report.sources.staff.rowsRead).toBe(12);
    // 11 direct staff classified, 1 unknown (s9): completeness 10/11.
    expect(report.sources.staff.ethnicityCompleteness).toBeCloseTo(10 / 11, 12);
    expect(report.sources.survey.ethnicityCompleteness).toBeCloseTo(4 / 5, 12);
  });

  it('states each comparison in words with the terminology', () => {
    const c = comparison(report, 2, 'appointed-from-shortlisting');
    expect(c.statement).toMatch(/^Minority ethnic applicants were 0\.67 times as likely as white applicants to be appointed from shortlisting \(95% CI \d\.\d\d to \d\.\d\d\)\./);
    const bame = computeReport(fixtureDataset(), { period, payBands, ethnicity: { terminology: 'Global Majority' } });
    expect(comparison(bame, 3, 'entered-disciplinary').statement).toMatch(/^Global Majority staff were 1\.00 times as likely as white staff to enter the formal disciplinary process/);
  });

  it('does not change the caller\'s data', () => {
    const dataset = fixtureDataset();
    const before = structuredClone(dataset);
    computeReport(dataset, { period, payBands, breakdown: 'broad-groups', disclosure: 'sc-wres-publication' });
    expect(dataset).toEqual(before);
  });
});

describe('computeReport options', () => {
  it("standard 'nhs-wres' puts white applicants on top for shortlisting and CPD only", () => {
    const nhs = computeReport(fixtureDataset(), { period, payBands, standard: 'nhs-wres' });
    const shortlisting = comparison(nhs, 2, 'appointed-from-shortlisting').relativeLikelihood!;
    // (1/2) / (1/3) = 1.5
    expect(shortlisting.numerator).toBe('reference');
    expect(shortlisting.ratio).toBeCloseTo(1.5, 12);
    expect(comparison(nhs, 5, 'accessed-funded-cpd').relativeLikelihood!.numerator).toBe('reference');
    expect(comparison(nhs, 3, 'entered-disciplinary').relativeLikelihood!.numerator).toBe('focal');
    expect(comparison(nhs, 2, 'appointed-from-shortlisting').statement).toMatch(/^White applicants were 1\.50 times as likely as minority ethnic applicants/);
  });

  it("population 'snapshot' switches metrics 3, 4, 5 and 8 to staff in post at the end", () => {
    const snapshot = computeReport(fixtureDataset(), { period, payBands, population: 'snapshot' });
    // snapshot minority s4 s5 s8 = 3: s4 had a case. s6 (the leaver) is no longer counted.
    expect(cells(comparison(snapshot, 3, 'entered-disciplinary'))).toEqual([1, 3, 1, 4]);
    expect(cells(comparison(snapshot, 8, 'left-organisation'))).toEqual([0, 3, 0, 4]);
    expect(comparison(snapshot, 8, 'left-organisation').relativeLikelihood!.ratio).toBeNull();
    expect(metric(snapshot, 3).population).toMatch(/in post on the last day/);
  });

  it('scope restricts staff and what is linked to them; applications without a service are out of scope', () => {
    const children = computeReport(fixtureDataset(), { period, payBands, scope: { service: 'children' } });
    // children at-risk: s3 (white), s4 s6 s8 (minority); s4's case counts, s1's does not.
    expect(cells(comparison(children, 3, 'entered-disciplinary'))).toEqual([1, 3, 0, 1]);
    expect(children.sources.staff.excludedOutOfScope).toBe(7);
    expect(metric(children, 2).status).toBe('not-estimable');
    expect(children.sources.applications.excludedOutOfScope).toBe(7);
  });

  it("whiteMinorities 'minority' moves White Irish (s3) into the focal group", () => {
    const withWhiteMinorities = computeReport(fixtureDataset(), { period, payBands, ethnicity: { whiteMinorities: 'minority' } });
    expect(cells(comparison(withWhiteMinorities, 9, 'senior-management'))).toEqual([0, 4, 1, 3]);
  });

  it("breakdown 'broad-groups' adds Asian, Black, Mixed and Other, each against White", () => {
    const broken = computeReport(fixtureDataset(), { period, payBands, breakdown: 'broad-groups' });
    const groups = metric(broken, 3).comparisons.map((c) => c.group);
    expect(groups).toEqual(['minority', 'asian', 'black', 'mixed', 'other']);
    // at-risk Black staff: s4, s6; s4 had a case. Asian: s5, s8, none.
    expect(cells(comparison(broken, 3, 'entered-disciplinary', 'black'))).toEqual([1, 2, 1, 4]);
    expect(cells(comparison(broken, 3, 'entered-disciplinary', 'asian'))).toEqual([0, 2, 1, 4]);
    // No Mixed staff at risk: no ratio.
    expect(comparison(broken, 3, 'entered-disciplinary', 'mixed').relativeLikelihood).toBeNull();
    expect(comparison(broken, 3, 'entered-disciplinary', 'mixed').statement).toMatch(/cannot be estimated: there were no mixed ethnicity staff/);
  });

  it('salaryBands cut salaries at thresholds with the national labels; missing salary is "band not known"', () => {
    const dataset = {
      staff: [
        { id: 'a', ethnicity: 'White British', salary: 29999.99 },
        { id: 'b', ethnicity: 'Black African', salary: 30000 },
        { id: 'c', ethnicity: 'White British', salary: 70000 },
        { id: 'd', ethnicity: 'Black African' },
      ],
    };
    const salaried = computeReport(dataset, { period, salaryBands: [30000, 70000] });
    expect(salaried.metrics[0]!.bands!.rows.map((row) => [row.band, row.minority, row.white])).toEqual([
      ['under £30,000', 0, 1], ['£30,000 to £69,999', 1, 0], ['£70,000 and over', 0, 1],
    ]);
    expect(salaried.metrics[0]!.bands!.bandNotKnown.minority).toBe(1);
  });

  it('bands follow first appearance without payBands, and unlisted labels follow the listed ones', () => {
    const found = computeReport(fixtureDataset(), { period });
    expect(metric(found, 1).bands!.rows.map((row) => row.band)).toEqual(['PO1', 'Scale 1-2', 'Senior']);
    // s11 left before the period; the label only they carry is still a band ("found in the data"), with nobody in it.
    const leaverOnly = fixtureDataset();
    leaverOnly.staff[10] = { ...leaverOnly.staff[10]!, payBand: 'Band Z' };
    expect(metric(computeReport(leaverOnly, { period }), 1).bands!.rows.map((row) => [row.band, row.minority + row.white + row.unknown]))
      .toEqual([['PO1', 4], ['Scale 1-2', 2], ['Senior', 1], ['Band Z', 0]]);
    const partial = computeReport(fixtureDataset(), { period, payBands: ['Senior'] });
    expect(metric(partial, 1).bands!.rows.map((row) => row.band)).toEqual(['Senior', 'PO1', 'Scale 1-2']);
  });

  it('rejects bad options with every problem named', () => {
    expect(() => computeReport(fixtureDataset(), { period: { start: '2025-03-31', end: '2024-04-01' } })).toThrow(/period.*starts \(2025-03-31\) after it ends/);
    try {
      computeReport(fixtureDataset(), {
        period: { start: '2024-02-30', end: '2025-03-31' },
        intervals: { level: 1.5, ratio: 'wald' as never },
        standard: 'wres' as never,
      });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/period\.start/);
      expect(message).toMatch(/intervals\.level/);
      expect(message).toMatch(/intervals\.ratio/);
      expect(message).toMatch(/standard/);
    }
    expect(() => computeReport(fixtureDataset(), { period, payBands: ['A'], salaryBands: [1000] })).toThrow(/salaryBands.*cannot be given together with payBands/);
  });
});

describe('computeReport statuses', () => {
  it("reports absent sources as 'no-data', never as zero", () => {
    const staffOnly = computeReport({ staff: fixtureDataset().staff }, { period, payBands });
    expect(staffOnly.metrics.map((m) => m.status)).toEqual(['ok', 'no-data', 'no-data', 'no-data', 'no-data', 'no-data', 'no-data', 'ok', 'ok']);
    expect(staffOnly.metrics[1]!.reason).toMatch(/No applications data/);
    expect(staffOnly.metrics[1]!.comparisons).toEqual([]);
    expect(staffOnly.sources.applications.present).toBe(false);
  });

  it("an empty array is data: zero cases is 'ok' with no ratio", () => {
    const noCases = computeReport({ ...fixtureDataset(), disciplinaryCases: [] }, { period, payBands });
    expect(noCases.metrics[2]!.status).toBe('ok');
    expect(cells(comparison(noCases, 3, 'entered-disciplinary'))).toEqual([0, 4, 0, 4]);
    const rl = comparison(noCases, 3, 'entered-disciplinary').relativeLikelihood!;
    expect([rl.ratio, rl.lower, rl.upper]).toEqual([null, 0, Infinity]);
  });

  it("no white shortlisted applicants: 'not-estimable' with a reason", () => {
    const dataset = { ...fixtureDataset(), applications: [{ ethnicity: 'Black African', shortlisted: true, appointed: true, date: '2024-05-01' }] };
    const result = computeReport(dataset, { period, payBands });
    expect(result.metrics[1]!.status).toBe('not-estimable');
    expect(result.metrics[1]!.reason).toMatch(/no white applicants/);
    expect(result.metrics[1]!.comparisons[0]!.relativeLikelihood).toBeNull();
  });

  it('metric 1 and metric 9 are no-data without band or senior-manager information', () => {
    const bare = computeReport({ staff: [{ id: 'x', ethnicity: 'White British' }] }, { period });
    expect(bare.metrics[0]!.status).toBe('no-data');
    expect(bare.metrics[8]!.status).toBe('no-data');
  });
});

describe('no-data reasons for the survey metrics', () => {
  it('tells a missing survey from a survey that did not ask the question', () => {
    const noSurvey = computeReport({ staff: fixtureDataset().staff }, { period });
    expect(noSurvey.metrics[5]!.reason).toBe('No staff survey data was provided.');
    const unasked = computeReport({ staff: fixtureDataset().staff, survey: [{ ethnicity: 'Arab', harassmentFromPublic: true }] }, { period });
    expect(unasked.metrics[5]!.status).toBe('not-estimable'); // answered, but no white respondent
    expect(unasked.metrics[6]!.status).toBe('no-data');
    expect(unasked.metrics[6]!.reason).toBe('No staff survey responses answered these questions.');
  });
});

describe('leavers who joined in the period', () => {
  it('are in the at-risk population and counted as leavers, and not in the snapshot', () => {
    // j1 joined 2024-06-01 and left 2024-12-31 (minority); w1 has been in post throughout (white).
    const dataset = {
      staff: [
        { id: 'j1', ethnicity: 'Black African', payBand: 'A', startDate: '2024-06-01', endDate: '2024-12-31', seniorManager: false },
        { id: 'w1', ethnicity: 'White British', payBand: 'A', startDate: '2010-01-01', seniorManager: false },
      ],
    };
    const report = computeReport(dataset, { period });
    // at risk: j1 (minority), w1 (white); leavers: j1 only: 1 of 1 against 0 of 1.
    expect(cells(comparison(report, 8, 'left-organisation'))).toEqual([1, 1, 0, 1]);
    // in post on 2025-03-31: w1 only, so metric 1 has no minority staff and cannot be estimated.
    expect(cells(comparison(report, 9, 'senior-management'))).toEqual([0, 0, 0, 1]);
    expect(report.metrics[0]!.status).toBe('not-estimable');
  });
});

describe('metric 9 in words', () => {
  it('compares the senior share with the workforce and the local population', () => {
    // fixture: senior managers s7 (white) only: 0.0%; workforce 3 of 7 = 42.9% (42.9 points lower); population 40.0%.
    expect(metric(report, 9).representation!.statement).toBe(
      'Minority ethnic staff were 0.0% of senior managers of known ethnicity, against 42.9% of the workforce (42.9 percentage points lower) and 40.0% of the local population (40.0 percentage points lower).',
    );
  });

  it('is withheld with the shares it quotes under disclosure control', () => {
    const published = computeReport(fixtureDataset(), { period, payBands, disclosure: 'sc-wres-publication' });
    expect(published.metrics[8]!.representation!.statement).toMatchObject({ suppressed: true, code: 'withheld' });
  });
});
