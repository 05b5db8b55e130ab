/**
 * Writes the synthetic example council's files (see `council.ts`).
 *
 * Usage: `npx tsx examples/council/generate.ts [--out DIR] [--seed N]`
 * (default: this folder and the committed seed). Same seed, same bytes. Writes the clean CSVs and,
 * in `raw/`, the same council as its HR, recruitment, casework, learning and survey systems
 * export it (see `raw-exports.ts`).
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SEED, generateCouncil } from './council.js';
import { rawExports } from './raw-exports.js';

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) {
    process.stderr.write(`generate: ${name} needs a value.\n`);
    process.exit(2);
  }
  return value;
}

const args = process.argv.slice(2);
const OPTIONS = ['--out', '--seed'];
// Every argument must be a known option or the value right after one.
const unknown = args.filter((a, i) => !OPTIONS.includes(a) && !OPTIONS.includes(args[i - 1] ?? ''));
if (unknown.length > 0) {
  process.stderr.write(`generate: unknown argument ${unknown.join(', ')}. Options: --out DIR, --seed N.\n`);
  process.exit(2);
}
const out = resolve(option(args, '--out') ?? dirname(fileURLToPath(import.meta.url)));
const seedText = option(args, '--seed');
const seed = seedText === undefined ? DEFAULT_SEED : Number(seedText);
if (!Number.isInteger(seed)) {
  process.stderr.write(`generate: --seed must be an integer, not "${seedText}".\n`);
  process.exit(2);
}

const { files, counts, records } = generateCouncil(seed);
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
// The same council as its systems export it (raw/profile.yaml, written by hand, maps them back).
const raw = rawExports(records, seed);
mkdirSync(join(out, 'raw'), { recursive: true });
for (const [name, bytes] of Object.entries(raw)) writeFileSync(join(out, 'raw', name), bytes);
process.stdout.write(
  `Wrote ${Object.keys(files).length} files to ${out} and ${Object.keys(raw).length} raw exports to ${join(out, 'raw')}: ` +
    Object.entries(counts)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') +
    '.\n',
);
