import { defineConfig } from 'tsup';
import { bundledLicences } from './scripts/bundled-licences.js';

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
    // Start-up (docs/decisions.md, "The CLI is bundled"): the dependencies are bundled in, so Node does
    // not resolve some 400 files of small packages at every start, and the CLI's own modules are
    // split into chunks (dist/cli-*.js) that each command loads when it runs.
    entry: { cli: 'src/cli/main.ts', 'coded-worker': 'src/csv/coded-worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: true,
    noExternal: [/./],
    esbuildOptions(options) {
      options.chunkNames = 'cli-[name]-[hash]';
      options.sourcesContent = false;
    },
    esbuildPlugins: [bundledLicences('dist/cli-licences.txt', 'The wres command (dist/cli.js, dist/cli-*.js) and its worker (dist/coded-worker.js)')],
    // Bundled CommonJS packages (yaml) require Node's own modules: give them a require.
    banner: {
      js: [
        '#!/usr/bin/env node',
        '// Bundled packages and their licences: cli-licences.txt.',
        'import { createRequire as wresCreateRequire } from "node:module";',
        'const require = wresCreateRequire(import.meta.url);',
      ].join('\n'),
    },
  },
]);
