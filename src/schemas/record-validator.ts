/**
 * Validation one record at a time, so a dataset can be checked as it streams past (and counted
 * in the same pass) without a validated copy being kept. Staff records come first: the other
 * sources are checked against the staff ids seen. `validateDataset` is this, collected into arrays.
 *
 * @module
 */
import type * as z from 'zod';
import { unknownKeyMessage } from '../errors.js';
import type { SourceName } from '../model/counts.js';
import { fastApplication, fastCase, fastCpd, fastStaff, fastSurvey } from './fast.js';
import { type Finding, SOURCE_NAMES, makeIssue, readableId, recordFindings } from './findings.js';
import { ProblemLog, ReasonCounts } from './problem-log.js';
import { RECORD_FIELDS } from './record-fields.js';
import type {
  ValidApplicationRecord,
  ValidCaseRecord,
  ValidCpdRecord,
  ValidStaffRecord,
  ValidSurveyResponse,
} from './normalized.js';
import {
  ApplicationRecordSchema,
  CaseRecordSchema,
  CpdRecordSchema,
  StaffRecordSchema,
  SurveyResponseSchema,
} from './records.js';

/** Options of validation. */
export interface ValidateOptions {
  /**
   * `'strict'` (default): any problem rejects the whole dataset, and the error lists every
   * problem. `'lenient'`: bad records are skipped and counted by reason.
   */
  mode?: 'strict' | 'lenient';
  /** CSV row number of each record, by source (`rows.staff[i]` is the row of `staff[i]`). */
  rows?: Partial<Record<SourceName, ArrayLike<number>>>;
  /**
   * `'error'` (default): a record with a key that is not one of its source's fields is a problem
   * (a misspelt `ethnicOrigin` would otherwise make everyone unknown); `'ignore'`: such keys are
   * dropped.
   */
  unknownKeys?: 'error' | 'ignore';
}

/** What validation did with one source. */
export interface SourceValidation {
  /** Whether the source was given (an empty list is present; a missing one is "no data"). */
  present: boolean;
  rowsRead: number;
  rowsUsed: number;
  rowsSkipped: number;
  /** Why records were skipped (lenient mode), most frequent first. */
  skippedReasons: { reason: string; count: number }[];
}

/** The sources whose records point to staff by `staffId`. */
export type StaffLinkedSource = 'disciplinaryCases' | 'fitnessToPractiseReferrals' | 'cpd';

/** A record of a linked source, with the index of the staff record its `staffId` names. */
export interface LinkedRecord<R> {
  record: R;
  staffIndex: number;
}

/**
 * Checks records one by one. Each method returns the validated record, or `undefined` when the
 * record has a problem (in lenient mode it is skipped and counted; in strict mode `finish` throws).
 */
export interface RecordValidator {
  /** Declares a source present, even if it turns out to have no records. */
  open(source: SourceName): void;
  /** `index` is the record's position in its source; `row`, when given, its CSV row (else from `options.rows`). */
  staff(raw: unknown, index: number, row?: number): ValidStaffRecord | undefined;
  linked(source: 'cpd', raw: unknown, index: number, row?: number): LinkedRecord<ValidCpdRecord> | undefined;
  linked(source: StaffLinkedSource, raw: unknown, index: number, row?: number): LinkedRecord<ValidCaseRecord | ValidCpdRecord> | undefined;
  application(raw: unknown, index: number, row?: number): ValidApplicationRecord | undefined;
  survey(raw: unknown, index: number, row?: number): ValidSurveyResponse | undefined;
  /**
   * Counts a row that a reader rejected before it became a record (a CSV row with the wrong number
   * of cells): read and skipped under `reason`. The reader reports the problem itself.
   */
  reject(source: SourceName, reason: string, count?: number): void;
  /**
   * What was read, used and skipped from each source.
   * @throws {WresInputError} In strict mode, when any record had a problem: every problem, in order.
   */
  finish(): Record<SourceName, SourceValidation>;
}

interface SourceSpec {
  fast: (raw: unknown) => object | undefined;
  schema: z.ZodType;
}

const SPECS: Record<SourceName, SourceSpec> = {
  staff: { fast: fastStaff, schema: StaffRecordSchema },
  applications: { fast: fastApplication, schema: ApplicationRecordSchema },
  disciplinaryCases: { fast: fastCase, schema: CaseRecordSchema },
  fitnessToPractiseReferrals: { fast: fastCase, schema: CaseRecordSchema },
  cpd: { fast: fastCpd, schema: CpdRecordSchema },
  survey: { fast: fastSurvey, schema: SurveyResponseSchema },
};

const DUPLICATE_REASON = 'field "id" repeats the id of an earlier staff record';

interface Tally {
  read: number;
  skipped: number;
  reasons: ReasonCounts;
}

const KNOWN_KEYS: Record<SourceName, ReadonlySet<string>> = Object.fromEntries(
  SOURCE_NAMES.map((source) => [source, new Set(RECORD_FIELDS[source])]),
) as unknown as Record<SourceName, ReadonlySet<string>>;

/** The first own key of a record that its source does not know, or undefined (no allocation when all are known). */
function firstUnknownKey(source: SourceName, raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const known = KNOWN_KEYS[source];
  for (const key in raw) {
    if (!known.has(key) && Object.hasOwn(raw, key)) return key;
  }
  return undefined;
}

/** Findings for every unknown key of a record, each naming the nearest field. */
function unknownKeyFindings(source: SourceName, raw: object, index: number, row: number | undefined): Finding[] {
  const fields = RECORD_FIELDS[source];
  const what = `${source === 'staff' ? 'staff' : source} field`;
  return Object.keys(raw)
    .filter((key) => !KNOWN_KEYS[source].has(key))
    .map((key) => ({
      issue: makeIssue(source, index, row, key, undefined, unknownKeyMessage(key, fields, what)),
      reason: `field "${key}" is not a known ${what}`,
    }));
}

/**
 * Creates a record validator. A common valid record goes through hand-written checks (well under
 * a microsecond); one that fails them is parsed by its zod schema for the located messages.
 * Cross-record rules: staff ids are unique (later duplicates are the bad records); a case, referral
 * or CPD record must name the id of a staff record (in lenient mode, of one that was used).
 *
 * @example
 * const validator = createRecordValidator({ mode: 'lenient' });
 * validator.staff({ id: 's1', ethnicity: 'White British' }, 0); // { id: 's1', ethnicity: 'White British' }
 * validator.linked('disciplinaryCases', { staffId: 's9', date: '2024-05-01' }, 0); // undefined
 * validator.finish().disciplinaryCases.skippedReasons; // [{ reason: 'field "staffId" matches no staff record', count: 1 }]
 */
export function createRecordValidator(options: ValidateOptions = {}): RecordValidator {
  const lenient = options.mode === 'lenient';
  const checkKeys = options.unknownKeys !== 'ignore';
  const rows = options.rows;
  // Strict mode keeps the first problems of each source and counts the rest (bounded memory);
  // lenient mode needs only the counts by reason in each source's tally.
  const problems = new ProblemLog();
  const found = (finding: Finding): void => {
    if (!lenient) problems.add(finding);
  };
  const tallies: Partial<Record<SourceName, Tally>> = {};
  // Staff id -> index of its first record; -(index + 1) when that record was invalid.
  const staffIds = new Map<string, number>();
  // CSV rows of staff records given one by one (for messages about duplicates), by index.
  const staffRows: number[] = [];
  const rowOf = (source: SourceName, index: number, row: number | undefined): number | undefined => row ?? rows?.[source]?.[index];

  const open = (source: SourceName): Tally => {
    let tally = tallies[source];
    if (tally === undefined) {
      tally = { read: 0, skipped: 0, reasons: new ReasonCounts() };
      tallies[source] = tally;
    }
    return tally;
  };
  const skip = (tally: Tally, reason: string | undefined): undefined => {
    tally.skipped += 1;
    if (lenient && reason !== undefined) tally.reasons.add(reason);
    return undefined;
  };
  // Why the last record checked failed (set by `check` when it returns undefined).
  let lastReason = 'record is not valid';
  /** The validated record; or undefined, with the findings of its zod schema recorded. */
  const check = (source: SourceName, raw: unknown, index: number, row: number | undefined): object | undefined => {
    const spec = SPECS[source];
    let record: object | undefined;
    let unknownKey: string | undefined;
    try {
      record = spec.fast(raw);
      if (checkKeys) unknownKey = firstUnknownKey(source, raw);
    } catch {
      record = undefined;
    }
    if (record !== undefined && unknownKey === undefined) return record;
    const result = recordFindings(source, spec.schema, raw, index, row);
    const all = unknownKey === undefined || result.unreadable ? result.findings : [...unknownKeyFindings(source, raw as object, index, row), ...result.findings];
    if (all.length === 0) return result.data as object;
    for (const finding of all) found(finding);
    lastReason = all[0]?.reason ?? 'record is not valid';
    return undefined;
  };
  const unknownStaff = (source: StaffLinkedSource, index: number, row: number | undefined, staffId: string, known: number | undefined): string | undefined => {
    if (known !== undefined && (known >= 0 || !lenient)) return undefined;
    const message = known !== undefined ? 'matches only a staff record that was skipped as invalid' : 'matches no staff record';
    found({ issue: makeIssue(source, index, row, 'staffId', staffId, message), reason: `field "staffId" ${message}` });
    return `field "staffId" ${message}`;
  };

  const validator: RecordValidator = {
    open(source) {
      open(source);
    },

    staff(raw, index, givenRow) {
      const tally = open('staff');
      tally.read += 1;
      const row = rowOf('staff', index, givenRow);
      if (givenRow !== undefined) staffRows[index] = givenRow;
      const record = check('staff', raw, index, row);
      const reason = record === undefined ? lastReason : undefined;
      const id = record !== undefined ? (record as ValidStaffRecord).id : readableId(raw, 'id');
      const first = id === undefined ? undefined : staffIds.get(id);
      if (id !== undefined && first !== undefined) {
        const firstIndex = first >= 0 ? first : -first - 1;
        const firstRow = staffRows[firstIndex] ?? rows?.staff?.[firstIndex];
        const where = firstRow === undefined ? `staff record ${firstIndex}` : `staff record ${firstIndex} (CSV row ${firstRow})`;
        found({
          issue: makeIssue('staff', index, row, 'id', id, `is also the id of ${where}; staff ids must be unique`),
          reason: DUPLICATE_REASON,
        });
        return skip(tally, reason ?? DUPLICATE_REASON);
      }
      if (id !== undefined) staffIds.set(id, record !== undefined ? index : -index - 1);
      return record === undefined ? skip(tally, reason) : (record as ValidStaffRecord);
    },

    linked(source: StaffLinkedSource, raw: unknown, index: number, givenRow?: number) {
      const tally = open(source);
      tally.read += 1;
      const row = rowOf(source, index, givenRow);
      const record = check(source, raw, index, row);
      if (record === undefined) {
        const reason = lastReason;
        // In strict mode a bad record's staffId is checked too, so one pass reports both problems.
        const staffId = lenient ? undefined : readableId(raw, 'staffId');
        if (staffId !== undefined) unknownStaff(source, index, row, staffId, staffIds.get(staffId));
        return skip(tally, reason);
      }
      const staffId = (record as ValidCaseRecord).staffId;
      const known = staffIds.get(staffId);
      const problem = unknownStaff(source, index, row, staffId, known);
      if (problem !== undefined || known === undefined || known < 0) return skip(tally, problem);
      return { record: record as ValidCaseRecord | ValidCpdRecord, staffIndex: known };
    },

    application(raw, index, row) {
      const tally = open('applications');
      tally.read += 1;
      const record = check('applications', raw, index, rowOf('applications', index, row));
      return record === undefined ? skip(tally, lastReason) : (record as ValidApplicationRecord);
    },

    survey(raw, index, row) {
      const tally = open('survey');
      tally.read += 1;
      const record = check('survey', raw, index, rowOf('survey', index, row));
      return record === undefined ? skip(tally, lastReason) : (record as ValidSurveyResponse);
    },

    reject(source, reason, count = 1) {
      const tally = open(source);
      for (let i = 0; i < count; i++) {
        tally.read += 1;
        skip(tally, reason);
      }
    },

    finish() {
      if (!lenient && problems.total > 0) throw problems.error();
      const sources = {} as Record<SourceName, SourceValidation>;
      for (const source of SOURCE_NAMES) {
        const tally = tallies[source];
        sources[source] = tally === undefined
          ? { present: false, rowsRead: 0, rowsUsed: 0, rowsSkipped: 0, skippedReasons: [] }
          : {
            present: true,
            rowsRead: tally.read,
            rowsUsed: tally.read - tally.skipped,
            rowsSkipped: tally.skipped,
            skippedReasons: tally.reasons.list(),
          };
      }
      return sources;
    },
  } as RecordValidator;
  return validator;
}
