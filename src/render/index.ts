/**
 * Renderers: the report as Markdown (for action plans), CSV (one row per comparison) and JSON
 * (exactly the report, with Infinity kept). Browser-safe.
 *
 * @module
 */
export { renderMarkdown, type MarkdownRenderOptions } from './markdown.js';
export type { DocumentRenderOptions } from './document-options.js';
export { renderCsv, CSV_COLUMNS, csvField, suppressedMarker, UNBOUNDED_CELL, type CsvRenderOptions } from './csv.js';
export { renderHtml, type HtmlRenderOptions } from './html.js';
export { renderComparison, type ComparisonRenderOptions } from './trend.js';
export { parseActionPlan, readActionPlan, type ActionPlan, type MetricActions } from './action-plan.js';
export { chartSpecs, type ChartSpecs, type VegaLiteSpec } from './chart-specs.js';
export { renderJson, parseReportJson, type JsonRenderOptions } from './json.js';
export { suppressedInWords } from './format.js';
export { renderCollationMarkdown } from './collation-markdown.js';
export { renderCollationHtml } from './collation-html.js';
export { renderCollationCsv, COLLATION_CSV_COLUMNS } from './collation-csv.js';
export { renderCollationJson } from './collation-json.js';
export type { AnyCollatedComparison, AnyCollation, CollationInput } from './collation-rows.js';
