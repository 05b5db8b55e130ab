/**
 * `npm run bench:peers`: only the file path against DuckDB and pandas, at one or more scales
 * (BENCH_PEER_SCALES=1,3 gives 1,000,000 and 3,000,000 staff; BENCH_RUNS rounds, default 3).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeCsv } from './csv-files.js';
import { benchDataset } from './dataset.js';
import { runPeers } from './peers.js';

const scales = (process.env.BENCH_PEER_SCALES ?? '1').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
for (const scale of scales) {
  const directory = join(process.cwd(), '.bench-tmp', `scale-${scale}`);
  mkdirSync(directory, { recursive: true });
  const files = writeCsv(benchDataset(20241125, scale), directory);
  await runPeers({ files, runs, label: `at ${(scale * 1_000_000).toLocaleString('en-GB')} staff ` });
}
