import { countRecords } from '../aggregate/count-records.js';
import type { SourceName, SourceSummary } from '../aggregate/types.js';
import type { DisclosurePolicy, PresetName } from '../disclosure/types.js';
import { createEthnicityClassifier } from '../ethnicity/index.js';
import { validateDataset, type ValidationResult, type WresDataset } from '../schemas/index.js';
import { reportFromCounts } from './compute-from-counts.js';
import type { ReportOptions } from './options.js';
import { resolveOptions } from './resolve-options.js';
import type { PublishedReport, WresReport } from './types.js';

/** A raw dataset, or the result of {@link validateDataset} (then it is not validated again). */
export type ReportInput = WresDataset | ValidationResult;

const isValidationResult = (input: unknown): input is ValidationResult =>
  typeof input === 'object' && input !== null && 'dataset' in input && 'sources' in input && !('staff' in input);

/**
 * Computes the nine SC-WRES metrics for a dataset: validates it, counts each source once, and
 * builds every comparison with its proportions, intervals, relative likelihood, difference and
 * sentence. With `disclosure` it returns the report made safe to publish.
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
  const classifierOptions = resolved.mapping === undefined
    ? { whiteMinorities: resolved.whiteMinorities }
    : { whiteMinorities: resolved.whiteMinorities, mapping: resolved.mapping };
  // Build one classifier up front so a bad mapping is reported before any counting.
  createEthnicityClassifier(classifierOptions);
  const validated = isValidationResult(input) ? input : validateDataset(input, { mode: resolved.validation });
  const bands = resolved.salaryBands !== undefined
    ? { kind: 'salary' as const, thresholds: resolved.salaryBands }
    : resolved.payBands !== undefined ? { kind: 'labels' as const, order: resolved.payBands } : { kind: 'labels' as const };
  const { counts, facts } = countRecords(validated.dataset, {
    period: resolved.period,
    population: resolved.population,
    service: resolved.scope.service,
    bands,
    classifier: () => {
      const classifier = createEthnicityClassifier(classifierOptions);
      return (value) => classifier.classify(value);
    },
  });
  const sources: Partial<Record<SourceName, SourceSummary>> = {};
  for (const [source, validation] of Object.entries(validated.sources) as [SourceName, ValidationResult['sources'][SourceName]][]) {
    sources[source] = {
      present: validation.present,
      rowsRead: validation.rowsRead,
      rowsUsed: validation.rowsUsed,
      rowsSkipped: validation.rowsSkipped,
      skippedReasons: validation.skippedReasons.map((entry) => ({ ...entry })),
      ethnicityCompleteness: null,
      ...facts[source],
    };
  }
  counts.sources = sources;
  return reportFromCounts(counts, resolved);
}
