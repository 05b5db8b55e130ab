/**
 * The worker thread of the fast file path: reads the jobs it is given into coded tables and
 * posts them back (their typed arrays transferred, not copied). Started by src/csv/coded-files.ts.
 *
 * When its first job is the later part of a split staff file (`linkAfter`), it then waits for the
 * first part's staff ids from the main thread, checks that its own part repeats none of them and
 * works out the staff ordinal of every id in the files that point to staff, so the main thread
 * has no lookups left to do.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { linkStaffIds } from '../aggregate/coded-counter.js';
import { ByteDictionary, type ByteDictionaryData } from '../read/byte-dictionary.js';
import { tableToData, type CodedTable } from '../read/coded-table.js';
import { readCodedJob, type CodedJob } from './coded-jobs.js';

/** What the main thread sends once it has read the first part of the staff file. */
export type FirstStaffPart = { ids: ByteDictionaryData; rows: number } | { skip: true };

const { jobs, linkAfter } = workerData as { jobs: CodedJob[]; linkAfter: boolean };
const firstPart = linkAfter
  ? new Promise<FirstStaffPart>((resolve) => parentPort?.once('message', resolve))
  : Promise.resolve<FirstStaffPart>({ skip: true });
const tables: CodedTable[] = [];
for (const job of jobs) tables.push(await readCodedJob(job));

const first = await firstPart;
if ('ids' in first && tables.every((table) => table.stopped === undefined)) {
  const idOf = (i: number): ByteDictionary => (tables[i] as CodedTable).dictionaries[(jobs[i] as CodedJob).columns.findIndex((c) => c.exact === true)] as ByteDictionary;
  const linkedAt = jobs.flatMap((job, i) => (job.source === 'staff' ? [] : [i]));
  const ordinals = linkStaffIds([{ ids: ByteDictionary.fromData(first.ids), rows: first.rows }, { ids: idOf(0), rows: (tables[0] as CodedTable).rows }], linkedAt.map(idOf));
  if (ordinals === undefined) (tables[0] as CodedTable).stopped = 'row';
  else {
    (tables[0] as CodedTable).links = { idsChecked: true };
    linkedAt.forEach((i, n) => {
      (tables[i] as CodedTable).links = { staffOrdinals: ordinals[n] as Int32Array };
    });
  }
}
const data = tables.map(tableToData);
const transfer = data.flatMap((table) => [
  ...table.codes.map((column) => column.buffer),
  ...table.dictionaries.flatMap((d) => [d.slots.buffer, d.hashes.buffer, d.spans.buffer, d.arena.buffer]),
  ...(table.links?.staffOrdinals === undefined ? [] : [table.links.staffOrdinals.buffer]),
]);
parentPort?.postMessage(data, [...new Set(transfer)] as ArrayBuffer[]);
