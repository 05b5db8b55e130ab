/**
 * An independent, deliberately plain implementation of the counts behind the nine SC-WRES metrics,
 * written from SPEC sections 2, 3, 4 and 6 (and the team's written choices in docs/decisions.md
 * where the spec is silent), without reading the library's aggregate/metrics/report code. It is
 * used only to cross-check `computeReport` (test/independent/cross-check.test.ts): clarity over
 * speed, one loop per question, every rule spelled out where it is applied.
 *
 * Input: a dataset of already valid records (ISO date strings, booleans, ids as text).
 *
 * @module
 */
import { classifyEthnicity } from '../../src/ethnicity/index.js';

export type Group = 'minority' | 'white' | 'unknown';
export type BreakdownGroup = 'asian' | 'black' | 'mixed' | 'other';
export type FocalGroup = 'minority' | BreakdownGroup;

export interface RefStaff {
  id: string;
  ethnicity: string | null;
  payBand?: string;
  salary?: number;
  seniorManager?: boolean;
  service?: string;
  employment?: string;
  regulatedProfessional?: boolean;
  startDate?: string;
  endDate?: string;
}
export interface RefApplication {
  ethnicity: string | null;
  shortlisted: boolean;
  appointed: boolean;
  date: string;
  service?: string;
}
export interface RefCase {
  staffId: string;
  date: string;
}
export interface RefCpd {
  staffId: string;
  date: string;
  funded: boolean;
  mandatory: boolean;
}
export interface RefSurvey {
  ethnicity: string | null;
  harassmentFromPublic?: boolean | null;
  harassmentFromColleagues?: boolean | null;
  harassmentFromManagers?: boolean | null;
  service?: string;
}
export interface RefDataset {
  organisation?: { populationMinorityShare?: number };
  staff: RefStaff[];
  applications?: RefApplication[];
  disciplinaryCases?: RefCase[];
  fitnessToPractiseReferrals?: RefCase[];
  cpd?: RefCpd[];
  survey?: RefSurvey[];
}
export interface RefOptions {
  period: { start: string; end: string };
  payBands?: string[];
  salaryBands?: number[];
  population?: 'at-risk' | 'snapshot';
  scope?: { service?: string };
  standard?: 'sc-wres' | 'nhs-wres';
  breakdown?: 'none' | 'broad-groups';
  ethnicity?: { whiteMinorities?: 'white' | 'minority'; mapping?: Record<string, string> };
}

export interface Cell {
  count: number;
  total: number;
}
export interface RefComparison {
  key: string;
  group: FocalGroup;
  focal: Cell;
  reference: Cell;
  /** Which group's proportion is the RL's numerator (SPEC 4: NHS WRES reverses metrics 2 and 5). */
  numerator: 'focal' | 'reference';
}
export interface RefBandRow {
  band: string;
  minority: number;
  white: number;
  unknown: number;
  /** minority + white: staff of known ethnicity in the band (as src/model/report.ts documents it). */
  total: number;
  /** minority / (minority + white) in the band; null when both are 0. */
  minorityShare: number | null;
  /** (band share - workforce share) x 100, percentage points (decisions.md). */
  differencePoints: number | null;
}
export interface RefMetric {
  number: number;
  status: 'ok' | 'no-data' | 'not-estimable';
  unknownEthnicity: number;
  comparisons: RefComparison[];
  bands?: {
    rows: RefBandRow[];
    bandNotKnown: { minority: number; white: number; unknown: number };
    /** Staff with a known band (SPEC 6: band proportions count only staff whose band is known). */
    totals: { minority: number; white: number; unknown: number; total: number };
    workforceMinorityShare: number | null;
  };
  representation?: {
    seniorMinorityShare: number | null;
    workforceMinorityShare: number | null;
    vsWorkforcePoints: number | null;
    populationMinorityShare: number | null;
    vsPopulationPoints: number | null;
  };
}

const BREAKDOWN_GROUPS: BreakdownGroup[] = ['asian', 'black', 'mixed', 'other'];

interface Person {
  group: Group;
  broad: string;
}

/** Ethnicity of one value: comparison group and broad group (classification itself is not under test). */
function personOf(value: string | null, options: RefOptions): Person {
  const c = classifyEthnicity(value, options.ethnicity ?? {});
  return { group: c.comparisonGroup, broad: c.broadGroup };
}

/** The focal groups compared against white: always minority, plus the four broad groups with a breakdown. */
function focalGroups(options: RefOptions): FocalGroup[] {
  return options.breakdown === 'broad-groups' ? ['minority', ...BREAKDOWN_GROUPS] : ['minority'];
}

/** Whether a person belongs to a focal group (a broad group is compared with White as a whole). */
function inFocal(person: Person, focal: FocalGroup): boolean {
  if (focal === 'minority') return person.group === 'minority';
  return person.broad === focal;
}

/**
 * One comparison from a list of people with an outcome flag: focal = the focal group's people,
 * reference = the white comparison group's people; unknowns are left out.
 */
function compare(
  key: string,
  focal: FocalGroup,
  people: { person: Person; outcome: boolean }[],
  numerator: 'focal' | 'reference',
): RefComparison {
  const f: Cell = { count: 0, total: 0 };
  const r: Cell = { count: 0, total: 0 };
  for (const { person, outcome } of people) {
    if (inFocal(person, focal)) {
      f.total += 1;
      if (outcome) f.count += 1;
    }
    if (person.group === 'white') {
      r.total += 1;
      if (outcome) r.count += 1;
    }
  }
  return { key, group: focal, focal: f, reference: r, numerator };
}

const within = (date: string, period: { start: string; end: string }): boolean =>
  date >= period.start && date <= period.end;

/** SPEC 3: employed on day d when startDate <= d (missing: before) and endDate missing or >= d. */
function employedOn(s: RefStaff, day: string): boolean {
  return (s.startDate === undefined || s.startDate <= day) && (s.endDate === undefined || s.endDate >= day);
}

/** SPEC 3: employed on at least one day of the period (intervals overlap). */
function employedDuring(s: RefStaff, period: { start: string; end: string }): boolean {
  return (s.startDate === undefined || s.startDate <= period.end) && (s.endDate === undefined || s.endDate >= period.start);
}

/** Only directly employed staff count: employment missing or 'direct' (any case, trimmed). */
function isDirect(s: RefStaff): boolean {
  return s.employment === undefined || s.employment.trim().toLowerCase() === 'direct';
}

/** Scope by service (compared ignoring case and surrounding spaces); no scope keeps everything. */
function inScope(service: string | undefined, options: RefOptions): boolean {
  const wanted = options.scope?.service;
  if (wanted === undefined) return true;
  return service !== undefined && service.trim().toLowerCase() === wanted.trim().toLowerCase();
}

/** "£30,000" with thousands separators. */
function pounds(n: number): string {
  return `£${n.toLocaleString('en-GB')}`;
}

/**
 * SPEC 4: thresholds [30000, 70000] give "under £30,000", "£30,000 to £69,999", "£70,000 and over".
 * decisions.md: when a threshold is not whole pounds, the middle labels read "£a to under £b".
 */
export function referenceSalaryBandLabels(thresholds: number[]): string[] {
  const whole = thresholds.every((t) => Number.isInteger(t));
  const labels: string[] = [];
  labels.push(`under ${pounds(thresholds[0]!)}`);
  for (let i = 0; i + 1 < thresholds.length; i += 1) {
    const upper = whole ? pounds(thresholds[i + 1]! - 1) : `under ${pounds(thresholds[i + 1]!)}`;
    labels.push(`${pounds(thresholds[i]!)} to ${upper}`);
  }
  labels.push(`${pounds(thresholds[thresholds.length - 1]!)} and over`);
  return labels;
}

function salaryBandOf(salary: number, thresholds: number[], labels: string[]): string {
  let index = 0;
  while (index < thresholds.length && salary >= thresholds[index]!) index += 1;
  return labels[index]!;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
/** Percentage points between two shares (decisions.md: x100); null when either is missing. */
const points = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : (a - b) * 100);

/** A metric whose source data is absent: no comparisons, nobody left out (SPEC 4: "no-data", never zeros). */
function noData(number: number): RefMetric {
  return { number, status: 'no-data', unknownEthnicity: 0, comparisons: [] };
}

function status(comparison: RefComparison | undefined): 'ok' | 'not-estimable' {
  if (comparison === undefined) return 'not-estimable';
  return comparison.focal.total === 0 || comparison.reference.total === 0 ? 'not-estimable' : 'ok';
}

/**
 * The counts of all nine metrics.
 *
 * @param dataset Valid records.
 * @param options The report options that change counts.
 * @returns One entry per metric, in order 1..9.
 */
export function referenceMetrics(dataset: RefDataset, options: RefOptions): RefMetric[] {
  const { period } = options;
  const groups = focalGroups(options);
  const nhs = options.standard === 'nhs-wres';

  // SPEC 3: directly employed staff within the scope.
  const staff = dataset.staff.filter((s) => isDirect(s) && inScope(s.service, options));
  const snapshot = staff.filter((s) => employedOn(s, period.end));
  const atRisk = options.population === 'snapshot' ? snapshot : staff.filter((s) => employedDuring(s, period));
  const personById = new Map(dataset.staff.map((s) => [s.id, personOf(s.ethnicity, options)]));
  const person = (s: RefStaff): Person => personById.get(s.id)!;
  const unknownsIn = (list: RefStaff[]): number => list.filter((s) => person(s).group === 'unknown').length;

  const metrics: RefMetric[] = [];

  // Metric 1: pay bands of snapshot staff.
  {
    let labels: string[];
    let bandOf: (s: RefStaff) => string | undefined;
    if (options.salaryBands !== undefined) {
      const thresholds = options.salaryBands;
      labels = referenceSalaryBandLabels(thresholds);
      bandOf = (s) => (s.salary === undefined ? undefined : salaryBandOf(s.salary, thresholds, labels));
    } else {
      // SPEC 6 and decisions.md: labels are trimmed; without payBands they are the labels found in
      // the staff records (all of them) in order of first appearance; with payBands, unlisted labels
      // follow the listed ones.
      labels = [...(options.payBands ?? [])].map((b) => b.trim());
      bandOf = (s) => (s.payBand === undefined || s.payBand.trim() === '' ? undefined : s.payBand.trim());
      for (const s of dataset.staff) {
        const band = bandOf(s);
        if (band !== undefined && !labels.includes(band)) labels.push(band);
      }
    }
    const rows: RefBandRow[] = labels.map((band) => ({
      band,
      minority: 0,
      white: 0,
      unknown: 0,
      total: 0,
      minorityShare: null,
      differencePoints: null,
    }));
    const bandNotKnown = { minority: 0, white: 0, unknown: 0 };
    const known: { person: Person; band: string }[] = [];
    for (const s of snapshot) {
      const band = bandOf(s);
      const row = band === undefined ? undefined : rows.find((r) => r.band === band);
      if (row === undefined) {
        bandNotKnown[person(s).group] += 1;
      } else {
        row[person(s).group] += 1;
        // src/model/report.ts documents a row's total as minority + white (known ethnicity only).
        if (person(s).group !== 'unknown') row.total += 1;
        known.push({ person: person(s), band: row.band });
      }
    }
    // decisions.md: no-data when nobody in post has band information.
    if (known.length === 0) {
      metrics.push(noData(1));
    } else {
      const comparisons: RefComparison[] = [];
      // Order (not pinned by the spec; computeReport's): band by band, each band's groups together.
      for (const band of labels) {
        for (const g of groups) {
          comparisons.push(compare(`band:${band}`, g, known.map((k) => ({ person: k.person, outcome: k.band === band })), 'focal'));
        }
      }
      const main = comparisons.find((c) => c.group === 'minority');
      const totals = { minority: 0, white: 0, unknown: 0, total: 0 };
      for (const row of rows) {
        totals.minority += row.minority;
        totals.white += row.white;
        totals.unknown += row.unknown;
        totals.total += row.total;
      }
      const workforceMinorityShare = share(totals.minority, totals.minority + totals.white);
      for (const row of rows) {
        row.minorityShare = share(row.minority, row.minority + row.white);
        row.differencePoints = points(row.minorityShare, workforceMinorityShare);
      }
      metrics.push({
        number: 1,
        status: status(main),
        unknownEthnicity: unknownsIn(snapshot),
        comparisons,
        bands: { rows, bandNotKnown, totals, workforceMinorityShare },
      });
    }
  }

  // Metric 2: appointed from shortlisting, applications dated in the period.
  if (dataset.applications === undefined) {
    metrics.push(noData(2));
  } else {
    const shortlisted = dataset.applications.filter((a) => a.shortlisted && within(a.date, period) && inScope(a.service, options));
    const people = shortlisted.map((a) => ({ person: personOf(a.ethnicity, options), outcome: a.appointed }));
    const comparisons = groups.map((g) => compare('appointed-from-shortlisting', g, people, nhs ? 'reference' : 'focal'));
    metrics.push({
      number: 2,
      status: status(comparisons[0]),
      unknownEthnicity: people.filter((p) => p.person.group === 'unknown').length,
      comparisons,
    });
  }

  // Metrics 3, 4, 5: distinct at-risk staff with a case / referral / funded non-mandatory CPD in the period.
  const distinct = (
    number: number,
    key: string,
    source: { staffId: string; date: string }[] | undefined,
    population: RefStaff[],
    numerator: 'focal' | 'reference',
  ): RefMetric => {
    if (source === undefined) return noData(number);
    const ids = new Set<string>();
    for (const record of source) if (within(record.date, period)) ids.add(record.staffId);
    const people = population.map((s) => ({ person: person(s), outcome: ids.has(s.id) }));
    const comparisons = groups.map((g) => compare(key, g, people, numerator));
    return { number, status: status(comparisons[0]), unknownEthnicity: unknownsIn(population), comparisons };
  };
  metrics.push(distinct(3, 'entered-disciplinary', dataset.disciplinaryCases, atRisk, 'focal'));
  // decisions.md: metric 4 has no data when no staff record says who is a regulated professional.
  // computeReport reads "staff record" as one of the directly employed staff in scope (any dates);
  // decisions.md does not say which records (see the report of this cross-check).
  const anyRegulated = staff.some((s) => s.regulatedProfessional !== undefined);
  metrics.push(
    distinct(
      4,
      'fitness-to-practise-referral',
      anyRegulated ? dataset.fitnessToPractiseReferrals : undefined,
      atRisk.filter((s) => s.regulatedProfessional === true),
      'focal',
    ),
  );
  metrics.push(
    distinct(5, 'accessed-funded-cpd', dataset.cpd?.filter((c) => c.funded && !c.mandatory), atRisk, nhs ? 'reference' : 'focal'),
  );

  // Metrics 6 and 7: survey respondents who answered the question (decisions.md: a question nobody
  // answered has no data; metric 7 keeps the parts that were answered).
  {
    const responses = (dataset.survey ?? []).filter((r) => inScope(r.service, options));
    const question = (key: string, answer: (r: RefSurvey) => boolean | null | undefined) => {
      const answered = responses.filter((r) => typeof answer(r) === 'boolean');
      const people = answered.map((r) => ({ person: personOf(r.ethnicity, options), outcome: answer(r) === true }));
      const comparisons = groups.map((g) => compare(key, g, people, 'focal'));
      return {
        answered: answered.length > 0,
        comparisons,
        status: status(comparisons[0]),
        unknown: people.filter((p) => p.person.group === 'unknown').length,
      };
    };
    const pub = question('harassment-from-public', (r) => r.harassmentFromPublic);
    metrics.push(
      pub.answered
        ? { number: 6, status: pub.status, unknownEthnicity: pub.unknown, comparisons: pub.comparisons }
        : noData(6),
    );
    const parts = [
      question('harassment-from-colleagues', (r) => r.harassmentFromColleagues),
      question('harassment-from-managers', (r) => r.harassmentFromManagers),
    ].filter((part) => part.answered);
    if (parts.length === 0) {
      metrics.push(noData(7));
    } else {
      const comparisons: RefComparison[] = [];
      // Order (not pinned by the spec; computeReport's): part by part, each part's groups together.
      for (const part of parts) comparisons.push(...part.comparisons);
      metrics.push({
        number: 7,
        status: parts.some((part) => part.status === 'ok') ? 'ok' : 'not-estimable',
        // decisions.md: the larger of the two parts' unknown counts.
        unknownEthnicity: Math.max(...parts.map((part) => part.unknown)),
        comparisons,
      });
    }
  }

  // Metric 8: leavers (endDate within the period) among at-risk staff.
  {
    const people = atRisk.map((s) => ({ person: person(s), outcome: s.endDate !== undefined && within(s.endDate, period) }));
    const comparisons = groups.map((g) => compare('left-organisation', g, people, 'focal'));
    metrics.push({ number: 8, status: status(comparisons[0]), unknownEthnicity: unknownsIn(atRisk), comparisons });
  }

  // Metric 9: senior managers among snapshot staff (decisions.md: no data when no staff record
  // carries seniorManager; as for metric 4, among the directly employed staff in scope).
  if (!staff.some((s) => s.seniorManager !== undefined)) {
    metrics.push(noData(9));
  } else {
    const people = snapshot.map((s) => ({ person: person(s), outcome: s.seniorManager === true }));
    const comparisons = groups.map((g) => compare('senior-management', g, people, 'focal'));
    const main = comparisons[0]!;
    const seniorMinorityShare = share(main.focal.count, main.focal.count + main.reference.count);
    const workforceMinorityShare = share(main.focal.total, main.focal.total + main.reference.total);
    const populationMinorityShare = dataset.organisation?.populationMinorityShare ?? null;
    metrics.push({
      number: 9,
      status: status(main),
      unknownEthnicity: unknownsIn(snapshot),
      comparisons,
      representation: {
        seniorMinorityShare,
        workforceMinorityShare,
        vsWorkforcePoints: points(seniorMinorityShare, workforceMinorityShare),
        populationMinorityShare,
        vsPopulationPoints: points(seniorMinorityShare, populationMinorityShare),
      },
    });
  }
  return metrics;
}

/**
 * SPEC 10a, written independently: the option fields whose filter keeps nothing, and `employment`
 * when a staff record has a value other than direct or a known not-direct type. Values are
 * compared ignoring case, spaces and punctuation, as SPEC 10a says.
 */
export function referenceFilterErrors(dataset: RefDataset, options: RefOptions): string[] {
  const key = (v: string) => v.toLowerCase().replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const known = new Set(['direct', 'agency', 'bank', 'relief', 'sessional', 'casual', 'locum', 'contractor', 'volunteer', 'other']);
  const fields: string[] = [];
  if (dataset.staff.some((s) => s.employment !== undefined && !known.has(key(s.employment)))) fields.push('employment');
  const wanted = options.scope?.service;
  if (wanted !== undefined && dataset.staff.length > 0 && !dataset.staff.some((s) => s.service !== undefined && key(s.service) === key(wanted))) {
    fields.push('scope.service');
  }
  const carried = new Set(dataset.staff.flatMap((s) => (s.payBand === undefined || s.payBand.trim() === '' ? [] : [key(s.payBand)])));
  if (options.payBands !== undefined && dataset.staff.length > 0 && options.payBands.some((b) => !carried.has(key(b)))) fields.push('payBands');
  return fields;
}
