import type { BandRule } from '../aggregate/bands.js';
import type { DatasetCounts } from '../aggregate/count-dataset.js';
import type { CountingOptions } from '../aggregate/count-records.js';
import type { SourceName, SourceSummary } from '../model/counts.js';
import { countingOptionsOf, type CountingSpec } from '../aggregate/counting-spec.js';
import { reportFromCounts } from './compute-from-counts.js';
import { checkSkippedRows } from './skipped-rows.js';
import type { ResolvedOptions } from './resolve-options.js';
import type { PublishedReport, WresReport } from '../model/report.js';

/** The record pass's settings from the resolved report options, as plain data. */
export function countingSpec(resolved: ResolvedOptions): CountingSpec {
  const bands: BandRule = resolved.salaryBands !== undefined
    ? { kind: 'salary', thresholds: resolved.salaryBands }
    : resolved.payBands !== undefined ? { kind: 'labels', order: resolved.payBands } : { kind: 'labels' };
  return {
    period: resolved.period,
    population: resolved.population,
    service: resolved.scope.service,
    bands,
    ethnicity: resolved.mapping === undefined
      ? { whiteMinorities: resolved.whiteMinorities }
      : { whiteMinorities: resolved.whiteMinorities, mapping: resolved.mapping },
  };
}

/** The record pass's settings from the report options. */
export function countingOptions(resolved: ResolvedOptions): CountingOptions {
  return countingOptionsOf(countingSpec(resolved));
}

/** Rows an import profile left out or merged, when its input gave them (`profileReportInput`). */
function profileRows(summary: object): Pick<SourceSummary, 'rowsLeftOut' | 'rowsMerged'> {
  const { rowsLeftOut, rowsMerged } = summary as Pick<SourceSummary, 'rowsLeftOut' | 'rowsMerged'>;
  return { ...(rowsLeftOut === undefined ? {} : { rowsLeftOut }), ...(rowsMerged === undefined ? {} : { rowsMerged }) };
}

/** The report from counted records: validation's row counts merged with the pass's own facts. */
export function reportFromDatasetCounts({ counts, facts, sources: validation }: DatasetCounts, resolved: ResolvedOptions): WresReport | PublishedReport {
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
      ...profileRows(summary),
    };
  }
  if (resolved.validation === 'lenient') checkSkippedRows(sources, resolved.maxSkipped);
  counts.sources = sources;
  return reportFromCounts(counts, resolved, resolved.payBands !== undefined || resolved.salaryBands !== undefined);
}
