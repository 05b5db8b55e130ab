/**
 * Files that are not tables people pick by mistake: each named with what it is and what to do.
 * Signatures: OLE2 compound file D0 CF 11 E0 A1 B1 1A E1 (MS-CFB 2.2), %PDF (ISO 32000), zip
 * local header PK 03 04 (APPNOTE 4.3.7); zips told apart by the parts inside (ECMA-376, ODF 1.2).
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFile, listSheets, readTable } from '../../src/read/index.js';
import { makeXlsx } from './xlsx-fixture.js';
import { readError } from './helpers.js';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];


const zipOf = (files: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));

const utf16le = (text: string): number[] => [...text].flatMap((c) => [c.charCodeAt(0), 0]);

describe('detectFile and readTable name files of other kinds', () => {
  it.each<[string, Uint8Array, string, string]>([
    ['an .xls workbook', new Uint8Array([...OLE2, ...new Array(504).fill(0)]), 'xls', 'staff.csv is an Excel 97-2003 .xls workbook: save it as .xlsx or CSV'],
    [
      'a password-protected workbook (an OLE2 file with an EncryptedPackage stream)',
      new Uint8Array([...OLE2, ...new Array(100).fill(0), ...utf16le('EncryptedPackage'), 0, 0]),
      'encrypted-workbook',
      'staff.csv is a password-protected Excel workbook: remove the password (File > Info > Protect Workbook) and save it again',
    ],
    ['a PDF', strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'pdf', 'staff.csv is a PDF document: export the data from the system as CSV or .xlsx instead'],
    ['a zip of CSV files', zipOf({ 'staff.csv': 'id\n1\n' }), 'zip', 'staff.csv is a zip archive, not a workbook: unzip it and give the file inside'],
    ['a Word document', zipOf({ 'word/document.xml': '<w:document/>' }), 'word', 'staff.csv is a Word document: export the data from the system as CSV or .xlsx instead'],
    ['an OpenDocument spreadsheet', zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' }), 'ods', 'staff.csv is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV'],
    ['an .xlsb workbook', zipOf({ 'xl/workbook.bin': 'x' }), 'xlsb', 'staff.csv is an Excel binary workbook (.xlsb): save it as .xlsx or CSV'],
    ['a web page saved as "Excel"', strToU8('\uFEFF  <html><body><table><tr><td>id</td></tr></table>'), 'html', `staff.csv is a web page (HTML), as some systems' "Excel" exports are: open it in Excel and save it as .xlsx or CSV`],
    ['an Excel 2003 XML spreadsheet', strToU8('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'), 'xml-spreadsheet', 'staff.csv is an Excel 2003 XML spreadsheet: open it in Excel and save it as .xlsx or CSV'],
    ['an empty file', new Uint8Array(0), 'empty', 'staff.csv is empty: it holds no rows at all'],
    ['a file of a byte-order mark and blank lines', new Uint8Array([0xef, 0xbb, 0xbf, 13, 10, 32, 10]), 'empty', 'staff.csv is empty: it holds no rows at all'],
    [
      'a workbook cut short (no central directory)',
      makeXlsx({ sheets: [{ name: 'S', rows: [['id'], [1]] }] }).subarray(0, 300),
      'damaged-zip',
      'staff.csv is a damaged or incomplete zip file (a workbook cut short when copied?): copy it again, or open it in Excel and save it again',
    ],
  ])('%s', (_, data, kind, description) => {
    expect(detectFile(data, 'staff.csv')).toEqual({ kind, readable: false, description });
    const error = readError(() => readTable(data, { name: 'staff.csv', source: 'staff' }));
    expect(error.issues).toEqual([{ source: 'staff', message: description }]);
    expect(error.message.split('\n')).toEqual(['staff.csv cannot be read:', `staff: ${description}.`]);
  });

  it('recognises CSV text and an .xlsx workbook by content, whatever the name says', () => {
    const workbook = makeXlsx({ sheets: [{ name: 'Staff', rows: [['id'], [1]] }] });
    expect(detectFile(workbook, 'staff.csv')).toMatchObject({ kind: 'xlsx', readable: true });
    expect(readTable(workbook, { name: 'staff.csv' }).cell(0, 0)).toBe(1);
    expect(detectFile(strToU8('id,ethnicity\n1,A1\n'), 'staff.xlsx')).toMatchObject({ kind: 'csv', readable: true });
  });

  it('refuses a workbook part that would inflate past 400 MB (a zip bomb), before inflating it', () => {
    const workbook = makeXlsx({ sheets: [{ name: 'S', rows: [['id'], [1]] }] });
    // Claim 512 MB for the sheet in the central directory (offset 24 of its entry: uncompressed size).
    const name = strToU8('xl/worksheets/sheet1.xml');
    for (let at = 0; at < workbook.length - 46; at++) {
      const isEntry = workbook[at] === 0x50 && workbook[at + 1] === 0x4b && workbook[at + 2] === 1 && workbook[at + 3] === 2;
      if (isEntry && name.every((byte, i) => workbook[at + 46 + i] === byte)) new DataView(workbook.buffer).setUint32(at + 24, 512 * 1024 * 1024, true);
    }
    const error = readError(() => readTable(workbook, { name: 'staff.xlsx' }));
    expect(error.issues[0]!.message).toBe('staff.xlsx: its part xl/worksheets/sheet1.xml is 512 MB uncompressed, more than the 400 MB the reader takes; save the sheet as CSV');
  });

  it('escapes control characters of what it quotes back (an encoding name with a terminal escape)', () => {
    const error = readError(() => readTable(strToU8('a\n'), { name: 'x.csv', encoding: 'utf\u001b[31m8' }));
    expect(error.message).toContain('the encoding "utf\\u001b[31m8" is not one the reader knows');
    expect(error.message).not.toContain('\u001b');
  });

  it('listSheets says what a file is when it has no sheets', () => {
    expect(readError(() => listSheets(strToU8('id\n1\n'), 'staff.csv')).message).toContain('staff.csv is CSV text, not a workbook: it has no sheets');
    expect(readError(() => listSheets(new Uint8Array(OLE2), 'staff.xls')).message).toContain('staff.xls is an Excel 97-2003 .xls workbook');
  });
});
