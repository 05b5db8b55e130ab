/**
 * The intruder audit (sc-wres/audit, HiGHS): regression tests for the attacks of issue 12, each a
 * small team built so that the attack worked on version 0.1.0's output, and a fixed-seed property
 * over random teams and option sets. Expected values are worked out by hand in each comment.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../src/audit/index.js';
import { applyDisclosureControl } from '../../src/disclosure/apply.js';
import { renderCsv } from '../../src/render/csv.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { computeReport } from '../../src/report/compute-report.js';
import type { ReportOptions } from '../../src/report/options.js';
import type { WresDataset } from '../../src/schemas/index.js';
import { PAY_BANDS, PERIOD, teamArbitrary } from '../disclosure/team.js';

type Staff = WresDataset['staff'][number];

/** `count` staff of one ethnicity, in post all year, with ids from `first`. */
function people(first: number, count: number, ethnicity: string, extra: Partial<Staff> = {}): Staff[] {
  return Array.from({ length: count }, (_, index) => ({ id: `p${first + index}`, ethnicity, startDate: '2020-01-01', ...extra }));
}

const RULE_WORDS = /small-count|small-complement|secondary|derived|fewer than 10 of|all but fewer/;

describe('the attacks of issue 12, on shrunk teams', () => {
  it('a 22-person team: the code no longer gives away that no minority ethnic member accessed CPD', async () => {
    // 8 minority ethnic and 14 white staff; 12 white staff and no minority ethnic staff had funded CPD.
    // Version 0.1.0 wrote the minority count as `small-complement` (0 or at least 10; of 8 that is 0).
    const staff = [...people(1, 8, 'Black African'), ...people(9, 14, 'White British')];
    const cpd = staff.slice(8, 20).map((person) => ({ staffId: person.id, date: '2024-06-01', funded: true, mandatory: false }));
    const raw = computeReport({ staff, cpd }, { period: PERIOD });
    const published = applyDisclosureControl(raw, 'sc-wres-publication');
    for (const text of [renderJson(published), renderCsv(published), renderMarkdown(published)]) expect(text).not.toMatch(RULE_WORDS);
    const audit = await auditReport(published, raw);
    expect(audit.safe).toBe(true);
    const minority = audit.ranges.find((range) => range.id === '*|at-risk|white|sc-wres-5/accessed-funded-cpd.minority');
    // The white 12 is withheld too (14 - 12 = 2 without CPD); the CPD rows, published as 10 (5 to 14),
    // then bound the two: the minority count can be anything from 0 to 14.
    expect(minority).toMatchObject({ min: 0, max: 14, exact: false, value: 0 });
  });

  it('the Asian 9 / Mixed 9 band: no broad group of a band is pinned by the others and the totals', async () => {
    // Band SO1-SO2 (here 'Grade 2'): Black 12, Asian 9, Mixed 9, Other 0 (minority 30); white 40.
    const staff = [
      ...people(1, 12, 'Black African', { payBand: 'Grade 2' }),
      ...people(100, 9, 'Asian - Indian', { payBand: 'Grade 2' }),
      ...people(200, 9, 'Mixed White and Asian', { payBand: 'Grade 2' }),
      ...people(300, 40, 'White British', { payBand: 'Grade 2' }),
      ...people(400, 25, 'Black African', { payBand: 'Grade 1' }),
      ...people(500, 20, 'Asian - Indian', { payBand: 'Grade 1' }),
      ...people(600, 15, 'Mixed White and Asian', { payBand: 'Grade 1' }),
      ...people(700, 12, 'Arab', { payBand: 'Grade 1' }),
      ...people(800, 60, 'White British', { payBand: 'Grade 1' }),
    ];
    const raw = computeReport({ staff }, { period: PERIOD, payBands: ['Grade 1', 'Grade 2'], breakdown: 'broad-groups' });
    const published = applyDisclosureControl(raw, 'sc-wres-publication');
    const audit = await auditReport(published, raw);
    expect(audit.exposed).toEqual([]);
    // Other is a published 0 (its group has 12 staff, so the complement is not small); Asian and
    // Mixed add up to 30 - 12 - 0 = 18 and each can be anything from 0 to 18.
    expect(published.metrics[0]!.comparisons.find((c) => c.key === 'band:Grade 2' && c.group === 'other')!.focal.count).toBe(0);
    for (const group of ['asian', 'mixed']) {
      expect(audit.ranges.find((candidate) => candidate.id === `*|at-risk|any|band[1].${group}`), group).toMatchObject({ min: 0, max: 18, value: 9 });
    }
  });

  it('the 17/18 CPD completeness: not published while the minority count is withheld, rows rounded', async () => {
    // 18 people had funded CPD: 12 white, 5 minority ethnic, 1 of unknown ethnicity (17/18 = 94.4% known).
    // Version 0.1.0 published 0.9444...: 18 people, 17 known, so minority = 17 - 12 = 5.
    const staff = [...people(1, 20, 'Black African'), ...people(21, 40, 'White British'), ...people(61, 5, 'Not stated')];
    const withCpd = [...staff.slice(0, 5), ...staff.slice(20, 32), staff[60]!];
    const cpd = withCpd.map((person) => ({ staffId: person.id, date: '2024-06-01', funded: true, mandatory: false }));
    const raw = computeReport({ staff, cpd }, { period: PERIOD });
    expect(raw.sources.cpd.ethnicityCompleteness).toBeCloseTo(17 / 18, 12);
    const published = applyDisclosureControl(raw, 'sc-wres-publication');
    // Completeness is (M + W) / (M + W + U): with M withheld it is not published (null).
    expect(published.sources.cpd.ethnicityCompleteness).toBeNull();
    // The staff file's completeness (60 of 65 known, 92.3%) is a whole percentage, rounded down.
    expect(published.sources.staff.ethnicityCompleteness).toBe(0.92);
    expect(published.sources.cpd.rowsUsed).toBe(20);
    expect(published.disclosure!.sourceRounding).toBe(10);
    const audit = await auditReport(published, raw);
    expect(audit.safe).toBe(true);
    const minority = audit.ranges.find((range) => range.id === '*|at-risk|white|sc-wres-5/accessed-funded-cpd.minority')!;
    expect(minority.value).toBe(5);
    expect(minority.exact).toBe(false);
  });
});

describe('the intruder on random teams (fast-check, seed 12)', () => {
  it('determines no withheld cell exactly, for every preset and option set', async () => {
    const teams = fc.sample(teamArbitrary(20, 90), { seed: 12, numRuns: 6 });
    const optionSets: ReportOptions[] = [
      { period: PERIOD, payBands: [...PAY_BANDS] },
      { period: PERIOD, payBands: [...PAY_BANDS], breakdown: 'broad-groups', ethnicity: { whiteMinorities: 'minority' } },
      { period: PERIOD, breakdown: 'broad-groups', population: 'snapshot' },
    ];
    const presets = ['sc-wres-publication', 'ons-10-5', 'nhs-digital'] as const;
    let audits = 0;
    for (const [index, team] of teams.entries()) {
      const options = optionSets[index % optionSets.length]!;
      const raw = computeReport(team, options);
      const published = applyDisclosureControl(raw, presets[index % presets.length]!);
      const audit = await auditReport(published, raw, { precision: index % 2 === 0 ? 'json' : 'markdown' });
      expect(audit.exposed, JSON.stringify(audit.ranges.filter((range) => range.exact))).toEqual([]);
      for (const range of audit.ranges) if (range.value !== undefined) expect(range.value).toBeGreaterThanOrEqual(range.min);
      audits += 1;
    }
    expect(audits).toBe(6);
  }, 90_000);
});
