import type { ValidOrganisation } from '../schemas/normalized.js';
import { createRecordValidator, type SourceValidation, type ValidateOptions } from '../schemas/record-validator.js';
import { readDatasetShape } from '../schemas/validate.js';
import { createRecordCounter, type CountingOptions, type RecordCounts } from './record-counter.js';
import { LINKED_SOURCES, type SourceName } from '../model/counts.js';

/** Counts, with what validation read, used and skipped from each source. */
export interface DatasetCounts extends RecordCounts {
  sources: Record<SourceName, SourceValidation>;
}

export const LINKED = LINKED_SOURCES;
export const OTHER = ['applications', 'survey'] as const;

/** Validation and counting fused: each raw record is checked and counted, and no copy is kept. */
export interface CountingPipeline {
  open(source: SourceName): void;
  staff(raw: unknown, index: number, row?: number): void;
  linked(source: (typeof LINKED)[number], raw: unknown, index: number, row?: number): void;
  other(source: (typeof OTHER)[number], raw: unknown, index: number, row?: number): void;
  /** A row a reader rejected before it became a record: read and skipped under `reason`. */
  reject(source: SourceName, reason: string, count?: number): void;
  finish(organisation: ValidOrganisation | undefined): DatasetCounts;
}

/**
 * Creates the fused pipeline: each raw record is validated, then counted; nothing is kept but
 * the counts. Staff must all come before cases, referrals and CPD.
 */
export function createCountingPipeline(validateOptions: ValidateOptions, countingOptions: CountingOptions): CountingPipeline {
  const validator = createRecordValidator(validateOptions);
  const counter = createRecordCounter(countingOptions);
  return {
    open(source: SourceName): void {
      validator.open(source);
      if (source !== 'staff') counter.openSource(source);
    },
    staff(raw: unknown, index: number, row?: number): void {
      const staff = validator.staff(raw, index, row);
      if (staff !== undefined) counter.addStaff(staff, index);
    },
    linked(source: (typeof LINKED)[number], raw: unknown, index: number, row?: number): void {
      const linked = validator.linked(source, raw, index, row);
      if (linked !== undefined) counter.addLinked(source, linked.record, linked.staffIndex);
    },
    other(source: (typeof OTHER)[number], raw: unknown, index: number, row?: number): void {
      if (source === 'applications') {
        const application = validator.application(raw, index, row);
        if (application !== undefined) counter.addApplication(application);
      } else {
        const response = validator.survey(raw, index, row);
        if (response !== undefined) counter.addSurveyResponse(response);
      }
    },
    reject(source: SourceName, reason: string, count = 1): void {
      validator.reject(source, reason, count);
    },
    finish(organisation: ValidOrganisation | undefined): DatasetCounts {
      const sources = validator.finish();
      return { ...counter.finish(organisation), sources };
    },
  };
}

/**
 * Validates and counts an in-memory dataset in one pass per source, without keeping a validated
 * copy: the record-level half of `computeReport`.
 *
 * @throws {WresInputError} On a bad dataset shape, and in strict mode on any bad record.
 */
export function countDataset(input: unknown, validateOptions: ValidateOptions, countingOptions: CountingOptions): DatasetCounts {
  const { lists, organisation } = readDatasetShape(input);
  const pipeline = createCountingPipeline(validateOptions, countingOptions);
  const each = (source: SourceName, visit: (raw: unknown, index: number) => void): void => {
    const list = lists[source];
    if (list === undefined) return;
    pipeline.open(source);
    for (let i = 0; i < list.length; i++) visit(list[i], i);
  };
  each('staff', pipeline.staff);
  for (const source of LINKED) each(source, (raw, i) => pipeline.linked(source, raw, i));
  for (const source of OTHER) each(source, (raw, i) => pipeline.other(source, raw, i));
  return pipeline.finish(organisation);
}
