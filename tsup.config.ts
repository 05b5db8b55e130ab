import { defineConfig } from 'tsup';

// Entries: the browser-safe core, the CSV ingest (Node streams allowed), the intruder audit (HiGHS, loaded asynchronously) and the CLI.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', csv: 'src/csv/index.ts', audit: 'src/audit/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    external: ['zod', 'highs', /^node:/],
  },
  {
    // The fast file path's worker thread, beside the entries that start it (dist/coded-worker.js).
    entry: { cli: 'src/cli/main.ts', 'coded-worker': 'src/csv/coded-worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    external: ['zod'],
  },
]);
