/**
 * `wres check --profile`: the data-quality summary of the example council's raw exports, without
 * the metrics; exit 2 (with the summary still printed) when a report could not be made as they are.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { captureIo } from './io.js';

const RAW = join(import.meta.dirname, '../../examples/council/raw');
const dir = mkdtempSync(join(tmpdir(), 'wres-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const sink = captureIo();
  const code = await run(['check', ...args], sink);
  return { code, out: sink.out, err: sink.err };
}

describe('wres check --profile', () => {
  it('summarises every source of the raw exports: rows read, left out and used, values seen, date ranges', async () => {
    const { code, out } = await check(['--profile', join(RAW, 'profile.yaml')]);
    expect(code).toBe(0);
    expect(out).toMatch(/^# Data-quality check\n\nNo problems/);
    expect(out).toContain('Rows read: 3,801; left out by keep: 201; merged (duplicates): 0; with problems: 0; used: 3,600.');
    // The senior managers and contract types the generator drew: 107 senior, 3,264 direct staff.
    expect(out).toMatch(/\| seniorManager \| derived from "Management Tier" \| 100\.0% \| false: 3,493; true: 107 \|/);
    expect(out).toMatch(/\| employment \| Contract Type \| 100\.0% \| direct: 3,264; agency: 209; bank: 127 \|/);
    expect(out).not.toMatch(/Metric \d/);
  });

  it('exits 2 and still prints the summary when a value is not mapped', async () => {
    cpSync(RAW, join(dir, 'raw'), { recursive: true });
    const profile = join(dir, 'raw', 'profile.yaml');
    writeFileSync(profile, readFileSync(profile, 'utf8').replace('direct: [Permanent, Fixed Term]', 'direct: [Permanent]'));
    const { code, out } = await check(['--profile', profile]);
    expect(code).toBe(2);
    expect(out).toContain('# Data-quality check');
    expect(out).toContain('"Fixed Term" (362 rows)');
  });

  it('needs --profile', async () => {
    const { code, err } = await check([]);
    expect(code).toBe(2);
    expect(err).toContain('--profile is required');
  });
});
