/**
 * Start-up of the `wres` program (docs/performance.md, "start-up"): the modules a command does not
 * need are not loaded when the program starts. The CLI is bundled as tsup bundles it (every
 * dependency in, split into chunks at each dynamic `import()`), and what each chunk loads statically
 * is read from esbuild's metafile. Nothing is written.
 */
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

let bundled: Promise<Metafile> | undefined;

/** The CLI bundled once for all the tests. */
function bundle(): Promise<Metafile> {
  bundled ??= bundleCli();
  return bundled;
}

async function bundleCli(): Promise<Metafile> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/cli/main.ts', 'src/csv/coded-worker.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: 'dist-never-written',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

/** The source files loaded, before any of its code runs, by the chunk whose entry is `entry`. */
function loadedWith(metafile: Metafile, entry: string): string[] {
  const outputs = metafile.outputs;
  const start = Object.keys(outputs).find((path) => outputs[path]?.entryPoint === entry);
  if (start === undefined) throw new Error(`no chunk starts at ${entry}`);
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const path = stack.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const i of outputs[path]?.imports ?? []) if (i.kind === 'import-statement' && i.path in outputs) stack.push(i.path);
  }
  return [...seen].flatMap((path) => Object.keys(outputs[path]?.inputs ?? {})).sort();
}

const matching = (files: string[], pattern: RegExp): string[] => files.filter((f) => pattern.test(f));

describe('wres start-up', () => {
  it('starts without the dependencies, renderers, profile and other commands: --version and --help need none of them', async () => {
    const loaded = loadedWith(await bundle(), 'src/cli/main.ts');
    expect(loaded).toContain('src/cli/run.ts');
    expect(matching(loaded, /node_modules\//)).toEqual([]);
    expect(matching(loaded, /^src\/(render|profile|collate|disclosure|report|metrics|stats)\//)).toEqual([]);
    expect(matching(loaded, /^src\/cli\/commands\/(collate|compare|init|check|profile-report|run-profile-command)\.ts$/)).toEqual([]);
  }, 30_000);

  it('reads CSV files into a report without the YAML parser, the xlsx reader, the profile or the HTML and Markdown renderers', async () => {
    const loaded = loadedWith(await bundle(), 'src/csv/report.ts');
    // The report itself needs these: the intervals (@stdlib) and the validation (zod).
    expect(matching(loaded, /node_modules\/@stdlib\//).length).toBeGreaterThan(0);
    expect(matching(loaded, /node_modules\/zod\//).length).toBeGreaterThan(0);
    expect(matching(loaded, /node_modules\/(yaml|fflate)\//)).toEqual([]);
    expect(matching(loaded, /^src\/(profile|collate)\/|^src\/render\/(html|markdown)\.ts$/)).toEqual([]);
  }, 30_000);

  it('starts the fast path\'s worker thread without any dependency: it reads and counts, with no statistics, zod or YAML', async () => {
    const loaded = loadedWith(await bundle(), 'src/csv/coded-worker.ts');
    expect(loaded).toContain('src/read/coded-csv.ts');
    expect(matching(loaded, /node_modules\//)).toEqual([]);
    expect(matching(loaded, /^src\/(stats|metrics|disclosure|report|render|profile)\//)).toEqual([]);
  }, 30_000);

  it('loads the import profile\'s converters in the worker only through a profile, and with no dependency either', async () => {
    const loaded = loadedWith(await bundle(), 'src/report/coded-profile-part.ts');
    expect(loaded).toContain('src/profile/compile.ts');
    expect(matching(loaded, /node_modules\//)).toEqual([]);
    expect(matching(loaded, /^src\/(stats|metrics|disclosure|render)\/|^src\/report\/(?!coded-profile-part\.ts$)|^src\/profile\/(schema|apply)\.ts$/)).toEqual([]);
  }, 30_000);
});
