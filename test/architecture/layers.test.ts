/**
 * The import graph runs one way: a folder of src/ imports only from folders in a lower layer
 * (or its own). The layers, lowest first, are the README's diagram made exact. A new folder must
 * be placed here before it can be imported, so the diagram cannot drift from the code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const srcRoot = new URL('../../src/', import.meta.url).pathname;

/** Layer of each top-level module of src/, lowest first. Equal numbers may not import each other. */
const LAYERS: Record<string, number> = {
  errors: 0,
  version: 0,
  stats: 0,
  text: 0,
  model: 1,
  read: 2,
  ethnicity: 2,
  period: 2,
  schemas: 3,
  profile: 3.5,
  aggregate: 4,
  metrics: 5,
  disclosure: 6,
  audit: 6.5,
  report: 7,
  collate: 7.5,
  render: 8,
  csv: 9,
  cli: 10,
  index: 10,
};

/** Modules that may use Node's built-ins: the entries that read files and the command line. */
const NODE_ENTRIES = new Set(['csv', 'cli']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function moduleOf(path: string): string {
  const first = relative(srcRoot, path).split(/[\\/]/)[0]!;
  return first.replace(/\.ts$/, '');
}

const edges = filesUnder(srcRoot).flatMap((file) => {
  const from = moduleOf(file);
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((match) => {
    const specifier = match[1]!;
    const to = specifier.startsWith('.') ? moduleOf(join(file, '..', specifier)) : specifier;
    return { file: relative(srcRoot, file), from, to, relativeImport: specifier.startsWith('.') };
  });
});

describe('src/ layers', () => {
  it('places every module of src/ in a layer', () => {
    const modules = new Set(filesUnder(srcRoot).map(moduleOf));
    expect([...modules].filter((name) => !(name in LAYERS))).toEqual([]);
  });

  it('has no import from a lower layer to a higher one, nor between modules of one layer', () => {
    const upward = edges
      .filter((edge) => edge.relativeImport && edge.from !== edge.to)
      .filter((edge) => LAYERS[edge.to]! >= LAYERS[edge.from]!)
      .map((edge) => `${edge.file} imports ${edge.to}`);
    expect(upward).toEqual([]);
  });

  it('keeps node: built-ins out of the browser-safe core', () => {
    const nodeImports = edges
      .filter((edge) => !edge.relativeImport && edge.to.startsWith('node:'))
      .filter((edge) => !NODE_ENTRIES.has(edge.from))
      .map((edge) => `${edge.file} imports ${edge.to}`);
    expect(nodeImports).toEqual([]);
  });
});
