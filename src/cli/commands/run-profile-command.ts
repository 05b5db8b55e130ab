/**
 * Runs the profile commands (`wres schema --profile`, `wres init`, `wres check`): each gives the
 * text to print and where to write it; `run.ts` writes it and turns errors into exit codes.
 *
 * @module
 */
import { profileJsonSchema } from '../../profile/index.js';
import { CHECK_HELP, INIT_HELP, type ProfileCommand } from './profile-commands.js';

/** What a profile command produced: the text, and the file to write it to (standard output when absent). */
export interface ProfileCommandOutput {
  text: string;
  out?: string;
}

/**
 * Runs one profile command.
 *
 * @param command - the command, as {@link parseProfileCommand} read it
 * @returns the text to write and where
 * @throws {WresInputError} when the profile or its files have problems
 */
export async function runProfileCommand(command: ProfileCommand): Promise<ProfileCommandOutput> {
  switch (command.command) {
    case 'help':
      return { text: command.topic === 'init' ? INIT_HELP : CHECK_HELP };
    case 'schema-profile':
      return { text: `${JSON.stringify(profileJsonSchema(), null, 2)}\n`, ...(command.out === undefined ? {} : { out: command.out }) };
    default:
      throw new Error(`wres ${command.command} is not available yet`);
  }
}
