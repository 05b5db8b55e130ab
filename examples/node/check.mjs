// CI check of examples/node/hr-integration.mts (run by .ci/examples after `npm run build`):
// runs it as a user would (tsx, importing 'sc-wres' by name), then checks what it wrote, and that a
// bad export stops it with exit 2 and the problem's file, row and column.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReportJson } from 'sc-wres';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'examples/node/hr-integration.mts');
const tsx = join(root, 'node_modules/.bin/tsx');
const work = mkdtempSync(join(tmpdir(), 'sc-wres-node-example-'));

function run(args) {
  return spawnSync(tsx, [script, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
}

try {
  const out = join(work, 'out');
  const ok = run(['--data', join(root, 'examples/council'), '--out', out]);
  assert.equal(ok.status, 0, `hr-integration exited ${ok.status}:\n${ok.stderr}`);
  process.stdout.write(ok.stdout);

  const published = parseReportJson(readFileSync(join(out, 'report.json'), 'utf8'));
  const internal = parseReportJson(readFileSync(join(out, 'internal-report.json'), 'utf8'));
  assert.deepEqual(published.metrics.map((m) => m.id), [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `sc-wres-${n}`));
  assert.equal(published.disclosure.policy, 'sc-wres-publication');
  assert.equal(internal.disclosure, undefined);

  // Metric 2: 53 of 293 minority vs 92 of 303 white appointed (examples/council/README.md);
  // by hand, (53/293) / (92/303) = 0.595749...
  const m2 = published.metrics[1].comparisons[0];
  assert.equal(m2.focal.count, 53);
  assert.equal(m2.reference.total, 303);
  assert.ok(Math.abs(m2.relativeLikelihood.ratio - (53 / 293) / (92 / 303)) < 1e-12);
  assert.match(ok.stdout, /appointed-from-shortlisting: 53 of 293 vs 92 of 303, RL 0\.60 \(0\.44 to 0\.80\)/);

  // Metric 4: 8 minority referrals (fewer than 10): shown to the HR team, withheld in the published copy.
  assert.equal(internal.metrics[3].comparisons[0].focal.count, 8);
  assert.deepEqual(published.metrics[3].comparisons[0].focal.count, {
    suppressed: true,
    code: 'withheld',
    reason: 'Withheld to protect a small number of people.',
  });

  const markdown = readFileSync(join(out, 'report.md'), 'utf8');
  for (let n = 1; n <= 9; n++) assert.match(markdown, new RegExp(`^## Metric ${n}:`, 'm'));
  assert.match(markdown, /Example Borough Council \(synthetic\)/);
  assert.match(markdown, /withheld to protect a small number/);

  // A bad row in the export: an impossible date in staff.csv.
  const bad = join(work, 'bad');
  cpSync(join(root, 'examples/council'), bad, { recursive: true });
  const staffFile = join(bad, 'staff.csv');
  const lines = readFileSync(staffFile, 'utf8').split('\n');
  lines[2] = lines[2].replace('2022-04-11', '2022-02-30');
  writeFileSync(staffFile, lines.join('\n'));
  const failed = run(['--data', bad, '--out', join(work, 'bad-out')]);
  assert.equal(failed.status, 2, `expected exit 2 for bad input, got ${failed.status}:\n${failed.stderr}`);
  assert.match(failed.stderr, /staff/);
  assert.match(failed.stderr, /row 3/);
  assert.match(failed.stderr, /startDate/);
  assert.doesNotMatch(failed.stderr, /\n\s+at /, 'no stack trace');
  // 'sc-wres' and 'sc-wres/csv' share one copy of the error class (tsup code splitting).
  const { WresInputError } = await import('sc-wres');
  const { readCsvDataset } = await import('sc-wres/csv');
  const thrown = await readCsvDataset({ staff: join(work, 'missing.csv') }).catch((e) => e);
  assert.equal(thrown.name, 'WresInputError');
  assert.ok(thrown instanceof WresInputError, "an error thrown by 'sc-wres/csv' is instanceof WresInputError from 'sc-wres'");
  console.log('node example: ok');
} finally {
  rmSync(work, { recursive: true, force: true });
}
