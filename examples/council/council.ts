/**
 * A synthetic London-borough council for the SC-WRES examples: no real people, every figure drawn
 * from a small seeded pseudo-random generator so the same seed always gives byte-identical files.
 *
 * The shape of the data follows what the national SC-WRES and NHS WRES reports describe (minority
 * ethnic staff over-represented in the lower grades and under-represented in senior management,
 * more likely to enter the disciplinary process, less likely to be appointed from shortlisting),
 * but every rate here is an invented parameter of this file, written down in {@link PARAMETERS}.
 *
 * Pure: no file system, no clock, no `Math.random`; `generate.ts` writes the files.
 *
 * @module
 */
import { SOURCE_FIELDS } from '../../src/csv/fields.js';
import {
  MINORITY_CATEGORIES,
  TYPOS,
  UNKNOWN_VALUES,
  WHITE_CATEGORIES,
  type EthnicityFormat,
} from './ethnicity-formats.js';

/**
 * The seed of the committed files: of seeds 1 to 400, the one whose relative likelihoods came
 * closest (least squared log distance) to those {@link PARAMETERS} implies, so that sampling noise
 * in 3,600 records does not hide the pattern the example is meant to show.
 */
export const DEFAULT_SEED = 341;

/** The reporting period the example is built around (1 April to 31 March). */
export const EXAMPLE_PERIOD = { start: '2024-04-01', end: '2025-03-31' } as const;

/** The pay band labels, lowest first (the order to pass as `payBands`). */
export const PAY_BANDS = [
  'Scale 1-2',
  'Scale 3-4',
  'Scale 5-6',
  'SO1-SO2',
  'PO1-PO4',
  'PO5-PO8',
  'Senior management',
] as const;

export type PayBand = (typeof PAY_BANDS)[number];

/** The pinned CSV headers (specification section 7), in the order the files use: the library's own list. */
export const HEADERS = SOURCE_FIELDS;

interface BandParameters {
  /** Share of staff records in the band. */
  share: number;
  /** Probability that a staff member of known ethnicity in the band is minority ethnic. */
  minority: number;
  /** Salary range in pounds, inclusive; bands do not overlap. */
  salary: readonly [number, number];
  /** Probability that a staff member in the band is a registered (regulated) professional. */
  regulated: number;
}

/**
 * Every rate the generator uses. "white" and "minority" are the true groups of the synthetic
 * people; the files record ethnicity as text, some of it unknown or misspelt.
 */
export const PARAMETERS = {
  staffRecords: 3600,
  bands: {
    'Scale 1-2': { share: 0.1, minority: 0.58, salary: [23500, 25999], regulated: 0 },
    'Scale 3-4': { share: 0.2, minority: 0.52, salary: [26000, 29499], regulated: 0 },
    'Scale 5-6': { share: 0.22, minority: 0.47, salary: [29500, 34999], regulated: 0 },
    'SO1-SO2': { share: 0.15, minority: 0.43, salary: [35000, 39999], regulated: 0.12 },
    'PO1-PO4': { share: 0.2, minority: 0.4, salary: [40000, 47999], regulated: 0.78 },
    'PO5-PO8': { share: 0.1, minority: 0.3, salary: [48000, 61999], regulated: 0.55 },
    'Senior management': { share: 0.03, minority: 0.2, salary: [68000, 135000], regulated: 0.25 },
  } satisfies Record<PayBand, BandParameters>,
  /** Share of staff records whose pay band (and salary) is blank: metric 1's "band not known". */
  bandMissing: 0.008,
  /** Share of staff records whose ethnicity is recorded as unknown. */
  staffUnknownEthnicity: 0.04,
  /** Probability that a Black African or White British value is written with a typo (matching no table). */
  typo: 0.004,
  /** How the staff file writes ethnicity: shares of each format. */
  formats: { ons2021: 0.45, hr: 0.4, ons2011: 0.08, nhs: 0.07 },
  services: { adults: 0.55, children: 0.45 },
  employment: { agency: 0.06, bank: 0.03 },
  /** Staff records of people who left before the period began. */
  leftBefore: 0.07,
  /** Staff records of people who start after the period ends (already on the system). */
  futureStarters: 0.004,
  /** Probability of leaving during the period, by true group. */
  leave: { white: 0.11, minority: 0.135 },
  /** Share of the remaining staff who joined during the period. */
  joinedInPeriod: 0.1,
  leavingReasons: [
    ['Resignation', 0.56],
    ['Retirement', 0.15],
    ['End of fixed-term contract', 0.1],
    ['Dismissal', 0.04],
    ['Redundancy', 0.03],
    ['Other', 0.12],
  ] as const,
  applications: 2100,
  /** Applications dated just outside the period (to show that the period filter works). */
  applicationsOutsidePeriod: 60,
  applicantMinority: 0.55,
  applicantUnknown: 0.05,
  shortlisted: { white: 0.32, minority: 0.26 },
  /** Appointed given shortlisted: relative likelihood about 0.21 / 0.30 = 0.70. */
  appointedFromShortlisting: { white: 0.3, minority: 0.21 },
  /** Entering the disciplinary process in the period: RL about 0.038 / 0.02 = 1.9. */
  disciplinary: { white: 0.02, minority: 0.038, unknown: 0.025 },
  secondCase: 0.15,
  casesOutsidePeriod: 6,
  /** Fitness-to-practise referral of regulated staff in the period: RL about 2.1. */
  fitnessToPractise: { white: 0.016, minority: 0.034, unknown: 0.016 },
  /** Funded non-mandatory CPD in the period: RL about 0.20 / 0.24 = 0.83. */
  fundedCpd: { white: 0.24, minority: 0.2, unknown: 0.2 },
  secondFundedCourse: 0.2,
  selfFundedCpd: 0.05,
  unfundedMandatory: 0.04,
  cpdOutsidePeriod: 0.03,
  /** Survey: response rate among direct staff employed on the survey date. */
  surveyDate: '2024-10-01',
  surveyResponse: 0.5,
  surveyPreferNotToSay: 0.05,
  surveyMissingAnswer: 0.04,
  harassment: {
    public: { white: 0.26, minority: 0.34 },
    colleagues: { white: 0.12, minority: 0.18 },
    managers: { white: 0.08, minority: 0.12 },
  },
} as const;

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit generator, good enough for test data and
 * identical on every JavaScript engine because it uses only 32-bit integer arithmetic.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Group = 'white' | 'minority' | 'unknown';

/** A synthetic person behind a staff record, with the truth the files only partly record. */
interface Person {
  id: string;
  group: Group;
  category: EthnicityFormat | null;
  ethnicity: string;
  band: PayBand | null;
  /** True pay band is senior management (recorded even when the band itself is blank). */
  senior: boolean;
  salary: number | null;
  service: 'adults' | 'children';
  employment: 'direct' | 'agency' | 'bank';
  regulated: boolean;
  start: number;
  end: number | null;
  leavingReason: string | null;
}

const DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function dayOf(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
}

export function isoOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

const PERIOD_START = dayOf(EXAMPLE_PERIOD.start);
const PERIOD_END = dayOf(EXAMPLE_PERIOD.end);

export class Draw {
  constructor(private readonly next: () => number) {}
  uniform(): number {
    return this.next();
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** An integer in [low, high], inclusive. */
  integer(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }
  /** One of the options, by weight (weights need not sum to 1). */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    const total = options.reduce((sum, [, w]) => sum + w, 0);
    let u = this.next() * total;
    for (const [value, w] of options) {
      if (u < w) return value;
      u -= w;
    }
    const last = options[options.length - 1];
    if (last === undefined) throw new Error('weighted: no options');
    return last[0];
  }
  pick<T>(options: readonly T[]): T {
    const value = options[Math.floor(this.next() * options.length)];
    if (value === undefined) throw new Error('pick: no options');
    return value;
  }
}

function categoryOptions(list: readonly EthnicityFormat[]): (readonly [EthnicityFormat, number])[] {
  return list.map((c) => [c, c.weight] as const);
}

/** Writes a category in one of the formats; categories without that format use the 2021 label. */
function writeEthnicity(draw: Draw, category: EthnicityFormat, format: keyof typeof PARAMETERS.formats): string {
  const typo = TYPOS[category.key];
  if (typo !== undefined && draw.chance(PARAMETERS.typo)) return typo;
  if (format === 'hr') return draw.chance(0.05) && category.key === 'white-british' ? 'white - british' : category.hr;
  if (format === 'nhs') return category.nhs ?? category.ons2021;
  if (format === 'ons2011') return category.ons2011 ?? category.ons2021;
  return category.ons2021;
}

function drawStaffEthnicity(draw: Draw, minorityShare: number): Pick<Person, 'group' | 'category' | 'ethnicity'> {
  if (draw.chance(PARAMETERS.staffUnknownEthnicity)) {
    return { group: 'unknown', category: null, ethnicity: draw.pick(UNKNOWN_VALUES) };
  }
  const minority = draw.chance(minorityShare);
  const category = draw.weighted(categoryOptions(minority ? MINORITY_CATEGORIES : WHITE_CATEGORIES));
  const format = draw.weighted(Object.entries(PARAMETERS.formats) as [keyof typeof PARAMETERS.formats, number][]);
  return { group: minority ? 'minority' : 'white', category, ethnicity: writeEthnicity(draw, category, format) };
}

function employedOn(person: Person, day: number): boolean {
  return person.start <= day && (person.end === null || person.end >= day);
}

function employedInPeriod(person: Person): boolean {
  return person.start <= PERIOD_END && (person.end === null || person.end >= PERIOD_START);
}

/** A day within the person's employment and the given window, or null if they do not overlap. */
function dayWithin(draw: Draw, person: Person, from: number, to: number): number | null {
  const low = Math.max(from, person.start);
  const high = Math.min(to, person.end ?? to);
  return low > high ? null : draw.integer(low, high);
}

function makeStaff(draw: Draw): Person[] {
  const bandOptions = PAY_BANDS.map((b) => [b, PARAMETERS.bands[b].share] as const);
  const people: Person[] = [];
  for (let i = 1; i <= PARAMETERS.staffRecords; i++) {
    const band = draw.weighted(bandOptions);
    const bandParameters: BandParameters = PARAMETERS.bands[band];
    const ethnicity = drawStaffEthnicity(draw, bandParameters.minority);
    const service = draw.weighted(Object.entries(PARAMETERS.services)) as Person['service'];
    const employment = draw.weighted([
      ['agency', PARAMETERS.employment.agency],
      ['bank', PARAMETERS.employment.bank],
      ['direct', 1 - PARAMETERS.employment.agency - PARAMETERS.employment.bank],
    ] as const);
    const regulated = draw.chance(bandParameters.regulated);
    const [low, high] = bandParameters.salary;
    // Salaries are spine points: whole pounds, rounded to £3 steps for a less uniform look.
    const salary = Math.min(high, low + 3 * Math.floor((draw.uniform() * (high - low + 1)) / 3));
    const bandKnown = !draw.chance(PARAMETERS.bandMissing);

    // Tenure skewed towards recent starters: years = 25 u^2.
    const tenureDays = (years: number) => Math.floor(years * 365.25);
    const u = draw.uniform();
    const status = draw.uniform();
    const truthGroup: 'white' | 'minority' =
      ethnicity.group === 'unknown' ? (draw.chance(bandParameters.minority) ? 'minority' : 'white') : ethnicity.group;
    let start: number;
    let end: number | null = null;
    let leavingReason: string | null = null;
    if (status < PARAMETERS.leftBefore) {
      end = draw.integer(dayOf('2021-04-01'), PERIOD_START - 1);
      start = end - tenureDays(0.3 + 12 * u * u);
      leavingReason = draw.weighted(PARAMETERS.leavingReasons);
    } else if (status < PARAMETERS.leftBefore + PARAMETERS.futureStarters) {
      start = draw.integer(PERIOD_END + 1, PERIOD_END + 60);
    } else {
      start = PERIOD_END - tenureDays(25 * u * u);
      if (draw.chance(PARAMETERS.joinedInPeriod)) start = draw.integer(PERIOD_START, PERIOD_END);
      if (draw.chance(PARAMETERS.leave[truthGroup])) {
        end = draw.integer(Math.max(start, PERIOD_START), PERIOD_END);
        leavingReason = draw.weighted(PARAMETERS.leavingReasons);
      }
    }
    people.push({
      id: `S${String(i).padStart(5, '0')}`,
      ...ethnicity,
      group: ethnicity.group === 'unknown' ? 'unknown' : truthGroup,
      band: bandKnown ? band : null,
      senior: band === 'Senior management',
      salary: bandKnown ? salary : null,
      service,
      employment,
      regulated,
      start,
      end,
      leavingReason,
    });
  }
  return people;
}

function rate(table: { white: number; minority: number; unknown?: number }, group: Group): number {
  return group === 'unknown' ? (table.unknown ?? (table.white + table.minority) / 2) : table[group];
}

function makeCases(
  draw: Draw,
  people: readonly Person[],
  eligible: (p: Person) => boolean,
  rates: { white: number; minority: number; unknown: number },
  outsidePeriod: number,
): [string, number][] {
  const cases: [string, number][] = [];
  for (const person of people) {
    if (!eligible(person) || !employedInPeriod(person) || !draw.chance(rate(rates, person.group))) continue;
    const day = dayWithin(draw, person, PERIOD_START, PERIOD_END);
    if (day === null) continue;
    cases.push([person.id, day]);
    if (draw.chance(PARAMETERS.secondCase)) {
      const second = dayWithin(draw, person, PERIOD_START, PERIOD_END);
      if (second !== null) cases.push([person.id, second]);
    }
  }
  // A few cases from the year before, to show that the period filter leaves them out.
  const earlier = people.filter((p) => eligible(p) && p.start < PERIOD_START - 180);
  for (let k = 0; k < outsidePeriod && earlier.length > 0; k++) {
    const person = draw.pick(earlier);
    const day = dayWithin(draw, person, PERIOD_START - 365, PERIOD_START - 1);
    if (day !== null) cases.push([person.id, day]);
  }
  return cases.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

/** One staff record as the generator drew it (the clean `staff.csv` row, `null` for a blank cell). */
export interface CouncilStaff {
  id: string;
  ethnicity: string;
  payBand: PayBand | null;
  salary: number | null;
  seniorManager: boolean;
  service: 'adults' | 'children';
  employment: 'direct' | 'agency' | 'bank';
  regulatedProfessional: boolean;
  startDate: string;
  endDate: string | null;
  leavingReason: string | null;
}

/** The generator's own records, source by source: what the clean CSVs hold, as values. */
export interface CouncilRecords {
  staff: CouncilStaff[];
  applications: { id: string; ethnicity: string; shortlisted: boolean; appointed: boolean; date: string; service: string }[];
  disciplinaryCases: { staffId: string; date: string }[];
  fitnessToPractiseReferrals: { staffId: string; date: string }[];
  cpd: { staffId: string; date: string; funded: boolean; mandatory: boolean }[];
  survey: {
    ethnicity: string;
    harassmentFromPublic: boolean | null;
    harassmentFromColleagues: boolean | null;
    harassmentFromManagers: boolean | null;
    service: 'adults' | 'children';
  }[];
  organisation: { name: string; code: string; populationMinorityShare: number };
}

/** The files of the example council, by file name, a summary of what was drawn, and the records themselves. */
export interface CouncilFiles {
  files: Record<string, string>;
  counts: Record<string, number>;
  records: CouncilRecords;
}

/**
 * Generates the synthetic council.
 *
 * @param seed - seed of the pseudo-random generator; {@link DEFAULT_SEED} gives the committed files
 * @returns the file contents by name (`staff.csv`, `applications.csv`, `disciplinary.csv`,
 *   `fitness-to-practise.csv`, `cpd.csv`, `survey.csv`, `organisation.json`) and record counts
 * @example
 * generateCouncil().counts.staff; // 3600
 */
export function generateCouncil(seed: number = DEFAULT_SEED): CouncilFiles {
  const draw = new Draw(mulberry32(seed));
  const people = makeStaff(draw);
  const direct = (p: Person) => p.employment === 'direct';

  const staff: CouncilStaff[] = people.map((p) => ({
    id: p.id,
    ethnicity: p.ethnicity,
    payBand: p.band,
    salary: p.salary,
    seniorManager: p.senior,
    service: p.service,
    employment: p.employment,
    regulatedProfessional: p.regulated,
    startDate: isoOf(p.start),
    endDate: p.end === null ? null : isoOf(p.end),
    leavingReason: p.leavingReason,
  }));
  const staffRows = staff.map((s) => HEADERS.staff.map((field) => s[field as keyof CouncilStaff]));

  // Applications: the recruitment system writes HR spellings or the 2021 labels.
  const applicationRows: [string, string, boolean, boolean, string, string][] = [];
  const total = PARAMETERS.applications + PARAMETERS.applicationsOutsidePeriod;
  for (let i = 1; i <= total; i++) {
    let group: Group;
    let ethnicity: string;
    if (draw.chance(PARAMETERS.applicantUnknown)) {
      group = 'unknown';
      ethnicity = draw.pick(['', 'Not stated', 'Prefer not to say']);
    } else {
      group = draw.chance(PARAMETERS.applicantMinority) ? 'minority' : 'white';
      const category = draw.weighted(categoryOptions(group === 'minority' ? MINORITY_CATEGORIES : WHITE_CATEGORIES));
      ethnicity = writeEthnicity(draw, category, draw.chance(0.5) ? 'hr' : 'ons2021');
    }
    const truth: 'white' | 'minority' = group === 'unknown' ? (draw.chance(0.55) ? 'minority' : 'white') : group;
    const shortlisted = draw.chance(PARAMETERS.shortlisted[truth]);
    const appointed = shortlisted && draw.chance(PARAMETERS.appointedFromShortlisting[truth]);
    const day =
      i <= PARAMETERS.applications
        ? draw.integer(PERIOD_START, PERIOD_END)
        : draw.chance(0.5)
          ? draw.integer(PERIOD_START - 31, PERIOD_START - 1)
          : draw.integer(PERIOD_END + 1, PERIOD_END + 30);
    const service = draw.weighted(Object.entries(PARAMETERS.services));
    applicationRows.push([`APP-${String(i).padStart(5, '0')}`, ethnicity, shortlisted, appointed, isoOf(day), service]);
  }
  applicationRows.sort((a, b) => a[4].localeCompare(b[4]) || a[0].localeCompare(b[0]));

  const disciplinary = makeCases(draw, people, direct, PARAMETERS.disciplinary, PARAMETERS.casesOutsidePeriod);
  const ftpRates = PARAMETERS.fitnessToPractise;
  const fitnessToPractise = makeCases(draw, people, (p) => direct(p) && p.regulated, ftpRates, 1);

  // CPD: mandatory training for everyone, funded non-mandatory courses for some.
  const cpdRows: [string, number, boolean, boolean][] = [];
  for (const person of people) {
    if (!direct(person) || !employedInPeriod(person)) continue;
    const add = (funded: boolean, mandatory: boolean) => {
      const outside = draw.chance(PARAMETERS.cpdOutsidePeriod);
      const day = outside
        ? dayWithin(draw, person, PERIOD_START - 365, PERIOD_START - 1)
        : dayWithin(draw, person, PERIOD_START, PERIOD_END);
      if (day !== null) cpdRows.push([person.id, day, funded, mandatory]);
    };
    const mandatory = draw.integer(0, 2);
    for (let k = 0; k < mandatory; k++) add(true, true);
    if (draw.chance(PARAMETERS.unfundedMandatory)) add(false, true);
    if (draw.chance(PARAMETERS.selfFundedCpd)) add(false, false);
    if (draw.chance(rate(PARAMETERS.fundedCpd, person.group))) {
      add(true, false);
      if (draw.chance(PARAMETERS.secondFundedCourse)) add(true, false);
    }
  }
  cpdRows.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));

  // Survey: anonymous, so no staffId; ethnicity as the survey form's 2021 labels.
  const surveyDay = dayOf(PARAMETERS.surveyDate);
  const surveyRows: [string, boolean | null, boolean | null, boolean | null, Person['service']][] = [];
  for (const person of people) {
    if (!direct(person) || !employedOn(person, surveyDay) || !draw.chance(PARAMETERS.surveyResponse)) continue;
    const truth: 'white' | 'minority' =
      person.group === 'unknown' ? (draw.chance(0.45) ? 'minority' : 'white') : person.group;
    let ethnicity: string;
    if (person.category === null || draw.chance(PARAMETERS.surveyPreferNotToSay)) {
      ethnicity = draw.chance(0.7) ? 'Prefer not to say' : '';
    } else {
      ethnicity = person.category.ons2021;
    }
    const answer = (p: { white: number; minority: number }) =>
      draw.chance(PARAMETERS.surveyMissingAnswer) ? null : draw.chance(p[truth]);
    const h = PARAMETERS.harassment;
    surveyRows.push([ethnicity, answer(h.public), answer(h.colleagues), answer(h.managers), person.service]);
  }

  const organisation = {
    name: 'Example Borough Council (synthetic)',
    code: 'SYN-EBC',
    populationMinorityShare: 0.46,
  };

  const files: Record<string, string> = {
    'staff.csv': csv(HEADERS.staff, staffRows),
    'applications.csv': csv(HEADERS.applications, applicationRows),
    'disciplinary.csv': csv(HEADERS.disciplinaryCases, disciplinary.map(([id, d]) => [id, isoOf(d)])),
    'fitness-to-practise.csv': csv(HEADERS.fitnessToPractiseReferrals, fitnessToPractise.map(([id, d]) => [id, isoOf(d)])),
    'cpd.csv': csv(HEADERS.cpd, cpdRows.map(([id, d, f, m]) => [id, isoOf(d), f, m])),
    'survey.csv': csv(HEADERS.survey, surveyRows),
    'organisation.json': JSON.stringify(organisation, null, 2) + '\n',
  };
  const records: CouncilRecords = {
    staff,
    applications: applicationRows.map(([id, ethnicity, shortlisted, appointed, date, service]) => ({ id, ethnicity, shortlisted, appointed, date, service })),
    disciplinaryCases: disciplinary.map(([staffId, d]) => ({ staffId, date: isoOf(d) })),
    fitnessToPractiseReferrals: fitnessToPractise.map(([staffId, d]) => ({ staffId, date: isoOf(d) })),
    cpd: cpdRows.map(([staffId, d, funded, mandatory]) => ({ staffId, date: isoOf(d), funded, mandatory })),
    survey: surveyRows.map(([ethnicity, harassmentFromPublic, harassmentFromColleagues, harassmentFromManagers, service]) => ({
      ethnicity,
      harassmentFromPublic,
      harassmentFromColleagues,
      harassmentFromManagers,
      service,
    })),
    organisation,
  };
  return {
    files,
    records,
    counts: {
      staff: staffRows.length,
      applications: applicationRows.length,
      disciplinary: disciplinary.length,
      fitnessToPractise: fitnessToPractise.length,
      cpd: cpdRows.length,
      survey: surveyRows.length,
    },
  };
}
