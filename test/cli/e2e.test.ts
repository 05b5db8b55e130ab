/**
 * The program as a user runs it: a child process running src/cli/main.ts through tsx (no build
 * needed), on real CSV files in a temporary folder.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { readCsvDataset } from '../../src/csv/index.js';
import { parseReportJson } from '../../src/render/json.js';
import { computeReport } from '../../src/report/compute-report.js';
import { writeCouncil } from './data.js';
import { type Run, wres as spawnWres } from './spawn.js';

const council = writeCouncil();
afterAll(() => rmSync(council.dir, { recursive: true, force: true }));

function wres(...args: string[]): Run {
  return spawnWres(args);
}

const period = ['--period', '2024-04-01..2025-03-31'];
const inputs = [
  '--staff', council.staff,
  '--applications', council.applications,
  '--disciplinary', council.disciplinary,
  '--cpd', council.cpd,
  '--survey', council.survey,
];

describe('wres (end to end)', () => {
  it('exits 0 and prints, as JSON, exactly the report computeReport gives for the same files', async () => {
    const run = wres('report', ...inputs, ...period, '--pay-bands', 'Scale 1-2,Scale 3-4,PO1-PO4,Senior management', '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const expected = computeReport(
      await readCsvDataset({ staff: council.staff, applications: council.applications, disciplinaryCases: council.disciplinary, cpd: council.cpd, survey: council.survey }),
      { period: { start: '2024-04-01', end: '2025-03-31' }, payBands: ['Scale 1-2', 'Scale 3-4', 'PO1-PO4', 'Senior management'], validation: 'strict' },
    );
    const printed = parseReportJson(run.stdout);
    expect(printed).toEqual(expected);
    expect(printed.metrics).toHaveLength(9);
    expect(printed.metrics[3]!.status).toBe('no-data'); // no fitness-to-practise file given
  });

  it('rejects an impossible date with exit 2, naming the file, the source, the row and the column, without a stack trace', () => {
    const bad = join(council.dir, 'staff-bad.csv');
    // Row 4 of the file: header (1), two records (2, 3), then the bad record.
    writeFileSync(bad, 'id,ethnicity,startDate\r\nS1,White British,2020-01-01\r\nS2,Indian,2021-01-01\r\nS3,Indian,2024-02-30\r\n');
    const run = wres('report', '--staff', bad, ...period);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(bad);
    expect(run.stderr).toContain('staff CSV row 4, field "startDate": "2024-02-30"');
    expect(run.stderr).not.toContain('    at ');
  });

  it('exits 2 on bad flags and lists every problem', () => {
    const run = wres('report', '--staff', council.staff, '--period', '2024-04-01..2024-02-30', '--format', 'xml', '--colour');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--period end "2024-02-30" is not a real date');
    expect(run.stderr).toContain('--format must be one of md, json, csv, html (got "xml").');
    expect(run.stderr).toContain('Unknown option --colour');
    expect(run.stderr).not.toContain('    at ');
  });

  it('exits 2 for a file that does not exist', () => {
    const run = wres('report', '--staff', join(council.dir, 'nope.csv'), ...period);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('nope.csv');
    expect(run.stderr).toContain('there is no such file');
  });

  it('prints help and the version from package.json', () => {
    const help = wres('report', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('wres report --staff staff.csv --period START..END');
    const version = wres('--version');
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${packageJson.version}\n`);
  });

  it('writes the report to --out and nothing to standard output', () => {
    const out = join(council.dir, 'report.md');
    const run = wres('report', '--staff', council.staff, ...period, '--disclosure', 'sc-wres-publication', '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('# Social Care Workforce Race Equality Standard (SC-WRES) report')).toBe(true);
    expect(text).toContain('Policy: **sc-wres-publication**');
  });
});
