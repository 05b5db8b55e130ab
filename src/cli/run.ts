/**
 * The `wres` program, as a function of its arguments and its outputs, so it can be tested without
 * spawning a process. `main.ts` connects it to `process`.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ReportFromCsvOptions } from '../csv/report.js';
import { COLUMN_MAPPING_SOURCES } from '../csv/fields.js';
import { issueCount } from '../csv/problems.js';
import { WresInputError } from '../errors.js';
import type { HtmlRenderOptions } from '../render/html.js';
import type { MarkdownRenderOptions } from '../render/markdown.js';
import type { PublishedReport, SourceName, WresReport } from '../model/report.js';
import { FILE_FLAGS, parseCommandLine, type ReportCommand } from './args.js';
import { parseProfileCommand } from './commands/profile-commands.js';
import { STANDARD_STREAM, outIsAnInput, spoolStandardInput, writeOut } from './files.js';
import { MAIN_HELP, REPORT_HELP, SCHEMA_HELP } from './help.js';
import { problemLines, safeForTerminal, shortList } from './messages.js';

/** Where the program writes, and what it knows of its surroundings. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether standard error is a terminal (progress is shown only then). */
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  version: string;
  /** Standard input, opened only when a file flag is `-`. */
  stdin?: () => Readable;
}

/** Exit codes: success, an unexpected internal error, bad input. */
export const EXIT = { ok: 0, internal: 1, input: 2 } as const;

/** The most problems printed; the rest are counted. */
const MAX_PRINTED = 1000;
/** Progress is shown from this many rows read (and only on a terminal). */
const PROGRESS_FROM = 100_000;

const SOURCE_FLAG: Record<SourceName, string> = Object.fromEntries(
  Object.entries(FILE_FLAGS).map(([flag, source]) => [source, flag]),
) as Record<SourceName, string>;

/** Bad input found by the program itself (flags, side files), as sentences. */
class UsageProblems extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** Text from the input as it is printed: standard input named as such, control characters made visible. */
type Printable = (text: string) => string;

function printProblems(io: CliIo, printable: Printable, head: string, lines: string[], hint?: string): void {
  const shown = lines.slice(0, MAX_PRINTED);
  const more = lines.length - shown.length;
  io.stderr(
    `wres: ${printable(head)}\n${shown.map((l) => `  ${printable(l)}`).join('\n')}\n${more > 0 ? `  ...and ${more} more.\n` : ''}${hint ? `${hint}\n` : ''}`,
  );
}

async function readJsonFile(path: string, flag: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageProblems([`--${flag} file "${path}" cannot be read: ${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`]);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new UsageProblems([`--${flag} file "${path}" is not valid JSON: ${(error as Error).message}.`]);
  }
}

/** The same source names as the API's `columns` option accepts. */
const SOURCE_ALIASES = COLUMN_MAPPING_SOURCES;

/** Reads `--columns`: `{ source: { header: field } }`, source named as a flag or a dataset key. */
async function readColumns(path: string): Promise<NonNullable<ReportFromCsvOptions['columns']>> {
  const json = await readJsonFile(path, 'columns');
  const problems: string[] = [];
  const columns: NonNullable<ReportFromCsvOptions['columns']> = {};
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UsageProblems([`--columns file "${path}" must hold an object like { "staff": { "Employee No": "id" } }.`]);
  }
  for (const [key, mapping] of Object.entries(json)) {
    const source = Object.hasOwn(SOURCE_ALIASES, key) ? SOURCE_ALIASES[key] : undefined;
    if (source === undefined) {
      problems.push(`--columns file "${path}": "${key}" is not a source (use ${Object.keys(FILE_FLAGS).join(', ')}).`);
      continue;
    }
    if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping) || Object.values(mapping).some((v) => typeof v !== 'string')) {
      problems.push(`--columns file "${path}": "${key}" must map column headers to field names, e.g. { "Employee No": "id" }.`);
      continue;
    }
    columns[source] = { ...(columns[source] ?? {}), ...(mapping as Record<string, string>) };
  }
  if (problems.length > 0) throw new UsageProblems(problems);
  return columns;
}

async function readEthnicityMapping(path: string): Promise<Record<string, string>> {
  const json = await readJsonFile(path, 'ethnicity-mapping');
  if (typeof json !== 'object' || json === null || Array.isArray(json) || Object.values(json).some((v) => typeof v !== 'string')) {
    throw new UsageProblems([`--ethnicity-mapping file "${path}" must map raw values to categories, e.g. { "WBRI": "White British" }.`]);
  }
  return json as Record<string, string>;
}

function progress(io: CliIo): { onProgress?: (rows: number) => void; done: () => void } {
  if (!io.stderrIsTTY) return { done: () => undefined };
  let shown = false;
  return {
    onProgress: (rows) => {
      if (rows < PROGRESS_FROM) return;
      shown = true;
      io.stderr(`\rReading CSV files: ${rows.toLocaleString('en-GB')} rows`);
    },
    done: () => {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}

async function runReport(command: ReportCommand, io: CliIo, printable: Printable): Promise<string> {
  const csvOptions: ReportFromCsvOptions = {};
  const problems: string[] = [];
  try {
    if (command.columnsFile !== undefined) csvOptions.columns = await readColumns(command.columnsFile);
  } catch (error) {
    if (!(error instanceof UsageProblems)) throw error;
    problems.push(...error.problems);
  }
  const options = { ...command.options };
  try {
    if (command.ethnicityMappingFile !== undefined) {
      options.ethnicity = { ...(options.ethnicity ?? {}), mapping: await readEthnicityMapping(command.ethnicityMappingFile) };
    }
  } catch (error) {
    if (!(error instanceof UsageProblems)) throw error;
    problems.push(...error.problems);
  }
  // Loaded only when asked for: the action plan's YAML parser is not needed otherwise.
  const actions = command.actionsFile === undefined ? undefined : await (await import('./actions.js')).readActionsFile(command.actionsFile);
  if (typeof actions === 'string') problems.push(actions);
  const previous: PublishedReport[] = [];
  for (const file of command.previousFiles ?? []) {
    const earlier = await (await import('./actions.js')).readPreviousReport(file);
    if (typeof earlier === 'string') problems.push(earlier);
    else previous.push(earlier);
  }
  for (const { label, path } of command.benchmarkFiles ?? []) {
    try {
      // A collation from "wres collate --format json" (with --by, its national figures).
      const json = await readJsonFile(path, 'benchmarks');
      const collation = typeof json === 'object' && json !== null && 'national' in json ? (json as { national: unknown }).national : json;
      options.benchmarks = [...(options.benchmarks ?? []), { label, collation: collation as never }];
    } catch (error) {
      if (!(error instanceof UsageProblems)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new UsageProblems(problems);
  const renderOptions = {
    ...(command.precision === undefined ? {} : { precision: command.precision }),
    ...(actions === undefined || typeof actions === 'string' ? {} : { actions }),
    ...(previous.length === 0 ? {} : { previous }),
  };
  if (command.profile !== undefined) {
    if (command.lenient) options.validation = 'lenient';
    const { reportFromProfile } = await import('./commands/profile-report.js');
    return render(await reportFromProfile(command, options, (line) => io.stderr(`${printable(line)}\n`)), command, renderOptions);
  }
  if (Object.keys(command.organisation).length > 0) csvOptions.organisation = command.organisation;
  options.validation = command.lenient ? 'lenient' : 'strict';
  const bar = progress(io);
  if (bar.onProgress !== undefined) csvOptions.onProgress = bar.onProgress;
  let result;
  try {
    // Rows stream from the files into the report: none is held in memory.
    const { reportFromCsv } = await import('../csv/report.js');
    result = await reportFromCsv(command.files, options, csvOptions);
  } finally {
    bar.done();
  }
  const { report, csv } = result;
  for (const source of Object.keys(csv) as SourceName[]) {
    const file = csv[source];
    if (file === undefined) continue;
    if (file.ignoredColumns.length > 0) {
      io.stderr(`${printable(`Note: ${file.file}: ignored columns ${shortList(file.ignoredColumns)} (not fields of ${source} records).`)}\n`);
    }
    if (file.unusedMappings.length > 0) {
      io.stderr(`${printable(`Note: ${file.file}: the column mapping names ${shortList(file.unusedMappings)}, not in the file.`)}\n`);
    }
    const summary = report.sources[source];
    if (summary.rowsSkipped > 0) {
      io.stderr(`${printable(`Note: ${file.file}: ${summary.rowsSkipped} of ${summary.rowsRead} rows skipped as invalid (--skip-invalid): ${summary.skippedReasons.map((r) => `${r.count} ${r.reason}`).join('; ')}.`)}\n`);
    }
  }
  return render(report, command, renderOptions);
}

/** The report in the format asked for; each renderer is loaded only for its own format. */
async function render(report: WresReport | PublishedReport, command: Pick<ReportCommand, 'format'>, renderOptions: HtmlRenderOptions & MarkdownRenderOptions): Promise<string> {
  switch (command.format) {
    case 'json':
      return (await import('../render/json.js')).renderJson(report);
    case 'csv':
      return (await import('../render/csv.js')).renderCsv(report);
    case 'html':
      return (await import('../render/html.js')).renderHtml(report, renderOptions);
    default:
      return (await import('../render/markdown.js')).renderMarkdown(report, renderOptions);
  }
}

async function emit(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined || out === STANDARD_STREAM) {
    io.stdout(text);
    return;
  }
  const problem = await writeOut(out, text);
  if (problem !== null) throw new UsageProblems([problem]);
}

/** Every file a report run reads, with its flag: the CSV files and the mapping files. */
function inputsOf(command: ReportCommand): [flag: string, path: string][] {
  const inputs: [string, string][] = [];
  for (const [source, path] of Object.entries(command.files)) inputs.push([`--${SOURCE_FLAG[source as SourceName]}`, path]);
  if (command.columnsFile !== undefined) inputs.push(['--columns', command.columnsFile]);
  if (command.profile !== undefined) inputs.push(['--profile', command.profile]);
  if (command.ethnicityMappingFile !== undefined) inputs.push(['--ethnicity-mapping', command.ethnicityMappingFile]);
  if (command.actionsFile !== undefined) inputs.push(['--actions', command.actionsFile]);
  for (const file of command.previousFiles ?? []) inputs.push(['--previous', file]);
  for (const { path } of command.benchmarkFiles ?? []) inputs.push(['--benchmarks', path]);
  return inputs;
}

/**
 * Runs `wres` with the given arguments.
 *
 * @param argv Arguments after the program name, e.g. `['report', '--staff', 'staff.csv', ...]`.
 * @param io Output functions and the environment.
 * @returns The exit code: 0 success, 2 bad input (every problem printed as a sentence, no stack
 *   trace), 1 an unexpected internal error (one line; the stack with `WRES_DEBUG=1`).
 * @example
 * await run(['--version'], io); // 0, and io.stdout received '0.1.0\n'
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const files: Partial<Record<SourceName, string>> = {};
  // Standard input is read from a temporary copy; messages call it "standard input".
  const renames: [from: string, to: string][] = [];
  const printable: Printable = (text) => safeForTerminal(renames.reduce((t, [from, to]) => t.replaceAll(from, to), text));
  const cleanups: (() => Promise<void>)[] = [];
  // Under --skip-invalid, rows still named are rows it does not skip: suggesting it is no advice.
  let skipping = false;
  try {
    // Each command's modules are loaded when it runs, so `wres --version` and `wres report` do not
    // start by loading the others (docs/performance.md, "start-up").
    if (argv[0] === 'collate') return await (await import('./commands/collate.js')).runCollate(argv.slice(1), io);
    const profileLine = parseProfileCommand(argv);
    if (profileLine !== null) {
      if (!profileLine.ok) {
        printProblems(io, printable, `the command line has ${profileLine.problems.length === 1 ? 'a problem' : `${profileLine.problems.length} problems`}:`, profileLine.problems, `Run "wres ${argv[0]} --help" for the options.`);
        return EXIT.input;
      }
      const { runProfileCommand } = await import('./commands/run-profile-command.js');
      const output = await runProfileCommand(profileLine.value, (line) => io.stderr(`${printable(line)}\n`));
      if (output.problems !== undefined) {
        printProblems(io, printable, output.problems.length === 1 ? 'a problem:' : `${output.problems.length} problems:`, output.problems);
        return EXIT.input;
      }
      await emit(output.text ?? '', output.out, io);
      return output.exitCode ?? EXIT.ok;
    }
    if (argv[0] === 'compare') return await (await import('./commands/compare.js')).runCompare(argv.slice(1), io);
    const parsed = parseCommandLine(argv);
    if (!parsed.ok) {
      printProblems(io, printable, `the command line has ${parsed.problems.length === 1 ? 'a problem' : `${parsed.problems.length} problems`}:`, parsed.problems, 'Run "wres --help" or "wres report --help" for the options.');
      return EXIT.input;
    }
    const command = parsed.value;
    switch (command.command) {
      case 'version':
        io.stdout(`${io.version}\n`);
        return EXIT.ok;
      case 'help':
        io.stdout(command.topic === 'report' ? REPORT_HELP : command.topic === 'schema' ? SCHEMA_HELP : MAIN_HELP);
        return EXIT.ok;
      case 'schema':
        const { datasetJsonSchema } = await import('../schemas/json-schema.js');
        await emit(`${JSON.stringify(datasetJsonSchema(), null, 2)}\n`, command.out, io);
        return EXIT.ok;
      case 'report': {
        skipping = command.lenient;
        // Through a profile, each problem names its own file.
        if (command.profile === undefined) Object.assign(files, command.files);
        if (command.out !== undefined && command.out !== STANDARD_STREAM) {
          const problem = await outIsAnInput(command.out, inputsOf(command));
          if (problem !== null) throw new UsageProblems([problem]);
        }
        const fromStdin = (Object.keys(command.files) as SourceName[]).filter((s) => command.files[s] === STANDARD_STREAM);
        if (fromStdin.length > 1) {
          throw new UsageProblems([`Only one file can come from standard input ("-"), but ${fromStdin.map((s) => `--${SOURCE_FLAG[s]}`).join(' and ')} both name it.`]);
        }
        const stdinSource = fromStdin[0];
        if (stdinSource !== undefined) {
          if (io.stdin === undefined) throw new UsageProblems(['Standard input ("-") cannot be read here.']);
          const spool = await spoolStandardInput(io.stdin());
          cleanups.push(spool.remove);
          renames.push([spool.path, 'standard input']);
          command.files = { ...command.files, [stdinSource]: spool.path };
          files[stdinSource] = 'standard input';
        }
        const text = await runReport(command, io, printable);
        await emit(text, command.out, io);
        return EXIT.ok;
      }
      default:
        return EXIT.internal;
    }
  } catch (error) {
    if (error instanceof UsageProblems) {
      printProblems(io, printable, error.problems.length === 1 ? 'a problem:' : `${error.problems.length} problems:`, error.problems);
      return EXIT.input;
    }
    if (error instanceof WresInputError) {
      const n = issueCount(error);
      const lines = problemLines(error.issues, (source) => files[source as SourceName], error.counted);
      const dataProblem = error.issues.some((i) => i.row !== undefined || i.index !== undefined);
      printProblems(
        io,
        printable,
        `the input has ${n.toLocaleString('en-GB')} ${n === 1 ? 'problem' : 'problems'}${n > error.issues.length ? ` (the first ${error.issues.length.toLocaleString('en-GB')} are described)` : ''}; no report was written:`,
        lines,
        !dataProblem ? undefined
          : skipping ? 'Correct these rows: --skip-invalid does not leave them out.'
            : 'Correct these rows, or run with --skip-invalid to leave bad rows out (the report then counts them).',
      );
      return EXIT.input;
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (io.env['WRES_DEBUG'] === '1' && error instanceof Error && error.stack) {
      io.stderr(`wres: internal error: ${printable(message ?? '')}\n${error.stack}\n`);
    } else {
      io.stderr(`wres: internal error: ${printable(message ?? '')} (set WRES_DEBUG=1 for details; please report it).\n`);
    }
    return EXIT.internal;
  } finally {
    for (const cleanup of cleanups) await cleanup();
  }
}

/** Exposed for the docs and tests: the flag of each source. */
export { SOURCE_FLAG };
