/**
 * The files the program touches besides the CSV inputs: `--out` (never an input, written whole or
 * not at all) and standard input given as `-` for one source.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The name `-` stands for standard input (as an input file) or standard output (as `--out`). */
export const STANDARD_STREAM = '-';

/** Whether two paths name the same file: the same path, or the same file reached another way (a link). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * The problem with writing the report to `out`, when `out` is one of the files the run reads.
 *
 * @param out The `--out` path.
 * @param inputs The flag (e.g. `--staff`) and path of each file the run reads.
 * @returns A sentence, or `null` when `out` is none of them.
 */
export async function outIsAnInput(out: string, inputs: readonly [flag: string, path: string][]): Promise<string | null> {
  for (const [flag, path] of inputs) {
    if (path === STANDARD_STREAM) continue;
    if (await sameFile(out, path)) {
      return `--out "${out}" is the ${flag} file: writing the report there would destroy it; choose another file for --out.`;
    }
  }
  return null;
}

/**
 * Writes `text` to `path` whole or not at all: to a temporary file beside it, then renamed over it,
 * so a failed write never leaves half a report (or a truncated earlier one).
 *
 * @throws The file system's error (with its `code`) when the folder cannot be written.
 */
export async function writeWhole(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes `text` to the `--out` file whole ({@link writeWhole}); the problem as a sentence when it
 * cannot be written, else `null`. Every command that has `--out` writes through this.
 */
export async function writeOut(out: string, text: string): Promise<string | null> {
  try {
    await writeWhole(out, text);
    return null;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    return `--out "${out}" cannot be written: ${why}.`;
  }
}

/**
 * Copies standard input to a temporary file, so it can be read twice (the header is checked before
 * the rows are read) without holding it in memory.
 *
 * @returns The file's path, and a function that removes it.
 */
export async function spoolStandardInput(stdin: Readable): Promise<{ path: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'wres-stdin-'));
  const path = join(folder, 'standard-input.csv');
  const remove = (): Promise<void> => rm(folder, { recursive: true, force: true });
  try {
    await pipeline(stdin, createWriteStream(path));
  } catch (error) {
    await remove();
    throw error;
  }
  return { path, remove };
}
