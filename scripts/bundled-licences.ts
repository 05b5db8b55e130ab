/**
 * An esbuild plugin for the CLI build (tsup.config.ts): the CLI bundles its dependencies (zod, yaml,
 * fflate, yalps, heap, @stdlib), and their licences (MIT, ISC, Apache-2.0, BSL-1.0) ask that their
 * notices travel with the code. After each build it writes one text file listing every bundled package
 * with its version, licence and licence files (LICENSE, NOTICE), each distinct text once.
 *
 * @module
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';

/** The package folder of a bundled input (`node_modules/@scope/name/lib/x.js` -> `node_modules/@scope/name`). */
export function packageFolder(input: string): string | undefined {
  return /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
}

/** The licence notice for the given package folders, grouped by identical licence text. */
export function licenceNotice(folders: readonly string[], products: string): string {
  const groups = new Map<string, string[]>();
  for (const folder of folders) {
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    const files = readdirSync(folder).filter((f) => /^(licen[cs]e|notice|copying)/i.test(f)).sort();
    const text = files.map((f) => readFileSync(join(folder, f), 'utf8').trim()).join('\n\n');
    const key = `${manifest.license ?? 'see the text'}\n${text || '(the package ships no licence file)'}`;
    groups.set(key, [...(groups.get(key) ?? []), `${manifest.name} ${manifest.version}`]);
  }
  const sections = [...groups].map(([key, names]) => {
    const [licence, ...text] = key.split('\n');
    return `${'='.repeat(78)}\n${names.sort().join(', ')}\nLicence: ${licence}\n\n${text.join('\n')}\n`;
  });
  return `${products} bundle the following packages, whose licences follow.\n\n${sections.sort().join('\n')}`;
}

/** Writes `outFile` after each build from the packages the build bundled. */
export function bundledLicences(outFile: string, products: string): Plugin {
  return {
    name: 'bundled-licences',
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd((result) => {
        if (result.metafile === undefined) return;
        const folders = new Set<string>();
        for (const input of Object.keys(result.metafile.inputs)) {
          const folder = packageFolder(input);
          if (folder !== undefined) folders.add(folder);
        }
        writeFileSync(outFile, licenceNotice([...folders].sort(), products));
      });
    },
  };
}
