import { countDataset, countStreamingDataset, type DatasetCounts, type StreamingDataset } from '../aggregate/count-dataset.js';
import { countRecords, type CountingOptions } from '../aggregate/count-records.js';
import type { BandRule } from '../aggregate/bands.js';
import type { SourceName, SourceSummary } from '../aggregate/types.js';
import type { DisclosurePolicy, PresetName } from '../disclosure/types.js';
import { createEthnicityClassifier } from '../ethnicity/index.js';
import type { ValidationResult, WresDataset } from '../schemas/index.js';
import { reportFromCounts } from './compute-from-counts.js';
import type { ReportOptions } from './options.js';
import { resolveOptions, type ResolvedOptions } from './resolve-options.js';
import type { PublishedReport, WresReport } from './types.js';

/** A raw dataset, or the result of {@link validateDataset} (then it is not validated again). */
export type ReportInput = WresDataset | ValidationResult;

const isValidationResult = (input: unknown): input is ValidationResult =>
  typeof input === 'object' && input !== null && 'dataset' in input && 'sources' in input && !('staff' in input);

/** The record pass's settings from the report options. */
function countingOptions(resolved: ResolvedOptions): CountingOptions {
  const classifierOptions = resolved.mapping === undefined
    ? { whiteMinorities: resolved.whiteMinorities }
    : { whiteMinorities: resolved.whiteMinorities, mapping: resolved.mapping };
  // Build one classifier up front so a bad mapping is reported before any counting.
  createEthnicityClassifier(classifierOptions);
  const bands: BandRule = resolved.salaryBands !== undefined
    ? { kind: 'salary', thresholds: resolved.salaryBands }
    : resolved.payBands !== undefined ? { kind: 'labels', order: resolved.payBands } : { kind: 'labels' };
  return {
    period: resolved.period,
    population: resolved.population,
    service: resolved.scope.service,
    bands,
    classifier: () => {
      const classifier = createEthnicityClassifier(classifierOptions);
      return (value) => classifier.classify(value);
    },
  };
}

/** The report from counted records: validation's row counts merged with the pass's own facts. */
function reportFromDatasetCounts({ counts, facts, sources: validation }: DatasetCounts, resolved: ResolvedOptions): WresReport | PublishedReport {
  const sources: Partial<Record<SourceName, SourceSummary>> = {};
  for (const [source, summary] of Object.entries(validation) as [SourceName, DatasetCounts['sources'][SourceName]][]) {
    sources[source] = {
      present: summary.present,
      rowsRead: summary.rowsRead,
      rowsUsed: summary.rowsUsed,
      rowsSkipped: summary.rowsSkipped,
      skippedReasons: summary.skippedReasons.map((entry) => ({ ...entry })),
      ethnicityCompleteness: null,
      ...facts[source],
    };
  }
  counts.sources = sources;
  return reportFromCounts(counts, resolved);
}

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
    return reportFromDatasetCounts({ ...countRecords(input.dataset, counting), sources: input.sources }, resolved);
  }
  return reportFromDatasetCounts(countDataset(input, { mode: resolved.validation }, counting), resolved);
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
  const resolved = resolveOptions(options);
  const counts = await countStreamingDataset(input, { mode: resolved.validation }, countingOptions(resolved));
  return reportFromDatasetCounts(counts, resolved);
}
