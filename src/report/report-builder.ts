import { createCountingPipeline, type CountingPipeline } from '../aggregate/count-dataset.js';
import { isLinkedSource, type SourceName } from '../model/counts.js';
import { nearestName } from '../errors.js';
import { SOURCE_NAMES } from '../schemas/findings.js';
import { readDatasetShape, type DatasetShape } from '../schemas/validate.js';
import type { ReportOptions } from './options.js';
import { countingOptions, reportFromDatasetCounts } from './from-dataset-counts.js';
import { resolveOptions, type ResolvedOptions } from './resolve-options.js';
import type { PublishedReport, WresReport } from '../model/report.js';

/** Builds a report from records added one at a time: see {@link createReportBuilder}. */
export interface ReportBuilder {
  /**
   * Validates and counts one raw record of a source. `row`, when given, is its CSV row, used in
   * error messages. Every staff record must come before any case, referral or CPD record.
   */
  add(source: SourceName, record: unknown, row?: number): void;
  /**
   * Declares a source present even if it has no records (zero cases is data; no source is "no
   * data"). Declaring a case, referral or CPD source does not end staff intake; adding its first
   * record does.
   */
  open(source: SourceName): void;
  /**
   * Counts a row a file reader rejected before it became a record (a CSV row with the wrong number
   * of cells) as read and skipped under `reason`, so the skipped-row limits and each metric's
   * `skippedRows` include it. The reader reports the problem itself.
   */
  reject(source: SourceName, reason: string, count?: number): void;
  /**
   * The report of every record added.
   * @throws {WresInputError} In strict mode, when any record had a problem: every problem, in order.
   */
  finish(): WresReport | PublishedReport;
}

/**
 * The options resolved and the organisation read, before any record: what every builder checks
 * first, so bad options are reported before a file is opened.
 */
export function readBuilderInput(options: ReportOptions, organisation: unknown): { resolved: ResolvedOptions; shape: DatasetShape } {
  return {
    resolved: resolveOptions(options),
    shape: readDatasetShape(organisation === undefined ? { staff: [] } : { staff: [], organisation }),
  };
}

/**
 * A report built from records added one at a time, for data that streams from a file or a
 * database cursor: each record is validated and counted as it arrives and then forgotten, so
 * memory holds only the counts and a small entry per staff id. The result is the report
 * {@link computeReport} gives for the same records.
 *
 * @param options Report options, as for `computeReport`.
 * @param organisation The dataset's `organisation` (name, code, populationMinorityShare), if any.
 * @throws {WresInputError} When the options or the organisation are invalid.
 * @example
 * const builder = createReportBuilder({ period: { start: '2024-04-01', end: '2025-03-31' } });
 * builder.add('staff', { id: 's1', ethnicity: 'Black African', payBand: 'PO1' });
 * builder.add('staff', { id: 's2', ethnicity: 'White British', payBand: 'PO1' });
 * builder.add('disciplinaryCases', { staffId: 's1', date: '2024-06-01' });
 * const report = builder.finish();
 * report.metrics[2].comparisons[0].focal; // { count: 1, total: 1, proportion: 1, lower: 0.206..., upper: 1 }
 */
export function createReportBuilder(options: ReportOptions, organisation?: unknown): ReportBuilder {
  const { resolved, shape } = readBuilderInput(options, organisation);
  const pipeline: CountingPipeline = createCountingPipeline({ mode: resolved.validation, unknownKeys: resolved.unknownKeys }, countingOptions(resolved));
  const counts = new Map<SourceName, number>();
  let linkedStarted = false;
  /** Throws, before any state changes, when `source` is not one of the six sources. */
  const checkSource = (method: string, source: unknown): SourceName => {
    if (typeof source === 'string' && (SOURCE_NAMES as readonly string[]).includes(source)) return source as SourceName;
    const near = typeof source === 'string' ? ` (did you mean "${nearestName(source, SOURCE_NAMES)}"?)` : '';
    throw new TypeError(`ReportBuilder.${method}: ${JSON.stringify(String(source))} is not a source${near}; the sources are ${SOURCE_NAMES.join(', ')}`);
  };
  const open = (source: SourceName): void => {
    if (!counts.has(source)) {
      counts.set(source, 0);
      pipeline.open(source);
    }
  };
  open('staff');
  return {
    open(source) {
      open(checkSource('open', source));
    },
    add(given, record, row) {
      const source = checkSource('add', given);
      if (source === 'staff' && linkedStarted) {
        throw new Error('ReportBuilder.add: every staff record must be added before any case, referral or CPD record');
      }
      open(source);
      const index = counts.get(source) as number;
      counts.set(source, index + 1);
      if (source === 'staff') pipeline.staff(record, index, row);
      else if (isLinkedSource(source)) {
        linkedStarted = true;
        pipeline.linked(source, record, index, row);
      } else pipeline.other(source, record, index, row);
    },
    reject(given, reason, count = 1) {
      const source = checkSource('reject', given);
      open(source);
      pipeline.reject(source, reason, count);
    },
    finish() {
      return reportFromDatasetCounts(pipeline.finish(shape.organisation), resolved);
    },
  };
}
