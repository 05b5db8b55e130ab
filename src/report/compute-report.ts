import { countDataset } from '../aggregate/count-dataset.js';
import { countRecords } from '../aggregate/count-records.js';
import type { SourceName } from '../model/counts.js';
import type { DisclosurePolicy, PresetName } from '../disclosure/types.js';
import { WresInputError } from '../errors.js';
import type { ValidationResult, WresDataset } from '../schemas/index.js';
import { countingOptions, reportFromDatasetCounts } from './from-dataset-counts.js';
import type { ReportOptions } from './options.js';
import { createReportBuilder } from './report-builder.js';
import { resolveOptions } from './resolve-options.js';
import { checkSkippedRows } from './skipped-rows.js';
import type { PublishedReport, WresReport } from '../model/report.js';

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

const STREAM_ORDER: readonly SourceName[] = ['staff', 'disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd', 'applications', 'survey'];

/** A raw dataset, or the result of {@link validateDataset} (then it is not validated again). */
export type ReportInput = WresDataset | ValidationResult;

const isValidationResult = (input: unknown): input is ValidationResult =>
  typeof input === 'object' && input !== null && 'dataset' in input && 'sources' in input && !('staff' in input);

/**
 * Computes the nine SC-WRES metrics for a dataset: validates it, counts each source once, and
 * builds every comparison with its proportions, intervals, relative likelihood, difference and
 * sentence. With `disclosure` it returns the report made safe to publish.
 *
 * Validation and counting are one pass per source: each record is checked and counted, and no
 * validated copy is kept.
 *
 * @param input The council's records ({@link WresDataset}), or a {@link validateDataset} result.
 * @param options Report options; `period` is required.
 * @returns The report: `metrics` in order 1 to 9, sources, options and (with disclosure) its summary.
 * @throws {WresInputError} When the options or (in strict mode) any record is invalid; it lists every problem.
 * @example
 * const report = computeReport(
 *   { staff: [{ id: 's1', ethnicity: 'White British', payBand: 'PO1' },
 *             { id: 's2', ethnicity: 'Black African', payBand: 'PO1' }] },
 *   { period: { start: '2024-04-01', end: '2025-03-31' } },
 * );
 * report.metrics[0].comparisons[0].key; // 'band:PO1'
 * report.metrics[1].status;             // 'no-data' (no applications)
 */
export function computeReport(input: ReportInput, options: ReportOptions & { disclosure: PresetName | DisclosurePolicy }): PublishedReport;
export function computeReport(input: ReportInput, options: ReportOptions): WresReport;
export function computeReport(input: ReportInput, options: ReportOptions): WresReport | PublishedReport {
  const resolved = resolveOptions(options);
  const counting = countingOptions(resolved);
  if (isValidationResult(input)) {
    // Rows skipped before the input came in (an import profile's, or lenient validateDataset's)
    // count toward the skipped-row limit whatever this run's validation mode (SPEC 10a).
    if (resolved.validation === 'strict') checkSkippedRows(input.sources, resolved.maxSkipped);
    return reportFromDatasetCounts({ ...countRecords(input.dataset, counting), sources: input.sources }, resolved);
  }
  return reportFromDatasetCounts(countDataset(input, { mode: resolved.validation, unknownKeys: resolved.unknownKeys }, counting), resolved);
}

/**
 * {@link computeReport} for a dataset too large for memory: each source is an async (or plain)
 * iterable of raw records, read once, staff first. Only the counts and one small entry per staff
 * id are held. The report is the same as `computeReport` gives for the same records.
 *
 * @param input Iterables of raw records by source (`staff` required), and `organisation`.
 * @param options Report options, as for `computeReport`.
 * @throws {WresInputError} As `computeReport` (the promise rejects).
 * @example
 * async function* staffFromDatabase() { yield { id: 's1', ethnicity: 'Black African', payBand: 'PO1' }; }
 * const report = await computeReportFromStream({ staff: staffFromDatabase() }, { period: { start: '2024-04-01', end: '2025-03-31' } });
 * report.metrics[0].comparisons[0].focal.count; // 1
 */
export async function computeReportFromStream(input: StreamingDataset, options: ReportOptions): Promise<WresReport | PublishedReport> {
  const notIterable = STREAM_ORDER.filter((source) => {
    const records: unknown = (input as unknown as Record<string, unknown> | null)?.[source];
    if (records === undefined || records === null) return source === 'staff';
    return typeof records !== 'object' || !(Symbol.asyncIterator in records || Symbol.iterator in records);
  });
  if (notIterable.length > 0) {
    throw new WresInputError(notIterable.map((source) => ({ source, message: 'must be an iterable (or async iterable) of records' })));
  }
  const builder = createReportBuilder(options, input.organisation);
  for (const source of STREAM_ORDER) {
    const records = input[source];
    if (records === undefined || records === null) continue;
    builder.open(source);
    // A plain iterable is read without a promise per record.
    if (Symbol.asyncIterator in records) for await (const record of records as AsyncIterable<unknown>) builder.add(source, record);
    else for (const record of records as Iterable<unknown>) builder.add(source, record);
  }
  return builder.finish();
}
