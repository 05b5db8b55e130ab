import type { ValidOrganisation } from '../schemas/normalized.js';
import { createRecordValidator, type SourceValidation, type ValidateOptions } from '../schemas/record-validator.js';
import { readDatasetShape } from '../schemas/validate.js';
import { createRecordCounter, type CountingOptions, type RecordCounts } from './record-counter.js';
import type { SourceName } from './types.js';

/** Counts, with what validation read, used and skipped from each source. */
export interface DatasetCounts extends RecordCounts {
  sources: Record<SourceName, SourceValidation>;
}

/** A dataset whose sources are async (or plain) iterables of raw records: nothing needs to fit in memory. */
export interface StreamingDataset {
  organisation?: unknown;
  staff: AsyncIterable<unknown> | Iterable<unknown>;
  applications?: AsyncIterable<unknown> | Iterable<unknown>;
  disciplinaryCases?: AsyncIterable<unknown> | Iterable<unknown>;
  fitnessToPractiseReferrals?: AsyncIterable<unknown> | Iterable<unknown>;
  cpd?: AsyncIterable<unknown> | Iterable<unknown>;
  survey?: AsyncIterable<unknown> | Iterable<unknown>;
}

const LINKED = ['disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd'] as const;
const OTHER = ['applications', 'survey'] as const;

/** Validation and counting fused: each raw record is checked and counted, and no copy is kept. */
function createPipeline(validateOptions: ValidateOptions, countingOptions: CountingOptions) {
  const validator = createRecordValidator(validateOptions);
  const counter = createRecordCounter(countingOptions);
  return {
    open(source: SourceName): void {
      validator.open(source);
      if (source !== 'staff') counter.openSource(source);
    },
    staff(raw: unknown, index: number): void {
      const staff = validator.staff(raw, index);
      if (staff !== undefined) counter.addStaff(staff, index);
    },
    linked(source: (typeof LINKED)[number], raw: unknown, index: number): void {
      const linked = validator.linked(source, raw, index);
      if (linked !== undefined) counter.addLinked(source, linked.record, linked.staffIndex);
    },
    other(source: (typeof OTHER)[number], raw: unknown, index: number): void {
      if (source === 'applications') {
        const application = validator.application(raw, index);
        if (application !== undefined) counter.addApplication(application);
      } else {
        const response = validator.survey(raw, index);
        if (response !== undefined) counter.addSurveyResponse(response);
      }
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
  const pipeline = createPipeline(validateOptions, countingOptions);
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

/**
 * The same for a dataset of iterables (for example records read lazily from files or a database
 * cursor): staff first, then each other source in turn. Memory holds the counts and one small
 * entry per staff id, never the records.
 *
 * @throws {WresInputError} On a bad shape, and in strict mode on any bad record.
 */
export async function countStreamingDataset(
  input: StreamingDataset,
  validateOptions: ValidateOptions,
  countingOptions: CountingOptions,
): Promise<DatasetCounts> {
  const isIterable = (value: unknown): boolean =>
    typeof value === 'object' && value !== null &&
    (Symbol.asyncIterator in value || Symbol.iterator in value) && !(typeof value === 'string');
  // The shape check sees every source as an empty list; the records are checked as they arrive.
  const sources = ['staff', ...LINKED, ...OTHER] as const;
  const shapeProbe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input ?? {})) {
    shapeProbe[key] = key === 'organisation' ? value : isIterable(value) ? [] : value;
  }
  const { organisation } = readDatasetShape(shapeProbe);
  const pipeline = createPipeline(validateOptions, countingOptions);
  for (const source of sources) {
    const records = input[source];
    if (records === undefined || records === null) continue;
    pipeline.open(source);
    let index = 0;
    const visit = (raw: unknown): void => {
      if (source === 'staff') pipeline.staff(raw, index);
      else if (source === 'applications' || source === 'survey') pipeline.other(source, raw, index);
      else pipeline.linked(source, raw, index);
      index += 1;
    };
    // A plain iterable is read without a promise per record.
    if (Symbol.asyncIterator in records) for await (const raw of records as AsyncIterable<unknown>) visit(raw);
    else for (const raw of records as Iterable<unknown>) visit(raw);
  }
  return pipeline.finish(organisation);
}
