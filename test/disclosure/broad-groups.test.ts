import { publish, ruleOf } from './rules.js';
import { describe, expect, it } from 'vitest';
import { auditLinkedTables, snapshotTable } from '../../src/disclosure/audit-report.js';
import { auditTable } from '../../src/disclosure/audit-table.js';
import { isSuppressed } from '../../src/disclosure/suppressed.js';
import { computeReport } from '../../src/report/compute-report.js';
import type { ReportOptions } from '../../src/report/options.js';
import type { Figure, PublishedReport } from '../../src/model/report.js';
import type { WresDataset } from '../../src/schemas/index.js';
import { PERIOD } from './team.js';

type Staff = WresDataset['staff'][number];

/** A team built group by group: `add(12, 'Arab', 'Grade 1')` appends 12 staff and returns their ids. */
function team(): { staff: Staff[]; add: (count: number, ethnicity: string, payBand?: string) => string[] } {
  const staff: Staff[] = [];
  const add = (count: number, ethnicity: string, payBand = 'Grade 1'): string[] => {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const id = `s${staff.length + 1}`;
      staff.push({ id, ethnicity, payBand, startDate: '2020-01-01' });
      ids.push(id);
    }
    return ids;
  };
  return { staff, add };
}

const cases = (ids: string[]) => ids.map((staffId) => ({ staffId, date: '2024-06-01' }));
const byGroup = (report: PublishedReport, id: string) =>
  new Map(report.metrics.find((metric) => metric.id === id)!.comparisons.map((comparison) => [comparison.group, comparison]));
const codeOf = (figure: Figure): string | number => (isSuppressed(figure) ? ruleOf(figure) ?? 'unknown rule' : figure);

describe('broad-group breakdown: the groups add up to minority', () => {
  // Metric 3 (entered disciplinary): asian 3 of 15, black 10 of 20, mixed 0 of 12, other 0 of 11,
  // minority 13 of 58 (by hand: 3 + 10 + 0 + 0 = 13; 15 + 20 + 12 + 11 = 58).
  function disciplinaryTeam(whiteMinorities: number): WresDataset {
    const { staff, add } = team();
    const white = add(30, 'White British');
    const asian = add(15, 'Asian - Indian');
    const black = add(20, 'Black African');
    add(12, 'Mixed White and Asian');
    add(11, 'Arab');
    const irish = add(whiteMinorities, 'White Irish');
    return { staff, disciplinaryCases: cases([...asian.slice(0, 3), ...black.slice(0, 10), ...white.slice(0, 15), ...irish.slice(0, 2)]) };
  }
  const options: ReportOptions = { period: PERIOD, breakdown: 'broad-groups' };

  it('withholds a second broad-group count when the minority count would give a small one away', () => {
    const data = disciplinaryTeam(0);
    const published = publish(computeReport(data, options), 'sc-wres-publication');
    const groups = byGroup(published, 'sc-wres-3');
    expect(codeOf(groups.get('asian')!.focal.count)).toBe('small-count');
    // 13 - 10 - 0 - 0 would reveal the 3; the cheapest cell on a cycle with it is black's 10
    // (ties with the minority count's 13 go to the smaller cell; the zeros cost 1000 more).
    expect(codeOf(groups.get('black')!.focal.count)).toBe('secondary');
    expect(codeOf(groups.get('minority')!.focal.count)).toBe(13);
    const audit = auditLinkedTables(published, computeReport(data, options));
    expect(audit.exposed).toEqual([]);
    // Feasible range by hand: asian + black = 13, each at most its group size: asian in [0, 13].
    expect(audit.ranges.find((range) => range.id === 'sc-wres-3/entered-disciplinary.asian')).toMatchObject({ min: 0, max: 13, value: 3 });
  });

  it('the audit sees the sum: publishing black\'s count would give asian\'s 3 away', () => {
    const data = disciplinaryTeam(0);
    const published = publish(computeReport(data, options), 'sc-wres-publication');
    const table = snapshotTable(published)!;
    const opened = table.cells.map((cell) => (cell.id === 'sc-wres-3/entered-disciplinary.black' ? { id: cell.id, status: 'published' as const, value: 10 } : cell));
    const audit = auditTable({ cells: opened, constraints: table.constraints });
    expect(audit.exposed).toEqual(['sc-wres-3/entered-disciplinary.asian']);
    expect(audit.ranges[0]).toMatchObject({ min: 3, max: 3 });
  });

  it('with white minorities counted as minority the four groups do not add up, and no extra cell is needed', () => {
    // 5 White Irish staff, 2 of them in the process: minority 15 of 63, white minorities 2 of 5 unpublished.
    const data = disciplinaryTeam(5);
    const withMinorities: ReportOptions = { ...options, ethnicity: { whiteMinorities: 'minority' } };
    const published = publish(computeReport(data, withMinorities), 'sc-wres-publication');
    const groups = byGroup(published, 'sc-wres-3');
    expect(codeOf(groups.get('minority')!.focal.count)).toBe(15);
    expect(codeOf(groups.get('black')!.focal.count)).toBe(10);
    expect(codeOf(groups.get('asian')!.focal.count)).toBe('small-count');
    const audit = auditLinkedTables(published, computeReport(data, withMinorities));
    // By hand: white minorities' total is 63 - 58 = 5, so asian + white-minority count = 15 - 10 = 5: asian in [0, 5].
    expect(audit.ranges).toEqual([{ id: 'sc-wres-3/entered-disciplinary.asian', min: 0, max: 5, exact: false, value: 3 }]);
  });
});

describe('one population, published in several metrics, is withheld everywhere alike', () => {
  // At-risk population: white 40, asian 20, black 22, mixed 21, other 7 (two bands).
  function populationTeam(): WresDataset {
    const { staff, add } = team();
    const white = [...add(20, 'White British'), ...add(20, 'White British', 'Grade 2')];
    const asian = [...add(10, 'Asian - Indian'), ...add(10, 'Asian - Indian', 'Grade 2')];
    const black = [...add(10, 'Black African'), ...add(12, 'Black African', 'Grade 2')];
    add(10, 'Mixed White and Asian');
    add(11, 'Mixed White and Asian', 'Grade 2');
    add(3, 'Arab');
    add(4, 'Arab', 'Grade 2');
    return {
      staff,
      disciplinaryCases: cases([...white.slice(0, 10), ...asian.slice(0, 10)]),
      cpd: [...white.slice(0, 20), ...black.slice(0, 10)].map((staffId) => ({ staffId, date: '2024-06-01', funded: true, mandatory: false })),
    };
  }

  it('the other group\'s 7 and the total chosen to protect it are withheld in metrics 3, 5 and 8', () => {
    const data = populationTeam();
    const options: ReportOptions = { period: PERIOD, breakdown: 'broad-groups' };
    const published = publish(computeReport(data, options), 'sc-wres-publication');
    for (const id of ['sc-wres-3', 'sc-wres-5', 'sc-wres-8']) {
      const groups = byGroup(published, id);
      expect(codeOf(groups.get('other')!.focal.total), id).toBe('small-count');
      // 70 = 20 + 22 + 21 + 7 by hand; the smallest other total (asian's 20) is withheld with it.
      expect(codeOf(groups.get('asian')!.focal.total), id).toBe('secondary');
      expect(codeOf(groups.get('black')!.focal.total), id).toBe(22);
      expect(codeOf(groups.get('minority')!.focal.total), id).toBe(70);
    }
    expect(auditLinkedTables(published, computeReport(data, options)).exposed).toEqual([]);
  });
});

describe('leavers link the at-risk population of metric 8 with the staff in post of metric 9', () => {
  it('withholds the at-risk total rather than the whole band table when 5 minority staff left', () => {
    // Minority: 25 at risk, 5 left (none on the last day), 20 in post; white: 60 at risk, 20 left, 40 in post.
    // 25 - 20 = 5 gives the leavers away, so one of 25 and 20 goes; 20 is also metric 1's and 9's total,
    // whose withholding would spread through the band table, so the at-risk 25 goes.
    const { staff, add } = team();
    add(20, 'Black African');
    for (const id of add(5, 'Black African')) staff.find((person) => person.id === id)!.endDate = '2024-09-30';
    add(40, 'White British');
    for (const id of add(20, 'White British')) staff.find((person) => person.id === id)!.endDate = '2024-09-30';
    for (const person of staff.slice(0, 10)) person.seniorManager = true;
    const options: ReportOptions = { period: PERIOD };
    const published = publish(computeReport({ staff }, options), 'sc-wres-publication');
    const leavers = byGroup(published, 'sc-wres-8').get('minority')!;
    expect(codeOf(leavers.focal.count)).toBe('small-count');
    expect(codeOf(leavers.focal.total)).toBe('secondary');
    expect(codeOf(byGroup(published, 'sc-wres-9').get('minority')!.focal.total)).toBe(20);
    expect(codeOf(published.metrics[0]!.bands!.totals.minority)).toBe(20);
    const audit = auditLinkedTables(published, computeReport({ staff }, options));
    expect(audit.exposed).toEqual([]);
    // Without the withheld 25 the leavers would be exactly 25 - 20 + (left on the last day, at least 0):
    // the audit's range for them starts at the true 5 only through that unpublished cell.
    expect(audit.ranges.find((range) => range.id === 'sc-wres-8/left-organisation.minority')).toMatchObject({ min: 0, value: 5 });
  });
});
