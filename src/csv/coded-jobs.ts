/**
 * Reading a range of a file's bytes into a coded table: the unit of work of the fast file path,
 * run on the main thread or on the worker thread (src/csv/coded-worker.ts).
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceName } from '../model/report.js';
import type { FirstStaffPart, StaffCounting, WorkerResult } from './coded-worker.js';
import type { StaffPartCounts } from '../aggregate/record-counter.js';
import type { KeepTally } from '../report/coded-profile-part.js';
import { CodedTableReader, tableFromData, type CodedTable, type CodedTableData, type TableColumn } from '../read/coded-table.js';

/** Bytes read at a time. */
const CHUNK = 1 << 20;

/** A range of one file to read into a coded table. */
export interface CodedJob {
  source: SourceName;
  path: string;
  /** The range of bytes, `[start, end)`; `start` is 0 or the start of a row after the header. */
  start: number;
  end: number;
  /** How many columns the file's header has. */
  width: number;
  columns: TableColumn[];
  /** The field delimiter; default `,`. */
  delimiter?: string;
}

/**
 * Reads the job's bytes into a coded table.
 *
 * @throws Error when the file cannot be read (the caller leaves the files to the exact path).
 */
export async function readCodedJob(job: CodedJob): Promise<CodedTable> {
  const file = await open(job.path, 'r');
  try {
    const buffer = new Uint8Array(CHUNK);
    let reader: CodedTableReader | undefined;
    for (let at = job.start; at < job.end && reader?.stopped === undefined;) {
      const { bytesRead } = await file.read(buffer, 0, Math.min(CHUNK, job.end - at), at);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      // The rows to expect, from the line breaks of the first chunk: room for them at once.
      reader ??= new CodedTableReader({ delimiter: job.delimiter ?? ',', width: job.width, columns: job.columns, headerless: job.start > 0, rowsHint: (job.end - job.start) / Math.max(1, bytesRead / Math.max(1, lineBreaks(chunk))) * 1.02 });
      reader.write(chunk);
      at += bytesRead;
    }
    return (reader ?? new CodedTableReader({ delimiter: job.delimiter ?? ',', width: job.width, columns: job.columns, headerless: job.start > 0 })).end();
  } finally {
    await file.close();
  }
}

function lineBreaks(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) n++;
  return n;
}

/**
 * Where a file can be split in two near `at`: just after the first line break at or after `at`
 * (within 64 KB), or undefined. Whether that break ends a row (rather than being inside a quoted
 * cell) is known only when the first part is read: it then ends cleanly or with an open quote.
 */
export async function splitPoint(path: string, at: number, size: number): Promise<number | undefined> {
  const file = await open(path, 'r');
  try {
    const window = new Uint8Array(Math.min(65_536, size - at));
    const { bytesRead } = await file.read(window, 0, window.length, at);
    for (let i = 0; i < bytesRead; i++) {
      const byte = window[i];
      if (byte === 10) return at + i + 1;
      if (byte === 13) return window[i + 1] === 10 ? at + i + 2 : i + 1 < bytesRead ? at + i + 1 : undefined;
    }
    return undefined;
  } finally {
    await file.close();
  }
}

/** Below this many bytes in all, one thread reads everything (a worker costs more than it saves). */
export const PARALLEL_BYTES = 8 << 20;

/** How a fast path uses threads (the tests set these; callers keep the defaults). */
export interface CodedTuning {
  /** 1 or 2 (default). */
  threads?: number;
  /** Below this many bytes in all, one thread reads everything (default {@link PARALLEL_BYTES}). */
  parallelBytes?: number;
  /** The share of all the bytes this thread reads (default: the fast path's own). */
  mainShare?: number;
}

/** Sources whose counts do not depend on the staff: counted whenever they are read. */
export const UNLINKED = new Set<SourceName>(['applications', 'survey']);

/**
 * Splits the jobs between this thread and the worker. This thread reads the first part of the
 * staff file, then applications and the survey, counting each as it goes; the worker reads the
 * rest of the staff file (cut just after a line break) and the sources that point to staff, which
 * can be counted only after every staff row. With one thread, little to read or no staff job,
 * everything is read here.
 *
 * @param jobs The jobs, staff first when there is one.
 * @param total All the bytes the fast path reads (with any it reads otherwise, such as a file decoded in memory).
 * @param mainShare The share of `total` this thread reads.
 */
export async function splitJobs(jobs: CodedJob[], total: number, threads: number, parallelBytes: number, mainShare: number): Promise<{ main: CodedJob[]; worker: CodedJob[] }> {
  const staff = jobs.find((job) => job.source === 'staff');
  if (threads < 2 || total < parallelBytes || staff === undefined) return { main: jobs, worker: [] };
  const unlinked = jobs.filter((job) => UNLINKED.has(job.source));
  const linked = jobs.filter((job) => job !== staff && !UNLINKED.has(job.source));
  const length = staff.end - staff.start;
  const target = total * mainShare - unlinked.reduce((sum, job) => sum + job.end - job.start, 0);
  const at = staff.start + Math.floor(Math.min(length * 0.95, Math.max(length * 0.05, target)));
  const split = await splitPoint(staff.path, at, staff.end);
  if (split === undefined || split >= staff.end) return { main: [staff, ...unlinked], worker: linked };
  return { main: [{ ...staff, end: split }, ...unlinked], worker: [{ ...staff, start: split }, ...linked] };
}

/** How to start the worker thread: its built script, or code that loads the source after a loader. */
export interface WorkerScript {
  /** A file URL, or code to evaluate. */
  script: URL | string;
  evaluate: boolean;
}

/**
 * The worker script of the fast file paths (src/csv/coded-worker.ts) beside this module, or
 * undefined. Built, it is `coded-worker.js`. Run from the TypeScript sources (the tests, the
 * bench), a worker needs a loader of its own: the module named by the environment variable
 * `WRES_TS_LOADER` (one with a `register()`, as tsx's `tsx/esm/api`) is registered before the
 * source is imported; without it, one thread reads everything (Node 20 ignores `--import` in a
 * worker's `execArgv`).
 */
export function codedWorkerScript(): WorkerScript | undefined {
  const here = (import.meta as { url?: string }).url;
  if (typeof here !== 'string' || !here.startsWith('file:')) return undefined;
  const source = here.endsWith('.ts');
  const url = new URL(source ? './coded-worker.ts' : './coded-worker.js', here);
  if (!existsSync(fileURLToPath(url))) return undefined;
  if (!source) return { script: url, evaluate: false };
  const loader = process.env['WRES_TS_LOADER'];
  if (loader === undefined || loader === '') return undefined;
  return { script: `import(${JSON.stringify(loader)}).then((loader) => loader.register()).then(() => import(${JSON.stringify(url.href)}))`, evaluate: true };
}

/**
 * What a worker thread read: its jobs' tables, and the counts of its part of the staff file when
 * it counted them (through a profile, with what `keep` did to it: see `WorkerResult`).
 */
export interface WorkerTables {
  tables: CodedTable[];
  staffPart?: StaffPartCounts;
  keep?: KeepTally;
}

/** Jobs being read on a worker thread. */
export interface WorkerRead {
  /** What it read, or undefined when the worker cannot start or fails. */
  tables: Promise<WorkerTables | undefined>;
  /** Sends the first part of the staff file's ids (transferred: unusable here afterwards), or says there are none to link to. */
  firstPart: (part: FirstStaffPart) => void;
  stop: () => void;
}

/**
 * Reads jobs on a worker thread. With `linkAfter` (its first job is the later part of a split
 * staff file) the worker waits for {@link WorkerRead.firstPart} and links the staff ids; with
 * `staffCounting` as well, it counts that part of the staff file.
 */
export function readJobsOnWorker(jobs: CodedJob[], start: WorkerScript, linkAfter = false, staffCounting?: StaffCounting): WorkerRead {
  const worker = new Worker(start.script, { workerData: { jobs, linkAfter, staffCounting }, eval: start.evaluate });
  const tables = new Promise<WorkerTables | undefined>((resolve) => {
    worker.once('message', (result: WorkerResult) => {
      const tables = result.tables.map(tableFromData);
      resolve({ ...result, tables });
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return {
    tables,
    firstPart: (part) => {
      const buffers = 'list' in part ? [part.list.hashes.buffer, part.list.starts.buffer, part.list.arena.buffer] : [];
      worker.postMessage(part, [...new Set(buffers)] as ArrayBuffer[]);
    },
    stop: () => void worker.terminate(),
  };
}
