/**
 * sc-wres: the nine metrics of the Social Care Workforce Race Equality Standard, with
 * relative likelihoods and proportions carrying confidence intervals, input schemas, ethnicity
 * classification, disclosure control and renderers. Browser-safe: no Node-only API here
 * (CSV ingest is the separate `sc-wres/csv` entry).
 *
 * @packageDocumentation
 */

// Reports
export { computeReport, computeReportFromStream } from './report/compute-report.js';
export type { StreamingDataset } from './report/compute-report.js';
export { createReportBuilder } from './report/report-builder.js';
export type { ReportBuilder } from './report/report-builder.js';
export type { ReportInput } from './report/compute-report.js';
export { computeReportFromCounts } from './report/compute-from-counts.js';
export { compareReports } from './report/compare-reports.js';
export type { LikelihoodChange, ReportComparison } from './report/compare-reports.js';
export {
  payBandRepresentation,
  appointedFromShortlisting,
  enteredDisciplinary,
  fitnessToPractiseReferral,
  accessedFundedCpd,
  harassmentFromPublic,
  harassmentFromColleaguesAndManagers,
  leftOrganisation,
  seniorManagement,
} from './report/metric-functions.js';
export { METRICS } from './metrics/registry.js';
export type { MetricDefinition, ComparisonDefinition, OutcomeDirection } from './metrics/definition.js';
export type * from './model/report.js';
export type * from './report/options.js';
export type * from './model/counts.js';
export type { RawCell, RawTable } from './model/raw-table.js';
export { VERSION } from './version.js';

// Many councils
export * from './collate/index.js';
export type * from './model/collation.js';

// Statistics
export * from './stats/index.js';

// Input
export * from './schemas/index.js';
export { WresInputError, formatIssue, issueLocation } from './errors.js';
export type { InputIssue, IssueSource, ProblemCount, ProblemCounts } from './errors.js';
export * from './ethnicity/index.js';
export { isEmployedOn, inSnapshotPopulation, inAtRiskPopulation, isWithinPeriod } from './period/period.js';
export type { Period } from './period/period.js';
export { salaryBandLabels } from './aggregate/bands.js';

// Import profiles: a council's own exports (RawTables from a file reader) to the dataset
export * from './profile/index.js';

// Disclosure control
export * from './disclosure/index.js';

// Renderers
export { renderMarkdown, renderCsv, renderJson, parseReportJson, suppressedInWords, CSV_COLUMNS } from './render/index.js';
export { keyLabel } from './render/format.js';
export { renderHtml, chartSpecs, UNBOUNDED_CELL, parseActionPlan, readActionPlan, renderComparison } from './render/index.js';
export type { ComparisonRenderOptions } from './render/index.js';
export type { ActionPlan, MetricActions } from './render/index.js';
export type { HtmlRenderOptions, ChartSpecs, VegaLiteSpec, CsvRenderOptions } from './render/index.js';
export type { Precision } from './text/numbers.js';
export type { MarkdownRenderOptions, DocumentRenderOptions, JsonRenderOptions } from './render/index.js';
export { renderCollationMarkdown, renderCollationHtml, renderCollationCsv, renderCollationJson, COLLATION_CSV_COLUMNS } from './render/index.js';
export type { AnyCollatedComparison, AnyCollation, CollationInput } from './render/index.js';

// Reading export files (bytes to tables): browser-safe; the CLI and pages give the bytes
export {
  readTable,
  detectSkipRows,
  type ReadTable,
  type ReadTableOptions,
  type TableFormat,
  type DetectSkipRowsOptions,
  type TextEncodingName,
  type Delimiter,
} from './read/index.js';
