// Bundles examples/browser/app.mts for the browser with esbuild, taking 'sc-wres' from its source
// (src/index.ts), so the bundle proves the core runs client-side: the build fails, naming the
// importing file, if anything in it reaches a Node builtin (`node:*`, fs, path, ...).
//
//   node examples/browser/build.mjs        # writes examples/browser/dist/app.js
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Fails the build on any import of a Node builtin, saying which file imports it. */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.split('/')[0] === 'node:' ? args.path : args.path.replace(/\/.*$/, '');
      if (!builtins.has(args.path) && !builtins.has(bare)) return undefined;
      return {
        errors: [{ text: `Node builtin "${args.path}" imported by ${relative(root, args.importer)}: the core must not use Node APIs` }],
      };
    });
  },
};

/**
 * Builds the page's script.
 *
 * @param {{ minify?: boolean }} [options]
 * @returns {Promise<{ file: string, bytes: number, inputs: string[] }>} The bundle and the files in it.
 */
export async function buildBrowserExample(options = {}) {
  const outfile = join(here, 'dist/app.js');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(here, 'app.mts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
    alias: { 'sc-wres': './src/index.ts' },
    minify: options.minify ?? true,
    sourcemap: true,
    metafile: true,
    logLevel: 'silent',
    plugins: [noNodeBuiltins],
  });
  const output = result.metafile.outputs[relative(root, outfile)];
  return { file: outfile, bytes: output?.bytes ?? 0, inputs: Object.keys(result.metafile.inputs) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { file, bytes, inputs } = await buildBrowserExample();
    const packages = [...new Set(inputs.filter((i) => i.includes('node_modules/')).map((i) => i.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')))];
    const stdlib = packages.filter((p) => p.startsWith('@stdlib/')).length;
    const others = packages.filter((p) => !p.startsWith('@stdlib/')).sort();
    console.log(`${relative(root, file)}: ${(bytes / 1024).toFixed(0)} KiB from ${inputs.length} files, no Node builtins; packages: ${others.join(', ')} and ${stdlib} @stdlib/*`);
  } catch (error) {
    for (const e of error.errors ?? [error]) console.error(e.location ? `${e.location.file}:${e.location.line}: ${e.text}` : e.text ?? e.message);
    process.exitCode = 1;
  }
}
