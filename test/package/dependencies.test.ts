/**
 * package.json's runtime dependencies are exactly what src/ imports: every package src/ imports is a
 * dependency (or the zod peer), every dependency is imported by src/, and no package is listed both
 * as a dependency and as a devDependency (npm installs the runtime one for users; the second entry
 * only hides which it is). Expected lists: the import statements of src/ (read here) and
 * docs/decisions.md, "Dependencies of the published package".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Module specifiers of static imports and re-exports (`import x from 'a'`, `} from 'a'` ending a
 * multi-line import, `import 'a'`) and of dynamic `import('a')`.
 */
const SPECIFIER = /^(?:import|export|\})[^\n;]*?\bfrom\s+'([^']+)'|^import\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm;

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const imported = new Set(
  filesUnder(join(root, 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(SPECIFIER)]
      .map((match) => match[1] ?? match[2] ?? match[3]!)
      .filter((specifier) => !specifier.startsWith('.'))
      .filter((specifier) => !specifier.startsWith('node:'))
      .map(packageOf)
      .filter((name) => name !== manifest.name),
  ),
);

describe('package.json dependencies', () => {
  it('lists no package both as a dependency and as a devDependency', () => {
    const both = Object.keys(manifest.dependencies).filter((name) => name in manifest.devDependencies);
    expect(both).toEqual([]);
  });

  it('has every package src/ imports as a dependency or peer', () => {
    const missing = [...imported].filter(
      (name) => !(name in manifest.dependencies) && !(name in manifest.peerDependencies),
    );
    expect(missing).toEqual([]);
  });

  it('has no runtime dependency that src/ does not import (papaparse and simple-statistics are for tests and examples only)', () => {
    const unused = Object.keys(manifest.dependencies).filter((name) => !imported.has(name));
    expect(unused).toEqual([]);
  });

  it('keeps fflate (the .xlsx reader in src/read unzips with it) as a runtime dependency', () => {
    expect(imported.has('fflate')).toBe(true);
    expect(manifest.dependencies.fflate).toBe('0.8.3');
  });
});
