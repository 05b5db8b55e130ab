/**
 * The fast file path of {@link reportFromCsv}: the files' bytes are read into coded tables
 * (src/read/coded-table.ts), with no string made for a value seen before and no object made for
 * a row, on two threads: the main thread reads and counts the first part of the staff file, the
 * applications and the survey while a worker reads the rest of the staff file and the sources that
 * point to staff, whose tables the main thread then counts (src/report/coded-report.ts).
 *
 * It reports only clean files: when a file is not clean, or the data have a problem, it returns
 * `undefined` and the caller reads the files again through the exact path, which says what is
 * wrong, row by row.
 *
 * @module
 */
import { statSync } from 'node:fs';
import { codedColumns, linkListedIds, type FieldColumn } from '../aggregate/coded-counter.js';
import { WresInputError } from '../errors.js';
import type { SourceName } from '../model/report.js';
import { isLinkedSource } from '../model/counts.js';
import type { ByteDictionary } from '../read/byte-dictionary.js';
import type { CodedTable } from '../read/coded-table.js';
import { IdList } from '../read/id-list.js';
import { createCodedReport } from '../report/coded-report.js';
import type { ReportOptions } from '../report/options.js';
import { PARALLEL_BYTES, codedWorkerScript, readCodedJob, readJobsOnWorker, splitJobs, type CodedJob, type CodedTuning, type WorkerTables } from './coded-jobs.js';
import type { CsvStreamSummary } from './parse.js';
import type { CsvReport, ReportFromCsvOptions } from './report.js';

/** The share of all the bytes the main thread reads (it also counts what it reads as it goes). */
const MAIN_SHARE = 0.6;

/** The columns a checked header feeds, with their fields. */
function fieldColumns(header: CsvStreamSummary): FieldColumn[] {
  const columns: FieldColumn[] = [];
  header.header.forEach((name, index) => {
    if (Object.hasOwn(header.columns, name)) columns.push({ index, field: header.columns[name] as string });
  });
  return columns;
}

/**
 * The report of clean files, or `undefined` when a file or the data need the exact path.
 *
 * @param files The file of each source, in the order to read them (staff first).
 * @param headers Each file's checked header (from `scanCsvHeader`, with no issues).
 * @param tuning Threads (the tests set them; see {@link CodedTuning}).
 * @throws {WresInputError} When the options or organisation are invalid (before any file is read).
 */
export async function codedReportFromCsv(
  files: readonly [SourceName, string][],
  headers: Partial<Record<SourceName, CsvStreamSummary>>,
  options: ReportOptions,
  csvOptions: ReportFromCsvOptions,
  tuning: CodedTuning = {},
): Promise<CsvReport | undefined> {
  const coded = createCodedReport(options, csvOptions.organisation);
  const columns = new Map(files.map(([source]) => [source, fieldColumns(headers[source] as CsvStreamSummary)]));
  const jobs: CodedJob[] = files.map(([source, path]) => ({
    source, path, start: 0, end: statSync(path).size, width: (headers[source] as CsvStreamSummary).header.length,
    columns: codedColumns(source, columns.get(source) as FieldColumn[], { salaryValues: coded.spec.bands.kind === 'salary', listedIds: true }),
  }));
  const script = codedWorkerScript();
  const total = jobs.reduce((sum, job) => sum + job.end, 0);
  const plan = await splitJobs(jobs, total, script === undefined ? 1 : (tuning.threads ?? 2), tuning.parallelBytes ?? PARALLEL_BYTES, tuning.mainShare ?? MAIN_SHARE);
  // The worker reads its jobs while this thread reads and counts its own; a worker that fails
  // leaves its jobs to this thread. When it reads the later part of the staff file, it also counts
  // that part and links the staff ids, this part's with its own.
  const linkAfter = plan.worker[0]?.source === 'staff';
  const staffCounting = linkAfter ? { spec: coded.spec, columns: columns.get('staff') as FieldColumn[] } : undefined;
  const worker = plan.worker.length === 0 ? undefined : readJobsOnWorker(plan.worker, script as NonNullable<typeof script>, linkAfter, staffCounting);
  let idsSent = false;
  const fromWorker = worker === undefined ? Promise.resolve<WorkerTables>({ tables: [] }) : worker.tables;
  const workerTables = async (): Promise<WorkerTables | undefined> => {
    const read = await fromWorker;
    if (read !== undefined) return read;
    // The first part's ids went to a worker that failed: they cannot be linked here.
    return idsSent ? undefined : { tables: await Promise.all(plan.worker.map(readCodedJob)) };
  };

  const rowsRead = new Map<SourceName, number>();
  const counted = (source: SourceName, rows: number): void => {
    rowsRead.set(source, (rowsRead.get(source) ?? 0) + rows);
    csvOptions.onProgress?.([...rowsRead.values()].reduce((sum, n) => sum + n, 0));
  };
  const count = (job: CodedJob, table: CodedTable): boolean => {
    if (table.stopped !== undefined || !coded.count(job.source, columns.get(job.source) as FieldColumn[], [table])) return false;
    counted(job.source, table.rows);
    return true;
  };
  // Staff ids are listed, not interned (src/read/id-list.ts): the lists of the staff parts counted
  // here, and the tables pointing to staff that wait for a join here (when the worker did not link them).
  const staffLists: IdList[] = [];
  const unlinked: [CodedJob, CodedTable][] = [];
  const countOrHold = (job: CodedJob, table: CodedTable): boolean => {
    if (isLinkedSource(job.source) && table.links?.staffOrdinals === undefined) {
      unlinked.push([job, table]);
      return table.stopped === undefined;
    }
    if (!count(job, table)) return false;
    if (job.source === 'staff' && table.links?.idsChecked !== true) staffLists.push(table.ids ?? new IdList());
    return true;
  };
  try {
    let skipWorkerStaff = false;
    for (const job of plan.main) {
      let table = await readCodedJob(job);
      if (table.stopped === 'quote' && job.source === 'staff' && linkAfter) {
        // The split fell inside a quoted cell (a line break in a cell): the staff file is read whole.
        worker?.firstPart({ skip: true });
        table = await readCodedJob({ ...job, end: (plan.worker[0] as CodedJob).end });
        skipWorkerStaff = true;
      } else if (job.source === 'staff' && linkAfter) {
        if (table.stopped !== undefined || table.ids === undefined) {
          worker?.firstPart({ skip: true });
          return undefined;
        }
        // Its ids go to the worker at once (counting needs them no more), which checks them with
        // its own and links the other files' ids while this part is counted here.
        worker?.firstPart({ list: table.ids.toData() });
        idsSent = true;
        if (!count(job, table)) return undefined;
        continue;
      }
      if (!countOrHold(job, table)) return undefined;
    }
    const read = await workerTables();
    if (read === undefined) return undefined;
    for (const [i, job] of plan.worker.entries()) {
      if (skipWorkerStaff && i === 0) continue;
      const table = read.tables[i] as CodedTable;
      if (i === 0 && job.source === 'staff' && table.links?.idsChecked === true) {
        // Its ids checked with this thread's part on the worker, and (usually) counted there: only its counts are added here.
        if (read.staffPart === undefined) {
          if (!count(job, table)) return undefined;
        } else {
          coded.addStaffPart(read.staffPart, table.dictionaries[job.columns.findIndex((c) => c.exact === true)] as ByteDictionary);
          counted('staff', table.rows);
        }
        coded.staffIdsChecked();
      } else if (!countOrHold(job, table)) return undefined;
    }
    if (unlinked.length > 0 || staffLists.length > 0) {
      // Nothing linked on the worker: the staff parts' ids are checked and the other files' linked here.
      const ordinals = linkListedIds(staffLists, unlinked.map(([, table]) => table.ids ?? new IdList()));
      if (ordinals === undefined) return undefined;
      coded.staffIdsChecked();
      for (const [n, [job, table]] of unlinked.entries()) {
        table.links = { staffOrdinals: ordinals[n] as Int32Array };
        if (!count(job, table)) return undefined;
      }
    }
  } catch {
    // A file that cannot be read to its end: the exact path says so.
    return undefined;
  } finally {
    // When this thread found a problem first, the worker's part is not needed.
    worker?.stop();
  }

  const csv: CsvReport['csv'] = {};
  for (const [source, path] of files) {
    const header = headers[source] as CsvStreamSummary;
    csv[source] = {
      file: path,
      rowsRead: rowsRead.get(source) ?? 0,
      columns: header.columns,
      ignoredColumns: header.ignoredColumns,
      unusedMappings: header.unusedMappings,
      rowsRejected: 0,
      rejectReasons: [],
      rejects: [],
    };
  }
  try {
    return { report: coded.finish(), csv };
  } catch (error) {
    // The exact path finds the same problem and words it with the files' rows.
    if (error instanceof WresInputError) return undefined;
    throw error;
  }
}
