/**
 * `wres collate FILE... [--by region|service] [--format md|html|json|csv] [--out FILE]`: councils'
 * JSON reports (or files of collation entries) pooled into the national report.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { collateBy, collateReports, publishCollation, type CollationEntry } from '../../collate/index.js';
import { WresInputError, formatIssue } from '../../errors.js';
import { renderCollationCsv } from '../../render/collation-csv.js';
import { renderCollationHtml } from '../../render/collation-html.js';
import { renderCollationJson } from '../../render/collation-json.js';
import { renderCollationMarkdown } from '../../render/collation-markdown.js';
import { parseReportJson } from '../../render/json.js';
import { writeOut } from '../files.js';
import { safeForTerminal } from '../messages.js';

/** Help text of `wres collate`. */
export const COLLATE_HELP = `Usage: wres collate FILE... [--by region|service] [--format md|html|json|csv] [--disclosure PRESET] [--out FILE]

Pools councils' SC-WRES figures into national (and regional or service) figures: the crude
figure from summed counts beside the Mantel-Haenszel figure within councils, random effects,
heterogeneity, each council's ratio and funnel position, forest and funnel plots (HTML).

Each FILE is either a council's unpublished JSON report ("wres report --format json"; the
council is named by organisation.name, or the file name, with the report's service), or a JSON
list of entries: [{ "name": ..., "region": ..., "service": ..., "report": {...} or "counts": {...} }].

Options:
  --by region|service   also collate each region's (or service's) councils apart
  --format md|html|json|csv  output format (default md)
  --disclosure sc-wres-publication  publish: withhold small council counts, and any sum that would
                        reveal one (default none: the analyst's unpublished collation)
  --out FILE            write to FILE instead of standard output
`;

const FORMATS = ['md', 'html', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entries of one file, each with where it came from (for error messages). */
async function readEntriesFile(path: string, problems: string[]): Promise<{ entry: CollationEntry; origin: string }[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    problems.push(`"${path}" cannot be read: ${code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}.`);
    return [];
  }
  let json: unknown;
  try {
    json = parseReportJson<unknown>(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.push(`"${path}" is not valid JSON: ${(error as Error).message}.`);
    return [];
  }
  if (Array.isArray(json)) return json.map((entry, i) => ({ entry: entry as CollationEntry, origin: `${path} entry ${i}` }));
  if (isRecord(json) && Array.isArray(json.metrics)) {
    const organisation = isRecord(json.organisation) ? json.organisation : {};
    const options = isRecord(json.options) ? json.options : {};
    const service = isRecord(options.scope) && typeof options.scope.service === 'string' ? options.scope.service : undefined;
    const named = typeof organisation.name === 'string' && organisation.name.trim() !== '' ? organisation.name : basename(path).replace(/\.json$/i, '');
    const region = typeof organisation.region === 'string' ? organisation.region : undefined;
    const entry = {
      name: service === undefined ? named : `${named} (${service})`,
      ...(region === undefined ? {} : { region }),
      report: json,
    } as unknown as CollationEntry;
    return [{ entry, origin: path }];
  }
  problems.push(`"${path}" is neither a council's JSON report (with "metrics") nor a list of collation entries.`);
  return [];
}

function printProblems(io: Io, head: string, lines: string[]): void {
  io.stderr(`wres: ${head}\n${lines.slice(0, 1000).map((line) => `  ${safeForTerminal(line)}`).join('\n')}\n${lines.length > 1000 ? `  ...and ${lines.length - 1000} more.\n` : ''}`);
}

/**
 * Runs `wres collate` with the arguments after the command name.
 *
 * @returns The exit code: 0 success, 2 bad input (every problem printed).
 */
export async function runCollate(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { by: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, disclosure: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    printProblems(io, 'the command line has a problem:', [`${(error as Error).message} (see "wres collate --help").`]);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.stdout(COLLATE_HELP);
    return 0;
  }
  const problems: string[] = [];
  const format = (values.format ?? 'md') as Format;
  if (!FORMATS.includes(format)) problems.push(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}").`);
  if (values.by !== undefined && values.by !== 'region' && values.by !== 'service') problems.push(`--by must be region or service (got "${values.by}").`);
  if (values.disclosure !== undefined && values.disclosure !== 'sc-wres-publication' && values.disclosure !== 'none') problems.push(`--disclosure must be sc-wres-publication or none for a collation (got "${values.disclosure}"); rounding presets are not supported for collations yet.`);
  if (positionals.length === 0) problems.push('No files given: "wres collate FILE..." needs councils\' JSON reports or files of entries.');
  if (problems.length > 0) {
    printProblems(io, `the command line has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:`, problems);
    return 2;
  }
  const read: { entry: CollationEntry; origin: string }[] = [];
  for (const path of positionals) read.push(...(await readEntriesFile(path, problems)));
  if (problems.length > 0) {
    printProblems(io, problems.length === 1 ? 'a problem:' : `${problems.length} problems:`, problems);
    return 2;
  }
  const entries = read.map((item) => item.entry);
  let text: string;
  try {
    const collated = values.by === undefined ? collateReports(entries) : collateBy(entries, values.by as 'region' | 'service');
    const publish = values.disclosure === 'sc-wres-publication';
    const input = !publish ? collated : 'national' in collated ? publishCollation(collated) : publishCollation(collated);
    text = format === 'json' ? renderCollationJson(input) : format === 'csv' ? renderCollationCsv(input) : format === 'html' ? renderCollationHtml(input) : renderCollationMarkdown(input);
  } catch (error) {
    if (!(error instanceof WresInputError)) throw error;
    const lines = error.issues.map((issue) => {
      if (issue.source !== 'collation' || issue.index === undefined) return formatIssue(issue);
      const { index, ...rest } = issue;
      return `${read[index]?.origin ?? `entry ${index}`}: ${formatIssue({ ...rest, source: 'collation' }).replace(/^collation, /, '').replace(/^collation: /, '')}`;
    });
    printProblems(io, `the input has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}; nothing was written:`, lines);
    return 2;
  }
  if (values.out === undefined) {
    io.stdout(text);
    return 0;
  }
  const problem = await writeOut(values.out, text);
  if (problem !== null) {
    printProblems(io, 'a problem:', [problem]);
    return 2;
  }
  return 0;
}
