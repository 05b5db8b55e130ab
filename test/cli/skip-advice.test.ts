/**
 * The last line of an input error suggests --skip-invalid only when it was not given: rows still
 * named under --skip-invalid (a staff id repeated in an export read through a profile, which
 * lenient validation does not skip) are not left out by giving it again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { captureIo } from './io.js';

const dir = mkdtempSync(join(tmpdir(), 'wres-skip-advice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Row 3 repeats E1's id: a row-level problem that --skip-invalid does not skip.
writeFileSync(join(dir, 'staff.csv'), 'Employee Number,Ethnic Origin\nE1,Indian\nE1,White British\nE2,Indian\n');
const profile = join(dir, 'profile.yaml');
writeFileSync(profile, 'period: 2024-04-01..2025-03-31\nsources:\n  staff:\n    file: staff.csv\n    columns: { id: Employee Number, ethnicity: Ethnic Origin }\n');

describe('what the error suggests', () => {
  it('suggests --skip-invalid without it, and not with it', async () => {
    const strict = captureIo();
    expect(await run(['report', '--profile', profile], strict)).toBe(2);
    expect(strict.err).toContain('staff.csv, row 3, field "id": "E1" repeats the id of an earlier row');
    expect(strict.err.trimEnd().split('\n').at(-1)).toBe('Correct these rows, or run with --skip-invalid to leave bad rows out (the report then counts them).');
    const lenient = captureIo();
    expect(await run(['report', '--profile', profile, '--skip-invalid'], lenient)).toBe(2);
    expect(lenient.err).toContain('staff.csv, row 3, field "id": "E1" repeats the id of an earlier row');
    expect(lenient.err.trimEnd().split('\n').at(-1)).toBe('Correct these rows: --skip-invalid does not leave them out.');
  });
});
