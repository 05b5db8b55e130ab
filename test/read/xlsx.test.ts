/**
 * Excel workbooks to raw tables. Workbooks are made by test/read/xlsx-fixture.ts (each test says
 * what is in it) and by openpyxl 3.0.9 (fixtures/make-openpyxl.py, a writer other than ours).
 * Date serials from Microsoft's "Date systems in Excel": 45383 is 2024-04-01 in the 1900 system,
 * 43921 in the 1904 system; 60 is the 1900-02-29 Excel shows though it never was.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excelSerialToDate, listSheets, readTable } from '../../src/read/index.js';
import { readSharedStrings } from '../../src/read/xlsx/sheet-cells.js';
import { isDateFormatCode } from '../../src/read/xlsx/styles.js';
import { attribute, elementPrefix, nextElement, unescapeXml } from '../../src/read/xlsx/xml.js';
import { STYLE, makeXlsx } from './xlsx-fixture.js';
import { readError, rowsOf } from './helpers.js';


const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));

describe('excelSerialToDate', () => {
  it.each<[number, 1900 | 1904, string | undefined]>([
    [45383, 1900, '2024-04-01'],
    [45383.999, 1900, '2024-04-01'],
    [43921, 1904, '2024-04-01'],
    [1, 1900, '1900-01-01'],
    [59, 1900, '1900-02-28'],
    [60, 1900, '1900-02-29'],
    [61, 1900, '1900-03-01'],
    [0, 1904, '1904-01-01'],
    [2958465, 1900, '9999-12-31'],
    [2958466, 1900, undefined],
    [0, 1900, undefined],
    [-1, 1904, undefined],
  ])('serial %d in the %d system is %s', (serial, system, date) => {
    expect(excelSerialToDate(serial, system)).toBe(date);
  });
});

describe('isDateFormatCode', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['d-mmm-yy', true],
    ['[$-809]dd mmmm yyyy;@', true],
    ['yyyy-mm-dd hh:mm', true],
    ['mmm-yy', true],
    ['"£"#,##0.00', false],
    ['0.00%', false],
    ['h:mm', false],
    ['[h]:mm:ss', false],
    ['#,##0 "days"', false],
    ['[Red]0.00', false],
  ])('%s is a date format: %s', (code, date) => {
    expect(isDateFormatCode(code)).toBe(date);
  });
});

describe('readTable on an .xlsx workbook', () => {
  it('reads shared and inline strings, numbers, booleans, empty cells, errors and formula results', () => {
    const workbook = makeXlsx({
      sheets: [
        {
          name: 'Staff',
          rows: [
            ['Employee Number', 'Ethnic Origin', 'Salary', 'Primary', 'Notes', 'Check'],
            [1001, 'White – British', 32589.5, true, { inline: 'Fish & <chips>' }, { formula: 'A2&"x"', cached: '1001x' }],
            [1002, null, { serial: 32589, style: STYLE.money }, false, '', { error: '#N/A' }],
          ],
        },
      ],
    });
    const table = readTable(workbook, { name: 'staff.xlsx' });
    expect(table.origin).toBe('staff.xlsx, sheet Staff');
    expect(table.header).toEqual(['Employee Number', 'Ethnic Origin', 'Salary', 'Primary', 'Notes', 'Check']);
    expect(rowsOf(table)).toEqual([
      [2, 1001, 'White – British', 32589.5, true, 'Fish & <chips>', '1001x'],
      [3, 1002, null, 32589, false, null, '#N/A'],
    ]);
    expect(table.format).toEqual({ kind: 'xlsx', sheet: 'Staff', sheets: ['Staff'], dateSystem: 1900 });
  });

  it('reads date cells as calendar dates in the 1900 system (built-in, custom and date-time formats; not time-only)', () => {
    const workbook = makeXlsx({
      sheets: [
        {
          name: 'S',
          rows: [
            ['built-in', 'custom', 'date-time', 'time', 'plain'],
            [{ serial: 45383, style: STYLE.builtInDate }, { serial: 45383, style: STYLE.customDate }, { serial: 45383.75, style: STYLE.dateTime }, { serial: 0.5, style: STYLE.time }, 45383],
            [{ serial: 59 }, { serial: 60 }, { serial: 61 }, null, null],
          ],
        },
      ],
    });
    expect(rowsOf(readTable(workbook, { name: 'dates.xlsx' }))).toEqual([
      [2, { date: '2024-04-01' }, { date: '2024-04-01' }, { date: '2024-04-01' }, 0.5, 45383],
      [3, { date: '1900-02-28' }, { date: '1900-02-29' }, { date: '1900-03-01' }, null, null],
    ]);
  });

  it('reads dates in the 1904 system', () => {
    const workbook = makeXlsx({ date1904: true, sheets: [{ name: 'S', rows: [['start'], [{ serial: 43921 }], [{ serial: 0 }]] }] });
    const table = readTable(workbook, { name: 'mac.xlsx' });
    expect(rowsOf(table)).toEqual([[2, { date: '2024-04-01' }], [3, { date: '1904-01-01' }]]);
    expect(table.format).toMatchObject({ dateSystem: 1904 });
  });

  it('skips title rows above the header and blank rows, keeping sheet row numbers', () => {
    const workbook = makeXlsx({
      sheets: [{ name: 'S', rows: [['Northbrook Council staff, 31 March 2025'], null, ['id', 'grade'], [1, 'PO3'], null, [null, null], [2, 'SO1']] }],
    });
    const table = readTable(workbook, { name: 'x.xlsx', skipRows: 1 });
    expect(table.header).toEqual(['id', 'grade']);
    expect(rowsOf(table)).toEqual([[4, 1, 'PO3'], [7, 2, 'SO1']]);
  });

  it('reads the first visible worksheet by default, and a sheet by name (any case)', () => {
    const workbook = makeXlsx({
      sheets: [
        { name: 'Hidden', hidden: true, rows: [['h'], [0]] },
        { name: 'Staff', rows: [['id'], [1]] },
        { name: 'Leavers', rows: [['id'], [2]] },
      ],
    });
    expect(readTable(workbook, { name: 'x.xlsx' }).origin).toBe('x.xlsx, sheet Staff');
    expect(readTable(workbook, { name: 'x.xlsx', sheet: ' leavers ' }).cell(0, 0)).toBe(2);
    expect(listSheets(workbook, 'x.xlsx')).toEqual(['Hidden', 'Staff', 'Leavers']);
    const error = readError(() => readTable(workbook, { name: 'x.xlsx', sheet: 'Starters', source: 'staff' }));
    expect(error.issues).toEqual([{ source: 'staff', message: 'x.xlsx has no sheet named "Starters": its sheets are "Hidden", "Staff", "Leavers"' }]);
  });

  it('reads parts whose elements carry a namespace prefix, and rows and cells without positions', () => {
    const sheets = [{ name: 'S', rows: [['id', 'grade'], [1, 'PO3'], [2, { inline: 'SO1' }]] }];
    const expected = [[2, 1, 'PO3'], [3, 2, 'SO1']];
    expect(rowsOf(readTable(makeXlsx({ prefix: 'x:', sheets }), { name: 'x.xlsx' }))).toEqual(expected);
    expect(rowsOf(readTable(makeXlsx({ omitReferences: true, sheets }), { name: 'x.xlsx' }))).toEqual(expected);
  });

  it('says when a sheet has no header, and when a workbook is damaged', () => {
    const empty = makeXlsx({ sheets: [{ name: 'S', rows: [['Title only']] }] });
    expect(readError(() => readTable(empty, { name: 'x.xlsx', skipRows: 1 })).message).toContain('x.xlsx, sheet S has no header row below row 1: the sheet is empty');
    const broken = makeXlsx({ sheets: [{ name: 'S', rows: [['id'], [{ raw: '<c r="A2" t="s"><v>99</v></c>' }]] }] });
    expect(readError(() => readTable(broken, { name: 'x.xlsx' })).issues[0]).toMatchObject({ row: 2, origin: 'x.xlsx, sheet S', message: 'cell "A2" points at a shared string the workbook does not have (the workbook is damaged: open it in Excel and save it again)' });
    const cut = makeXlsx({ sheets: [{ name: 'S', rows: [['id'], [1], [{ raw: '<c r="A3"><v>3' }]] }] });
    expect(readError(() => readTable(cut, { name: 'x.xlsx' })).issues[0]).toMatchObject({ row: 3, origin: 'x.xlsx, sheet S', message: 'the cells stop in the middle of the row (the workbook is damaged: open it in Excel and save it again)' });
  });
});

describe('workbooks written by openpyxl (fixtures/make-openpyxl.py)', () => {
  // Expected values are those the script writes; dates as the calendar dates it passes in.
  const expected = [
    [3, 1001, 'White - British', 'PO3', 32589.5, { date: '2024-04-01' }, null, true],
    [4, 1002, 'Asian or Asian British – Indian', 'Scale 4', 24000, { date: '1999-12-31' }, { date: '2025-03-31' }, false],
    [6, '1003', 'Black, Black British, Caribbean or African – Caribbean', 'SO1', null, { date: '2020-02-29' }, null, true],
  ];
  it.each([
    ['openpyxl-staff.xlsx', 1900],
    ['openpyxl-1904.xlsx', 1904],
  ])('%s: a title row, dates, money, booleans and a blank row', (file, system) => {
    const table = readTable(fixture(file), { name: file, skipRows: 1 });
    expect(table.header).toEqual(['Employee Number', 'Ethnic Origin', 'Grade', 'Annual Salary', 'Date Started', 'Leaving Date', 'Primary']);
    expect(rowsOf(table)).toEqual(expected);
    expect(table.format).toEqual({ kind: 'xlsx', sheet: 'Staff', sheets: ['Staff', 'Notes'], dateSystem: system });
  });
});

describe('the XML scanner', () => {
  it('joins rich-text runs, leaves out phonetic guides, and resolves entities and _xHHHH_ escapes', () => {
    const sst = '<x:sst xmlns:x="m"><x:si><x:r><x:t>Fish &amp; </x:t></x:r><x:r><x:rPr/><x:t xml:space="preserve">Chips_x000D_</x:t></x:r>' +
      '<x:rPh sb="0" eb="1"><x:t>ふ</x:t></x:rPh></x:si><x:si/><x:si><x:t>&#163;5 &#x2019;</x:t></x:si></x:sst>';
    expect(readSharedStrings(sst)).toEqual(['Fish & Chips\r', '', '£5 ’']);
  });

  it('finds elements by their whole name, attributes in either quote, and steps over ">" inside quotes', () => {
    const xml = '<row r="1"><cols/><c r=\'B1\' t="s" note="a>b"/></row>';
    expect(elementPrefix('<?xml?><worksheet>', 'worksheet')).toBe('');
    const cell = nextElement(xml, 'c', 0, xml.length)!;
    expect(xml.slice(cell.start, cell.tagEnd + 1)).toBe('<c r=\'B1\' t="s" note="a>b"/>');
    expect([attribute(xml, cell.start, cell.tagEnd, 'r'), attribute(xml, cell.start, cell.tagEnd, 't'), attribute(xml, cell.start, cell.tagEnd, 's')]).toEqual(['B1', 's', undefined]);
    expect(unescapeXml('a &lt;b&gt; &quot;c&quot; &apos;d&apos; &unknown; _x005F_')).toBe('a <b> "c" \'d\' &unknown; _');
  });
});
