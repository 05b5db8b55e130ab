/**
 * A report from files read into coded tables (the fast file path): the {@link createReportBuilder}
 * of clean files, counting each distinct value once. See src/aggregate/coded-counter.ts for what
 * "clean" means and what happens otherwise.
 *
 * @module
 */
import { createCodedCounter, type FieldColumn } from '../aggregate/coded-counter.js';
import type { StaffPartCounts } from '../aggregate/record-counter.js';
import type { ByteDictionary } from '../read/byte-dictionary.js';
import type { CodedTable } from '../read/coded-table.js';
import type { SourceName, SourceSummary } from '../model/counts.js';
import type { PublishedReport, WresReport } from '../model/report.js';
import { countingOptionsOf, type CountingSpec } from '../aggregate/counting-spec.js';
import { countingSpec, reportFromDatasetCounts } from './from-dataset-counts.js';
import type { ReportOptions } from './options.js';
import { readBuilderInput } from './report-builder.js';

/** A report built from coded rows: see {@link createCodedReport}. */
export interface CodedReport {
  /**
   * Counts a source from the parts its file was read in (staff first, then the linked sources,
   * then applications and the survey); `false` when a row has a problem (the report is then to
   * be made by the exact path).
   */
  count(source: SourceName, columns: readonly FieldColumn[], parts: readonly CodedTable[]): boolean;
  /** The counting rules, as plain data: what `countStaffPart` needs on another thread. */
  spec: CountingSpec;
  /**
   * Adds the later part of the staff file that `countStaffPart` (src/aggregate/coded-counter.ts) counted on another thread,
   * after the parts counted here; `ids` is its id dictionary, already checked against theirs.
   */
  addStaffPart(part: StaffPartCounts, ids: ByteDictionary): void;
  /** Declares the listed staff ids of every part counted so far checked (see `CodedCounter.staffIdsChecked`). */
  staffIdsChecked(): void;
  /**
   * The report of every row counted.
   * @param profileRows Rows an import profile left out (`keep`) or merged (`duplicates`), by
   *   source: given beside each source's rows read, as `profileReportInput` gives them.
   * @throws {WresInputError} When the data and options have a problem found only over the whole
   *   data (an employment value not known, a service or pay band no staff record has).
   */
  finish(profileRows?: Partial<Record<SourceName, Pick<SourceSummary, 'rowsLeftOut' | 'rowsMerged'>>>): WresReport | PublishedReport;
}

/**
 * Creates a report from coded rows: the options and organisation are checked at once, as
 * {@link createReportBuilder} checks them.
 *
 * @throws {WresInputError} When the options or the organisation are invalid.
 */
export function createCodedReport(options: ReportOptions, organisation?: unknown): CodedReport {
  const { resolved, shape } = readBuilderInput(options, organisation);
  const spec = countingSpec(resolved);
  const counter = createCodedCounter(countingOptionsOf(spec));
  return {
    count: (source, columns, parts) => counter.count(source, columns, parts),
    spec,
    addStaffPart: (part, ids) => counter.addStaffPart(part, ids),
    staffIdsChecked: () => counter.staffIdsChecked(),
    finish: (profileRows = {}) => {
      const counts = counter.finish(shape.organisation);
      for (const [source, rows] of Object.entries(profileRows)) Object.assign(counts.sources[source as SourceName], rows);
      return reportFromDatasetCounts(counts, resolved);
    },
  };
}

