/**
 * Every public value (function, constant, class) reachable from the two package entries,
 * `sc-wres` (src/index.ts) and `sc-wres/csv` (src/csv/index.ts), carries a doc comment with a
 * summary and an `@example` whose output is written beside the call as a `//` comment
 * (simple-statistics / date-fns style; see /work/shared/STYLE.md).
 *
 * The exports are resolved with the TypeScript compiler API, following `export *` and renamed
 * re-exports to the declaration the reader lands on in the API reference (`npm run docs`).
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ENTRIES = ['src/index.ts', 'src/csv/index.ts'] as const;

interface ExportedValue {
  entry: string;
  name: string;
  /** Where the value is declared, relative to the repository root, with its line. */
  where: string;
  summary: string;
  examples: string[];
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = `${root}tsconfig.node.json`;
  const read = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath).options;
}

function tagText(tag: ts.JSDocTag): string {
  const comment = tag.comment;
  if (comment === undefined) return '';
  return typeof comment === 'string' ? comment : comment.map((part) => part.text).join('');
}

/** The documented values exported by one entry file, with their summaries and examples. */
function exportedValues(program: ts.Program, entry: string): ExportedValue[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(`${root}${entry}`);
  if (source === undefined) throw new Error(`examples test: ${entry} is not in the program`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`examples test: ${entry} has no module symbol`);

  const values: ExportedValue[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(target.flags & ts.SymbolFlags.Value)) continue;
    const declarations = target.declarations ?? [];
    const first = declarations[0];
    if (first === undefined) continue;
    const file = first.getSourceFile();
    const line = file.getLineAndCharacterOfPosition(first.getStart()).line + 1;
    const examples = declarations.flatMap((declaration) =>
      ts.getJSDocTags(declaration).filter((tag) => tag.tagName.text === 'example').map(tagText),
    );
    values.push({
      entry,
      name: exported.name,
      where: `${file.fileName.slice(root.length)}:${line}`,
      summary: ts.displayPartsToString(target.getDocumentationComment(checker)).trim(),
      examples,
    });
  }
  return values;
}

describe('API reference: every exported value has a summary and an @example', () => {
  let values: ExportedValue[] = [];

  beforeAll(() => {
    const program = ts.createProgram({
      rootNames: ENTRIES.map((entry) => `${root}${entry}`),
      options: { ...compilerOptions(), noEmit: true },
    });
    values = ENTRIES.flatMap((entry) => exportedValues(program, entry));
  });

  it('finds the public values of both entries (so an empty list cannot pass)', () => {
    const names = new Set(values.map((value) => value.name));
    // A handful of exports pinned by SPEC.md; if resolution broke, these would be missing.
    for (const name of ['computeReport', 'applyDisclosureControl', 'renderMarkdown', 'relativeLikelihood', 'readCsvDataset']) {
      expect(names, name).toContain(name);
    }
    expect(values.filter((value) => value.entry === 'src/csv/index.ts').length).toBeGreaterThanOrEqual(5);
  });

  it('each has a summary sentence', () => {
    const missing = values.filter((value) => value.summary === '').map((value) => `${value.name} (${value.where})`);
    expect(missing, `exports without a doc comment summary:\n  ${missing.join('\n  ')}`).toEqual([]);
  });

  it('each has an @example', () => {
    const missing = values.filter((value) => value.examples.length === 0).map((value) => `${value.name} (${value.where})`);
    expect(missing, `exports without an @example:\n  ${missing.join('\n  ')}`).toEqual([]);
  });

  it('each @example writes its output beside the call as a // comment', () => {
    const silent = values
      .filter((value) => value.examples.length > 0 && !value.examples.some((example) => /\/\/\s*\S/.test(example)))
      .map((value) => `${value.name} (${value.where})`);
    expect(silent, `@example without an output comment:\n  ${silent.join('\n  ')}`).toEqual([]);
  });
});
