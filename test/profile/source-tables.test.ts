/**
 * readSourceTables: export files as bytes (as a browser page has them) to tables, each read with
 * its source's settings from the profile, every file's problem in one error.
 */
import { describe, expect, it } from 'vitest';
import { WresInputError } from '../../src/errors.js';
import { parseProfile, readSourceTables } from '../../src/profile/index.js';

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
});
