/**
 * The files around a run (issue 13, items 3 and 16): `--out` never destroys an input and is written
 * whole or not at all; `--out -` is standard output; `-` reads one source from standard input.
 */
import { existsSync, linkSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportJson } from '../../src/render/json.js';
import { csvFolder } from '../csv/helpers.js';
import { wres } from './spawn.js';

const folder = csvFolder('wres-files-');
const period = ['--period', '2024-04-01..2025-03-31'];
const STAFF = 'id,ethnicity,payBand\r\nS1,White British,A\r\nS2,Indian,B\r\nS3,Pakistani,A\r\n';

describe('--out', () => {
  it('refuses to overwrite an input file (exit 2), by the same name, another path, or a link, and leaves it as it was', () => {
    const staff = folder.file('staff.csv', STAFF);
    const cases = folder.file('cases.csv', 'staffId,date\r\nS1,2024-06-01\r\n');
    const hardLink = join(folder.dir, 'hard-link.csv');
    linkSync(cases, hardLink);
    const softLink = join(folder.dir, 'soft-link.csv');
    symlinkSync(staff, softLink);
    for (const [out, flag] of [[staff, '--staff'], [join(folder.dir, '.', 'staff.csv'), '--staff'], [hardLink, '--disciplinary'], [softLink, '--staff']] as const) {
      const run = wres(['report', '--staff', staff, '--disciplinary', cases, ...period, '--out', out]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`--out "${out}" is the ${flag} file: writing the report there would destroy it`);
      expect(run.stderr).not.toContain('    at ');
    }
    expect(readFileSync(staff, 'utf8')).toBe(STAFF);
    expect(readFileSync(cases, 'utf8')).toBe('staffId,date\r\nS1,2024-06-01\r\n');
  });

  it('refuses to overwrite the column mapping file', () => {
    const staff = folder.file('staff-m.csv', STAFF);
    const mapping = folder.file('columns.json', '{ "staff": {} }');
    const run = wres(['report', '--staff', staff, ...period, '--columns', mapping, '--out', mapping]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is the --columns file');
    expect(readFileSync(mapping, 'utf8')).toBe('{ "staff": {} }');
  });

  it('replaces an earlier report whole, leaving no temporary file behind', () => {
    const staff = folder.file('staff-r.csv', STAFF);
    const out = folder.file('report.json', 'an earlier report');
    const run = wres(['report', '--staff', staff, ...period, '--format', 'json', '--out', out]);
    expect(run.status).toBe(0);
    expect(parseReportJson(readFileSync(out, 'utf8')).sources.staff.rowsRead).toBe(3);
    expect(readdirSync(folder.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes to standard output for --out -, creating no file named "-"', () => {
    const staff = folder.file('staff-o.csv', STAFF);
    const run = wres(['report', '--staff', staff, ...period, '--format', 'json', '--out', '-']);
    expect(run.status).toBe(0);
    expect(parseReportJson(run.stdout).sources.staff.rowsRead).toBe(3);
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
    const schema = wres(['schema', '--out', '-']);
    expect(JSON.parse(schema.stdout)).toHaveProperty('properties.staff');
  });
});

describe('standard input as a source', () => {
  it('reads the staff file from standard input given as -', () => {
    const run = wres(['report', '--staff', '-', ...period, '--format', 'json'], STAFF);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(parseReportJson(run.stdout).sources.staff).toMatchObject({ rowsRead: 3, rowsUsed: 3 });
  });

  it('names standard input, not a temporary file, in problems', () => {
    const run = wres(['report', '--staff', '-', ...period], 'id,ethnicity,startDate\nS1,Indian,2024-02-30\n');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('standard input: staff CSV row 2, field "startDate": "2024-02-30" is not a real calendar date.');
    expect(run.stderr).not.toContain('wres-stdin-');
  });

  it('takes standard input for one source only', () => {
    const run = wres(['report', '--staff', '-', '--survey', '-', ...period], STAFF);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Only one file can come from standard input ("-"), but --staff and --survey both name it.');
  });
});
