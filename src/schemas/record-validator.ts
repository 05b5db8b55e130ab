/**
 * Validation one record at a time, so a dataset can be checked as it streams past (and counted
 * in the same pass) without a validated copy being kept. Staff records come first: the other
 * sources are checked against the staff ids seen. `validateDataset` is this, collected into arrays.
 *
 * @module
 */
import type * as z from 'zod';
import { WresInputError } from '../errors.js';
import type { SourceName } from '../model/counts.js';
import { fastApplication, fastCase, fastCpd, fastStaff, fastSurvey } from './fast.js';
import {
  type Finding,
  MAX_MESSAGE_ISSUES,
  SOURCE_NAMES,
  errorSummary,
  makeIssue,
  readableId,
  recordFindings,
  sortIssues,
} from './findings.js';
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
  reasons: Map<string, number>;
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
  const rows = options.rows;
  const findings: Finding[] = [];
  const tallies: Partial<Record<SourceName, Tally>> = {};
  // Staff id -> index of its first record; -(index + 1) when that record was invalid.
  const staffIds = new Map<string, number>();
  // CSV rows of staff records given one by one (for messages about duplicates), by index.
  const staffRows: number[] = [];
  const rowOf = (source: SourceName, index: number, row: number | undefined): number | undefined => row ?? rows?.[source]?.[index];

  const open = (source: SourceName): Tally => {
    let tally = tallies[source];
    if (tally === undefined) {
      tally = { read: 0, skipped: 0, reasons: new Map() };
      tallies[source] = tally;
    }
    return tally;
  };
  const skip = (tally: Tally, reason: string | undefined): undefined => {
    tally.skipped += 1;
    if (lenient && reason !== undefined) tally.reasons.set(reason, (tally.reasons.get(reason) ?? 0) + 1);
    return undefined;
  };
  // Why the last record checked failed (set by `check` when it returns undefined).
  let lastReason = 'record is not valid';
  /** The validated record; or undefined, with the findings of its zod schema recorded. */
  const check = (source: SourceName, raw: unknown, index: number, row: number | undefined): object | undefined => {
    const spec = SPECS[source];
    let record: object | undefined;
    try {
      record = spec.fast(raw);
    } catch {
      record = undefined;
    }
    if (record !== undefined) return record;
    const found = recordFindings(source, spec.schema, raw, index, row);
    if (found.findings.length === 0) return found.data as object;
    findings.push(...found.findings);
    lastReason = found.findings[0]?.reason ?? 'record is not valid';
    return undefined;
  };
  const unknownStaff = (source: StaffLinkedSource, index: number, row: number | undefined, staffId: string, known: number | undefined): string | undefined => {
    if (known !== undefined && (known >= 0 || !lenient)) return undefined;
    const message = known !== undefined ? 'matches only a staff record that was skipped as invalid' : 'matches no staff record';
    findings.push({ issue: makeIssue(source, index, row, 'staffId', staffId, message), reason: `field "staffId" ${message}` });
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
        findings.push({
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

    finish() {
      if (!lenient && findings.length > 0) {
        throw new WresInputError(sortIssues(findings.map((f) => f.issue)), errorSummary(findings.length), MAX_MESSAGE_ISSUES);
      }
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
            skippedReasons: [...tally.reasons]
              .map(([reason, count]) => ({ reason, count }))
              .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0)),
          };
      }
      return sources;
    },
  } as RecordValidator;
  return validator;
}
