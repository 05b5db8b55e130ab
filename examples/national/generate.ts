/**
 * Writes the synthetic nation (nation.ts) as one file of collation entries.
 *
 * Usage: `npx tsx examples/national/generate.ts [--seed N] [--councils N]` (default: the committed
 * seed and 96 councils, written to examples/national/councils.json). Same seed, same bytes.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateNation, NATION_SEED } from './nation.js';

const { values } = parseArgs({ options: { seed: { type: 'string' }, councils: { type: 'string' } } });
const seed = values.seed === undefined ? NATION_SEED : Number(values.seed);
const councils = values.councils === undefined ? 96 : Number(values.councils);
if (!Number.isInteger(seed) || !Number.isInteger(councils) || councils < 2) {
  process.stderr.write('generate: --seed must be an integer and --councils a whole number of 2 or more.\n');
  process.exit(2);
}
const entries = generateNation(seed, councils);
const text = `[\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n`;
writeFileSync(new URL('./councils.json', import.meta.url), text);
process.stdout.write(`Wrote ${entries.length} entries (${councils} councils, adults and children) to examples/national/councils.json.\n`);
