/**
 * The collation as JSON, with Infinity kept as `1e999` as in a council's report.
 *
 * @module
 */
import type { WresReport } from '../model/report.js';
import type { CollationInput } from './collation-rows.js';
import { renderJson, type JsonRenderOptions } from './json.js';

/**
 * The collation as JSON text, exactly as computed (an unbounded limit is written `1e999`).
 *
 * @param input - From {@link collateReports} or {@link collateBy}.
 * @param options - Indentation.
 * @returns JSON text ending with a newline.
 * @example
 * JSON.parse(renderCollationJson(collateReports(entries))).organisations; // 2
 */
export function renderCollationJson(input: CollationInput, options: JsonRenderOptions = {}): string {
  // renderJson's Infinity handling walks any JSON-serialisable value; its signature names the report.
  return renderJson(input as unknown as WresReport, options);
}
