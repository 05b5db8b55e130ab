/**
 * The commands around import profiles, read from the command line here so that `args.ts` keeps
 * to `wres report`: `wres schema --profile` (the profile's JSON Schema), `wres init FILE...` (a
 * starter profile from the exports) and `wres check --profile P` (the data-quality summary).
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { FILE_FLAGS } from '../args.js';

/** A profile command, as read from the command line. */
export type ProfileCommand =
  | { command: 'schema-profile'; out?: string }
  | { command: 'init'; files: string[]; out?: string; force: boolean }
  | { command: 'check'; profile: string; lenient: boolean; files: Record<string, string> }
  | { command: 'help'; topic: 'init' | 'check' };

/** What {@link parseProfileCommand} found: not a profile command, the command, or its problems. */
export type ProfileCommandLine = { ok: true; value: ProfileCommand } | { ok: false; problems: string[] } | null;

type Flags = Record<string, string | boolean | undefined>;

function read(argv: string[], strings: readonly string[], booleans: readonly string[], problems: string[]): { values: Flags; positionals: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const flag of strings) options[flag] = { type: 'string' };
  for (const flag of booleans) options[flag] = { type: 'boolean' };
  const parsed = parseArgs({ args: argv, options, strict: false, allowPositionals: true });
  const values = parsed.values as Flags;
  for (const key of Object.keys(values)) {
    if (!(key in options) && key !== 'h') problems.push(`Unknown option --${key} (see "wres ${argv[0]} --help").`);
  }
  for (const flag of strings) if (values[flag] === true) problems.push(`--${flag} needs a value.`);
  for (const flag of booleans) if (typeof values[flag] === 'string') problems.push(`--${flag} takes no value.`);
  return { values, positionals: parsed.positionals.slice(1) };
}

const text = (values: Flags, flag: string): string | undefined => (typeof values[flag] === 'string' ? values[flag] : undefined);

/**
 * Reads a profile command: `schema --profile [--out FILE]`, `init FILE... [--out FILE] [--force]`,
 * `check --profile FILE [--skip-invalid] [--staff FILE ...]`. Returns `null` for any other command
 * (`wres report`, plain `wres schema`), which `args.ts` reads.
 *
 * @example
 * parseProfileCommand(['schema', '--profile']); // { ok: true, value: { command: 'schema-profile' } }
 * parseProfileCommand(['report', '--staff', 's.csv']); // null
 */
export function parseProfileCommand(argv: string[]): ProfileCommandLine {
  const [command] = argv;
  const problems: string[] = [];
  if (command === 'schema') {
    if (!argv.some((a) => a === '--profile' || a.startsWith('--profile='))) return null;
    const { values, positionals } = read(argv.filter((a) => a !== '--profile'), ['out'], [], problems);
    if (values['profile'] !== undefined) problems.push('"wres schema --profile" takes no value after --profile: it prints the schema of every profile.');
    for (const arg of positionals) problems.push(`Unexpected argument "${arg}".`);
    if (values['help'] === true) return null;
    if (problems.length > 0) return { ok: false, problems };
    const out = text(values, 'out');
    return { ok: true, value: out === undefined ? { command: 'schema-profile' } : { command: 'schema-profile', out } };
  }
  if (command === 'init') {
    const { values, positionals } = read(argv, ['out'], ['force'], problems);
    if (values['help'] === true) return { ok: true, value: { command: 'help', topic: 'init' } };
    if (positionals.length === 0) problems.push('Name the export files to look at, e.g. "wres init staff.xlsx applications.csv --out profile.yaml".');
    if (problems.length > 0) return { ok: false, problems };
    const out = text(values, 'out');
    return { ok: true, value: { command: 'init', files: positionals, force: values['force'] === true, ...(out === undefined ? {} : { out }) } };
  }
  if (command === 'check') {
    const { values, positionals } = read(argv, ['profile', ...Object.keys(FILE_FLAGS)], ['skip-invalid'], problems);
    if (values['help'] === true) return { ok: true, value: { command: 'help', topic: 'check' } };
    for (const arg of positionals) problems.push(`Unexpected argument "${arg}".`);
    const profile = text(values, 'profile');
    if (profile === undefined && values['profile'] !== true) problems.push('--profile is required: the import profile whose files to check, e.g. "wres check --profile profile.yaml".');
    const files: Record<string, string> = {};
    for (const [flag, source] of Object.entries(FILE_FLAGS)) {
      const path = text(values, flag);
      if (path !== undefined) files[source] = path;
    }
    if (problems.length > 0 || profile === undefined) return { ok: false, problems };
    return { ok: true, value: { command: 'check', profile, lenient: values['skip-invalid'] === true, files } };
  }
  return null;
}

/** Help of `wres init`. */
export const INIT_HELP = `Usage: wres init FILE... [--out profile.yaml] [--force]

Looks at a council's export files (CSV in any common encoding and delimiter, or .xlsx) and writes
a starter import profile: each file's source and columns matched to fields by their headers, the
encoding, delimiter, title rows and date form detected, and every categorical column's values with
their counts and a proposed mapping. Lines marked DECIDE are for you to confirm or complete; then:

  wres check --profile profile.yaml     the data-quality summary
  wres report --profile profile.yaml    the report

Options:
  --out FILE    write the profile to FILE (default: standard output); an existing file is kept
                unless --force is given
  --force       overwrite --out FILE
  -h, --help    this help
`;

/** Help of `wres check`. */
export const CHECK_HELP = `Usage: wres check --profile profile.yaml [--skip-invalid] [--staff FILE ...]

Reads every export the profile names and prints a data-quality summary without computing the
metrics: for each source, the rows read, kept, used and skipped (with reasons), the values seen
in each mapped field, date ranges, completeness, duplicates, and ids that match no staff record.
Exits 2, with every problem, when the report would refuse the input.

Options:
  --profile FILE   the import profile (required)
  --skip-invalid   check as "wres report --skip-invalid" would read: bad rows counted, not fatal
  --staff FILE, --applications FILE, --disciplinary FILE, --fitness-to-practise FILE, --cpd FILE,
  --survey FILE    a file that replaces the one the profile names
  -h, --help       this help
`;

/** Help of `wres schema --profile`. */
export const SCHEMA_PROFILE_HELP = `Usage: wres schema --profile [--out FILE]

Prints the JSON Schema (draft 2020-12) of an import profile. Save it beside your profile and point
to it ("$schema": "./profile.schema.json" in JSON, or a first line
"# yaml-language-server: $schema=./profile.schema.json" in YAML): editors then complete every key
and flag a misspelt one.
`;
