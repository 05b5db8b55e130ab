/**
 * A UK date (31/03/2024) in a file read without a profile: strict and lenient validation give the
 * same hint (the form it looks like, and the profile setting that reads it), in the error, in the
 * note on standard error and in the report's skipped reasons. Expected counts by hand: 20 rows, one
 * bad (5%, at the default limit).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { parseReportJson } from '../../src/render/json.js';
import { captureIo } from './io.js';

const dir = mkdtempSync(join(tmpdir(), 'wres-date-hint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HINT = 'is not a date in the form YYYY-MM-DD; it looks like DD/MM/YYYY: read the file through an import profile with "dates": "DD/MM/YYYY", see docs/profiles.md';

const staff = join(dir, 'staff.csv');
const rows = Array.from({ length: 20 }, (_, i) => `S${i},${i % 2 === 0 ? 'Indian' : 'White British'},${i === 4 ? '31/03/2024' : '2020-04-01'}`);
writeFileSync(staff, `id,ethnicity,startDate\n${rows.join('\n')}\n`);
const args = ['report', '--staff', staff, '--period', '2024-04-01..2025-03-31'];

describe('a DD/MM/YYYY date without a profile', () => {
  it('strict: the error says what it looks like and how to read it', async () => {
    const sink = captureIo();
    expect(await run(args, sink)).toBe(2);
    expect(sink.err).toContain(`staff CSV row 6, field "startDate": "31/03/2024" ${HINT}.`);
  });

  it('--skip-invalid: the skipped row\'s reason carries the same hint, on standard error and in the report', async () => {
    const sink = captureIo();
    expect(await run([...args, '--skip-invalid', '--format', 'json'], sink)).toBe(0);
    expect(sink.err).toContain(`1 of 20 rows skipped as invalid (--skip-invalid): 1 field "startDate" ${HINT}.`);
    const report = parseReportJson(sink.out);
    expect(report.sources.staff.skippedReasons).toEqual([{ reason: `field "startDate" ${HINT}`, count: 1 }]);
  });
});
