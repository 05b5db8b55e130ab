/**
 * Rows skipped as invalid in lenient mode (SPEC 10a): too many is an error, and each metric says
 * how many rows its sources lost.
 *
 * @module
 */
import { WresInputError, type InputIssue } from '../errors.js';
import type { SourceName } from '../model/counts.js';
import type { MetricResult } from '../model/report.js';
import type { MetricDefinition } from '../metrics/definition.js';
import { SOURCE_NAMES } from '../schemas/findings.js';

/** What the checks need of a source's summary. */
interface RowsSummary {
  present: boolean;
  rowsRead: number;
  rowsSkipped: number;
  skippedReasons: { reason: string; count: number }[];
}

function percentText(share: number): string {
  return `${Number((share * 100).toFixed(1))}%`;
}

/**
 * Checks lenient mode's skipped rows against the limit: a source with every row skipped, or with
 * more than `maxSkipped` (a share from 0 to 1) of its rows skipped, is an input error naming the
 * source, the counts and the most frequent reason. A report from what is left would not count
 * what the user meant.
 *
 * @param sources Each source's rows read and skipped (a report's `sources`, or validation's).
 * @param maxSkipped The largest share of a source's rows that may be skipped; the report option
 *   `maxSkipped` (CLI `--max-skipped`), default 0.05.
 * @throws {WresInputError} Listing every source over the limit.
 * @example
 * checkSkippedRows({ staff: { present: true, rowsRead: 426, rowsSkipped: 426, skippedReasons: [] } }, 0.05);
 * // throws: 'staff: all 426 rows were skipped as invalid, so there is nothing to report ...'
 */
export function checkSkippedRows(sources: Partial<Record<SourceName, RowsSummary>>, maxSkipped: number): void {
  const issues: InputIssue[] = [];
  for (const source of SOURCE_NAMES) {
    const summary = sources[source];
    if (summary === undefined || !summary.present || summary.rowsSkipped === 0 || summary.rowsRead === 0) continue;
    const top = summary.skippedReasons[0];
    const why = top === undefined ? '' : ` (most often: ${top.reason}, ${top.count} ${top.count === 1 ? 'row' : 'rows'})`;
    const share = summary.rowsSkipped / summary.rowsRead;
    if (summary.rowsSkipped === summary.rowsRead) {
      issues.push({
        source,
        message: `all ${summary.rowsRead} rows were skipped as invalid${why}, so there is nothing to report: fix the rows or the column mapping, or run without skipping invalid rows to see every problem`,
      });
    } else if (share > maxSkipped) {
      issues.push({
        source,
        message: `${summary.rowsSkipped} of ${summary.rowsRead} rows (${percentText(share)}) were skipped as invalid${why}, more than the limit of ${percentText(maxSkipped)}: fix the rows, or raise the limit (option maxSkipped, --max-skipped) if the report may leave them out`,
      });
    }
  }
  if (issues.length > 0) {
    throw new WresInputError(issues, `Too many rows were skipped as invalid in ${issues.length === 1 ? 'a source' : `${issues.length} sources`}:`);
  }
}

/** The sources whose rows a metric counts: its own, and staff for the metrics that link to staff. */
function metricSources(definition: MetricDefinition): SourceName[] {
  return definition.source === 'staff' || definition.source === 'applications' || definition.source === 'survey'
    ? [definition.source]
    : [definition.source, 'staff'];
}

/**
 * The metric with `skippedRows` when any of its sources had rows skipped as invalid (lenient
 * mode): how many rows of each source the metric could not count.
 */
export function withSkippedRows<M extends MetricResult>(
  metric: M,
  definition: MetricDefinition,
  sources: Partial<Record<SourceName, RowsSummary>>,
): M {
  const skipped = metricSources(definition)
    .map((source) => ({ source, rows: sources[source]?.rowsSkipped ?? 0 }))
    .filter((entry) => entry.rows > 0);
  return skipped.length === 0 ? metric : { ...metric, skippedRows: skipped };
}
