/**
 * Publication sets (SPEC 8a): reports on the same data protected together, checked by the
 * intruder over the whole publication. Regression tests from issue 12's attacks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../src/audit/index.js';
import { applyDisclosureControl } from '../../src/disclosure/apply.js';
import { isSuppressed } from '../../src/disclosure/suppressed.js';
import { computeReport } from '../../src/report/compute-report.js';
import type { WresDataset } from '../../src/schemas/index.js';
import { PAY_BANDS, PERIOD, teamArbitrary } from '../disclosure/team.js';

type Staff = WresDataset['staff'][number];

function people(first: number, count: number, ethnicity: string, extra: Partial<Staff> = {}): Staff[] {
  return Array.from({ length: count }, (_, index) => ({ id: `p${first + index}`, ethnicity, startDate: '2020-01-01', ...extra }));
}

/** `count` applications of one ethnicity in one service, `appointed` of them appointed. */
function applications(count: number, appointed: number, ethnicity: string, service: string) {
  return Array.from({ length: count }, (_, index) => ({ ethnicity, shortlisted: true, appointed: index < appointed, date: '2024-06-01', service }));
}

describe('publication sets', () => {
  it('the adults = whole - children triple: no service report gives the other away', async () => {
    // Minority ethnic shortlisted applicants: adults 30 (9 appointed), children 40 (11 appointed);
    // whole council 70 (20 appointed). Published separately, the adults' 9 is withheld but
    // 20 - 11 = 9 gives it back (issue 12).
    const staff = [...people(1, 30, 'White British', { service: 'Adults' }), ...people(100, 30, 'White British', { service: 'Children' })];
    const dataset: WresDataset = {
      staff,
      applications: [
        ...applications(30, 9, 'Black African', 'Adults'),
        ...applications(40, 11, 'Black African', 'Children'),
        ...applications(50, 20, 'White British', 'Adults'),
        ...applications(50, 25, 'White British', 'Children'),
      ],
    };
    const raws = [undefined, 'Adults', 'Children'].map((service) => computeReport(dataset, { period: PERIOD, ...(service === undefined ? {} : { scope: { service } }) }));
    const alone = raws.map((raw) => applyDisclosureControl(raw, 'sc-wres-publication'));
    const appointed = (report: (typeof alone)[number]) => report.metrics[1]!.comparisons[0]!.focal.count;
    expect([appointed(alone[0]!), isSuppressed(appointed(alone[1]!)), appointed(alone[2]!)]).toEqual([20, true, 11]);
    const separately = await auditReport(alone, raws);
    expect(separately.exposed).toContain('Adults|at-risk|white|sc-wres-2/appointed-from-shortlisting.minority');

    const together = applyDisclosureControl(raws, 'sc-wres-publication');
    expect(together).toHaveLength(3);
    const audit = await auditReport(together, raws);
    expect(audit.exposed).toEqual([]);
    // The children's 11 is withheld too (the smallest other term), so adults and children are 0 to 20.
    expect(isSuppressed(appointed(together[2]!))).toBe(true);
    expect(appointed(together[0]!)).toBe(20);
  });

  it('a whole-council zero is every service\'s zero: published in the services too, not withheld and pinned', async () => {
    // Nobody had funded CPD. Adults: 8 minority, 12 white staff; children: 11 and 9. Alone, the
    // services' "0 of 8" and "0 of 9" are withheld (all 8 or 9 without CPD is a small complement),
    // but the whole council's published 0 of 19 makes each service's count 0 (the services cover it).
    const staff = [
      ...people(1, 8, 'Black African', { service: 'Adults' }), ...people(100, 12, 'White British', { service: 'Adults' }),
      ...people(200, 11, 'Black African', { service: 'Children' }), ...people(300, 9, 'White British', { service: 'Children' }),
    ];
    const cpd = [{ staffId: 'p1', date: '2024-06-01', funded: false, mandatory: false }];
    const raws = [undefined, 'Adults', 'Children'].map((service) => computeReport({ staff, cpd }, { period: PERIOD, ...(service === undefined ? {} : { scope: { service } }) }));
    const cpdMinority = (report: { metrics: { comparisons: { focal: { count: unknown } }[] }[] }) => report.metrics[4]!.comparisons[0]!.focal.count;
    expect(raws.map(cpdMinority)).toEqual([0, 0, 0]);
    const together = applyDisclosureControl(raws, 'sc-wres-publication');
    expect(together.map(cpdMinority)).toEqual([0, 0, 0]);
    expect((await auditReport(together, raws)).exposed).toEqual([]);
  });

  it('every service shows a zero, so does the whole council: published, not withheld and pinned (fast-check seed 101, 4th team)', async () => {
    // Found by bench/disclosure-intruder.ts: whole council Grade 2 white 0 was withheld (its group
    // of 2 white staff makes it a small complement), while adults and children each show 0.
    const team = fc.sample(teamArbitrary(20, 120), { seed: 101, numRuns: 4 })[3]!;
    const split: WresDataset = {
      ...team,
      staff: team.staff.map((person, index) => ({ ...person, service: index % 2 === 0 ? 'Adults' : 'Children' })),
      applications: (team.applications ?? []).map((application, index) => ({ ...application, service: index % 2 === 0 ? 'Adults' : 'Children' })),
    };
    const raws = [undefined, 'Adults', 'Children'].map((service) => computeReport(split, { period: PERIOD, payBands: [...PAY_BANDS], ...(service === undefined ? {} : { scope: { service } }) }));
    expect(raws.map((raw) => raw.metrics[0]!.bands!.rows[1]!.white)).toEqual([0, 0, 0]);
    const together = applyDisclosureControl(raws, 'sc-wres-publication');
    expect(together.map((report) => report.metrics[0]!.bands!.rows[1]!.white)).toEqual([0, 0, 0]);
    expect((await auditReport(together, raws)).exposed).toEqual([]);
  }, 30_000);

  it('zeros across services when a service\'s senior managers are its Senior band (fast-check seed 404, teams 20 and 56)', async () => {
    // Found by bench/disclosure-intruder.ts. Team 20: no minority ethnic senior managers anywhere;
    // the adults' report counts its senior managers as its Senior band's cells (the same people),
    // the children's show 0 out of 0 minority ethnic staff in post, so the whole council's
    // withheld 0 was the sum of two zeros. Team 56: the adults' withheld 0 white senior managers
    // was the whole council's published 0 minus the children's 0.
    const teams = fc.sample(teamArbitrary(20, 100), { seed: 404, numRuns: 56 });
    for (const index of [19, 55]) {
      const split: WresDataset = {
        ...teams[index]!,
        staff: teams[index]!.staff.map((person, i) => ({ ...person, service: i % 2 === 0 ? 'Adults' : 'Children' })),
        applications: (teams[index]!.applications ?? []).map((application, i) => ({ ...application, service: i % 2 === 0 ? 'Adults' : 'Children' })),
      };
      const raws = [undefined, 'Adults', 'Children'].map((service) => computeReport(split, { period: PERIOD, payBands: [...PAY_BANDS], ...(service === undefined ? {} : { scope: { service } }) }));
      const audit = await auditReport(applyDisclosureControl(raws, 'sc-wres-publication'), raws);
      expect(audit.exposed, `team ${index + 1}`).toEqual([]);
    }
  }, 60_000);

  it('both White-minority groupings: the White minorities with CPD are not the difference of two published counts', async () => {
    // 40 Black African, 5 White Irish and 60 White British staff; CPD: 15 Black African, 3 White
    // Irish, 30 White British. Counted as minority 18, as white 15: the 3 White Irish (issue 12).
    const staff = [...people(1, 40, 'Black African'), ...people(100, 5, 'White Irish'), ...people(200, 60, 'White British')];
    const cpd = [...staff.slice(0, 15), ...staff.slice(40, 43), ...staff.slice(45, 75)].map((person) => ({ staffId: person.id, date: '2024-06-01', funded: true, mandatory: false }));
    const raws = (['white', 'minority'] as const).map((whiteMinorities) => computeReport({ staff, cpd }, { period: PERIOD, ethnicity: { whiteMinorities } }));
    const cpdCount = (report: { metrics: { comparisons: { focal: { count: unknown } }[] }[] }) => report.metrics[4]!.comparisons[0]!.focal.count;
    expect([cpdCount(raws[0]!), cpdCount(raws[1]!)]).toEqual([15, 18]);
    const together = applyDisclosureControl(raws, 'sc-wres-publication');
    expect(isSuppressed(cpdCount(together[1]!))).toBe(true);
    const audit = await auditReport(together, raws);
    expect(audit.exposed).toEqual([]);
    // The White minorities' count (3) is not pinned: the intruder's model has it as an unknown.
    const split = audit.ranges.find((range) => range.id.endsWith('sc-wres-5/accessed-funded-cpd.minority') && range.id.includes('|minority|'))!;
    expect(split.max - split.min).toBeGreaterThan(0);
  });

  it('two presets on the same data (fast-check, seed 5): a cell withheld under either is withheld under both, and the pair is safe', async () => {
    const teams = fc.sample(teamArbitrary(20, 100), { seed: 5, numRuns: 2 });
    for (const team of teams) {
      const raw = computeReport(team, { period: PERIOD, payBands: [...PAY_BANDS], breakdown: 'broad-groups' });
      const [strict, rounded] = applyDisclosureControl([raw, raw], ['sc-wres-publication', 'nhs-digital']);
      const withheldPaths = (report: unknown, path = ''): string[] =>
        isSuppressed(report) ? [path] : report !== null && typeof report === 'object'
          ? Object.entries(report).flatMap(([key, value]) => withheldPaths(value, `${path}.${key}`)) : [];
      // Counts only (derived figures follow them): the same paths are withheld in both.
      const counts = (paths: string[]) => paths.filter((path) => /\.(count|total|minority|white|unknown|asian|black|mixed|other|unknownEthnicity)$/.test(path)).sort();
      expect(counts(withheldPaths(rounded!.metrics))).toEqual(counts(withheldPaths(strict!.metrics)));
      const audit = await auditReport([strict!, rounded!], [raw, raw]);
      expect(audit.exposed).toEqual([]);
    }
  }, 90_000);

  it('both groupings on random teams (fast-check, seed 5): protected together, nothing is pinned', async () => {
    for (const team of fc.sample(teamArbitrary(20, 100), { seed: 5, numRuns: 1 })) {
      const raws = (['white', 'minority'] as const).map((whiteMinorities) =>
        computeReport(team, { period: PERIOD, payBands: [...PAY_BANDS], breakdown: 'broad-groups', ethnicity: { whiteMinorities } }));
      const audit = await auditReport(applyDisclosureControl(raws, 'sc-wres-publication'), raws);
      expect(audit.exposed).toEqual([]);
    }
  }, 90_000);
});
