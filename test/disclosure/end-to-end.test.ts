import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditLinkedTables } from '../../src/disclosure/audit-report.js';
import { isSuppressed } from '../../src/disclosure/suppressed.js';
import { computeReport } from '../../src/report/compute-report.js';
import type { ReportOptions } from '../../src/report/options.js';
import type { Comparison, Figure, GroupResult, PublishedReport, WresReport } from '../../src/model/report.js';
import { PERIOD, teamArbitrary } from './team.js';

const THRESHOLD = 10; // sc-wres-publication

const optionsArbitrary: fc.Arbitrary<ReportOptions> = fc.record({
  period: fc.constant(PERIOD),
  breakdown: fc.constantFrom<'none' | 'broad-groups'>('none', 'broad-groups'),
  population: fc.constantFrom<'at-risk' | 'snapshot'>('at-risk', 'snapshot'),
  ethnicity: fc.record({ whiteMinorities: fc.constantFrom<'white' | 'minority'>('white', 'minority') }),
});

const small = (value: Figure): boolean => typeof value === 'number' && value > 0 && value < THRESHOLD;

/** Every count of people a report publishes, with where it stands. */
function counts(report: WresReport<Figure>): [string, Figure][] {
  const found: [string, Figure][] = [];
  for (const metric of report.metrics) {
    found.push([`${metric.id}.unknownEthnicity`, metric.unknownEthnicity]);
    for (const comparison of metric.comparisons) {
      for (const side of ['focal', 'reference'] as const) {
        found.push([`${metric.id}/${comparison.key}/${comparison.group}/${side}.count`, comparison[side].count]);
        found.push([`${metric.id}/${comparison.key}/${comparison.group}/${side}.total`, comparison[side].total]);
      }
    }
    const bands = metric.bands;
    if (bands !== undefined) {
      bands.rows.forEach((row, index) => {
        for (const column of ['minority', 'white', 'unknown', 'total'] as const) found.push([`band[${index}].${column}`, row[column]]);
      });
      for (const column of ['minority', 'white', 'unknown'] as const) found.push([`bandNotKnown.${column}`, bands.bandNotKnown[column]]);
      for (const column of ['minority', 'white', 'unknown', 'total'] as const) found.push([`totals.${column}`, bands.totals[column]]);
    }
  }
  return found;
}

function sides(report: WresReport<Figure>): [string, GroupResult<Figure>][] {
  return report.metrics.flatMap((metric) =>
    metric.comparisons.flatMap((comparison: Comparison<Figure>) => [
      [`${metric.id}/${comparison.key}/${comparison.group}/focal`, comparison.focal] as [string, GroupResult<Figure>],
      [`${metric.id}/${comparison.key}/${comparison.group}/reference`, comparison.reference] as [string, GroupResult<Figure>],
    ]));
}

/** Checks a published report against the acceptance rules; returns the problems found. */
function problems(published: PublishedReport): string[] {
  const found: string[] = [];
  for (const [where, value] of counts(published)) if (small(value)) found.push(`${where} = ${String(value)} published`);
  for (const [where, group] of sides(published)) {
    const { count, total } = group;
    if (typeof count === 'number' && typeof total === 'number' && small(total - count)) found.push(`${where}: complement ${total - count} published`);
    if ((isSuppressed(count) || isSuppressed(total)) && ![group.proportion, group.lower, group.upper].every(isSuppressed)) {
      found.push(`${where}: proportion or limits published from a withheld count`);
    }
  }
  for (const metric of published.metrics) {
    for (const comparison of metric.comparisons) {
      const { focal, reference } = comparison;
      if ([focal.count, focal.total, reference.count, reference.total].some(isSuppressed)) {
        if (![comparison.relativeLikelihood, comparison.difference, comparison.statement].every(isSuppressed)) {
          found.push(`${metric.id}/${comparison.key}/${comparison.group}: ratio, difference or statement published from a withheld count`);
        }
      }
    }
    const bands = metric.bands;
    if (bands !== undefined) {
      const workforceWithheld = [bands.totals.minority, bands.totals.white, bands.totals.total].some(isSuppressed);
      if (workforceWithheld && !isSuppressed(bands.workforceMinorityShare)) found.push('workforce share published from a withheld total');
      bands.rows.forEach((row, index) => {
        const rowWithheld = [row.minority, row.white, row.total].some(isSuppressed);
        if (rowWithheld && !(isSuppressed(row.minorityShare) && isSuppressed(row.differencePoints))) found.push(`band[${index}] share published from a withheld cell`);
        if (workforceWithheld && !isSuppressed(row.differencePoints)) found.push(`band[${index}] difference published from a withheld total`);
      });
    }
    const representation = metric.representation;
    if (representation !== undefined) {
      const senior = metric.comparisons.find((comparison) => comparison.group === 'minority')!;
      if ([senior.focal.count, senior.reference.count].some(isSuppressed) && !isSuppressed(representation.seniorMinorityShare)) {
        found.push('senior share published from a withheld count');
      }
      if ([senior.focal.total, senior.reference.total].some(isSuppressed) && !isSuppressed(representation.workforceMinorityShare)) {
        found.push('workforce share (metric 9) published from a withheld total');
      }
      const figures = [senior.focal.count, senior.reference.count, senior.focal.total, senior.reference.total];
      if (figures.some(isSuppressed) && !isSuppressed(representation.statement)) {
        found.push('representation sentence published from a withheld figure');
      }
    }
  }
  return found;
}

/** The same population published in several metrics is withheld in all or none. */
function inconsistentPopulations(published: PublishedReport, options: ReportOptions): string[] {
  const shared = options.population === 'snapshot' ? ['sc-wres-3', 'sc-wres-5', 'sc-wres-8', 'sc-wres-9'] : ['sc-wres-3', 'sc-wres-5', 'sc-wres-8'];
  const found: string[] = [];
  const byGroup = new Map<string, boolean[]>();
  for (const metric of published.metrics) {
    if (!shared.includes(metric.id)) continue;
    for (const comparison of metric.comparisons) {
      for (const [group, total] of [[comparison.group, comparison.focal.total], ['white', comparison.reference.total]] as const) {
        byGroup.set(group, [...(byGroup.get(group) ?? []), isSuppressed(total)]);
      }
    }
  }
  for (const [group, withheld] of byGroup) if (new Set(withheld).size > 1) found.push(`${group} population withheld in some metrics only`);
  return found;
}

describe('disclosure control end to end through computeReport (fast-check, sc-wres-publication)', () => {
  it('publishes no small count or complement, nothing derived from a withheld count, passes the audit, withholds something, and leaves the input alone', () => {
    fc.assert(
      fc.property(teamArbitrary(30, 120), optionsArbitrary, (team, options) => {
        const before = structuredClone(team);
        const raw = computeReport(team, options);
        const published = computeReport(team, { ...options, disclosure: 'sc-wres-publication' });
        expect(team).toEqual(before);
        expect(problems(published)).toEqual([]);
        expect(inconsistentPopulations(published, options)).toEqual([]);
        const audit = auditLinkedTables(published, raw);
        expect(audit.exposed, JSON.stringify(audit.ranges.filter((range) => range.exact))).toEqual([]);
        // 30 to 120 staff over four bands (and four broad groups) always leave some cell under 10.
        const withheld = published.disclosure!.withheld;
        expect(withheld).toBeGreaterThan(0);
        expect(counts(raw).some(([, value]) => small(value))).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('passes the LP audit with the rounding presets too, and with senior managers in any band', () => {
    const team = teamArbitrary(10, 300).chain((dataset) =>
      fc.array(fc.boolean(), { minLength: dataset.staff.length, maxLength: dataset.staff.length })
        .map((flags) => ({ ...dataset, staff: dataset.staff.map((person, index) => ({ ...person, seniorManager: flags[index]! && index % 3 === 0 })) })));
    fc.assert(
      fc.property(team, optionsArbitrary, fc.constantFrom<'ons-10-5' | 'nhs-digital'>('ons-10-5', 'nhs-digital'), (dataset, options, policy) => {
        const published = computeReport(dataset, { ...options, disclosure: policy });
        const audit = auditLinkedTables(published, computeReport(dataset, options));
        expect(audit.exposed, JSON.stringify(audit.ranges.filter((range) => range.exact))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

/** The LP audit on teams drawn with custom policies (thresholds 1 to 15, zeros withheld or shown), from a fixed seed. */
function auditCustomPolicies(numRuns: number, seed: number): void {
  const policy = fc.record({ threshold: fc.integer({ min: 1, max: 15 }), suppressZeros: fc.boolean(), complements: fc.boolean() });
  fc.assert(
    fc.property(teamArbitrary(5, 80), optionsArbitrary, policy, (dataset, options, disclosure) => {
      const published = computeReport(dataset, { ...options, disclosure });
      const audit = auditLinkedTables(published, computeReport(dataset, options));
      expect(audit.exposed, JSON.stringify(audit.ranges.filter((range) => range.exact))).toEqual([]);
    }),
    { numRuns, seed },
  );
}

describe('disclosure control end to end with custom policies that withhold zeros (fast-check, fixed seed)', () => {
  it('passes the LP audit on 150 sampled teams with thresholds 1 to 15, zeros withheld or shown', () => {
    // A fixed seed keeps this a deterministic regression check. With the old bridge criterion (a
    // cycle of withheld zeros counted as protection) this test fails, and of 1,500 teams drawn by
    // fc.sample from the same arbitraries with this seed 61 failed the audit (705 exposed cells);
    // with the residual-graph criterion none does. Protecting the tables one at a time still let
    // 2 of 4,000 teams drawn with seed 7 fail (cells fixed by two tables together); with the joint
    // check none of those 4,000 does (docs/disclosure.md, Limits). The shrunk case is below.
    auditCustomPolicies(150, 20240601);
  }, 120_000);
});

describe('linked tables checked together (fast-check, a seed that found a joint exposure)', () => {
  it('passes the LP audit on the 40 teams of seed 111, whose 40th left a cell fixed by two tables together before the joint check', () => {
    // Seed 111 was found by running this property with seeds 100 to 111 against the
    // one-table-at-a-time version (150 runs each): seeds 100 to 110 passed, seed 111 failed at
    // run 40 (shrunk: 7 staff, 1 white minority, breakdown with white minorities counted as
    // minority, threshold 2, zeros shown, complements on: not only zero-withholding policies).
    auditCustomPolicies(40, 111);
  }, 120_000);
});

describe('a cell fixed by two linked tables together (fast-check counterexample, shrunk)', () => {
  // fc.check of the property above with seed 7 failed at run 797 before the joint check; this is
  // its shrunk counterexample. 10 staff, no pay bands: asian 1, black 1, mixed 1, other 2 (Arab
  // and "Any other"), white 5; the asian and one "other" left on the first day of the period.
  const staff = [
    ['Asian - Indian', '2024-04-01'], ['Any other ethnic group', '2024-04-01'], ['Mixed White and Black Caribbean'],
    ['Black Caribbean'], ['Arab'], ['White British'], ['White British'], ['White British'], ['White British'], ['White British'],
  ].map(([ethnicity, endDate], index) => ({
    id: `s${index + 1}`, ethnicity: ethnicity!, seniorManager: false, regulatedProfessional: false, startDate: '2015-01-01',
    ...(endDate === undefined ? {} : { endDate }),
  }));
  const dataset = {
    organisation: { name: 'Test council', populationMinorityShare: 0.2 },
    staff,
    disciplinaryCases: [{ staffId: 's1', date: '2024-01-01' }],
    fitnessToPractiseReferrals: [], cpd: [], applications: [], survey: [],
  };
  const options: ReportOptions = { period: PERIOD, breakdown: 'broad-groups', population: 'at-risk', ethnicity: { whiteMinorities: 'white' } };
  const disclosure = { threshold: 1, suppressZeros: true, complements: false };

  it('withholds enough that asian staff in post (0) is not exact in the LP audit over all tables', () => {
    // Hand calculation of what the one-table-at-a-time pass published: at risk asian 1, black 1,
    // mixed 1, other 2; leavers minority 2, asian 1; in post minority 3, asian 0 withheld (and
    // black, mixed, other in post, black, mixed, other leavers withheld). Black + mixed + other in
    // post >= their at-risk 4 - their leavers (2 - 1) = 3, and they are 3 - asian in post, so
    // asian in post = 0 exactly, though each table alone lets it go up.
    const raw = computeReport(dataset, options);
    const published = computeReport(dataset, { ...options, disclosure });
    const audit = auditLinkedTables(published, raw);
    expect(audit.exposed).toEqual([]);
    const asianInPost = audit.ranges.find((range) => range.id === 'snapshot.asian')!;
    // LP audit (yalps): 0 to 2 now that asian at risk and asian leavers are withheld.
    expect([asianInPost.min, asianInPost.max, asianInPost.value]).toEqual([0, 2, 0]);
    // The cells the joint check adds: asian and black at risk (metric 3's totals) and asian leavers.
    const metric = (id: string) => published.metrics.find((candidate) => candidate.id === id)!;
    const focal = (id: string, group: string) => metric(id).comparisons.find((comparison) => comparison.group === group)!.focal;
    expect(isSuppressed(focal('sc-wres-3', 'asian').total)).toBe(true);
    expect(isSuppressed(focal('sc-wres-3', 'black').total)).toBe(true);
    expect(focal('sc-wres-8', 'asian').count).toMatchObject({ suppressed: true, code: 'withheld' });
    expect(focal('sc-wres-3', 'mixed').total).toBe(1);
  });
});

