/**
 * readSourceTables: export files as bytes (as a browser page has them) to tables, each read with
 * its source's settings from the profile, every file's problem in one error.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, WresInputError } from '../../src/errors.js';
import { parseProfile, readSourceTables } from '../../src/profile/index.js';
import { makeXlsx } from '../read/xlsx-fixture.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readSourceTables', () => {
  it('reads each file with its source\'s skipRows, delimiter and encoding', () => {
    const profile = parseProfile({
      sources: { staff: { skipRows: 1 }, cpd: { delimiter: ';', encoding: 'windows-1252' } },
    });
    const tables = readSourceTables(profile, {
      staff: { name: 'staff.csv', bytes: utf8('Staff list, March 2025\nEmployee Number,Ethnic Origin\n1042,White British\n') },
      // "£45.00" in Windows-1252: 0xA3 is the pound sign.
      cpd: { name: 'lms.csv', bytes: new Uint8Array([...utf8('Employee No;Cost\n1042;'), 0xa3, ...utf8('45.00\n')]) },
    });
    expect(tables.staff?.header).toEqual(['Employee Number', 'Ethnic Origin']);
    expect(tables.staff?.rowNumber(0)).toBe(3);
    expect(tables.cpd?.cell(0, 1)).toBe('£45.00');
    expect(tables.cpd?.format).toMatchObject({ kind: 'csv', encoding: 'windows-1252', delimiter: ';' });
  });

  it('reads every file before throwing, and lists each file\'s problem', () => {
    const profile = parseProfile({ sources: { staff: { sheet: 'Staff' } } });
    let error: unknown;
    try {
      readSourceTables(profile, {
        staff: { name: 'staff.pdf', bytes: utf8('%PDF-1.7\n') },
        survey: { name: 'survey.csv', bytes: new Uint8Array(0) },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WresInputError);
    const issues = (error as WresInputError).issues;
    expect(issues.map((i) => i.source)).toEqual(['staff', 'survey']);
    expect((error as WresInputError).message).toMatch(/^The export files have 2 problems:/);
    expect(issues[0]?.message).toMatch(/PDF/);
  });

  it('places a reader\'s row problem in its file: a sheet row as "file, sheet S, row N", a CSV line as "file, row N", never "CSV row" for a workbook', () => {
    // Row 3 of the sheet holds a cell that points at shared string 99 of a workbook with two: a damaged value.
    const workbook = makeXlsx({ sheets: [{ name: 'People', rows: [['Employee Number', 'Ethnic Origin'], ['E1', 'Indian'], ['E2', { raw: '<c r="B3" t="s"><v>99</v></c>' }]] }] });
    const profile = parseProfile({ sources: { staff: { sheet: 'People' } } });
    let error: unknown;
    try {
      readSourceTables(profile, {
        staff: { name: 'staff.xlsx', bytes: workbook },
        // Line 3 has one field fewer than the header.
        cpd: { name: 'lms.csv', bytes: utf8('Employee No,Completed\nE1,01/05/2024\nE2\n') },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WresInputError);
    const lines = (error as WresInputError).issues.map(formatIssue);
    // Expected wording: the sentence form of src/errors.ts (location, then the problem) for the two rows above.
    expect(lines).toEqual([
      'staff.xlsx, sheet People, row 3: cell "B3" points at a shared string the workbook does not have (the workbook is damaged: open it in Excel and save it again).',
      'lms.csv, row 3: has 1 field but the header has 2 (a value may hold a line break without quotes around it).',
    ]);
  });
});
