/**
 * The fast path of `wres report --profile`: a profile's CSV files read into coded tables
 * (src/read/coded-table.ts) and counted through the profile's converters
 * (src/report/coded-profile.ts), instead of a table of strings and an object per row.
 *
 * It answers only for files the exact path would read without a problem. A workbook, a file that
 * is not clean CSV (see src/read/coded-csv.ts), any row the profile cannot read, a rule that keeps
 * nothing: it returns `undefined`, and the caller applies the profile the exact way
 * (src/csv/profile-files.ts), which names every problem. Files in Windows-1252 or UTF-16 are
 * decoded as the exact reader decodes them and read as UTF-8.
 *
 * @module
 */
import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import type { SourceName } from '../model/report.js';
import { PROFILE_SOURCES } from '../profile/fields.js';
import type { SourceProfile } from '../profile/schema.js';
import { CodedTableReader } from '../read/coded-table.js';
import { csvLayout } from '../read/csv-layout.js';
import { decodeText, detectFile, encodingFromName, type TextEncodingName } from '../read/index.js';
import { planCodedSource, reportFromCodedProfile, type CodedProfileReport, type CodedProfileSource } from '../report/coded-profile.js';
import type { ReportOptions } from '../report/options.js';
import { shown, sourcePath, type ProfileFile } from './profile-files.js';

const QUOTE = 34;

/**
 * The file as UTF-8 bytes and where its text starts, decoded as the exact reader decodes it;
 * `undefined` when the exact reader would refuse it (or read it otherwise).
 */
function utf8Text(bytes: Uint8Array, name: string, source: SourceName, encoding: string | undefined): { bytes: Uint8Array; start: number } | undefined {
  let given: TextEncodingName | undefined;
  if (encoding !== undefined) {
    given = encodingFromName(encoding);
    if (given === undefined) return undefined;
  }
  const utf8Mark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf16Mark = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf8Mark || (!utf16Mark && given !== 'utf-16le' && given !== 'utf-16be' && given !== 'windows-1252')) {
    const start = utf8Mark ? 3 : 0;
    const body = bytes.subarray(start);
    // Valid UTF-8 without NUL is what the exact reader reads as UTF-8 (detected or given).
    if (isUtf8(body) && body.indexOf(0) < 0) return { bytes, start };
    if (utf8Mark || given !== undefined) return undefined;
  }
  try {
    const { text } = decodeText(bytes, { name, source }, given);
    return { bytes: Buffer.from(text, 'utf8'), start: 0 };
  } catch {
    return undefined;
  }
}

/**
 * Whether a quoted cell may have white space after its closing quote (`"Smith, J" ,`), which the
 * coded reader reads and the exact reader refuses: a quote, spaces or tabs, then a delimiter, a
 * line break or the end.
 */
function spaceAfterQuote(bytes: Uint8Array, from: number, delimiter: string): boolean {
  // (In a file of tabs, a tab after a quote is a delimiter; the coded reader stops there itself.)
  const tab = delimiter === '\t' ? -1 : 9;
  const separator = delimiter.charCodeAt(0);
  for (let at = bytes.indexOf(QUOTE, from); at >= 0; at = bytes.indexOf(QUOTE, at + 1)) {
    let next = at + 1;
    while (bytes[next] === 32 || bytes[next] === tab) next++;
    if (next === at + 1) continue;
    const byte = bytes[next];
    if (byte === undefined || byte === separator || byte === 10 || byte === 13) return true;
  }
  return false;
}

/** Reads one source's file into a coded table, or `undefined` when it is to be read the exact way. */
async function readSource(profileFile: ProfileFile, source: SourceName, path: string): Promise<CodedProfileSource | undefined> {
  const config: SourceProfile = (profileFile.profile.sources as Partial<Record<SourceName, SourceProfile>>)[source] ?? {};
  const name = shown(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return undefined;
  }
  const kind = detectFile(bytes, name);
  if (kind.kind !== 'csv' || !kind.readable) return undefined;
  const text = utf8Text(bytes, name, source, config.encoding);
  if (text === undefined) return undefined;
  const layout = csvLayout(text.bytes, text.start, { ...(config.delimiter === undefined ? {} : { delimiter: config.delimiter }), skipRows: config.skipRows ?? 0 });
  if (layout === undefined || spaceAfterQuote(text.bytes, layout.dataStart, layout.delimiter)) return undefined;
  const plan = planCodedSource(source, config, layout.header, name);
  if (plan === undefined) return undefined;
  const reader = new CodedTableReader({ delimiter: layout.delimiter, width: layout.header.length, columns: plan.columns, headerless: true });
  reader.write(text.bytes.subarray(layout.dataStart));
  const table = reader.end();
  return table.stopped === undefined ? { plan, table } : undefined;
}

/**
 * The report of a profile's CSV files by the fast path, or `undefined` when the exact path is to
 * make it (see the module's description).
 *
 * @param profileFile The profile, as `readProfileFile` gives it.
 * @param files Files replacing the profile's, by source (relative to the working folder).
 * @param options The report options (the profile's, with the command line's on top).
 * @param organisation The organisation (the profile's, with the command line's on top).
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
): Promise<CodedProfileReport | undefined> {
  const configs = profileFile.profile.sources as Partial<Record<SourceName, SourceProfile>>;
  const sources: Partial<Record<SourceName, CodedProfileSource>> = {};
  for (const source of PROFILE_SOURCES) {
    if (configs[source] === undefined && files[source] === undefined) continue;
    const path = sourcePath(profileFile, source, files[source]);
    if (path === undefined) return undefined;
    const read = await readSource(profileFile, source, path);
    if (read === undefined) return undefined;
    sources[source] = read;
  }
  return reportFromCodedProfile(profileFile.profile, sources, options, organisation);
}
