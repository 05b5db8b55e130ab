/**
 * The report as JSON, keeping the meaning of unbounded limits.
 *
 * `JSON.stringify` turns `Infinity` into `null`, which would make an unbounded upper limit look like a
 * missing value. {@link renderJson} writes it as the number `1e999` (and `-1e999`): valid JSON that
 * parsers that read numbers as IEEE-754 doubles (JavaScript's `JSON.parse`, Python's `json.loads`) read as
 * infinity, with no reviver needed. {@link parseReportJson} reads it (and the strings `"Infinity"` /
 * `"-Infinity"` of earlier output), so `parseReportJson(renderJson(r))` deep-equals `r`.
 *
 * @module
 */
import type { PublishedReport, WresReport } from '../model/report.js';

/**
 * Keys whose values are numbers that may be infinite: the limits of an interval and a ratio. Only
 * these are restored by {@link parseReportJson}, so a text field that happens to read "Infinity"
 * (an ethnicity value, a band label) stays text.
 */
const INFINITE_KEYS: ReadonlySet<string> = new Set(['lower', 'upper', 'ratio', 'value']);

/** Options of {@link renderJson}. */
export interface JsonRenderOptions {
  /** Spaces of indentation; 0 for one line. Default 2. */
  indent?: number;
}

/** A string no report contains, standing in for an infinite number until it is written as `1e999`. */
function placeholderFor(text: string): string {
  let placeholder = 'sc-wres:infinity';
  while (text.includes(placeholder)) placeholder += '~';
  return placeholder;
}

/**
 * The report as JSON text, exactly as computed, with `Infinity` written as the number `1e999` (and
 * `-Infinity` as `-1e999`) instead of JSON's silent `null`: standard JSON that parsers read back as
 * infinity. Ends with a newline.
 *
 * @param report A report from `computeReport` (or a published report after disclosure control).
 * @param options Indentation.
 * @returns JSON text.
 * @example
 * renderJson({ upper: Infinity, lower: 0 } as never, { indent: 0 }); // '{"upper":1e999,"lower":0}\n'
 * JSON.parse(renderJson({ upper: Infinity } as never)).upper;        // Infinity
 */
export function renderJson(
  report: WresReport | PublishedReport,
  options: JsonRenderOptions = {},
): string {
  const indent = options.indent ?? 2;
  const placeholder = placeholderFor(JSON.stringify(report));
  const text = JSON.stringify(
    report,
    (_key, value: unknown) => {
      if (typeof value !== 'number' || Number.isFinite(value)) return value;
      // A NaN never reaches a report (the statistics layer guarantees it); keep it visible if it does.
      if (Number.isNaN(value)) return 'NaN';
      return value > 0 ? placeholder : `-${placeholder}`;
    },
    indent > 0 ? indent : undefined,
  );
  return `${text.replaceAll(`"-${placeholder}"`, '-1e999').replaceAll(`"${placeholder}"`, '1e999')}\n`;
}

/**
 * Reads report JSON written by {@link renderJson}. `1e999` is read as `Infinity` by `JSON.parse`
 * itself; the strings `"Infinity"`, `"-Infinity"` and `"NaN"` (written by version 0.1.0 previews) are
 * restored to numbers where a number stood (the keys `lower`, `upper`, `ratio` and `value` of
 * intervals, ratios and differences).
 *
 * @param text JSON text from {@link renderJson}.
 * @returns The report, deep-equal to the one rendered.
 * @throws SyntaxError when the text is not JSON.
 * @example
 * parseReportJson('{"upper":1e999,"lower":0}');      // { upper: Infinity, lower: 0 }
 * parseReportJson('{"upper":"Infinity","lower":0}'); // { upper: Infinity, lower: 0 }
 */
export function parseReportJson<R = PublishedReport>(text: string): R {
  return JSON.parse(text, function revive(this: unknown, key: string, value: unknown) {
    // Restore only where a number stood; in unmatchedEthnicity, `value` is the raw text and stays text.
    if (typeof value === 'string' && INFINITE_KEYS.has(key) && !isEthnicityEntry(this)) {
      if (value === 'Infinity') return Infinity;
      if (value === '-Infinity') return -Infinity;
      if (value === 'NaN') return Number.NaN;
    }
    return value;
  }) as R;
}

/** An `unmatchedEthnicity` entry ({ source, value, count }): its `value` is text. */
function isEthnicityEntry(holder: unknown): boolean {
  return typeof holder === 'object' && holder !== null && 'source' in holder && 'count' in holder;
}
