/**
 * Reading an import profile and its files from disk (sc-wres/csv applyProfileFile and friends):
 * paths relative to the profile's folder, every file's problem in one error, files given by the
 * caller replacing the profile's.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyProfileFile, readProfileFile, readProfileTables } from '../../src/csv/index.js';
import { WresInputError, formatIssue } from '../../src/errors.js';

const RAW = join(import.meta.dirname, '../../examples/council/raw');
const dir = mkdtempSync(join(tmpdir(), 'wres-profile-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function messages(error: unknown): string[] {
  if (!(error instanceof WresInputError)) throw error;
  return error.issues.map(formatIssue);
}

describe('applyProfileFile', () => {
  it('reads files relative to the profile\'s folder, not the working folder', async () => {
    copyFileSync(join(RAW, 'staff.xlsx'), join(dir, 'staff.xlsx'));
    const profile = join(dir, 'profile.yaml');
    writeFileSync(
      profile,
      'period: 2024-04-01..2025-03-31\nsources:\n  staff:\n    file: staff.xlsx\n    skipRows: 2\n    columns: { id: Employee Number, ethnicity: Ethnic Origin }\n    keep: [{ column: Assignment, in: [Primary] }]\n',
    );
    const applied = await applyProfileFile(relative(process.cwd(), profile));
    expect(applied.sources.staff).toMatchObject({ rowsRead: 3801, rowsLeftOut: 201, records: 3600 });
    expect(applied.options.period).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(applied.tables.staff?.format).toMatchObject({ kind: 'xlsx', sheet: 'Staff' });
  });

  it('lists the problem of every file in one error: a missing file, a source without a file, a PDF named .csv', async () => {
    writeFileSync(join(dir, 'survey.csv'), '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n');
    const profile = join(dir, 'broken.yaml');
    writeFileSync(
      profile,
      'sources:\n  staff: { file: staff-2025.xlsx }\n  cpd: { columns: { staffId: Employee No } }\n  survey: { file: survey.csv }\n',
    );
    const error = await applyProfileFile(profile).catch((e: unknown) => e);
    const lines = messages(error);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/staff-2025\.xlsx cannot be read: there is no such file \(sources\.staff\.file in broken\.yaml, relative to its folder\)/);
    expect(lines[1]).toMatch(/sources\.cpd\.file" is missing in broken\.yaml: name the export file of cpd/);
    expect(lines[2]).toMatch(/survey\.csv is a PDF document/);
  });

  it('takes a file given for a source instead of the profile\'s, relative to the working folder', async () => {
    const profileFile = await readProfileFile(join(RAW, 'profile.yaml'));
    const alternative = join(dir, 'staff-copy.xlsx');
    copyFileSync(join(RAW, 'staff.xlsx'), alternative);
    const { files, tables } = await readProfileTables(profileFile, { staff: relative(process.cwd(), alternative) });
    // Named as the person sees them: outside the working folder by the full path, inside it relative to it.
    expect(files.staff).toBe(alternative);
    expect(files.cpd).toBe(relative(process.cwd(), join(RAW, 'lms.txt')));
    expect(tables.staff?.origin).toBe(`${alternative}, sheet Staff`);
  });

  it('names a profile that cannot be read, and one that is not valid', async () => {
    expect(messages(await readProfileFile(join(dir, 'none.yaml')).catch((e: unknown) => e))[0]).toContain('none.yaml" cannot be read: there is no such file');
    writeFileSync(join(dir, 'typo.yaml'), 'sources:\n  staff:\n    colums: {}\n');
    expect(messages(await readProfileFile(join(dir, 'typo.yaml')).catch((e: unknown) => e)).join('\n')).toContain('did you mean "columns"');
  });
});
