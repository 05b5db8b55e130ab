/**
 * The worker thread of the fast file path: reads the jobs it is given into coded tables and
 * posts them back (their typed arrays transferred, not copied). Started by src/csv/coded-files.ts.
 *
 * When its first job is the later part of a split staff file (`linkAfter`), it then waits for the
 * first part's staff ids from the main thread, checks that its own part repeats none of them and
 * works out the staff ordinal of every id in the files that point to staff, so the main thread
 * has no lookups left to do. Given the counting rules (`staffCounting`), it also counts its part of
 * the staff file while it waits, and hands over the counts, so the main thread only adds them.
 * Through an import profile (src/csv/coded-profile-files.ts), the rules come as a recipe: the
 * worker keeps the rows the profile's `keep` rules keep, reads the rest through the profile's
 * converters, and links by the ids of the rows kept (the staff ordinals are those of kept rows).
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { countStaffPart, linkListedIds, type FieldColumn } from '../aggregate/coded-counter.js';
import type { StaffPartCounts } from '../aggregate/record-counter.js';
import type { CountingSpec } from '../aggregate/counting-spec.js';
import type { ByteDictionary } from '../read/byte-dictionary.js';
import { tableToData, type CodedTable, type CodedTableData } from '../read/coded-table.js';
import { IdList, type IdListData } from '../read/id-list.js';
import type { KeepTally, ProfileStaffRecipe } from '../report/coded-profile-part.js';
import { readCodedJob, type CodedJob } from './coded-jobs.js';

/**
 * What the main thread sends once it has read the first part of the staff file: its staff ids as
 * a list (a profile's interned ids listed from their dictionary), or that there is nothing to link.
 */
export type FirstStaffPart = { list: IdListData } | { skip: true };

/**
 * How to count the later part of the staff file (the worker's first job): the counting rules and
 * the file's columns, or an import profile's recipe (its `keep` rules and converters as well).
 */
export type StaffCounting = { spec: CountingSpec; columns: FieldColumn[] } | { recipe: ProfileStaffRecipe };

/**
 * What the worker posts back: its tables, and the counts of its part of the staff file when it
 * counted them (through a profile, what `keep` did to the part as well, and the part's table is
 * then of the rows kept).
 */
export interface WorkerResult {
  tables: CodedTableData[];
  staffPart?: StaffPartCounts;
  keep?: KeepTally;
}

const { jobs, linkAfter, staffCounting } = workerData as { jobs: CodedJob[]; linkAfter: boolean; staffCounting?: StaffCounting };
const firstPart = linkAfter
  ? new Promise<FirstStaffPart>((resolve) => parentPort?.once('message', resolve))
  : Promise.resolve<FirstStaffPart>({ skip: true });
const tables: CodedTable[] = [];
for (const job of jobs) tables.push(await readCodedJob(job));

// The later part of the staff file counted here while the main thread reads the first.
let staffPart: StaffPartCounts | undefined;
let keep: KeepTally | undefined;
const later = tables[0];
if (staffCounting !== undefined && jobs[0]?.source === 'staff' && later !== undefined && later.stopped === undefined) {
  if ('recipe' in staffCounting) {
    // The profile's converters are loaded only through a profile: the plain path's worker stays small.
    const { countProfileStaffPart } = await import('../report/coded-profile-part.js');
    const counted = countProfileStaffPart(staffCounting.recipe, later);
    if (counted !== undefined) {
      // The part's rows kept, its ids coded afresh: the ids linked below and handed over.
      tables[0] = counted.table;
      staffPart = counted.counts;
      keep = counted.keep;
    }
  } else staffPart = countStaffPart(staffCounting.spec, staffCounting.columns, later);
  if (staffPart === undefined) later.stopped = 'row';
}

const first = await firstPart;
if (!('skip' in first) && tables.every((table) => table.stopped === undefined)) {
  const linkedAt = jobs.flatMap((job, i) => (job.source === 'staff' ? [] : [i]));
  const tableAt = (i: number): CodedTable => tables[i] as CodedTable;
  const idOf = (i: number): ByteDictionary => tableAt(i).dictionaries[(jobs[i] as CodedJob).columns.findIndex((c) => c.exact === true)] as ByteDictionary;
  // Ids listed where read (the plain path), or interned (an import profile's path): joined as lists.
  const listOf = (i: number): IdList => tableAt(i).ids ?? IdList.fromDictionary(idOf(i));
  const ordinals = linkListedIds([IdList.fromData(first.list), listOf(0)], linkedAt.map(listOf));
  if (ordinals === undefined) tableAt(0).stopped = 'row';
  else {
    tableAt(0).links = { idsChecked: true };
    linkedAt.forEach((i, n) => {
      tableAt(i).links = { staffOrdinals: ordinals[n] as Int32Array };
    });
  }
}
// Lists that were joined here are not needed any more: the main thread needs only the links (and
// the staff part's list, to link there a file found not to be UTF-8 through a profile).
tables.forEach((table, i) => {
  if (table.links !== undefined && jobs[i]?.source !== 'staff') delete table.ids;
});
// Counts of a part whose ids were not checked against the first part's are of no use.
if (staffPart !== undefined && tables[0]?.links?.idsChecked !== true) staffPart = undefined;
const data = tables.map(tableToData);
const transfer = data.flatMap((table) => [
  ...table.codes.map((column) => column.buffer),
  ...table.dictionaries.flatMap((d) => [d.slots.buffer, d.hashes.buffer, d.spans.buffer, d.arena.buffer]),
  ...(table.links?.staffOrdinals === undefined ? [] : [table.links.staffOrdinals.buffer]),
  ...(table.ids === undefined ? [] : [table.ids.hashes.buffer, table.ids.starts.buffer, table.ids.arena.buffer]),
  ...(staffPart === undefined ? [] : [staffPart.staffState.buffer, staffPart.counters.buffer, staffPart.bandCounters.buffer]),
]);
const result: WorkerResult = staffPart === undefined ? { tables: data } : keep === undefined ? { tables: data, staffPart } : { tables: data, staffPart, keep };
parentPort?.postMessage(result, [...new Set(transfer)] as ArrayBuffer[]);
