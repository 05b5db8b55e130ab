/**
 * Runs the profile commands (`wres schema --profile`, `wres init`, `wres check`): each gives the
 * text to print and where to write it; `run.ts` writes it and turns errors into exit codes.
 *
 * @module
 */
import { profileJsonSchema } from '../../profile/index.js';
import type { SourceName } from '../../model/report.js';
import { runCheck } from './check.js';
import { runInit } from './init.js';
import { CHECK_HELP, INIT_HELP, type ProfileCommand } from './profile-commands.js';

/** What a profile command produced. */
export interface ProfileCommandOutput {
  /** The text to write (absent when the command stopped on `problems`). */
  text?: string;
  /** The file to write it to; standard output when absent. */
  out?: string;
  /** Problems with the command line or its files, as sentences (exit 2, nothing written). */
  problems?: string[];
  /** 2 when the text was written but says the input cannot be reported on as it is. */
  exitCode?: 2;
}

/**
 * Runs one profile command.
 *
 * @param command - the command, as {@link parseProfileCommand} read it
 * @param note - where notes go (standard error)
 * @returns the text to write and where, or the problems that stop it
 * @throws {WresInputError} when the profile or its files have problems
 */
export async function runProfileCommand(command: ProfileCommand, note: (line: string) => void): Promise<ProfileCommandOutput> {
  switch (command.command) {
    case 'help':
      return { text: command.topic === 'init' ? INIT_HELP : CHECK_HELP };
    case 'schema-profile':
      return { text: `${JSON.stringify(profileJsonSchema(), null, 2)}\n`, ...(command.out === undefined ? {} : { out: command.out }) };
    case 'init':
      return runInit(command, note);
    case 'check':
      return runCheck({ profile: command.profile, lenient: command.lenient, files: command.files as Partial<Record<SourceName, string>> });
  }
}
