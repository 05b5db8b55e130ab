/**
 * `wres init FILE...`: looks at a council's export files and writes a starter import profile.
 * Each file is read as the report would read it (kind, encoding and delimiter detected, title rows
 * above the header found), then the core proposes the profile (`inferProfile`) and writes it as
 * commented YAML (`profileToYaml`), with "DECIDE:" where only a person can choose.
 *
 * @module
 */
import { access, readFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { WresInputError, type InputIssue } from '../../errors.js';
import { inferProfile, profileToYaml, type InferInput } from '../../profile/index.js';
import { detectSkipRows, readTable } from '../../read/index.js';
import type { ProfileCommandOutput } from './run-profile-command.js';

/** What `wres init` was asked to do. */
export interface InitCommand {
  files: string[];
  out?: string;
  force: boolean;
}

/** A path as the profile writes it: relative to the profile's folder, with forward slashes. */
function profilePath(file: string, folder: string): string {
  const path = relative(folder, resolve(file));
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * Reads the files, proposes a profile and renders it.
 *
 * @param command - the files and where to write
 * @param note - where the summary goes (standard error)
 * @returns the profile's text and where to write it, or the problems that stop it
 * @throws {WresInputError} when a file cannot be read, listing every such file
 */
export async function runInit(command: InitCommand, note: (line: string) => void): Promise<ProfileCommandOutput> {
  if (command.out !== undefined && command.out !== '-' && !command.force) {
    const exists = await access(command.out).then(() => true, () => false);
    if (exists) return { problems: [`--out "${command.out}" already exists: give --force to replace it, or another file name.`] };
  }
  const folder = command.out === undefined || command.out === '-' ? process.cwd() : dirname(resolve(command.out));
  const inputs: InferInput[] = [];
  const issues: InputIssue[] = [];
  for (const file of command.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as { code?: string }).code;
      issues.push({ source: 'dataset', message: `${file} cannot be read: ${code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : (error as Error).message}` });
      continue;
    }
    try {
      const name = basename(file);
      const skipRows = detectSkipRows(bytes, { name });
      const table = readTable(bytes, { name, skipRows });
      const settings: NonNullable<InferInput['settings']> = { file: profilePath(file, folder) };
      if (table.format.kind === 'xlsx') settings.sheet = table.format.sheet;
      else {
        settings.encoding = table.format.encoding;
        settings.delimiter = table.format.delimiter;
      }
      if (skipRows > 0) settings.skipRows = skipRows;
      inputs.push({ table, settings });
    } catch (error) {
      if (!(error instanceof WresInputError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) {
    throw new WresInputError(issues, issues.length === 1 ? 'An export file cannot be read:' : `The export files have ${issues.length} problems:`);
  }
  const inferred = inferProfile(inputs);
  const decide = inferred.notes.filter((n) => n.decide).length;
  const taken = inputs.map((input, i) => `${basename(input.table.origin.split(',')[0] ?? '')} as ${inferred.sources[i]}`);
  const where = command.out === undefined || command.out === '-' ? 'the profile' : command.out;
  note(`Wrote ${where}: ${taken.join(', ')}. ${decide === 0 ? 'Nothing is left to decide' : `${decide} ${decide === 1 ? 'line is' : 'lines are'} marked DECIDE`}: read it, then run "wres check --profile ${command.out ?? 'profile.yaml'}".`);
  return { text: profileToYaml(inferred), ...(command.out === undefined ? {} : { out: command.out }) };
}
