/**
 * detectSkipRows: the title lines above an export's header, as `wres init` needs them. Each expected
 * count is the number of lines (or sheet rows) above the header in the fixture, counted by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSkipRows, readTable } from '../../src/read/index.js';
import { makeXlsx } from './xlsx-fixture.js';
import { utf8 } from './helpers.js';


describe('detectSkipRows', () => {
  it.each([
    ['no title', 'id,grade,band\n1,PO3,x\n2,SO1,y\n', 0],
    ['two title lines and a blank line, no delimiters in them', 'Northbrook Council\nStaff at 31/03/2025\n\nid,grade,band\n1,PO3,x\n', 3],
    ['Excel-style titles padded with delimiters', 'Staff list;;\nRun by: HR;;\nid;grade;band\n1;PO3;x\n2;;y\n', 2],
    ['a title that holds a value and a date (two cells) above eight columns', 'Report,31/03/2025\na,b,c,d,e,f,g,h\n1,2,3,4,5,6,7,8\n', 1],
    ['a tab-separated export with a title', 'Survey export\nQ1\tQ2\tQ12 Ethnic group\nYes\tNo\tA1\n', 1],
    ['a one-column file', 'id\n1\n2\n', 0],
    ['a header whose rows leave some cells empty', 'Staff\nid,start,end,grade\n1,2020-01-01,,PO1\n2,2021-01-01,,PO2\n', 1],
  ])('%s', (_, text, expected) => {
    const skipRows = detectSkipRows(utf8(text), { name: 'x.csv' });
    expect(skipRows).toBe(expected);
    // What it found reads: the header is then the row after the titles.
    expect(readTable(utf8(text), { name: 'x.csv', skipRows }).rowCount).toBeGreaterThan(0);
  });

  it('finds the title row above an .xlsx header (openpyxl fixture: one title row)', () => {
    const bytes = new Uint8Array(readFileSync(new URL('fixtures/openpyxl-staff.xlsx', import.meta.url)));
    expect(detectSkipRows(bytes, { name: 'staff.xlsx' })).toBe(1);
  });

  it('counts sheet rows, blank ones included, in the sheet asked for', () => {
    const workbook = makeXlsx({
      sheets: [
        { name: 'Cover', rows: [['a', 'b'], [1, 2]] },
        { name: 'Staff', rows: [['Northbrook Council'], null, ['Run 31/03/2025', null, null], ['id', 'grade', 'band'], [1, 'PO3', 'x']] },
      ],
    });
    expect(detectSkipRows(workbook, { name: 'x.xlsx', sheet: 'Staff' })).toBe(3);
    expect(detectSkipRows(workbook, { name: 'x.xlsx' })).toBe(0);
  });

  it('refuses names it does not know and files of other kinds, as readTable does', () => {
    expect(() => detectSkipRows(utf8('a\n'), { name: 'x.csv', delimiter: '|' })).toThrow('the delimiter "|" is not one the reader knows');
    expect(() => detectSkipRows(utf8('%PDF-1.4'), { name: 'x.csv' })).toThrow('x.csv is a PDF document');
  });
});
