/** Runs the program as a user does: a child process running src/cli/main.ts through tsx (no build). */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');

const MAIN = ['--import', 'tsx', join(root, 'src/cli/main.ts')];

/** The outcome of one run. */
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `wres` with `args`; `input` is given on standard input. */
export function wres(args: string[], input?: string): Run {
  const result = spawnSync(process.execPath, [...MAIN, ...args], {
    cwd: root,
    encoding: 'utf8',
    input: input ?? '',
    env: { ...process.env, WRES_DEBUG: '' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `wres` with its standard output piped to a reader that takes the first line and closes
 * the pipe, as `wres ... | head -1` does.
 */
export function wresIntoHead(args: string[]): Promise<Run & { firstLine: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...MAIN, ...args], { cwd: root, env: { ...process.env, WRES_DEBUG: '' } });
    let stdout = '';
    let stderr = '';
    let firstLine: string | undefined;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const end = stdout.indexOf('\n');
      if (firstLine === undefined && end >= 0) {
        firstLine = stdout.slice(0, end);
        child.stdout.destroy(); // the reader goes away, as head does
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr, firstLine: firstLine ?? '' }));
  });
}
