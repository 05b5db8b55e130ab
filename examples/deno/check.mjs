// CI check of examples/deno/sc-wres.ipynb (run by .ci/examples after `npm run build`).
//
// Runs the notebook's code cells, in order, as one Deno module with the Deno from devDependencies:
// - `npm:sc-wres@0.1` (the published form the notebook uses) is mapped by an import map to the local
//   build, dist/index.js; every other npm: import (papaparse) and the build's own dependencies
//   resolve from this repository's node_modules (Deno's "bring your own node_modules" mode), with
//   a fresh, empty DENO_DIR and --cached-only, so nothing is downloaded;
// - `Deno.jupyter` exists only in the `deno jupyter` kernel, so a stand-in records what the cells
//   display with `Deno.jupyter.md`;
// - after the cells, assertions check the numbers and tables they produced.
// The kernel grants every permission; here the module gets only read access to the repository: no
// --allow-env, so this also checks that loading the core reads no environment variables (the `debug`
// package, once reached through @stdlib's beta quantile, did; src/stats/beta-quantile.ts replaced it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const notebookDir = join(root, 'examples/deno');
const notebook = JSON.parse(readFileSync(join(notebookDir, 'sc-wres.ipynb'), 'utf8'));

assert.equal(notebook.nbformat, 4);
assert.equal(notebook.metadata.kernelspec.name, 'deno');
const cells = notebook.cells.filter((c) => c.cell_type === 'code').map((c) => [c.source].flat().join(''));
assert.ok(cells.length >= 5, `expected the notebook's code cells, found ${cells.length}`);
assert.match(cells[0], /from "npm:sc-wres@0\.1"/, 'the notebook imports the published package');
for (const [i, cell] of notebook.cells.entries()) {
  if (cell.cell_type === 'code') assert.deepEqual(cell.outputs, [], `cell ${i + 1} is committed with outputs; clear them`);
}

const prelude = `
const __displayed: string[] = [];
// Stand-in for the kernel's Deno.jupyter (only defined under \`deno jupyter\`).
(Deno as unknown as { jupyter: unknown }).jupyter = {
  md(strings: TemplateStringsArray, ...values: unknown[]) {
    const text = strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]) : ""), "");
    __displayed.push(text);
    return text;
  },
};
`;

// Expected numbers: examples/council/README.md (metric 2: 53 of 293 vs 92 of 303; metric 4: 8 of 223
// vs 7 of 452, withheld when published). Ratio by hand: (53/293) / (92/303) = 0.595749...
const epilogue = `
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error("notebook check failed: " + what);
}
check(input.sources.staff.rowsUsed === 3600, "3600 staff rows used, got " + input.sources.staff.rowsUsed);
check(report.metrics.length === 9, "nine metrics");
check(report.metrics.map((m) => m.id).join() === [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => "sc-wres-" + n).join(), "metric ids in order");
const m2 = report.metrics[1].comparisons[0].relativeLikelihood;
check(m2 !== null && Math.abs((m2.ratio as number) - (53 / 293) / (92 / 303)) < 1e-12, "metric 2 ratio");
check(__displayed.length === 3, "three Markdown displays, got " + __displayed.length);
const [plain, publishedTable, markdown] = __displayed;
check(plain.includes("| 2 | appointed-from-shortlisting | 53 of 293 | 92 of 303 | 0.60 (0.44 to 0.80) | yes |"), "metric 2 row:\\n" + plain);
check(plain.includes("| 4 | fitness-to-practise-referral | 8 of 223 | 7 of 452 | 2.32 (0.88 to 6.07) | no |"), "metric 4 row");
check(publishedTable.includes("| 4 | fitness-to-practise-referral | withheld of 223 | withheld of 452 | withheld | withheld |"), "metric 4 withheld:\\n" + publishedTable);
check(publishedTable.includes("| 2 | appointed-from-shortlisting | 53 of 293 | 92 of 303 | 0.60 (0.44 to 0.80) | yes |"), "metric 2 published");
for (let n = 1; n <= 9; n++) check(markdown.includes("## Metric " + n + ":"), "report section for metric " + n);
check(published.disclosure?.policy === "sc-wres-publication", "disclosure policy");
console.log("notebook cells ran: " + ${cells.length} + " code cells, " + __displayed.length + " Markdown displays checked");
`;

// Inside the repository (Deno then finds package.json and resolves npm: imports from node_modules),
// not under node_modules (Deno will not run TypeScript there); examples/deno/.gitignore keeps it out of git.
const workDir = join(notebookDir, '.check');
mkdirSync(workDir, { recursive: true });
const script = join(workDir, 'deno-notebook.ts');
const importMap = join(workDir, 'deno-import-map.json');
writeFileSync(script, [prelude, ...cells.map((c, i) => `// ---- code cell ${i + 1}\n${c}\n;`), epilogue].join('\n'));
writeFileSync(importMap, JSON.stringify({ imports: { 'npm:sc-wres@0.1': pathToFileURL(join(root, 'dist/index.js')).href } }));
const denoDir = mkdtempSync(join(tmpdir(), 'sc-wres-deno-dir-'));

try {
  const deno = join(root, 'node_modules/.bin/deno');
  const version = spawnSync(deno, ['--version'], { encoding: 'utf8' });
  assert.equal(version.status, 0, `deno did not start: ${version.stderr}`);
  console.log(version.stdout.split('\n')[0]);
  const run = spawnSync(
    deno,
    ['run', '--cached-only', '--no-prompt', '--import-map', importMap, `--allow-read=${root}`, script],
    { cwd: notebookDir, encoding: 'utf8', timeout: 180_000, env: { ...process.env, DENO_DIR: denoDir, NO_COLOR: '1' } },
  );
  process.stdout.write(run.stdout);
  assert.equal(run.status, 0, `the notebook's cells failed under Deno (script ${script}):\n${run.stderr}`);
  console.log('deno notebook: ok');
} finally {
  rmSync(denoDir, { recursive: true, force: true });
}
