import type { Period } from '../period/period.js';
import type {
  ValidApplicationRecord,
  ValidCaseRecord,
  ValidCpdRecord,
  ValidDataset,
  ValidStaffRecord,
  ValidSurveyResponse,
} from '../schemas/normalized.js';
import { createBandAssigner, type BandRule } from './bands.js';
import { GroupCode, newCounter, toGroupTally, type ClassifiedEthnicity, type Counter, groupCodeOf } from './group-codes.js';
import type { OutcomeCounts, OutcomeKey, SourceName, SourceSummary, WresCounts } from './types.js';

/** What the record pass needs to know. */
export interface CountingOptions {
  period: Period;
  /** Population of metrics 3, 4, 5 and 8. */
  population: 'at-risk' | 'snapshot';
  /** Restrict to one service (compared case-insensitively). */
  service?: string | undefined;
  bands: BandRule;
  /** A fresh classifier for one source's ethnicity values. */
  classifier: () => (value: string | null) => ClassifiedEthnicity & { matched: boolean };
}

/** Per-source facts the pass finds, beyond the counts. */
export type SourceFacts = Partial<Pick<SourceSummary,
  'ethnicityCompleteness' | 'excludedNotDirect' | 'excludedOutOfScope' | 'excludedOutsidePeriod' |
  'excludedNotInPopulation' | 'excludedNotFundedNonMandatory'>>;

export interface RecordCounts {
  counts: WresCounts;
  facts: Partial<Record<SourceName, SourceFacts>>;
}

/** Looks up group codes by raw value, classifying each distinct value once, and counts unmatched values. */
class EthnicityCoder {
  private readonly codes = new Map<string, number>();
  readonly unmatched = new Map<string, number>();
  known = 0;
  total = 0;
  constructor(private readonly classify: (value: string | null) => ClassifiedEthnicity & { matched: boolean }) {}

  code(raw: string | null): number {
    this.total += 1;
    if (raw === null) return GroupCode.unknown;
    let code = this.codes.get(raw);
    if (code === undefined) {
      const classified = this.classify(raw);
      code = groupCodeOf(classified) | (classified.matched || raw.trim() === '' ? 0 : UNMATCHED);
      this.codes.set(raw, code);
    }
    if (code & UNMATCHED) {
      this.unmatched.set(raw, (this.unmatched.get(raw) ?? 0) + 1);
      code &= ~UNMATCHED;
    }
    if (code !== GroupCode.unknown) this.known += 1;
    return code;
  }

  completeness(): number | null {
    return this.total === 0 ? null : this.known / this.total;
  }
}
const UNMATCHED = 16;

function bump(counter: Counter, code: number): void {
  counter[code] = (counter[code] as number) + 1;
}

const IN_POPULATION = 1;
const REGULATED = 2;

const sameService = (value: string | undefined, wanted: string | undefined): boolean =>
  wanted === undefined || (value !== undefined && (value === wanted || value.trim().toLowerCase() === wanted));

const isDirect = (employment: string | undefined): boolean =>
  employment === undefined || employment === 'direct' || employment.trim().toLowerCase() === 'direct';

/**
 * One pass over each source, counting by integer-coded group into typed arrays: the record-level
 * half of every metric. Scope and employment filters, populations and period rules are applied here.
 */
export function countRecords(dataset: ValidDataset, options: CountingOptions): RecordCounts {
  const { period } = options;
  const service = options.service?.trim().toLowerCase();
  const facts: Partial<Record<SourceName, SourceFacts>> = {};
  const unmatchedEthnicity: NonNullable<WresCounts['unmatchedEthnicity']> = [];
  const outcomes: Partial<Record<OutcomeKey, OutcomeCounts>> = {};
  const finish = (source: SourceName, coder: EthnicityCoder, sourceFacts: SourceFacts): void => {
    facts[source] = { ...sourceFacts, ethnicityCompleteness: coder.completeness() };
    for (const [value, count] of coder.unmatched) unmatchedEthnicity.push({ source, value, count });
  };

  // Staff: snapshot bands and senior managers, the at-risk (or snapshot) population, leavers.
  const staffCoder = new EthnicityCoder(options.classifier());
  const bandAssigner = createBandAssigner(options.bands);
  const bandCounters: Counter[] = [];
  const bandNotKnown = newCounter();
  const snapshot = newCounter();
  const seniorManagers = newCounter();
  const population = newCounter();
  const regulatedPopulation = newCounter();
  const leavers = newCounter();
  const staffIndex = new Map<string, number>();
  const staffList = dataset.staff;
  const staffGroup = new Uint8Array(staffList.length);
  const staffFlags = new Uint8Array(staffList.length);
  let anyBand = false;
  let anySeniorFlag = false;
  let anyRegulatedFlag = false;
  let excludedNotDirect = 0;
  let excludedOutOfScope = 0;
  const snapshotPopulation = options.population === 'snapshot';

  for (let i = 0; i < staffList.length; i += 1) {
    const staff = staffList[i] as ValidStaffRecord;
    staffIndex.set(staff.id, i);
    if (!sameService(staff.service, service)) {
      excludedOutOfScope += 1;
      continue;
    }
    if (!isDirect(staff.employment)) {
      excludedNotDirect += 1;
      continue;
    }
    const group = staffCoder.code(staff.ethnicity);
    staffGroup[i] = group;
    const start = staff.startDate;
    const end = staff.endDate;
    const startedByEnd = start === undefined || start <= period.end;
    const inSnapshot = startedByEnd && (end === undefined || end >= period.end);
    const atRisk = startedByEnd && (end === undefined || end >= period.start);
    if (staff.seniorManager !== undefined) anySeniorFlag = true;
    if (staff.regulatedProfessional !== undefined) anyRegulatedFlag = true;
    if (inSnapshot) {
      bump(snapshot, group);
      if (staff.seniorManager === true) bump(seniorManagers, group);
      const band = bandAssigner.indexOf(staff.payBand, staff.salary);
      if (band < 0) bump(bandNotKnown, group);
      else {
        anyBand = true;
        const counter = bandCounters[band] ?? (bandCounters[band] = newCounter());
        bump(counter, group);
      }
    }
    if (snapshotPopulation ? inSnapshot : atRisk) {
      let flags = IN_POPULATION;
      bump(population, group);
      if (staff.regulatedProfessional === true) {
        flags |= REGULATED;
        bump(regulatedPopulation, group);
      }
      if (end !== undefined && end >= period.start && end <= period.end) bump(leavers, group);
      staffFlags[i] = flags;
    }
  }
  finish('staff', staffCoder, { excludedNotDirect, excludedOutOfScope });

  const populationTally = toGroupTally(population);
  outcomes['left-organisation'] = { population: populationTally, outcome: toGroupTally(leavers) };
  if (anySeniorFlag) outcomes['senior-management'] = { population: toGroupTally(snapshot), outcome: toGroupTally(seniorManagers) };
  const labels = bandAssigner.labels();
  const counts: WresCounts = { outcomes, unmatchedEthnicity };
  if (anyBand) {
    counts.bands = {
      labels,
      staff: labels.map((_, i) => toGroupTally(bandCounters[i] ?? newCounter())),
      bandNotKnown: toGroupTally(bandNotKnown),
    };
  }

  // Cases and CPD: distinct staff of the population with at least one qualifying record in the period.
  const countDistinctStaff = (
    source: SourceName,
    records: readonly (ValidCaseRecord | ValidCpdRecord)[],
    requiredFlags: number,
    qualifies?: (record: ValidCpdRecord) => boolean,
  ): OutcomeCounts => {
    const counted = new Uint8Array(staffList.length);
    const outcome = newCounter();
    let excludedOutsidePeriod = 0;
    let excludedNotInPopulation = 0;
    let excludedNotFundedNonMandatory = 0;
    for (let r = 0; r < records.length; r += 1) {
      const record = records[r] as ValidCaseRecord;
      if (qualifies !== undefined && !qualifies(record as ValidCpdRecord)) {
        excludedNotFundedNonMandatory += 1;
        continue;
      }
      if (record.date < period.start || record.date > period.end) {
        excludedOutsidePeriod += 1;
        continue;
      }
      const i = staffIndex.get(record.staffId);
      if (i === undefined || ((staffFlags[i] as number) & requiredFlags) !== requiredFlags) {
        excludedNotInPopulation += 1;
        continue;
      }
      if (counted[i] === 1) continue;
      counted[i] = 1;
      bump(outcome, staffGroup[i] as number);
    }
    const sourceFacts: SourceFacts = { excludedOutsidePeriod, excludedNotInPopulation };
    if (qualifies !== undefined) sourceFacts.excludedNotFundedNonMandatory = excludedNotFundedNonMandatory;
    // These records carry no ethnicity: completeness is that of the distinct staff counted.
    let distinct = 0;
    for (const value of outcome) distinct += value;
    facts[source] = {
      ...sourceFacts,
      ethnicityCompleteness: distinct === 0 ? null : 1 - (outcome[GroupCode.unknown] as number) / distinct,
    };
    return {
      population: requiredFlags === IN_POPULATION ? populationTally : toGroupTally(regulatedPopulation),
      outcome: toGroupTally(outcome),
    };
  };
  if (dataset.disciplinaryCases !== undefined) {
    outcomes['entered-disciplinary'] = countDistinctStaff('disciplinaryCases', dataset.disciplinaryCases, IN_POPULATION);
  }
  if (dataset.fitnessToPractiseReferrals !== undefined && anyRegulatedFlag) {
    outcomes['fitness-to-practise-referral'] = countDistinctStaff(
      'fitnessToPractiseReferrals', dataset.fitnessToPractiseReferrals, IN_POPULATION | REGULATED);
  }
  if (dataset.cpd !== undefined) {
    outcomes['accessed-funded-cpd'] = countDistinctStaff('cpd', dataset.cpd, IN_POPULATION,
      (record) => record.funded && !record.mandatory);
  }

  if (dataset.applications !== undefined) {
    outcomes['appointed-from-shortlisting'] = countApplications(dataset.applications, options, service, finish);
  }
  if (dataset.survey !== undefined) countSurvey(dataset.survey, options, service, outcomes, finish);

  const organisation = dataset.organisation;
  if (organisation !== undefined) counts.organisation = organisation;
  return { counts, facts };
}

type Finish = (source: SourceName, coder: EthnicityCoder, facts: SourceFacts) => void;

function countApplications(
  applications: readonly ValidApplicationRecord[],
  options: CountingOptions,
  service: string | undefined,
  finish: Finish,
): OutcomeCounts {
  const coder = new EthnicityCoder(options.classifier());
  const shortlisted = newCounter();
  const appointed = newCounter();
  let excludedOutOfScope = 0;
  let excludedOutsidePeriod = 0;
  const { start, end } = options.period;
  for (let r = 0; r < applications.length; r += 1) {
    const application = applications[r] as ValidApplicationRecord;
    if (!sameService(application.service, service)) {
      excludedOutOfScope += 1;
      continue;
    }
    if (application.date < start || application.date > end) {
      excludedOutsidePeriod += 1;
      continue;
    }
    const group = coder.code(application.ethnicity);
    if (application.shortlisted) {
      bump(shortlisted, group);
      if (application.appointed) bump(appointed, group);
    }
  }
  finish('applications', coder, { excludedOutOfScope, excludedOutsidePeriod });
  return { population: toGroupTally(shortlisted), outcome: toGroupTally(appointed) };
}

const SURVEY_QUESTIONS = [
  ['harassment-from-public', 'harassmentFromPublic'],
  ['harassment-from-colleagues', 'harassmentFromColleagues'],
  ['harassment-from-managers', 'harassmentFromManagers'],
] as const;

function countSurvey(
  survey: readonly ValidSurveyResponse[],
  options: CountingOptions,
  service: string | undefined,
  outcomes: Partial<Record<OutcomeKey, OutcomeCounts>>,
  finish: Finish,
): void {
  const coder = new EthnicityCoder(options.classifier());
  const answered = SURVEY_QUESTIONS.map(() => newCounter());
  const yes = SURVEY_QUESTIONS.map(() => newCounter());
  const anyAnswer = SURVEY_QUESTIONS.map(() => false);
  let excludedOutOfScope = 0;
  for (let r = 0; r < survey.length; r += 1) {
    const response = survey[r] as ValidSurveyResponse;
    if (!sameService(response.service, service)) {
      excludedOutOfScope += 1;
      continue;
    }
    const group = coder.code(response.ethnicity);
    for (let q = 0; q < SURVEY_QUESTIONS.length; q += 1) {
      const answer = response[(SURVEY_QUESTIONS[q] as (typeof SURVEY_QUESTIONS)[number])[1]];
      if (answer === undefined || answer === null) continue;
      anyAnswer[q] = true;
      bump((answered[q] as Counter), group);
      if (answer) bump((yes[q] as Counter), group);
    }
  }
  SURVEY_QUESTIONS.forEach(([key], q) => {
    if (anyAnswer[q]) outcomes[key] = { population: toGroupTally(answered[q] as Counter), outcome: toGroupTally(yes[q] as Counter) };
  });
  finish('survey', coder, { excludedOutOfScope });
}
