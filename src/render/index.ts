/**
 * Renderers: the report as Markdown (for action plans), CSV (one row per comparison) and JSON
 * (exactly the report, with Infinity kept). Browser-safe.
 *
 * @module
 */
export { renderMarkdown, type MarkdownRenderOptions } from './markdown.js';
export { renderCsv, CSV_COLUMNS, csvField, suppressedMarker } from './csv.js';
export { renderJson, parseReportJson, type JsonRenderOptions } from './json.js';
export { suppressedInWords } from './format.js';
