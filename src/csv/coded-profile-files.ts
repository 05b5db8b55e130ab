/**
 * The fast path of `wres report --profile`: a profile's CSV files read into coded tables
 * (src/read/coded-table.ts) and counted through the profile's converters
 * (src/report/coded-profile.ts), instead of a table of strings and an object per row. As the
 * plain file path does (src/csv/coded-files.ts), it reads on two threads: this one reads and
 * counts the first part of the staff file, checks every file's bytes and counts applications and
 * the survey, while a worker reads the rest of the staff file and the files pointing to staff,
 * counts its part of the staff file through the profile (its `keep` rules and converters, rebuilt
 * there from plain data) and links the staff ids; this thread then adds its counts and counts the
 * files pointing to staff with no lookups.
 *
 * It answers only for files the exact path would read without a problem. A workbook, a file that
 * is not clean CSV (see src/read/coded-csv.ts), any row the profile cannot read, a rule that keeps
 * nothing: it returns `undefined`, and the caller applies the profile the exact way
 * (src/csv/profile-files.ts), which names every problem. Files in Windows-1252 or UTF-16 are
 * decoded as the exact reader decodes them and read here as UTF-8.
 *
 * @module
 */
import { isUtf8 } from 'node:buffer';
import { open, readFile } from 'node:fs/promises';
import type { SourceName } from '../model/report.js';
import type { ByteDictionary } from '../read/byte-dictionary.js';
import { IdList } from '../read/id-list.js';
import { PROFILE_SOURCES } from '../profile/fields.js';
import type { SourceProfile } from '../profile/schema.js';
import { CodedTableReader, type CodedTable } from '../read/coded-table.js';
import { CSV_LAYOUT_BYTES, csvLayout, type CsvLayout } from '../read/csv-layout.js';
import { decodeText, detectFile, encodingFromName, type TextEncodingName } from '../read/index.js';
import { COUNT_ORDER, createCodedProfileReport, planCodedSource, type CodedProfileReport, type CodedSourcePlan } from '../report/coded-profile.js';
import type { ReportOptions } from '../report/options.js';
import { PARALLEL_BYTES, UNLINKED, codedWorkerScript, readCodedJob, readJobsOnWorker, splitJobs, type CodedJob, type CodedTuning } from './coded-jobs.js';
import { shown, sourcePath, type ProfileFile } from './profile-files.js';

const QUOTE = 34;
/** Bytes checked at a time. */
const CHUNK = 1 << 20;
/**
 * The share of all the bytes this thread reads: it also checks the other files' bytes and counts its
 * part of the staff file, applications, the survey and (last) the files pointing to staff, while the
 * worker counts its part of the staff file and links the staff ids (balanced on the bench's files).
 */
const MAIN_SHARE = 0.55;

/**
 * Whether a quoted cell may have white space after its closing quote (`"Smith, J" ,`), which the
 * coded reader reads and the exact reader refuses: a quote, spaces or tabs, then a delimiter, a
 * line break or the end of the bytes.
 */
function spaceAfterQuote(bytes: Uint8Array, delimiter: string): boolean {
  // (In a file of tabs, a tab after a quote is a delimiter; the coded reader stops there itself.)
  const tab = delimiter === '\t' ? -1 : 9;
  const separator = delimiter.charCodeAt(0);
  for (let at = bytes.indexOf(QUOTE); at >= 0; at = bytes.indexOf(QUOTE, at + 1)) {
    let next = at + 1;
    while (bytes[next] === 32 || bytes[next] === tab) next++;
    if (next === at + 1) continue;
    const byte = bytes[next];
    if (byte === undefined || byte === separator || byte === 10 || byte === 13) return true;
  }
  return false;
}

/** Where to cut `bytes[from, end)` so that no UTF-8 sequence, and no quote followed by white space, is cut in two. */
function safeCut(bytes: Uint8Array, from: number, end: number): number {
  let cut = end;
  let k = end - 1;
  while (k >= from && end - k < 64 && (bytes[k] === 32 || bytes[k] === 9)) k--;
  if (k >= from && bytes[k] === QUOTE) cut = k;
  let i = cut - 1;
  while (i >= from && cut - i < 4 && ((bytes[i] as number) & 0xc0) === 0x80) i--;
  const lead = bytes[i] as number;
  if (i >= from && lead >= 0xc0 && cut - i < (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2)) cut = i;
  return cut;
}

/**
 * Whether a file is text the coded reader reads as the exact reader would: valid UTF-8 after its
 * byte-order mark, no NUL, no white space after a closing quote. Read a chunk at a time.
 */
async function cleanUtf8(path: string, from: number, delimiter: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(CHUNK + 128);
    let carried = 0;
    for (let at = from; ;) {
      const { bytesRead } = await file.read(buffer, carried, CHUNK, at);
      at += bytesRead;
      const end = carried + bytesRead;
      const last = bytesRead === 0;
      const cut = last ? end : safeCut(buffer, 0, end);
      const chunk = buffer.subarray(0, cut);
      if (!isUtf8(chunk) || chunk.indexOf(0) >= 0 || spaceAfterQuote(chunk, delimiter)) return false;
      if (last) return true;
      buffer.copyWithin(0, cut, end);
      carried = end - cut;
    }
  } finally {
    await file.close();
  }
}

/** The encoding the exact reader reads a file in when it is UTF-8 (its mark, or given, or detected), or undefined when it is another. */
function readsAsUtf8(head: Uint8Array, given: TextEncodingName | undefined): { bom: number } | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { bom: 3 };
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return undefined;
  return given === undefined || given === 'utf-8' ? { bom: 0 } : undefined;
}

/** One source to read: its plan, where its rows are, and how. */
interface SourceFile {
  source: SourceName;
  path: string;
  size: number;
  plan: CodedSourcePlan;
  layout: CsvLayout;
  /** UTF-8 on disk: read from the file (`from` skips its byte-order mark). */
  utf8?: { from: number; detected: boolean };
  /** Another encoding: the text written as UTF-8, in memory. */
  bytes?: Uint8Array;
}

/** The first bytes of a file (enough to find its layout), and its size. */
async function head(path: string): Promise<{ bytes: Uint8Array; size: number }> {
  const file = await open(path, 'r');
  try {
    const size = (await file.stat()).size;
    const bytes = new Uint8Array(Math.min(size, CSV_LAYOUT_BYTES + 8));
    const { bytesRead } = await file.read(bytes, 0, bytes.length, 0);
    return { bytes: bytes.subarray(0, bytesRead), size };
  } finally {
    await file.close();
  }
}

/** A file in another encoding as UTF-8 bytes, decoded as the exact reader decodes it; undefined when it refuses it. */
function transcoded(bytes: Uint8Array, name: string, source: SourceName, given: TextEncodingName | undefined): Uint8Array | undefined {
  try {
    return Buffer.from(decodeText(bytes, { name, source }, given).text, 'utf8');
  } catch {
    return undefined;
  }
}

/** The source's file, planned; `undefined` when it is to be read the exact way. */
async function planFile(profileFile: ProfileFile, source: SourceName, path: string): Promise<SourceFile | undefined> {
  const config: SourceProfile = (profileFile.profile.sources as Partial<Record<SourceName, SourceProfile>>)[source] ?? {};
  const name = shown(path);
  let given: TextEncodingName | undefined;
  if (config.encoding !== undefined) {
    given = encodingFromName(config.encoding);
    if (given === undefined) return undefined;
  }
  const start = await head(path);
  const kind = detectFile(start.bytes, name);
  if (kind.kind !== 'csv' || !kind.readable) return undefined;
  const layoutOptions = { ...(config.delimiter === undefined ? {} : { delimiter: config.delimiter }), skipRows: config.skipRows ?? 0 };
  const utf8 = readsAsUtf8(start.bytes, given);
  if (utf8 !== undefined) {
    const layout = csvLayout(start.bytes, utf8.bom, layoutOptions);
    const plan = layout === undefined ? undefined : planCodedSource(source, config, layout.header, name);
    if (layout === undefined || plan === undefined) return undefined;
    return { source, path, size: start.size, plan, layout, utf8: { from: utf8.bom, detected: utf8.bom === 0 && given === undefined } };
  }
  return inMemory(source, path, name, config, given, layoutOptions);
}

/** A source whose file is decoded whole (another encoding), planned. */
async function inMemory(
  source: SourceName, path: string, name: string, config: SourceProfile, given: TextEncodingName | undefined, layoutOptions: { delimiter?: string; skipRows: number },
): Promise<SourceFile | undefined> {
  const bytes = transcoded(await readFile(path), name, source, given);
  if (bytes === undefined) return undefined;
  const layout = csvLayout(bytes, 0, layoutOptions);
  const plan = layout === undefined ? undefined : planCodedSource(source, config, layout.header, name);
  if (layout === undefined || plan === undefined || spaceAfterQuote(bytes, layout.delimiter)) return undefined;
  return { source, path, size: bytes.length, plan, layout, bytes };
}

/** Reads a decoded file's rows. */
function readInMemory(file: SourceFile): CodedTable {
  const bytes = file.bytes as Uint8Array;
  const reader = new CodedTableReader({ delimiter: file.layout.delimiter, width: file.layout.header.length, columns: file.plan.columns, headerless: true });
  reader.write(bytes.subarray(file.layout.dataStart));
  return reader.end();
}

/** The job reading a UTF-8 file's rows. */
function jobOf(file: SourceFile): CodedJob {
  return { source: file.source, path: file.path, start: file.layout.dataStart, end: file.size, width: file.layout.header.length, columns: file.plan.columns, delimiter: file.layout.delimiter };
}

/**
 * The report of a profile's CSV files by the fast path, or `undefined` when the exact path is to
 * make it (see the module's description).
 *
 * @param profileFile The profile, as `readProfileFile` gives it.
 * @param files Files replacing the profile's, by source (relative to the working folder).
 * @param options The report options (the profile's, with the command line's on top).
 * @param organisation The organisation (the profile's, with the command line's on top).
 * @param tuning Threads (the tests set it).
 * @returns The report and what the profile did to each source, or `undefined`.
 * @example
 * const fast = await codedProfileReport(await readProfileFile('profile.yaml'), {}, options, organisation);
 * fast?.sources.staff?.rowsLeftOut; // 201
 */
export async function codedProfileReport(
  profileFile: ProfileFile,
  files: Partial<Record<SourceName, string>>,
  options: ReportOptions,
  organisation?: unknown,
  tuning: CodedTuning = {},
): Promise<CodedProfileReport | undefined> {
  const configs = profileFile.profile.sources as Partial<Record<SourceName, SourceProfile>>;
  const planned = new Map<SourceName, SourceFile>();
  try {
    for (const source of PROFILE_SOURCES) {
      if (configs[source] === undefined && files[source] === undefined) continue;
      const path = sourcePath(profileFile, source, files[source]);
      let file = path === undefined ? undefined : await planFile(profileFile, source, path);
      // The staff file's bytes are checked before it is split (the other files' while the worker reads).
      if (file !== undefined && source === 'staff') file = await checked(file, configs[source] ?? {});
      if (file === undefined) return undefined;
      planned.set(source, file);
    }
  } catch {
    // A file that cannot be read: the exact path says so.
    return undefined;
  }
  const plans: Partial<Record<SourceName, CodedSourcePlan>> = {};
  for (const [source, file] of planned) plans[source] = file.plan;
  const counting = createCodedProfileReport(profileFile.profile, plans, options, organisation);
  if (counting === undefined) return undefined;
  for (const [source, file] of planned) file.plan = counting.plan(source) ?? file.plan;

  const script = codedWorkerScript();
  // Files in another encoding are decoded in memory and read here; the UTF-8 files are split between the threads.
  const utf8Jobs = [...planned.values()].filter((file) => file.utf8 !== undefined).map(jobOf);
  const total = [...planned.values()].reduce((sum, file) => sum + file.size, 0);
  const plan = await splitJobs(utf8Jobs, total, script === undefined ? 1 : (tuning.threads ?? 2), tuning.parallelBytes ?? PARALLEL_BYTES, tuning.mainShare ?? MAIN_SHARE);
  // When the worker reads the later part of the staff file, it also counts that part (through the
  // profile's `keep` rules and converters) and links the staff ids, this part's kept rows' with its own.
  const linkAfter = plan.worker[0]?.source === 'staff';
  const staffFile = planned.get('staff') as SourceFile;
  const recipe = { profile: profileFile.profile, plan: staffFile.plan, spec: counting.spec };
  const worker = plan.worker.length === 0 ? undefined : readJobsOnWorker(plan.worker, script as NonNullable<typeof script>, linkAfter, linkAfter ? { recipe } : undefined);
  let idsSent = false;
  try {
    // This thread's staff part is counted at once (the worker reads meanwhile); its other tables wait their turn.
    const held = new Map<SourceName, CodedTable>();
    let staffWhole = false;
    if (staffFile.bytes !== undefined && !counting.count('staff', readInMemory(staffFile))) return undefined;
    for (const job of plan.main) {
      let table = await readCodedJob(job);
      if (job.source !== 'staff') {
        held.set(job.source, table);
        continue;
      }
      if (table.stopped === 'quote' && linkAfter) {
        // The split fell inside a quoted cell (a line break in a cell): the staff file is read whole.
        worker?.firstPart({ skip: true });
        table = await readCodedJob({ ...job, end: (plan.worker[0] as CodedJob).end });
        staffWhole = true;
      }
      // This part's kept ids go to the worker as a list (a copy, joined there by sorting): a file
      // pointing to staff that is decoded in memory (another encoding, found only while checking its
      // bytes) is linked here, by joining the lists again.
      const sendIds = linkAfter && !staffWhole
        ? (ids: IdList): void => {
          worker?.firstPart({ list: ids.copy().toData() });
          idsSent = true;
        }
        : undefined;
      if (!counting.count('staff', table, sendIds)) return undefined;
    }
    // The other UTF-8 files' bytes checked while the worker reads; one that is not UTF-8 after all
    // (no encoding given) is what the exact reader reads as Windows-1252: decoded whole here.
    // Applications and the survey, which point to no staff member, are counted as soon as checked.
    const tableOf = (file: SourceFile): CodedTable | undefined => (file.bytes !== undefined ? readInMemory(file) : held.get(file.source));
    for (const source of COUNT_ORDER) {
      let file = planned.get(source);
      if (source === 'staff' || file === undefined) continue;
      if (file.utf8 !== undefined) {
        file = await checked(file, configs[source] ?? {});
        if (file === undefined) return undefined;
        planned.set(source, file);
      }
      if (!UNLINKED.has(source)) continue;
      const table = tableOf(file);
      if (table === undefined || !counting.count(source, table)) return undefined;
    }
    const read = (await worker?.tables) ?? (idsSent ? undefined : { tables: await Promise.all(plan.worker.map(readCodedJob)) });
    // (The first part's ids went to a worker that failed: they cannot be linked here.)
    if (read === undefined) return undefined;
    for (const [i, job] of plan.worker.entries()) {
      const table = read.tables[i] as CodedTable;
      if (job.source !== 'staff') held.set(job.source, table);
      else if (staffWhole) continue;
      else if (read.staffPart === undefined || read.keep === undefined || table.stopped !== undefined) return undefined;
      // Counted on the worker: only its counts are added here.
      else counting.addStaffPart(read.staffPart, read.keep, table.dictionaries[job.columns.findIndex((c) => c.exact === true)] as ByteDictionary, table.ids);
    }
    for (const source of COUNT_ORDER) {
      const file = planned.get(source);
      if (source === 'staff' || UNLINKED.has(source) || file === undefined) continue;
      const table = tableOf(file);
      if (table === undefined || !counting.count(source, table)) return undefined;
    }
  } catch {
    // A file that cannot be read to its end: the exact path says so.
    return undefined;
  } finally {
    worker?.stop();
  }
  return counting.finish();
}

/**
 * A UTF-8 file whose bytes are checked ({@link cleanUtf8}); one that is not UTF-8 after all, with
 * no encoding given, decoded whole as the exact reader decodes it; `undefined` when the exact path
 * is to read it.
 */
async function checked(file: SourceFile, config: SourceProfile): Promise<SourceFile | undefined> {
  if (file.utf8 === undefined || await cleanUtf8(file.path, file.utf8.from, file.layout.delimiter)) return file;
  if (!file.utf8.detected) return undefined;
  return inMemory(file.source, file.path, shown(file.path), config, undefined, { ...(config.delimiter === undefined ? {} : { delimiter: config.delimiter }), skipRows: config.skipRows ?? 0 });
}
