/**
 * CSV text to raw tables: delimiters (detected or given), RFC 4180 quoting, physical line numbers
 * under mixed line endings, title rows, and the lines named when a file's shape is broken.
 * Expected tables are written out by hand from each fixture's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, readTable } from '../../src/read/index.js';
import { readError, rowsOf, utf8 } from './helpers.js';



describe('readTable on CSV: delimiters', () => {
  it.each([
    [',', 'Employee No,Grade,Salary\n1,PO3,"32,589"\n'],
    [';', 'Employee No;Grade;Salary\n1;PO3;32,589\n'],
    ['\t', 'Employee No\tGrade\tSalary\n1\tPO3\t"32,589"\n'],
  ])('detects %j from the header and the rows', (delimiter, text) => {
    const table = readTable(utf8(text), { name: 'staff.csv' });
    expect(table.format).toMatchObject({ kind: 'csv', delimiter });
    expect(table.header).toEqual(['Employee No', 'Grade', 'Salary']);
    expect(rowsOf(table)).toEqual([[2, '1', 'PO3', '32,589']]);
  });

  it('is not fooled by delimiters inside quotes (semicolons in a comma file, commas in a semicolon file)', () => {
    expect(detectDelimiter('"Surname; Forename",Grade\n"Smith; J",PO1\n"Khan; A",PO2\n')).toBe(',');
    expect(detectDelimiter('"Name, full";"Salary"\n"Smith, J";"32,5"\n"Ng, K";"1,2"\n')).toBe(';');
  });

  it('reads a one-column file as comma-separated', () => {
    const table = readTable(utf8('Employee No\n1\n2\n'), { name: 'ids.csv' });
    expect(table.format).toMatchObject({ delimiter: ',' });
    expect(rowsOf(table)).toEqual([[2, '1'], [3, '2']]);
  });

  it('uses a given delimiter, by character or name, and refuses one it does not know', () => {
    const text = 'a;b,c\n1;2,3\n';
    expect(readTable(utf8(text), { name: 'x.csv', delimiter: 'semicolon' }).header).toEqual(['a', 'b,c']);
    expect(readTable(utf8(text), { name: 'x.csv', delimiter: ',' }).header).toEqual(['a;b', 'c']);
    expect(readError(() => readTable(utf8(text), { name: 'x.csv', delimiter: '|' })).message).toContain('the delimiter "|" is not one the reader knows');
  });
});

describe('readTable on CSV: quoting and lines', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks (RFC 4180)', () => {
    const text = 'id,notes,grade\r\n1,"Smith, J ""Jo""","PO\r\n3"\r\n2,plain,"x"\r\n';
    expect(rowsOf(readTable(utf8(text), { name: 'x.csv' }))).toEqual([
      [2, '1', 'Smith, J "Jo"', 'PO\r\n3'],
      [4, '2', 'plain', 'x'],
    ]);
  });

  it('numbers rows by physical line whatever the mix of LF, CRLF and CR, and skips blank lines', () => {
    // Lines: 1 header (CRLF), 2 row (LF), 3 blank (CR), 4 row (CR), 5 ",," (LF), 6 row spanning 6-7, 8 row (no end).
    const text = 'a,b,c\r\n1,2,3\n\r4,5,6\r,,\n7,"x\ny",9\n10,11,12';
    const table = readTable(utf8(text), { name: 'mixed.csv' });
    expect(rowsOf(table)).toEqual([
      [2, '1', '2', '3'],
      [4, '4', '5', '6'],
      [6, '7', 'x\ny', '9'],
      [8, '10', '11', '12'],
    ]);
  });

  it('gives empty cells (and "") as null and keeps white space as written', () => {
    const table = readTable(utf8('a,b,c\n,"", x \n'), { name: 'x.csv' });
    expect(rowsOf(table)).toEqual([[2, null, null, ' x ']]);
  });

  it('accepts extra empty fields at the end of a line (exports that end every line with a delimiter)', () => {
    const table = readTable(utf8('a,b,\n1,2,\n3,4,,,\n'), { name: 'x.csv' });
    expect(table.header).toEqual(['a', 'b', '']);
    expect(rowsOf(table)).toEqual([[2, '1', '2', null], [3, '3', '4', null]]);
  });

  it('skips title lines above the header (skipRows counts lines)', () => {
    const text = 'Northbrook Council,,\nStaff list 31/03/2025,,\n\nid,grade,band\n1,PO3,x\n';
    const table = readTable(utf8(text), { name: 'x.csv', skipRows: 2 });
    expect(table.header).toEqual(['id', 'grade', 'band']);
    expect(rowsOf(table)).toEqual([[5, '1', 'PO3', 'x']]);
  });

  it('honours and skips Excel\'s "sep=" line (hidden in Excel, so skipRows counts the rows below it)', () => {
    const table = readTable(utf8('sep=;\r\nStaff list\r\nid;grade,band\r\n1;PO3,x\r\n'), { name: 'x.csv', skipRows: 1 });
    expect(table.format).toMatchObject({ delimiter: ';' });
    expect(table.header).toEqual(['id', 'grade,band']);
    expect(rowsOf(table)).toEqual([[4, '1', 'PO3,x']]);
  });

  it('refuses a skipRows that is not a whole number of rows', () => {
    expect(readError(() => readTable(utf8('a\n1\n'), { name: 'x.csv', skipRows: -1 })).message).toContain('skipRows must be a whole number');
    expect(readError(() => readTable(utf8('a\n1\n'), { name: 'x.csv', skipRows: 1.5 })).message).toContain('not "1.5"');
  });

  it('says when there is no header below the title lines', () => {
    expect(readError(() => readTable(utf8('Title\n\n'), { name: 'x.csv', skipRows: 1 })).message).toContain('x.csv has no header row below line 1');
  });
});

describe('readTable on CSV: broken files name every bad line', () => {
  it('names lines with too many or too few fields, in line order', () => {
    const error = readError(() => readTable(utf8('a,b,c\n1,2,3\n1,2\n1,2,3,4\n'), { name: 'staff.csv', source: 'staff' }));
    expect(error.message.split('\n')).toEqual([
      'staff.csv cannot be read: 2 problems:',
      'staff CSV row 3: has 2 fields but the header has 3 (a value may hold a line break without quotes around it).',
      'staff CSV row 4: has 4 fields but the header has 3 (a value may hold the delimiter without quotes around it).',
    ]);
    expect(error.issues.map((issue) => issue.row)).toEqual([3, 4]);
  });

  it('says the header may be a title line when most lines are wider than it', () => {
    const error = readError(() => readTable(utf8('Staff list\nid,grade\n1,PO3\n2,SO1\n'), { name: 'staff.csv' }));
    expect(error.issues[0]).toMatchObject({
      row: 1,
      message: 'staff.csv: the header (line 1) has 1 field but most lines have more (up to 2): if there are title lines above the header, set skipRows to their number',
    });
    expect(error.message.split('\n')[0]).toBe('staff.csv cannot be read: 4 problems:');
  });

  it('names a quote that never closes, at its line and column, once', () => {
    const error = readError(() => readTable(utf8('id,notes\n1,ok\n2,"never closed\n3,x\n'), { name: 'x.csv', source: 'staff' }));
    expect(error.issues).toEqual([{ source: 'staff', row: 3, field: 'notes', message: 'opens a quoted value that never closes (a stray " character?)' }]);
  });

  it('shows a header with control characters escaped when it names the column', () => {
    const error = readError(() => readTable(utf8('id,"\u001b[2Jnotes"\n1,"open\n'), { name: 'x.csv' }));
    expect(error.issues[0]!.field).toBe('\\u001b[2Jnotes');
    expect(error.message).not.toContain('\u001b');
  });

  it('names text after a closing quote', () => {
    const error = readError(() => readTable(utf8('id,name\n1,"Smith" Jr\n'), { name: 'x.csv' }));
    expect(error.issues[0]).toMatchObject({ row: 2, field: 'name', message: expect.stringContaining('text after the closing quote') });
  });

  it('stays linear on a stray quote before a long tail, and names the row where it opened', () => {
    // 200,000 lines after a stray quote: a quadratic scanner would take minutes here.
    const tail = '5,ok\n'.repeat(200_000);
    const error = readError(() => readTable(utf8(`id,notes\n1,"stray\n${tail}`), { name: 'x.csv' }));
    expect(error.issues[0]).toMatchObject({ row: 2, field: 'notes' });
    expect(error.issues[0]!.message).toMatch(/never closes|longer than a spreadsheet cell|characters long/);
  });

  it('refuses a field longer than a spreadsheet cell (32,767 characters) and names its row', () => {
    const error = readError(() => readTable(utf8(`id,notes\n1,x\n2,${'y'.repeat(40_000)}\n`), { name: 'x.csv' }));
    expect(error.issues[0]).toMatchObject({ row: 3, field: 'notes', message: 'is 40,000 characters long, more than a spreadsheet cell holds (32,767): a quote may have opened a value that runs on' });
  });

  it('counts every bad line but lists the first ten, keeping memory bounded', () => {
    const text = `a,b\n${'1\n'.repeat(5000)}`;
    const error = readError(() => readTable(utf8(text), { name: 'x.csv' }));
    expect(error.message.split('\n')[0]).toBe('x.csv cannot be read: 5000 problems (the first 10 are listed):');
    expect(error.issues).toHaveLength(10);
    expect(error.issues[9]!.row).toBe(11);
  });
});

describe('readTable on CSV: the table', () => {
  it('gives null outside the table and keeps the origin', () => {
    const table = readTable(utf8('a,b\n1,2\n'), { name: 'x.csv' });
    expect(table.origin).toBe('x.csv');
    expect([table.cell(0, 2), table.cell(1, 0), table.cell(-1, 0), table.rowCount]).toEqual([null, null, null, 1]);
  });
});

describe('readTable on CSV: any table written with RFC 4180 quoting reads back as written', () => {
  // Property: cells drawn from text full of delimiters, quotes, CR, LF and non-ASCII characters,
  // written as a spreadsheet would (quoted when needed, "" for a quote), with random line endings,
  // read back cell for cell, each row at the physical line where it starts (counted here).
  const cellText = fc.stringMatching(/^[a-z0-9 ,;\t"\r\n£é’–]{0,12}$/).filter((text) => text.trim() !== '');
  const endings = fc.constantFrom('\n', '\r\n', '\r');

  it.each([',', ';', '\t'] as const)('with delimiter %j', (delimiter) => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.array(fc.array(cellText, { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 20 }), fc.array(endings, { minLength: 25, maxLength: 25 }), (width, body, lineEnds) => {
        const header = Array.from({ length: width }, (_, c) => `column ${c}`);
        const rows = body.map((cells) => cells.slice(0, width));
        const quote = (text: string): string => (/[",;\t\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text);
        let text = '';
        let line = 1;
        const lines: number[] = [];
        [header, ...rows].forEach((cells, r) => {
          if (r > 0) lines.push(line);
          const record = cells.map(quote).join(delimiter);
          text += record + lineEnds[r]!;
          // Physical lines a record spans: its own line breaks (CRLF counting once) plus one.
          line += (record.match(/\r\n|\r|\n/g) ?? []).length + 1;
        });
        const table = readTable(new TextEncoder().encode(text), { name: 'x.csv', delimiter });
        expect(table.header).toEqual(header);
        expect(rowsOf(table)).toEqual(rows.map((cells, r) => [lines[r], ...cells]));
      }),
      { numRuns: 150 },
    );
  });
});
