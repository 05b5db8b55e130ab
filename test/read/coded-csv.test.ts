/**
 * The coded reader on its own: values by code, rows, and that where the chunks of a file end
 * changes nothing. Expected values are written out by hand from the text.
 */
import { describe, expect, it } from 'vitest';
import { ByteDictionary } from '../../src/read/byte-dictionary.js';
import { CodedCsvReader, type CodedCsvStop } from '../../src/read/coded-csv.js';
import { IdList } from '../../src/read/id-list.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Reads `text` in chunks of `size` bytes; each row as the texts of its coded cells. */
function read(text: string, width: number, size = Number.POSITIVE_INFINITY, exactFirst = false): { rows: string[][]; stopped: CodedCsvStop | undefined } {
  const dictionaries = Array.from({ length: width }, () => new ByteDictionary());
  const rows: string[][] = [];
  const reader = new CodedCsvReader({
    delimiter: ',',
    width,
    columns: dictionaries.map((dictionary, index) => ({ index, dictionary, exact: exactFirst && index === 0 })),
    onRow: (codes) => {
      rows.push([...codes].map((code, k) => (code < 0 ? '<blank>' : (dictionaries[k] as ByteDictionary).text(code))));
    },
  });
  const bytes = encode(text);
  const step = Math.min(size, bytes.length || 1);
  for (let at = 0; at < bytes.length; at += step) reader.write(bytes.subarray(at, at + step));
  reader.end();
  return { rows, stopped: reader.stopped };
}

describe('CodedCsvReader', () => {
  const text = '\ufeffid,name,note\r\n1,"Smith, J","said ""hi"""\r\n\r\n2, Jones ,"two\r\nlines"\r,,\n3,Émile,x';
  const expected = [
    ['1', 'Smith, J', 'said "hi"'],
    ['2', 'Jones', 'two\r\nlines'],
    ['3', 'Émile', 'x'],
  ];

  it('reads quoted cells, doubled quotes, line breaks in quotes, mixed line ends, and skips blank rows and the header', () => {
    expect(read(text, 3)).toEqual({ rows: expected, stopped: undefined });
  });

  it('gives the same rows wherever the chunks end (every size from 1 byte)', () => {
    for (let size = 1; size <= encode(text).length; size++) {
      expect(read(text, 3, size).rows, `chunks of ${size}`).toEqual(expected);
    }
  });

  it('lists an id column in file order, wherever the chunks end (a row cut by a chunk is listed once)', () => {
    const csv = 'id,x\r\nS1,a\r\n"S""2",b\r\n\r\n S3 ,c\r\nS1,d\r\n,e\r\nS4,"f\r\ng"';
    const bytes = encode(csv);
    for (let size = 1; size <= bytes.length; size++) {
      const list = new IdList();
      const codes: number[] = [];
      const reader = new CodedCsvReader({ delimiter: ',', width: 2, columns: [{ index: 0, dictionary: new ByteDictionary(), exact: true, list }], onRow: (c) => void codes.push(c[0]!) });
      for (let at = 0; at < bytes.length; at += size) reader.write(bytes.subarray(at, at + size));
      reader.end();
      // By hand: each non-blank id is appended (a repeat too: the join finds repeats); a blank one codes -1.
      expect([codes, Array.from({ length: list.size }, (_, i) => list.text(i))], `chunks of ${size}`).toEqual([[0, 1, 2, 3, -1, 4], ['S1', 'S"2', 'S3', 'S1', 'S4']]);
    }
  });

  it('interns: one code per distinct value, in order of first appearance', () => {
    const dictionary = new ByteDictionary();
    const codes: number[] = [];
    const reader = new CodedCsvReader({ delimiter: ';', width: 2, columns: [{ index: 1, dictionary }], onRow: (c) => void codes.push(c[0]!) });
    reader.write(encode('a;band\n1;PO1\n2;"PO2"\n3; PO1\n4;PO2\n'));
    reader.end();
    expect(codes).toEqual([0, 1, 0, 1]);
    expect(dictionary.size).toBe(2);
  });

  it('codes a date column by its digits, and other text in it as any value', () => {
    const dictionary = new ByteDictionary();
    const codes: number[] = [];
    const reader = new CodedCsvReader({ delimiter: ',', width: 1, columns: [{ index: 0, dictionary, dates: true }], onRow: (c) => void codes.push(c[0]!) });
    reader.write(encode('date\n2024-01-31\n1899-12-31\n 2024-01-31 \n2024-02-30\n31/01/2024\n1899-12-31\n2024-13-01\n2024-02-30\n'));
    reader.end();
    // Same date, same code; 1899 and month 13 are outside the digit table and interned by hash.
    expect(codes).toEqual([0, 1, 0, 2, 3, 1, 4, 2]);
    expect([0, 1, 2, 3, 4].map((code) => dictionary.text(code))).toEqual(['2024-01-31', '1899-12-31', '2024-02-30', '31/01/2024', '2024-13-01']);
  });

  it('codes a plain number in a column of numbers as 0 without interning it, and anything else as any value', () => {
    const dictionary = new ByteDictionary();
    dictionary.intern(encode('0'), 0, 1);
    const codes: number[] = [];
    const reader = new CodedCsvReader({ delimiter: ',', width: 1, columns: [{ index: 0, dictionary, numbers: true }], onRow: (c) => void codes.push(c[0]!) });
    const cells = ['23076', ' 12.50 ', '007', '"41000"', '', '"23,076"', '-5', '1e5', '1.', '.5', '1234567890123456', '1.1234567890123456', '0', '999999999999999.5'];
    reader.write(encode(`salary\n${cells.join('\n')}\n`));
    reader.end();
    // By hand: digits, perhaps a point and digits, up to 15 of each, are plain (code 0); the blank
    // row is skipped (its empty cell interned as code 1); the rest are interned in order: 23,076 -> 2, -5 -> 3, ...
    expect(reader.stopped).toBeUndefined();
    expect(codes).toEqual([0, 0, 0, 0, 2, 3, 4, 5, 6, 7, 8, 0, 0]);
    expect([2, 3, 4, 5, 6, 7, 8].map((code) => dictionary.text(code))).toEqual(['23,076', '-5', '1e5', '1.', '.5', '1234567890123456', '1.1234567890123456']);
  });

  it('only checks the length of a column read for its length: nothing interned, a longer cell stops', () => {
    const dictionary = new ByteDictionary();
    const codes: number[] = [];
    const read = (text: string) => {
      const reader = new CodedCsvReader({ delimiter: ',', width: 2, columns: [{ index: 1, dictionary, lengthOnly: 5 }], onRow: (c) => void codes.push(c[0]!) });
      reader.write(encode(text));
      reader.end();
      return reader.stopped;
    };
    expect(read('id,reason\n1,moved\n2,\n3, moved \n')).toBeUndefined();
    expect([codes, dictionary.size]).toEqual([[0, 0, 0], 0]);
    expect(read('id,reason\n1,retired\n')).toBe('long-cell');
  });

  it('looks ids up without adding them, and codes a blank id as -1', () => {
    const ids = new ByteDictionary();
    const staff = encode('S1,S2');
    ids.intern(staff, 0, 2);
    ids.intern(staff, 3, 5);
    const codes: number[] = [];
    const reader = new CodedCsvReader({ delimiter: ',', width: 2, columns: [{ index: 0, dictionary: ids, mode: 'find', exact: true }], onRow: (c) => void codes.push(c[0]!) });
    reader.write(encode('staffId,date\nS2,x\nS9,x\n,x\n S1 ,x\n'));
    reader.end();
    expect(codes).toEqual([1, -1, -1, 0]);
    expect(ids.size).toBe(2);
  });

  it.each([
    ['a row of the wrong width', 'a,b\n1,2\n3\n', 'width'],
    ['a header of the wrong width', 'a\n1,2\n', 'header'],
    ['an unclosed quote', 'a,b\n1,"2\n', 'quote'],
    ['text after a closing quote', 'a,b\n1,"2"x\n', 'quote'],
    ['a row whose only content is a no-break space', 'a,b\n,\u00a0\n', 'blank-like'],
    ['an id with a byte outside ASCII', 'a,b\nÉ1,2\n', 'id-bytes'],
    ['an empty file', '', 'header'],
  ] as const)('stops at %s', (_, input, stop) => {
    expect(read(input, 2, Number.POSITIVE_INFINITY, true).stopped).toBe(stop);
  });

  it('reads quoted cells of a tab-separated file (the tab after a closing quote is the delimiter)', () => {
    const dictionary = new ByteDictionary();
    const seen: string[] = [];
    const reader = new CodedCsvReader({ delimiter: '\t', width: 2, columns: [{ index: 1, dictionary }], onRow: (c) => void seen.push(dictionary.text(c[0]!)) });
    reader.write(encode('id\tname\n"1"\t"Smith, J"\n"2" \t"Jones"\n'));
    reader.end();
    expect([seen, reader.stopped]).toEqual([['Smith, J', 'Jones'], undefined]);
  });

  it('counts a quoted cell with its quotes against the 32,767-character limit', () => {
    const cell = (n: number) => `a,b\n1,"${'x'.repeat(n)}"\n`;
    expect(read(cell(32_765), 2).stopped).toBeUndefined();
    expect(read(cell(32_766), 2).stopped).toBe('long-cell');
  });

  it('stops when the row handler says so', () => {
    const dictionary = new ByteDictionary();
    let seen = 0;
    const reader = new CodedCsvReader({ delimiter: ',', width: 1, columns: [{ index: 0, dictionary }], onRow: () => ++seen < 2 });
    reader.write(encode('a\n1\n2\n3\n'));
    reader.end();
    expect([seen, reader.stopped]).toEqual([2, 'row']);
  });
});
