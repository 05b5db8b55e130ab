import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { run } from '../../src/cli/run.js';
import { captureIo } from './io.js';
import { CSV_COLUMNS } from '../../src/render/csv.js';
import { parseReportJson } from '../../src/render/json.js';
import { writeCouncil } from './data.js';

const council = writeCouncil();
afterAll(() => rmSync(council.dir, { recursive: true, force: true }));

const io = captureIo;

const period = ['--period', '2024-04-01..2025-03-31'];

describe('parseCommandLine', () => {
  it('reads the pinned flags into report options', () => {
    const parsed = parseCommandLine([
      'report', '--staff', 's.csv', '--fitness-to-practise', 'f.csv', '--period', '2024-04-01..2025-03-31',
      '--pay-bands', '"Band A, lower",Band B', '--format', 'csv', '--disclosure', 'ons-10-5', '--out', 'r.csv',
      '--population-minority-share', '46%', '--level', '0.9', '--white-minorities', 'minority', '--terminology', 'Global Majority',
      '--service', 'children', '--standard', 'nhs-wres', '--breakdown', 'broad-groups', '--ratio-method', 'katz-log', '--skip-invalid',
    ]);
    expect(parsed).toEqual({
      ok: true,
      value: {
        command: 'report',
        files: { staff: 's.csv', fitnessToPractiseReferrals: 'f.csv' },
        options: {
          period: { start: '2024-04-01', end: '2025-03-31' },
          payBands: ['Band A, lower', 'Band B'],
          standard: 'nhs-wres',
          scope: { service: 'children' },
          ethnicity: { terminology: 'Global Majority', whiteMinorities: 'minority' },
          breakdown: 'broad-groups',
          intervals: { level: 0.9, ratio: 'katz-log' },
          disclosure: 'ons-10-5',
        },
        format: 'csv',
        lenient: true,
        organisation: { populationMinorityShare: 0.46 },
        periodGiven: true,
        out: 'r.csv',
      },
    });
  });

  it('collects every problem at once', () => {
    const parsed = parseCommandLine(['report', '--period', '2024-04-01', '--salary-bands', '70000,30000', '--level', '95', '--population', 'everyone', 'extra']);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      'Unexpected argument "extra".',
      '--staff is required: the CSV file of staff records (or --profile, an import profile that names the files).',
      '--period must be START..END, e.g. 2024-04-01..2025-03-31 (got "2024-04-01").',
      '--salary-bands must be in ascending order (got "70000,30000").',
      '--population must be one of at-risk, snapshot (got "everyone").',
      '--level must be a number between 0 and 1, e.g. 0.95 (got "95").',
    ]);
  });

  it('knows the commands, help and version', () => {
    expect(parseCommandLine(['--version'])).toEqual({ ok: true, value: { command: 'version' } });
    expect(parseCommandLine([])).toMatchObject({ ok: false });
    expect(parseCommandLine(['--help'])).toEqual({ ok: true, value: { command: 'help', topic: 'main' } });
    expect(parseCommandLine(['help', 'report'])).toEqual({ ok: true, value: { command: 'help', topic: 'report' } });
    expect(parseCommandLine(['schema', '-h'])).toEqual({ ok: true, value: { command: 'help', topic: 'schema' } });
    expect(parseCommandLine(['publish'])).toMatchObject({ ok: false, problems: ['Unknown command "publish": the commands are init, check, report, schema and collate (see "wres --help").'] });
    expect(parseCommandLine(['schema', '--staff', 'x'])).toMatchObject({ ok: false, problems: ['--staff is not an option of "wres schema".'] });
    expect(parseCommandLine(['report', '--period', '2025-04-01..2024-03-31', '--staff', 'x'])).toMatchObject({
      ok: false,
      problems: ['--period starts after it ends (2025-04-01 is after 2024-03-31).'],
    });
  });
});

describe('run', () => {
  it('prints a CSV report with the documented columns, one row per comparison', async () => {
    const sink = io();
    const code = await run(['report', '--staff', council.staff, '--applications', council.applications, ...period, '--format', 'csv'], sink);
    expect(code).toBe(0);
    const rows = Papa.parse<Record<string, string>>(sink.out, { header: true, skipEmptyLines: true });
    expect(rows.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(rows.data.find((r) => r['key'] === 'appointed-from-shortlisting')).toMatchObject({ metric_number: '2', group: 'minority', status: 'ok' });
  });

  it('prints the JSON Schema of the dataset', async () => {
    const sink = io();
    expect(await run(['schema'], sink)).toBe(0);
    const schema = JSON.parse(sink.out) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toContain('staff');
  });

  it('applies a column mapping file and skips bad rows with --skip-invalid, counting them in the report', async () => {
    const staff = join(council.dir, 'hr-export.csv');
    writeFileSync(staff, 'Employee No,Ethnic origin,Grade,Start\nE1,White British,A,2020-01-01\nE2,Indian,B,2024-02-30\nE3,Indian,B,2021-01-01\n');
    const mapping = join(council.dir, 'columns.json');
    writeFileSync(mapping, JSON.stringify({ staff: { 'Employee No': 'id', 'Ethnic origin': 'ethnicity', Grade: 'payBand', Start: 'startDate' } }));
    const sink = io();
    const code = await run(['report', '--staff', staff, '--columns', mapping, ...period, '--skip-invalid', '--max-skipped', '1', '--format', 'json'], sink);
    expect(sink.err).toContain('1 of 3 rows skipped as invalid');
    expect(code).toBe(0);
    const report = parseReportJson(sink.out);
    expect(report.sources.staff).toMatchObject({ rowsRead: 3, rowsUsed: 2, rowsSkipped: 1 });
  });

  it('reports a bad mapping file and a bad ethnicity mapping file as input problems (exit 2)', async () => {
    const bad = join(council.dir, 'bad.json');
    writeFileSync(bad, '{ not json');
    const sink = io();
    const code = await run(['report', '--staff', council.staff, ...period, '--columns', bad, '--ethnicity-mapping', join(council.dir, 'none.json')], sink);
    expect(code).toBe(2);
    expect(sink.err).toContain(`--columns file "${bad}" is not valid JSON`);
    expect(sink.err).toContain('--ethnicity-mapping file');
    expect(sink.err).toContain('there is no such file');
  });

  it('names a missing required column and the file', async () => {
    const staff = join(council.dir, 'no-ethnicity.csv');
    writeFileSync(staff, 'id,grade\n1,A\n');
    const sink = io();
    expect(await run(['report', '--staff', staff, ...period], sink)).toBe(2);
    expect(sink.err).toContain(`${staff}: staff, field "ethnicity" is a required column but the file "${staff}" has no such column`);
  });

  it('reports an unknown disclosure preset with exit 2', async () => {
    const sink = io();
    expect(await run(['report', '--staff', council.staff, ...period, '--disclosure', 'secret'], sink)).toBe(2);
    expect(sink.err).toContain('--disclosure must be one of sc-wres-publication, ons-10-5, nhs-digital, none (got "secret").');
  });

  it('says when --out cannot be written', async () => {
    const sink = io();
    expect(await run(['report', '--staff', council.staff, ...period, '--out', join(council.dir, 'no', 'such', 'r.md')], sink)).toBe(2);
    expect(sink.err).toContain('its folder does not exist');
  });

  it('shows no progress for small inputs even on a terminal', async () => {
    const sink = io(true);
    const out = join(council.dir, 'small.md');
    expect(await run(['report', '--staff', council.staff, ...period, '--out', out], sink)).toBe(0);
    expect(sink.err).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('## Metric 9');
  });

  it('names the file, the row and the column of every bad row, CSV-level and record-level, in row order (strict)', async () => {
    const staff = join(council.dir, 'staff-two-bad.csv');
    // Physical lines: header 1, S1 2, S2 3 (one field short), S3 4 (impossible date).
    writeFileSync(staff, 'id,ethnicity,startDate\nS1,Indian,2020-01-01\nS2,Indian\nS3,Indian,2024-02-30\n');
    const cases = join(council.dir, 'cases-unknown.csv');
    writeFileSync(cases, 'staffId,date\nS1,2024-06-01\nS9,2024-07-01\n');
    const sink = io();
    expect(await run(['report', '--staff', staff, '--disciplinary', cases, ...period], sink)).toBe(2);
    expect(sink.out).toBe('');
    expect(sink.err).toBe(
      'wres: the input has 3 problems; no report was written:\n' +
        `  ${staff}: staff CSV row 3: has 2 fields but the header has 3.\n` +
        `  ${staff}: staff CSV row 4, field "startDate": "2024-02-30" is not a real calendar date.\n` +
        `  ${cases}: disciplinaryCases CSV row 3, field "staffId": "S9" matches no staff record.\n` +
        'Correct these rows, or run with --skip-invalid to leave bad rows out (the report then counts them).\n',
    );
  });

  it('with --skip-invalid counts CSV-level rejects with the skipped rows, in the note and in the report', async () => {
    const staff = join(council.dir, 'staff-short-row.csv');
    writeFileSync(staff, 'id,ethnicity,startDate\nS1,Indian,2020-01-01\nS2,Indian\nS3,Indian,2024-02-30\nS4,White British,2021-01-01\n');
    const sink = io();
    expect(await run(['report', '--staff', staff, ...period, '--skip-invalid', '--max-skipped', '1', '--format', 'json'], sink)).toBe(0);
    expect(sink.err).toContain(`Note: ${staff}: 2 of 4 rows skipped as invalid (--skip-invalid): `);
    expect(sink.err).toContain('1 row has a different number of fields from the header');
    const report = parseReportJson(sink.out);
    expect(report.sources.staff).toMatchObject({ rowsRead: 4, rowsUsed: 2, rowsSkipped: 2 });
  });
});
