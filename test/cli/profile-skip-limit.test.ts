/**
 * SPEC 10a's limit on skipped rows (default 5%, --max-skipped) through an import profile: rows the
 * profile skips under --skip-invalid (a bad value, a case whose staff id matches no staff row)
 * count toward it like rows skipped by validation. Expected shares by hand: 3 bad of 40 rows is
 * 7.5%; 2 unlinked of 20 CPD rows is 10%; 1 bad of 40 is 2.5%.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { parseReportJson } from '../../src/render/json.js';
import { makeXlsx } from '../read/xlsx-fixture.js';
import { captureIo } from './io.js';

const dir = mkdtempSync(join(tmpdir(), 'wres-skip-limit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 40 staff in a workbook, the first `bad` with a start date that does not exist (31 February). */
function council(name: string, bad: number, unlinkedCpd = 0): string {
  const rows: (string | null)[][] = [['Employee Number', 'Ethnic Origin', 'Grade', 'Date Started']];
  for (let i = 1; i <= 40; i++) rows.push([`E${i}`, i % 3 === 0 ? 'Indian' : 'White British', i % 2 === 0 ? 'B' : 'A', i <= bad ? '31/02/2024' : '01/04/2020']);
  writeFileSync(join(dir, `${name}.xlsx`), makeXlsx({ sheets: [{ name: 'People', rows }] }));
  const cpd = Array.from({ length: 20 }, (_, i) => `${i < unlinkedCpd ? `X${i}` : `E${i + 10}`},01/06/2024,Yes,No`);
  writeFileSync(join(dir, `${name}-cpd.csv`), `Employee No,Completed,Funded,Mandatory\n${cpd.join('\n')}\n`);
  const profile = join(dir, `${name}.yaml`);
  writeFileSync(profile, [
    'period: 2024-04-01..2025-03-31',
    'dates: DD/MM/YYYY',
    'options:',
    '  payBands: [A, B]',
    'sources:',
    '  staff:',
    `    file: ${name}.xlsx`,
    '    columns: { id: Employee Number, ethnicity: Ethnic Origin, payBand: Grade, startDate: Date Started }',
    '  cpd:',
    `    file: ${name}-cpd.csv`,
    '    columns: { staffId: Employee No, date: Completed, funded: Funded, mandatory: Mandatory }',
    '',
  ].join('\n'));
  return profile;
}

async function report(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const sink = captureIo();
  const code = await run(['report', ...args], sink);
  return { code, out: sink.out, err: sink.err };
}

describe('wres report --profile --skip-invalid and the skipped-row limit', () => {
  it('refuses more than 5% of a source\'s rows skipped by the profile (bad values), with the limit\'s sentence', async () => {
    const { code, err } = await report(['--profile', council('bad-dates', 3), '--skip-invalid']);
    expect(code).toBe(2);
    expect(err).toContain('staff: 3 of 40 rows (7.5%) were skipped as invalid (most often: startDate is not a real calendar date, 3 rows), more than the limit of 5%: fix the rows, or raise the limit (option maxSkipped, --max-skipped) if the report may leave them out.');
  });

  it('counts CPD rows whose staff id matches no staff row toward the limit', async () => {
    const { code, err } = await report(['--profile', council('unlinked', 0, 2), '--skip-invalid']);
    expect(code).toBe(2);
    expect(err).toMatch(/cpd: 2 of 20 rows \(10%\) were skipped as invalid \(most often: staffId [^)]*, 2 rows\), more than the limit of 5%/);
  });

  it('reports under the limit, or over it with --max-skipped raised, and counts the skipped rows', async () => {
    const under = await report(['--profile', council('one-bad', 1), '--skip-invalid', '--format', 'json', '--disclosure', 'none']);
    expect(under.code).toBe(0);
    expect(parseReportJson(under.out).sources.staff).toMatchObject({ rowsRead: 40, rowsUsed: 39, rowsSkipped: 1 });
    const raised = await report(['--profile', council('raised', 3), '--skip-invalid', '--max-skipped', '0.1', '--format', 'json', '--disclosure', 'none']);
    expect(raised.code).toBe(0);
    expect(parseReportJson(raised.out).sources.staff).toMatchObject({ rowsRead: 40, rowsUsed: 37, rowsSkipped: 3 });
  });
});
