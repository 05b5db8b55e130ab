import type { SourceName, SourceSummary, WresCounts } from '../model/counts.js';
import { applyDisclosureControl } from '../disclosure/index.js';
import { evaluateMetric } from '../metrics/evaluate.js';
import { SOURCE_NAMES } from '../schemas/findings.js';
import { METRICS } from '../metrics/registry.js';
import { VERSION } from '../version.js';
import type { DisclosurePolicy, PresetName } from '../disclosure/types.js';
import { validateCounts } from '../aggregate/validate-counts.js';
import type { ReportOptions } from './options.js';
import { optionsSummary, resolveOptions, type ResolvedOptions } from './resolve-options.js';
import { withSkippedRows } from './skipped-rows.js';
import type { PublishedReport, WresReport } from '../model/report.js';

const absentSource = (): SourceSummary => ({
  present: false,
  rowsRead: 0,
  rowsUsed: 0,
  rowsSkipped: 0,
  skippedReasons: [],
  ethnicityCompleteness: null,
});

/**
 * Assembles the report from counts: every metric from its definition, then disclosure control if asked.
 * `bandsOrdered` is false when the pay bands are in order of first appearance in the records.
 */
export function reportFromCounts(counts: WresCounts, resolved: ResolvedOptions, bandsOrdered = true): WresReport | PublishedReport {
  const populationMinorityShare = counts.organisation?.populationMinorityShare ?? null;
  const context = {
    standard: resolved.standard,
    terminology: resolved.terminology,
    intervals: resolved.intervals,
    population: resolved.population,
    breakdown: resolved.breakdown,
    populationMinorityShare,
    bandsOrdered,
  };
  const sources = {} as Record<SourceName, SourceSummary>;
  for (const source of SOURCE_NAMES) sources[source] = { ...absentSource(), ...counts.sources?.[source] };
  const report: WresReport = {
    library: { name: 'sc-wres', version: VERSION },
    organisation: counts.organisation === undefined ? null : { ...counts.organisation },
    period: { ...resolved.period },
    options: optionsSummary(resolved),
    sources,
    unmatchedEthnicity: (counts.unmatchedEthnicity ?? []).map((entry) => ({ ...entry })),
    metrics: METRICS.map((definition) => withSkippedRows(evaluateMetric(definition, counts, context), definition, sources)),
  };
  if (resolved.benchmarks !== undefined) report.benchmarks = resolved.benchmarks;
  return resolved.disclosure === false ? report : applyDisclosureControl(report, resolved.disclosure);
}

/**
 * Computes the report from pre-aggregated counts (for councils whose data warehouse does the
 * counting, e.g. with SQL): the same statistics, wording and disclosure control as
 * {@link computeReport}, which is this function applied to the counts of its record pass.
 * A metric whose counts are absent is `no-data`.
 *
 * @param counts Counts by group for each comparison key, and the band table for metric 1.
 * @param options The report options (`period` is required and is printed on the report).
 * @throws {WresInputError} When counts or options are invalid, listing every problem.
 * @example
 * const report = computeReportFromCounts({
 *   outcomes: { 'entered-disciplinary': {
 *     population: { minority: 100, white: 100, unknown: 3 },
 *     outcome: { minority: 45, white: 30, unknown: 1 } } },
 * }, { period: { start: '2024-04-01', end: '2025-03-31' } });
 * report.metrics[2].comparisons[0].relativeLikelihood?.ratio; // 1.5
 */
export function computeReportFromCounts(counts: WresCounts, options: ReportOptions & { disclosure: PresetName | DisclosurePolicy }): PublishedReport;
export function computeReportFromCounts(counts: WresCounts, options: ReportOptions): WresReport;
export function computeReportFromCounts(counts: WresCounts, options: ReportOptions): WresReport | PublishedReport {
  const resolved = resolveOptions(options);
  const valid = validateCounts(counts, resolved.breakdown);
  return reportFromCounts(valid, resolved);
}
