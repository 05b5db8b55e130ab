/**
 * Command-line flags of `wres report` and `wres schema`, checked all at once: every problem becomes
 * a plain sentence, so a user fixes the whole command line in one go.
 *
 * @module
 */
import { parsePrecision } from './precision.js';
import { takePrevious } from './previous.js';
import type { Precision } from '../text/numbers.js';
import { CsvTokenizer, type QuoteProblem } from '../csv/tokenize.js';
import { splitArgv } from './argv.js';
import type { PresetName } from '../disclosure/types.js';
import type { ReportOptions } from '../report/options.js';
import type { SourceName } from '../model/report.js';

/** Flags that name an input file, and the source each feeds. */
export const FILE_FLAGS: Readonly<Record<string, SourceName>> = {
  staff: 'staff',
  applications: 'applications',
  disciplinary: 'disciplinaryCases',
  'fitness-to-practise': 'fitnessToPractiseReferrals',
  cpd: 'cpd',
  survey: 'survey',
};

const STRING_FLAGS = [
  ...Object.keys(FILE_FLAGS),
  'period',
  'pay-bands',
  'salary-bands',
  'format',
  'disclosure',
  'out',
  'standard',
  'population',
  'service',
  'terminology',
  'white-minorities',
  'breakdown',
  'level',
  'organisation-name',
  'organisation-code',
  'population-minority-share',
  'columns',
  'ethnicity-mapping',
  'profile',
  'proportion-method',
  'ratio-method',
  'difference-method',
  'precision',
  'actions',
  'benchmarks',
  'max-skipped',
] as const;

const BOOLEAN_FLAGS = ['skip-invalid', 'help', 'version'] as const;

const STRING_FLAG_SET: ReadonlySet<string> = new Set(STRING_FLAGS);

export type OutputFormat = 'md' | 'json' | 'csv' | 'html';

const PRESETS: readonly PresetName[] = ['sc-wres-publication', 'ons-10-5', 'nhs-digital', 'none'];

/** What `wres report` was asked to do. */
export interface ReportCommand {
  command: 'report';
  files: Partial<Record<SourceName, string>>;
  options: ReportOptions;
  format: OutputFormat;
  out?: string;
  lenient: boolean;
  /** Path of the column-mapping JSON file, read later. */
  columnsFile?: string;
  /** Path of the ethnicity-mapping JSON file, read later. */
  ethnicityMappingFile?: string;
  /** Path of the import profile (`--profile`): its files and settings, which the flags override. */
  profile?: string;
  /** Whether `--period` was given (with a profile, the profile's period applies otherwise). */
  periodGiven: boolean;
  /** `--benchmarks "England=national.json,London=london.json"`: collations to put beside the figures, read later. */
  benchmarkFiles?: { label: string; path: string }[];
  organisation: { name?: string; code?: string; populationMinorityShare?: number };
  /** `--previous`: earlier years' JSON reports, earliest first, read later. */
  previousFiles?: string[];
  /** `--actions`: path of the action plan (YAML or JSON), read later. */
  actionsFile?: string;
  /** `--precision`: decimals of ratios and percentages in Markdown and HTML. */
  precision?: Partial<Precision>;
}

export type ParsedCommand =
  | ReportCommand
  | { command: 'schema'; out?: string }
  | { command: 'help'; topic: 'main' | 'report' | 'schema' }
  | { command: 'version' };

/** The result of {@link parseCommandLine}: a command, or every problem found. */
export type CommandLine = { ok: true; value: ParsedCommand } | { ok: false; problems: string[] };

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], problems: string[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`--${flag} must be one of ${allowed.join(', ')} (got "${value}").`);
  return undefined;
}

function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A list of labels, read as CSV cells: separated by commas or line breaks; a label that holds a
 * comma, a quote or a line break is wrapped in double quotes, with a quote inside written twice
 * (`"Band ""A"", lower",Band B`). A quote problem is reported, not guessed at.
 */
function list(flag: string, text: string, problems: string[]): string[] {
  const labels: string[] = [];
  let quoteProblem: QuoteProblem | undefined;
  const tokenizer = new CsvTokenizer({
    delimiter: ',',
    maxCellLength: Number.POSITIVE_INFINITY,
    onRow: (row) => {
      labels.push(...row.fields);
      quoteProblem ??= row.quoteProblem;
    },
    onOverlong: () => undefined,
  });
  tokenizer.write(text);
  tokenizer.end();
  if (quoteProblem !== undefined) {
    problems.push(
      quoteProblem === 'unclosed'
        ? `--${flag} has a quote that is never closed (got ${JSON.stringify(text)}); quote a whole label, and write a quote inside it twice: '"Band ""A"", lower",Band B'.`
        : `--${flag} has text after a closing quote (got ${JSON.stringify(text)}); quote a whole label, and write a quote inside it twice: '"Band ""A"", lower",Band B'.`,
    );
  }
  return labels.map((s) => s.trim()).filter((s) => s !== '');
}

function share(text: string, problems: string[], flag = 'population-minority-share', example = '0.46'): number | undefined {
  const percent = text.trim().endsWith('%');
  const value = Number(percent ? text.trim().slice(0, -1) : text);
  const proportion = percent ? value / 100 : value;
  if (text.trim() === '' || !Number.isFinite(proportion) || proportion < 0 || proportion > 1) {
    problems.push(`--${flag} must be a proportion from 0 to 1 (e.g. ${example}) or a percentage (e.g. ${Number(example) * 100}%) (got "${text}").`);
    return undefined;
  }
  return proportion;
}

/**
 * Reads the command line (without `node` and the script).
 *
 * @param argv Arguments, e.g. `['report', '--staff', 'staff.csv', ...]`.
 * @returns The command, or every problem as a sentence.
 * @example
 * parseCommandLine(['report', '--staff', 's.csv', '--period', '2024-04-01..2025-03-31']).ok; // true
 * parseCommandLine(['report', '--colour']);
 * // { ok: false, problems: ['Unknown option --colour.', '--staff is required: ...', '--period is required: ...'] }
 */
export function parseCommandLine(argv: string[]): CommandLine {
  const taken = takePrevious(argv);
  const parsed = splitArgv(taken.rest, STRING_FLAG_SET);
  const values = parsed.values;
  const [command, ...extra] = parsed.positionals;
  const problems: string[] = [...taken.problems];

  if (values['version'] === true && command === undefined) return { ok: true, value: { command: 'version' } };
  if (command === undefined || command === 'help') {
    if (command === 'help' && (extra[0] === 'report' || extra[0] === 'schema')) {
      return { ok: true, value: { command: 'help', topic: extra[0] } };
    }
    if (values['help'] === true || command === 'help') return { ok: true, value: { command: 'help', topic: 'main' } };
    return { ok: false, problems: ['No command given: use "wres report ..." or "wres schema" (see "wres --help").'] };
  }
  if (command !== 'report' && command !== 'schema') {
    return { ok: false, problems: [`Unknown command "${command}": the commands are init, check, report, schema and collate (see "wres --help").`] };
  }
  if (values['help'] === true) return { ok: true, value: { command: 'help', topic: command } };

  const known = new Set<string>([...STRING_FLAGS, ...BOOLEAN_FLAGS]);
  for (const key of Object.keys(values)) {
    if (!known.has(key)) problems.push(`Unknown option --${key} (see "wres ${command} --help").`);
  }
  problems.push(...parsed.problems);
  for (const flag of BOOLEAN_FLAGS) {
    if (typeof values[flag] === 'string') problems.push(`--${flag} takes no value.`);
  }
  for (const arg of extra) problems.push(`Unexpected argument "${arg}".`);
  const text = (flag: string): string | undefined => {
    const value = values[flag];
    return typeof value === 'string' ? value : undefined;
  };

  if (command === 'schema') {
    const allowed = new Set(['out', 'help']);
    for (const key of Object.keys(values)) {
      if (known.has(key) && !allowed.has(key)) problems.push(`--${key} is not an option of "wres schema".`);
    }
    if (problems.length > 0) return { ok: false, problems };
    const out = text('out');
    return { ok: true, value: out === undefined ? { command: 'schema' } : { command: 'schema', out } };
  }

  const files: Partial<Record<SourceName, string>> = {};
  for (const [flag, source] of Object.entries(FILE_FLAGS)) {
    const path = text(flag);
    if (path !== undefined) files[source] = path;
  }
  const profile = text('profile');
  if (profile === undefined && files.staff === undefined && values['staff'] === undefined) {
    problems.push('--staff is required: the CSV file of staff records (or --profile, an import profile that names the files).');
  }
  if (profile !== undefined && text('columns') !== undefined) {
    problems.push('Give --columns or --profile, not both: a profile maps columns in its sources\' "columns".');
  }

  let period: { start: string; end: string } | undefined;
  const periodText = text('period');
  if (periodText === undefined) {
    if (values['period'] === undefined && profile === undefined) problems.push('--period is required, e.g. --period 2024-04-01..2025-03-31.');
  } else {
    const match = /^\s*(\S+?)\s*\.\.\s*(\S+)\s*$/.exec(periodText);
    if (!match) {
      problems.push(`--period must be START..END, e.g. 2024-04-01..2025-03-31 (got "${periodText}").`);
    } else {
      const [start, end] = [match[1]!, match[2]!];
      for (const [name, date] of [['start', start], ['end', end]] as const) {
        if (!isRealDate(date)) problems.push(`--period ${name} "${date}" is not a real date in the form YYYY-MM-DD.`);
      }
      if (isRealDate(start) && isRealDate(end) && start > end) {
        problems.push(`--period starts after it ends (${start} is after ${end}).`);
      }
      period = { start, end };
    }
  }

  const reportOptions: ReportOptions = { period: period ?? { start: '', end: '' } };
  const payBands = text('pay-bands');
  if (payBands !== undefined) {
    const labels = list('pay-bands', payBands, problems);
    if (labels.length === 0) problems.push('--pay-bands needs at least one band label, e.g. "Scale 1-2,Scale 3-4".');
    else reportOptions.payBands = labels;
  }
  const salaryBands = text('salary-bands');
  if (salaryBands !== undefined) {
    const numbers = list('salary-bands', salaryBands, problems).map((s) => Number(s.replace(/[£,_\s]/g, '')));
    if (numbers.length === 0 || numbers.some((n) => !Number.isFinite(n))) {
      problems.push(`--salary-bands must be numbers separated by commas, e.g. "30000,70000" (got "${salaryBands}").`);
    } else if (numbers.some((n, i) => i > 0 && n <= numbers[i - 1]!)) {
      problems.push(`--salary-bands must be in ascending order (got "${salaryBands}").`);
    } else {
      reportOptions.salaryBands = numbers;
    }
  }
  if (payBands !== undefined && salaryBands !== undefined) problems.push('Give --pay-bands or --salary-bands, not both.');
  const benchmarksText = text('benchmarks');
  const benchmarkFiles = benchmarksText === undefined ? undefined : list('benchmarks', benchmarksText, problems).flatMap((item) => {
    const at = item.indexOf('=');
    if (at > 0 && at < item.length - 1) return [{ label: item.slice(0, at).trim(), path: item.slice(at + 1).trim() }];
    problems.push(`--benchmarks takes LABEL=FILE items, e.g. "England=national.json,London=london.json" (got "${item}").`);
    return [];
  });

  const standard = oneOf('standard', text('standard'), ['sc-wres', 'nhs-wres'] as const, problems);
  if (standard !== undefined) reportOptions.standard = standard;
  const population = oneOf('population', text('population'), ['at-risk', 'snapshot'] as const, problems);
  if (population !== undefined) reportOptions.population = population;
  const service = text('service');
  if (service !== undefined) reportOptions.scope = { service };
  const ethnicity: NonNullable<ReportOptions['ethnicity']> = {};
  const terminology = text('terminology');
  if (terminology !== undefined) {
    if (terminology.trim() === '') problems.push('--terminology must not be blank.');
    else ethnicity.terminology = terminology;
  }
  const whiteMinorities = oneOf('white-minorities', text('white-minorities'), ['white', 'minority'] as const, problems);
  if (whiteMinorities !== undefined) ethnicity.whiteMinorities = whiteMinorities;
  if (Object.keys(ethnicity).length > 0) reportOptions.ethnicity = ethnicity;
  const breakdown = oneOf('breakdown', text('breakdown'), ['none', 'broad-groups'] as const, problems);
  if (breakdown !== undefined) reportOptions.breakdown = breakdown;

  const intervals: NonNullable<ReportOptions['intervals']> = {};
  const levelText = text('level');
  if (levelText !== undefined) {
    const level = Number(levelText);
    if (levelText.trim() === '' || !(level > 0 && level < 1)) {
      problems.push(`--level must be a number between 0 and 1, e.g. 0.95 (got "${levelText}").`);
    } else {
      intervals.level = level;
    }
  }
  const proportion = oneOf('proportion-method', text('proportion-method'), ['wilson', 'clopper-pearson', 'jeffreys', 'agresti-coull'] as const, problems);
  if (proportion !== undefined) intervals.proportion = proportion;
  const ratio = oneOf('ratio-method', text('ratio-method'), ['koopman', 'miettinen-nurminen', 'katz-log', 'adjusted-log'] as const, problems);
  if (ratio !== undefined) intervals.ratio = ratio;
  const difference = oneOf('difference-method', text('difference-method'), ['newcombe', 'miettinen-nurminen'] as const, problems);
  if (difference !== undefined) intervals.difference = difference;
  if (Object.keys(intervals).length > 0) reportOptions.intervals = intervals;

  const disclosure = oneOf('disclosure', text('disclosure'), PRESETS, problems);
  if (disclosure !== undefined && disclosure !== 'none') reportOptions.disclosure = disclosure;
  if (disclosure === 'none') reportOptions.disclosure = 'none';

  const organisation: ReportCommand['organisation'] = {};
  const name = text('organisation-name');
  if (name !== undefined) organisation.name = name;
  const code = text('organisation-code');
  if (code !== undefined) organisation.code = code;
  const shareText = text('population-minority-share');
  if (shareText !== undefined) {
    const value = share(shareText, problems);
    if (value !== undefined) organisation.populationMinorityShare = value;
  }

  const maxSkipped = text('max-skipped');
  if (maxSkipped !== undefined) {
    const value = share(maxSkipped, problems, 'max-skipped', '0.05');
    if (value !== undefined) reportOptions.maxSkipped = value;
  }

  const format = oneOf('format', text('format'), ['md', 'json', 'csv', 'html'] as const, problems) ?? 'md';
  const precisionText = text('precision');
  const precision = precisionText === undefined ? undefined : parsePrecision(precisionText, problems);
  if (problems.length > 0) return { ok: false, problems };

  const result: ReportCommand = {
    command: 'report',
    files,
    options: reportOptions,
    format,
    lenient: values['skip-invalid'] === true,
    organisation,
    periodGiven: period !== undefined,
  };
  if (precision !== undefined) result.precision = precision;
  if (profile !== undefined) result.profile = profile;
  const actionsFile = text('actions');
  if (actionsFile !== undefined) result.actionsFile = actionsFile;
  if (taken.previous.length > 0) result.previousFiles = taken.previous;
  const out = text('out');
  if (out !== undefined) result.out = out;
  const columns = text('columns');
  if (columns !== undefined) result.columnsFile = columns;
  const mapping = text('ethnicity-mapping');
  if (mapping !== undefined) result.ethnicityMappingFile = mapping;
  if (benchmarkFiles !== undefined) result.benchmarkFiles = benchmarkFiles;
  return { ok: true, value: result };
}
