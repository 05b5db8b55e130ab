/**
 * The worker thread of the fast file path: reads the jobs it is given into coded tables and
 * posts them back (their typed arrays transferred, not copied). Started by src/csv/coded-files.ts.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tableToData, type CodedTableData } from '../read/coded-table.js';
import { readCodedJob, type CodedJob } from './coded-jobs.js';

const jobs = (workerData as { jobs: CodedJob[] }).jobs;
const tables: CodedTableData[] = [];
for (const job of jobs) tables.push(tableToData(await readCodedJob(job)));
const transfer = tables.flatMap((table) => [
  ...table.codes.map((column) => column.buffer),
  ...table.dictionaries.flatMap((d) => [d.slots.buffer, d.hashes.buffer, d.spans.buffer, d.arena.buffer]),
]);
parentPort?.postMessage(tables, [...new Set(transfer)] as ArrayBuffer[]);
