/**
 * `wres check --profile P`: reads every export the profile names and prints the data-quality
 * summary (`checkProfile`, rendered by `renderProfileCheck`) without computing the metrics. The
 * exit code says whether a report could be made from the files as they are.
 *
 * @module
 */
import { basename } from 'node:path';
import { readProfileFile, readProfileTables } from '../../csv/profile-files.js';
import { checkProfile, renderProfileCheck } from '../../profile/index.js';
import type { SourceName } from '../../model/report.js';
import type { ProfileCommandOutput } from './run-profile-command.js';

/** What `wres check` was asked to do. */
export interface CheckCommand {
  profile: string;
  lenient: boolean;
  files: Partial<Record<SourceName, string>>;
}

/**
 * Runs `wres check`.
 *
 * @param command - the profile, and files replacing its own
 * @returns the summary as text, and whether a report could be made (`exitCode` 2 when not)
 * @throws {WresInputError} when the profile or a file cannot be read at all
 */
export async function runCheck(command: CheckCommand): Promise<ProfileCommandOutput> {
  const profileFile = await readProfileFile(command.profile);
  const { tables } = await readProfileTables(profileFile, command.files);
  const check = checkProfile(profileFile.profile, tables, basename(command.profile));
  // Lenient reading (--skip-invalid) skips rows with a bad value; problems of a whole column or
  // source, and values no mapping lists, stop a report in both modes.
  const blocking = command.lenient ? check.problems.filter((issue) => issue.row === undefined) : check.problems;
  return { text: renderProfileCheck(check), ...(blocking.length > 0 ? { exitCode: 2 } : {}) };
}
