import type { Period } from '../period/period.js';
import type {
  ValidApplicationRecord,
  ValidCaseRecord,
  ValidCpdRecord,
  ValidStaffRecord,
  ValidSurveyResponse,
} from '../schemas/normalized.js';
import { WresInputError, type InputIssue } from '../errors.js';
import { createBandAssigner, type BandAssigner, type BandRule } from './bands.js';
import { CategoryKeys, KNOWN_EMPLOYMENT, ValueTally } from './categories.js';
import { EthnicityCoder } from './ethnicity-coder.js';
import { GROUP_CODE_COUNT, GroupCode, newCounter, toGroupTally, type ClassifiedEthnicity, type Counter } from './group-codes.js';
import type { OutcomeCounts, OutcomeKey, SourceName, SourceSummary, WresCounts } from '../model/counts.js';

/** What the record pass needs to know. */
export interface CountingOptions {
  period: Period;
  /** Population of metrics 3, 4, 5 and 8. */
  population: 'at-risk' | 'snapshot';
  /** Restrict to one service (compared case-, space- and punctuation-insensitively). */
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

/** The sources that point to staff by `staffId`. */
export type LinkedSource = 'disciplinaryCases' | 'fitnessToPractiseReferrals' | 'cpd';

/** A staff record's fields other than its dates as a {@link RecordCounter} reads them (see `resolveStaff`). */
export interface ResolvedStaff {
  /** Band index, or -1 when not known. */
  band: number;
  /** The employment value's matching key and text when the library does not know it. */
  unknownEmployment: [key: string, value: string] | undefined;
  direct: boolean;
  /** In the `service` scope (or no scope). */
  inScope: boolean;
  /** The service's matching key and text when out of scope. */
  service: [key: string, value: string] | undefined;
  ethnicity: string | null;
  /** The ethnicity's classification (`EthnicityCoder.classify`). */
  group: number;
  seniorManager: boolean | undefined;
  regulatedProfessional: boolean | undefined;
}

function emptyResolvedStaff(): ResolvedStaff {
  return { band: -1, unknownEmployment: undefined, direct: true, inScope: true, service: undefined, ethnicity: null, group: 0, seniorManager: undefined, regulatedProfessional: undefined };
}

/**
 * What a {@link RecordCounter} counted of staff records alone: a part of the staff file counted on
 * another thread, to be added to the counter of the parts before it ({@link RecordCounter.addStaffPart}).
 * Plain data and typed arrays, so it crosses threads as it is.
 */
export interface StaffPartCounts {
  /** Staff members counted (their ordinals are 0 to `staffCount - 1` in the part). */
  staffCount: number;
  /** Group code and population flags by ordinal in the part. */
  staffState: Uint8Array;
  /** The counters of {@link STAFF_COUNTERS}, one after another. */
  counters: Float64Array;
  /** The bands the part's assigner knows, what each carried, and each band's snapshot counter (one after another). */
  bandLabels: string[];
  bandCarried: number[];
  bandCounters: Float64Array;
  flags: { anyBand: boolean; anySeniorFlag: boolean; anyRegulatedFlag: boolean };
  excludedNotDirect: number;
  excludedOutOfScope: number;
  serviceMatched: number;
  unknownEmployment: ReturnType<ValueTally['parts']>;
  staffServices: ReturnType<ValueTally['parts']>;
  ethnicity: { known: number; total: number; unmatched: [string, number][] };
}

/**
 * Counts records one at a time: staff first, then the other sources in any order. Both the
 * in-memory pass and the streaming entry feed it, so the rules live in one place.
 */
export interface RecordCounter {
  /** `ordinal` numbers the staff member (distinct, from 0); linked records point to it. */
  addStaff(staff: ValidStaffRecord, ordinal: number): void;
  /**
   * What a staff record's fields other than its dates mean here (its band, scope, employment,
   * ethnicity group), worked out without counting it: records alike in those fields resolve
   * alike, so a caller may resolve each kind once and add each record with
   * {@link RecordCounter.addResolvedStaff}. Bands are numbered in order of first resolution.
   * @param into An object to fill and return instead of a new one.
   */
  resolveStaff(staff: ValidStaffRecord, into?: ResolvedStaff): ResolvedStaff;
  /** Counts a staff record resolved by {@link RecordCounter.resolveStaff}, with its dates: `addStaff` is this after that. */
  addResolvedStaff(staff: Readonly<ResolvedStaff>, startDate: string | undefined, endDate: string | undefined, ordinal: number): void;
  /** What was counted of the staff records so far (call it on a counter given staff records only). */
  staffPart(): StaffPartCounts;
  /**
   * Adds the staff records of a later part of the staff file counted by another counter of the
   * same options ({@link RecordCounter.staffPart}), as if they had been added here: their ordinals
   * follow this counter's. Call it before any case or CPD record.
   */
  addStaffPart(part: StaffPartCounts): void;
  /** Declares a source present (so an empty one is data, not "no data"). */
  openSource(source: Exclude<SourceName, 'staff'>): void;
  /** `staffOrdinal` is the ordinal of the staff member the record's `staffId` names, if any. */
  addLinked(source: LinkedSource, record: ValidCaseRecord | ValidCpdRecord, staffOrdinal: number | undefined): void;
  addApplication(application: ValidApplicationRecord): void;
  addSurveyResponse(response: ValidSurveyResponse): void;
  finish(organisation?: WresCounts['organisation']): RecordCounts;
}

/** The staff counters a {@link StaffPartCounts} carries, in order. */
const STAFF_COUNTERS = 6;

const IN_POPULATION = 1;
const REGULATED = 2;

function bump(counter: Counter, code: number): void {
  counter[code] = (counter[code] as number) + 1;
}

const KNOWN_EMPLOYMENT_WORDS = `direct (counted, as is a blank), and ${[...KNOWN_EMPLOYMENT.keys()].filter((k) => k !== 'direct').join(', ')} (left out as not directly employed)`;

/**
 * The SPEC 10a checks the record pass can make: employment values the library does not know, a
 * service in scope that no staff record has, `payBands` labels no staff record carries. Each is
 * an input error that names the values and counts, never a quiet exclusion.
 */
function filterProblems(
  unknownEmployment: ValueTally,
  service: string | undefined,
  serviceMatched: number,
  staffServices: ValueTally,
  bands: BandAssigner,
  staffCount: number,
): InputIssue[] {
  const issues: InputIssue[] = [];
  if (unknownEmployment.size > 0) {
    const values = unknownEmployment.list();
    const mapping = Object.fromEntries(values.slice(0, 5).map((v) => [v.value, 'direct']));
    issues.push({
      source: 'staff',
      field: 'employment',
      message: `has ${values.length === 1 ? 'a value' : `${values.length} values`} the library does not know: ${unknownEmployment.describe()}. ` +
        `The known values are ${KNOWN_EMPLOYMENT_WORDS}. Map each value to one of them, for example in an import profile: ` +
        `"values": { "employment": ${JSON.stringify(mapping).replace(/,/g, ', ').replace(/:/g, ': ')} } (use "agency", "bank" or "other" for staff who are not directly employed)`,
    });
  }
  if (service !== undefined && serviceMatched === 0 && staffCount > 0) {
    issues.push({
      source: 'options',
      field: 'scope.service',
      value: service,
      message: staffServices.size === 0
        ? 'matches no staff record: no staff record has a service'
        : `matches no staff record's service (compared ignoring case, spaces and punctuation); the staff records' services are ${staffServices.describe()}`,
    });
  }
  const labels = bands.labels();
  const carried = bands.carried();
  const missing = labels.slice(0, bands.ordered).filter((_, i) => carried[i] === 0);
  if (missing.length > 0 && staffCount > 0) {
    const extra = labels.slice(bands.ordered).map((label, i) => `${JSON.stringify(label)} (${carried[bands.ordered + i]} records)`);
    issues.push({
      source: 'options',
      field: 'payBands',
      message: `${missing.length === 1 ? 'has a band' : `has ${missing.length} bands`} that no staff record carries (compared ignoring case, spaces and punctuation): ${missing.map((m) => JSON.stringify(m)).join(', ')}; ` +
        (extra.length === 0 ? 'every staff band is in payBands' : `the staff records' bands not in payBands are ${extra.join(', ')}`),
    });
  }
  return issues;
}

const SURVEY_QUESTIONS = [
  ['harassment-from-public', 'harassmentFromPublic'],
  ['harassment-from-colleagues', 'harassmentFromColleagues'],
  ['harassment-from-managers', 'harassmentFromManagers'],
] as const;

interface LinkedTally {
  counted: Uint8Array;
  outcome: Counter;
  excludedOutsidePeriod: number;
  excludedNotInPopulation: number;
  excludedNotFundedNonMandatory: number;
}

/**
 * Creates the record counter: integer-coded groups counted into typed arrays, no allocation per
 * record, scope and employment filters, populations and period rules applied as records arrive.
 */
export function createRecordCounter(options: CountingOptions): RecordCounter {
  const { period } = options;
  const keys = new CategoryKeys();
  const service = options.service === undefined ? undefined : keys.of(options.service);
  const sameService = (value: string | undefined): boolean =>
    service === undefined || (value !== undefined && keys.of(value) === service);
  // For the SPEC 10a errors: employment values not known, the staff services when none matched.
  const unknownEmployment = new ValueTally();
  const staffServices = new ValueTally();
  let serviceMatched = 0;
  const snapshotPopulation = options.population === 'snapshot';

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
  const staffCounters = [snapshot, seniorManagers, bandNotKnown, population, regulatedPopulation, leavers];
  // Group code (low 3 bits) and population flags (above) of each staff member by ordinal, grown as staff arrive.
  let staffState = new Uint8Array(1024);
  let staffCount = 0;
  let anyBand = false;
  let anySeniorFlag = false;
  let anyRegulatedFlag = false;
  let excludedNotDirect = 0;
  let excludedOutOfScope = 0;
  let staffClosed = false;

  const linked: Partial<Record<LinkedSource, LinkedTally>> = {};
  const declaredLinked = new Set<LinkedSource>();
  const openLinked = (source: LinkedSource): LinkedTally => {
    staffClosed = true;
    let tally = linked[source];
    if (tally === undefined) {
      tally = { counted: new Uint8Array(staffCount), outcome: newCounter(), excludedOutsidePeriod: 0, excludedNotInPopulation: 0, excludedNotFundedNonMandatory: 0 };
      linked[source] = tally;
    }
    return tally;
  };

  let applications: { coder: EthnicityCoder; shortlisted: Counter; appointed: Counter; excludedOutOfScope: number; excludedOutsidePeriod: number } | undefined;
  const openApplications = () => (applications ??= { coder: new EthnicityCoder(options.classifier()), shortlisted: newCounter(), appointed: newCounter(), excludedOutOfScope: 0, excludedOutsidePeriod: 0 });
  let survey: { coder: EthnicityCoder; answered: Counter[]; yes: Counter[]; anyAnswer: boolean[]; excludedOutOfScope: number } | undefined;
  const openSurvey = () => (survey ??= {
    coder: new EthnicityCoder(options.classifier()),
    answered: SURVEY_QUESTIONS.map(() => newCounter()),
    yes: SURVEY_QUESTIONS.map(() => newCounter()),
    anyAnswer: SURVEY_QUESTIONS.map(() => false),
    excludedOutOfScope: 0,
  });

  // The resolved record addStaff reuses (one record at a time).
  const scratch = emptyResolvedStaff();
  const resolveStaff: RecordCounter['resolveStaff'] = (staff, into) => {
    const resolved = into ?? emptyResolvedStaff();
    // Bands are the labels found in the staff records, in order of first appearance (whoever
    // carries them); only staff in post are counted in them.
    resolved.band = bandAssigner.find(staff.payBand, staff.salary);
    const employment = staff.employment;
    resolved.direct = true;
    resolved.unknownEmployment = undefined;
    if (employment !== undefined && employment !== 'direct') {
      const key = keys.of(employment);
      const kind = KNOWN_EMPLOYMENT.get(key);
      if (kind === undefined) resolved.unknownEmployment = [key, employment];
      resolved.direct = kind === 'direct';
    }
    resolved.inScope = sameService(staff.service);
    resolved.service = resolved.inScope || staff.service === undefined ? undefined : [keys.of(staff.service), staff.service];
    resolved.ethnicity = staff.ethnicity;
    resolved.group = staffCoder.classify(staff.ethnicity);
    resolved.seniorManager = staff.seniorManager;
    resolved.regulatedProfessional = staff.regulatedProfessional;
    return resolved;
  };

  const addResolvedStaff: RecordCounter['addResolvedStaff'] = (staff, start, end, ordinal) => {
    if (staffClosed) throw new Error('createRecordCounter: staff records must all come before cases and CPD records');
    const i = ordinal;
    if (i >= staffCount) staffCount = i + 1;
    if (i >= staffState.length) {
      const grown = new Uint8Array(Math.max(staffState.length * 2, i + 1));
      grown.set(staffState);
      staffState = grown;
    }
    if (staff.band >= 0) bandAssigner.carry(staff.band);
    if (staff.unknownEmployment !== undefined) unknownEmployment.add(staff.unknownEmployment[0], staff.unknownEmployment[1]);
    if (!staff.inScope) {
      if (serviceMatched === 0 && staff.service !== undefined) staffServices.add(staff.service[0], staff.service[1]);
      excludedOutOfScope += 1;
      return;
    }
    if (service !== undefined) serviceMatched += 1;
    if (!staff.direct) {
      excludedNotDirect += 1;
      return;
    }
    const group = staffCoder.count(staff.group, staff.ethnicity);
    const band = staff.band;
    const startedByEnd = start === undefined || start <= period.end;
    const inSnapshot = startedByEnd && (end === undefined || end >= period.end);
    const atRisk = startedByEnd && (end === undefined || end >= period.start);
    if (staff.seniorManager !== undefined) anySeniorFlag = true;
    if (staff.regulatedProfessional !== undefined) anyRegulatedFlag = true;
    if (inSnapshot) {
      bump(snapshot, group);
      if (staff.seniorManager === true) bump(seniorManagers, group);
      if (band < 0) bump(bandNotKnown, group);
      else {
        anyBand = true;
        bump(bandCounters[band] ?? (bandCounters[band] = newCounter()), group);
      }
    }
    let flags = 0;
    if (snapshotPopulation ? inSnapshot : atRisk) {
      flags = IN_POPULATION;
      bump(population, group);
      if (staff.regulatedProfessional === true) {
        flags |= REGULATED;
        bump(regulatedPopulation, group);
      }
      if (end !== undefined && end >= period.start && end <= period.end) bump(leavers, group);
    }
    staffState[i] = group | (flags << 3);
    };

  return {
    resolveStaff,
    addResolvedStaff,
    addStaff(staff, ordinal) {
      addResolvedStaff(resolveStaff(staff, scratch), staff.startDate, staff.endDate, ordinal);
    },

    staffPart() {
      const counters = new Float64Array(STAFF_COUNTERS * GROUP_CODE_COUNT);
      staffCounters.forEach((counter, i) => counters.set(counter, i * GROUP_CODE_COUNT));
      const bandLabels = bandAssigner.labels();
      const bandCounts = new Float64Array(bandLabels.length * GROUP_CODE_COUNT);
      bandCounters.forEach((counter, band) => bandCounts.set(counter, band * GROUP_CODE_COUNT));
      return {
        staffCount,
        staffState: staffState.subarray(0, staffCount),
        counters,
        bandLabels,
        bandCarried: bandAssigner.carried(),
        bandCounters: bandCounts,
        flags: { anyBand, anySeniorFlag, anyRegulatedFlag },
        excludedNotDirect,
        excludedOutOfScope,
        serviceMatched,
        unknownEmployment: unknownEmployment.parts(),
        staffServices: staffServices.parts(),
        ethnicity: { known: staffCoder.known, total: staffCoder.total, unmatched: [...staffCoder.unmatched] },
      };
    },

    addStaffPart(part) {
      if (staffClosed) throw new Error('createRecordCounter: staff records must all come before cases and CPD records');
      staffCounters.forEach((counter, i) => {
        for (let g = 0; g < GROUP_CODE_COUNT; g++) counter[g] = (counter[g] as number) + (part.counters[i * GROUP_CODE_COUNT + g] as number);
      });
      bandAssigner.merge(part.bandLabels, part.bandCarried).forEach((band, i) => {
        const counter = bandCounters[band] ?? (bandCounters[band] = newCounter());
        for (let g = 0; g < GROUP_CODE_COUNT; g++) counter[g] = (counter[g] as number) + (part.bandCounters[i * GROUP_CODE_COUNT + g] as number);
      });
      anyBand ||= part.flags.anyBand;
      anySeniorFlag ||= part.flags.anySeniorFlag;
      anyRegulatedFlag ||= part.flags.anyRegulatedFlag;
      excludedNotDirect += part.excludedNotDirect;
      excludedOutOfScope += part.excludedOutOfScope;
      // The services seen are listed only when none matched (then both parts listed all theirs).
      staffServices.merge(part.staffServices);
      serviceMatched += part.serviceMatched;
      unknownEmployment.merge(part.unknownEmployment);
      staffCoder.merge(part.ethnicity);
      const grown = new Uint8Array(staffCount + part.staffCount);
      grown.set(staffState.subarray(0, staffCount));
      grown.set(part.staffState, staffCount);
      staffState = grown;
      staffCount += part.staffCount;
    },

    openSource(source) {
      if (source === 'applications') openApplications();
      else if (source === 'survey') openSurvey();
      // Declaring a linked source does not close staff intake: its tally is made at its first record.
      else declaredLinked.add(source);
    },

    addLinked(source, record, staffOrdinal) {
      const tally = openLinked(source);
      if (source === 'cpd') {
        const cpd = record as ValidCpdRecord;
        if (!cpd.funded || cpd.mandatory) {
          tally.excludedNotFundedNonMandatory += 1;
          return;
        }
      }
      if (record.date < period.start || record.date > period.end) {
        tally.excludedOutsidePeriod += 1;
        return;
      }
      const required = source === 'fitnessToPractiseReferrals' ? (IN_POPULATION | REGULATED) << 3 : IN_POPULATION << 3;
      const i = staffOrdinal;
      const state = i === undefined ? 0 : (staffState[i] ?? 0);
      if ((state & required) !== required) {
        tally.excludedNotInPopulation += 1;
        return;
      }
      if (tally.counted[i as number] === 1) return;
      tally.counted[i as number] = 1;
      bump(tally.outcome, state & 7);
    },

    addApplication(application) {
      const tally = openApplications();
      if (!sameService(application.service)) {
        tally.excludedOutOfScope += 1;
        return;
      }
      if (application.date < period.start || application.date > period.end) {
        tally.excludedOutsidePeriod += 1;
        return;
      }
      const group = tally.coder.code(application.ethnicity);
      if (application.shortlisted) {
        bump(tally.shortlisted, group);
        if (application.appointed) bump(tally.appointed, group);
      }
    },

    addSurveyResponse(response) {
      const tally = openSurvey();
      if (!sameService(response.service)) {
        tally.excludedOutOfScope += 1;
        return;
      }
      const group = tally.coder.code(response.ethnicity);
      for (let q = 0; q < SURVEY_QUESTIONS.length; q += 1) {
        const answer = response[(SURVEY_QUESTIONS[q] as (typeof SURVEY_QUESTIONS)[number])[1]];
        if (answer === undefined || answer === null) continue;
        tally.anyAnswer[q] = true;
        bump(tally.answered[q] as Counter, group);
        if (answer) bump(tally.yes[q] as Counter, group);
      }
    },

    finish(organisation) {
      const problems = filterProblems(unknownEmployment, options.service, serviceMatched, staffServices, bandAssigner, staffCount);
      if (problems.length > 0) {
        throw new WresInputError(problems, `The data and options have ${problems.length === 1 ? 'a problem' : `${problems.length} problems`} that would make the figures wrong:`);
      }
      const facts: Partial<Record<SourceName, SourceFacts>> = {};
      const unmatchedEthnicity: NonNullable<WresCounts['unmatchedEthnicity']> = [];
      const noteCoder = (source: SourceName, coder: EthnicityCoder, sourceFacts: SourceFacts): void => {
        facts[source] = { ...sourceFacts, ethnicityCompleteness: coder.completeness() };
        for (const [value, count] of coder.unmatched) unmatchedEthnicity.push({ source, value, count });
      };
      noteCoder('staff', staffCoder, { excludedNotDirect, excludedOutOfScope });

      const outcomes: Partial<Record<OutcomeKey, OutcomeCounts>> = {};
      const populationTally = toGroupTally(population);
      outcomes['left-organisation'] = { population: populationTally, outcome: toGroupTally(leavers) };
      if (anySeniorFlag) outcomes['senior-management'] = { population: toGroupTally(snapshot), outcome: toGroupTally(seniorManagers) };
      const counts: WresCounts = { outcomes, unmatchedEthnicity };
      if (anyBand) {
        const labels = bandAssigner.labels();
        counts.bands = {
          labels,
          staff: labels.map((_, i) => toGroupTally(bandCounters[i] ?? newCounter())),
          bandNotKnown: toGroupTally(bandNotKnown),
        };
      }

      const linkedOutcome: Record<LinkedSource, OutcomeKey> = {
        disciplinaryCases: 'entered-disciplinary',
        fitnessToPractiseReferrals: 'fitness-to-practise-referral',
        cpd: 'accessed-funded-cpd',
      };
      for (const source of ['disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd'] as const) {
        const tally = linked[source] ?? (declaredLinked.has(source) ? openLinked(source) : undefined);
        if (tally === undefined) continue;
        const sourceFacts: SourceFacts = { excludedOutsidePeriod: tally.excludedOutsidePeriod, excludedNotInPopulation: tally.excludedNotInPopulation };
        if (source === 'cpd') sourceFacts.excludedNotFundedNonMandatory = tally.excludedNotFundedNonMandatory;
        // These records carry no ethnicity: completeness is that of the distinct staff counted.
        let distinct = 0;
        for (const value of tally.outcome) distinct += value;
        sourceFacts.ethnicityCompleteness = distinct === 0 ? null : 1 - (tally.outcome[GroupCode.unknown] as number) / distinct;
        facts[source] = sourceFacts;
        // Metric 4 needs to know who is a regulated professional.
        if (source === 'fitnessToPractiseReferrals' && !anyRegulatedFlag) continue;
        outcomes[linkedOutcome[source]] = {
          population: source === 'fitnessToPractiseReferrals' ? toGroupTally(regulatedPopulation) : populationTally,
          outcome: toGroupTally(tally.outcome),
        };
      }
      if (applications !== undefined) {
        noteCoder('applications', applications.coder, { excludedOutOfScope: applications.excludedOutOfScope, excludedOutsidePeriod: applications.excludedOutsidePeriod });
        outcomes['appointed-from-shortlisting'] = { population: toGroupTally(applications.shortlisted), outcome: toGroupTally(applications.appointed) };
      }
      if (survey !== undefined) {
        const { answered, yes, anyAnswer } = survey;
        noteCoder('survey', survey.coder, { excludedOutOfScope: survey.excludedOutOfScope });
        SURVEY_QUESTIONS.forEach(([key], q) => {
          if (anyAnswer[q]) outcomes[key] = { population: toGroupTally(answered[q] as Counter), outcome: toGroupTally(yes[q] as Counter) };
        });
      }
      if (organisation !== undefined) counts.organisation = organisation;
      return { counts, facts };
    },
  };
}
