import { defineConfig } from 'tsup';

// Three entries: the browser-safe core, the CSV ingest (Node streams allowed) and the CLI.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', csv: 'src/csv/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    external: ['zod', /^node:/],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
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
