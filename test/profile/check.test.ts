/** The data-quality summary of `wres check`; every count is read off the rows built here. */
import { describe, expect, it } from 'vitest';
import { checkProfile, parseProfile, rawTable, renderProfileCheck } from '../../src/profile/index.js';

const staff = rawTable('staff.xlsx, sheet Staff', ['Employee Number', 'Ethnic Origin', 'Contract Type', 'Date Started', 'Leaving Date', 'Assignment'], [
  ['1', 'White British', 'Permanent', '01/04/2020', '', 'Primary'],
  ['1', 'White British', 'Casual', '01/04/2020', '', 'Secondary'],
  ['2', 'Indian', 'Agency', '15/06/2024', '30/09/2024', 'Primary'],
  ['3', 'Whtie British', 'Permanent', '01/01/2025', '', 'Primary'],
  ['4', '', 'Permanent', 'soon', '', 'Primary'],
]);
const cases = rawTable('casework.csv', ['Employee Number', 'Date Opened', 'Case Type'], [
  ['1', '03/05/2024', 'Disciplinary'],
  ['9', '03/06/2024', 'Disciplinary'],
  ['9', '03/07/2024', 'Disciplinary'],
  ['2', '03/08/2024', 'Grievance'],
]);
const profile = parseProfile({
  period: '2024-04-01..2025-03-31',
  dates: 'DD/MM/YYYY',
  sources: {
    staff: {
      columns: { id: 'Employee Number', ethnicity: 'Ethnic Origin', employment: 'Contract Type', startDate: 'Date Started', endDate: 'Leaving Date' },
      values: { employment: { direct: ['Permanent'], agency: ['Agency'], bank: ['Casual'] } },
      keep: [{ column: 'Assignment', in: ['Primary'] }],
    },
    disciplinaryCases: { columns: { staffId: 'Employee Number', date: 'Date Opened' }, keep: [{ column: 'Case Type', in: ['Disciplinary'] }] },
  },
});

describe('checkProfile', () => {
  const check = checkProfile(profile, { staff, disciplinaryCases: cases }, 'profile.yaml');

  it('counts rows read, left out, with problems and used, with the reasons', () => {
    expect(check.ok).toBe(false);
    expect(check.sources.staff).toMatchObject({ rowsRead: 5, rowsLeftOut: 1, rowsMerged: 0, rowsSkipped: 1, rowsUsed: 3 });
    expect(check.sources.staff?.skippedReasons).toEqual([{ reason: 'startDate is not a date in the form DD/MM/YYYY (also read: D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY, "01 Apr 2024", YYYY-MM-DD)', count: 1 }]);
    expect(check.sources.disciplinaryCases).toMatchObject({ rowsRead: 4, rowsLeftOut: 1, rowsSkipped: 2, rowsUsed: 1, unlinked: { rows: 2, ids: ['9'] } });
  });

  it('gives each field\'s completeness, the values seen after mapping, and date ranges against the period', () => {
    const fields = check.sources.staff!.fields;
    // Kept rows: 1, 2, 3, 4 (the secondary assignment is left out).
    expect(fields.employment).toEqual({ column: 'Contract Type', filled: 4, blank: 0, completeness: 1, values: [{ value: 'direct', count: 3 }, { value: 'agency', count: 1 }] });
    expect(fields.endDate).toMatchObject({ filled: 1, blank: 3, completeness: 0.25, earliest: '2024-09-30', latest: '2024-09-30' });
    // Used records 1, 2, 3: start dates 2020-04-01 (before the period), 2024-06-15 and 2025-01-01 (in it).
    expect(fields.startDate?.period).toEqual({ before: 1, within: 2, after: 0 });
  });

  it('gives ethnicity completeness over the records used, and the spellings not recognised', () => {
    expect(check.sources.staff?.ethnicity).toEqual({ completeness: 2 / 3, unrecognised: [{ value: 'Whtie British', count: 1 }] });
  });

  it('lists every problem as a located sentence', () => {
    expect(check.problems.map((p) => `${p.origin} ${p.field}`)).toEqual(['staff.xlsx, sheet Staff startDate', 'casework.csv staffId']);
  });

  it('is JSON-serialisable', () => {
    expect(JSON.parse(JSON.stringify(check))).toEqual(check);
  });
});

describe('renderProfileCheck', () => {
  it('writes a section per source, a table of fields and the problems', () => {
    const text = renderProfileCheck(checkProfile(profile, { staff, disciplinaryCases: cases }, 'profile.yaml'));
    expect(text).toContain('2 problems to fix before a report can be made (listed at the end).');
    expect(text).toContain('## staff (staff.xlsx, sheet Staff)\n\nRows read: 5; left out by keep: 1; merged (duplicates): 0; with problems: 1; used: 3.');
    expect(text).toContain('| employment | Contract Type | 100.0% | direct: 3; agency: 1 |');
    expect(text).toContain('| startDate | Date Started | 100.0% | 2020-04-01 to 2025-01-01 (before the period: 1, in it: 2, after it: 0) |');
    expect(text).toContain('Ethnicity known: 66.6%; not recognised (counted as unknown): "Whtie British" (1).');
    expect(text).toContain('Staff ids matching no staff row: 2 rows, e.g. "9".');
    expect(text).toContain('- casework.csv, row 3, field "staffId": "9" matches no staff row (2 rows, the first at rows 3, 4); check that both files use the same staff numbers');
  });

  it('says when a report can be made as the files are', () => {
    const clean = rawTable('staff.csv', ['id', 'ethnicity'], [['1', 'Indian']]);
    expect(renderProfileCheck(checkProfile(parseProfile({ sources: { staff: {} } }), { staff: clean }))).toContain('No problems: a report can be made from these files as they are.');
  });
});
