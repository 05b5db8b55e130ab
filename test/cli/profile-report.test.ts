/**
 * `wres report --profile`: the example council's raw exports through its profile, as an analyst
 * runs it. Expected counts come from the generator's own records (test/examples/council-reference.ts),
 * not from the library's file or profile code.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeOptions } from '../../src/cli/commands/profile-report.js';
import { run } from '../../src/cli/run.js';
import type { WresReport } from '../../src/model/report.js';
import { parseReportJson } from '../../src/render/json.js';
import { COUNCIL_COUNTS } from '../examples/council-reference.js';
import { countsOf, expectSame } from '../independent/report-counts.js';
import { captureIo as io } from './io.js';

const RAW = join(import.meta.dirname, '../../examples/council/raw');
const PROFILE = join(RAW, 'profile.yaml');
const original = readFileSync(PROFILE, 'utf8');

/** A copy of the raw exports whose profile has `edit` applied, in a temporary folder. */
const folders: string[] = [];
function rawCopy(edit: (profile: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wres-profile-'));
  folders.push(dir);
  cpSync(RAW, dir, { recursive: true });
  const profile = join(dir, 'profile.yaml');
  const edited = edit(original);
  expect(edited, 'the edit changes the profile').not.toBe(original);
  writeFileSync(profile, edited);
  return profile;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});


async function report(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const sink = io();
  const code = await run(['report', ...args], sink);
  return { code, out: sink.out, err: sink.err };
}

describe('wres report --profile on the raw exports', () => {
  it('counts exactly what the generator drew (all nine metrics), with the profile\'s period, bands and organisation', async () => {
    const { code, out, err } = await report(['--profile', PROFILE, '--format', 'json', '--disclosure', 'none']);
    expect(err).not.toContain('wres:');
    expect(code).toBe(0);
    // Without disclosure control every figure is a number: the report as computeReport gives it.
    const parsed = parseReportJson(out) as WresReport;
    expectSame(countsOf(parsed, undefined), COUNCIL_COUNTS);
    expect(parsed.period).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(parsed.organisation).toMatchObject({ name: 'Example Borough Council (synthetic)', populationMinorityShare: 0.46 });
  });

  it('says what it left out and which columns it did not use, on standard error', async () => {
    const { code, err } = await report(['--profile', PROFILE]);
    expect(code).toBe(0);
    expect(err).toContain('staff.xlsx, sheet Staff (staff): 201 of 3,801 rows left out by its "keep" rules; columns not used: "Assignment Number", "Job Title", "FTE".');
    expect(err).toMatch(/casework\.csv \(disciplinaryCases\): 144 of 242 rows left out by its "keep" rules/);
  });

  it('lets flags override the profile: --period, --pay-bands, --terminology beside the profile\'s ethnicity options', async () => {
    const { code, out } = await report([
      '--profile', PROFILE, '--format', 'json', '--disclosure', 'none', '--period', '2024-04-01..2024-09-30',
      '--pay-bands', 'Scale 1-2,Scale 3-4,Scale 5-6,SO1-SO2,PO1-PO4,PO5-PO8,Senior management', '--terminology', 'Global Majority',
      '--organisation-name', 'Northbrook',
    ]);
    expect(code).toBe(0);
    const parsed = parseReportJson(out) as WresReport;
    expect(parsed.period).toEqual({ start: '2024-04-01', end: '2024-09-30' });
    expect(parsed.options.terminology).toBe('Global Majority');
    expect(parsed.organisation).toMatchObject({ name: 'Northbrook', populationMinorityShare: 0.46 });
    // Half a year: fewer leavers than the whole year's 169 + 185.
    const leavers = parsed.metrics[7]!.comparisons[0]!;
    expect(leavers.focal.count + leavers.reference.count).toBeLessThan(169 + 185);
  });
});

describe('wres report --profile: problems exit 2 with a sentence', () => {
  it('a value the mapping does not list: every such value with its count, and the mapping that fixes it', async () => {
    const profile = rawCopy((p) => p.replace('direct: [Permanent, Fixed Term]', 'direct: [Permanent]'));
    const { code, out, err } = await report(['--profile', profile]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('"Fixed Term" (362 rows)');
    expect(err).toContain('sources.staff.values.employment');
  });

  it('a keep rule that keeps no row: the values the column holds', async () => {
    const profile = rawCopy((p) => p.replace('in: [Formal]', 'in: [Formal stage]'));
    const { code, err } = await report(['--profile', profile]);
    expect(code).toBe(2);
    expect(err).toMatch(/keeps no row: "Formal" \(140 rows\), "Informal" \(102 rows\)/);
  });

  it('dates in another form than the profile says: the form they look like', async () => {
    const profile = rawCopy((p) => p.replace('dates: DD/MM/YYYY ', 'dates: YYYY-MM-DD '));
    const { code, err } = await report(['--profile', profile]);
    expect(code).toBe(2);
    expect(err).toContain('looks like DD/MM/YYYY: set "dates": "DD/MM/YYYY"');
    expect(err).toContain('2,160 rows');
  });

  it('a file the profile names that is not there: the file, and where the profile names it', async () => {
    const profile = rawCopy((p) => p.replace('file: lms.txt', 'file: lms-2025.txt'));
    const { code, err } = await report(['--profile', profile]);
    expect(code).toBe(2);
    expect(err).toMatch(/lms-2025\.txt cannot be read: there is no such file \(sources\.cpd\.file in profile\.yaml, relative to its folder\)/);
  });

  it('no period in the profile or on the command line', async () => {
    const profile = rawCopy((p) => p.replace('period: 2024-04-01..2025-03-31\n', ''));
    const { code, err } = await report(['--profile', profile]);
    expect(code).toBe(2);
    expect(err).toContain('"period" is not set: add "period: 2024-04-01..2025-03-31"');
  });

  it('a profile that is not there, and --columns beside --profile', async () => {
    const missing = await report(['--profile', join(RAW, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('nope.yaml" cannot be read: there is no such file');
    const both = await report(['--profile', PROFILE, '--columns', 'c.json']);
    expect(both.code).toBe(2);
    expect(both.err).toContain('Give --columns or --profile, not both');
  });
});

describe('wres report --profile --skip-invalid', () => {
  it('counts the rows the profile skipped in the report\'s sources, with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wres-profile-'));
    folders.push(dir);
    cpSync(RAW, dir, { recursive: true });
    // One application dated 31 February (applications.csv is Windows-1252: the line is ASCII).
    const path = join(dir, 'applications.csv');
    const bytes = readFileSync(path);
    const text = bytes.toString('latin1');
    const line = text.split('\r\n')[5]!;
    const date = /,(\d{2}\/\d{2}\/\d{4}),/.exec(line)![1]!;
    writeFileSync(path, Buffer.from(text.replace(line, line.replace(date, '31/02/2024')), 'latin1'));
    const strict = await report(['--profile', join(dir, 'profile.yaml')]);
    expect(strict.code).toBe(2);
    expect(strict.err).toContain('applications.csv, row 6, field "date": "31/02/2024"');
    const { code, out, err } = await report(['--profile', join(dir, 'profile.yaml'), '--skip-invalid', '--format', 'json', '--disclosure', 'none']);
    expect(code).toBe(0);
    expect(err).toMatch(/applications\.csv \(applications\): 1 of 2,160 rows skipped as invalid \(--skip-invalid\)/);
    const parsed = parseReportJson(out) as WresReport;
    expect(parsed.sources.applications).toMatchObject({ rowsRead: 2160, rowsUsed: 2159, rowsSkipped: 1 });
    expect(parsed.sources.applications.skippedReasons).toEqual([{ reason: expect.stringContaining('date') as string, count: 1 }]);
  });
});

describe('mergeOptions', () => {
  const period = { start: '2024-04-01', end: '2025-03-31' };
  it('puts flags over the profile, merging nested options and replacing the other kind of band', () => {
    expect(
      mergeOptions(
        { payBands: ['A'], ethnicity: { mapping: { X: 'Indian' } }, intervals: { level: 0.9 }, period: { start: '2020-01-01', end: '2020-12-31' } },
        { period, ethnicity: { terminology: 'BAME' }, salaryBands: [30000] },
        false,
      ),
    ).toEqual({ salaryBands: [30000], ethnicity: { mapping: { X: 'Indian' }, terminology: 'BAME' }, intervals: { level: 0.9 }, period: { start: '2020-01-01', end: '2020-12-31' } });
    expect(mergeOptions({ period: { start: '2020-01-01', end: '2020-12-31' } }, { period }, true)).toEqual({ period });
  });
});
