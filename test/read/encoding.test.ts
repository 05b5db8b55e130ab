/**
 * Encodings as council exports come: UTF-8 with and without a byte-order mark, UTF-16 LE/BE with
 * one, and Windows-1252 from Excel's "CSV (Comma delimited)". Byte values from the Unicode mapping
 * table CP1252.TXT (0xA3 = £, 0x92 = ’, 0x80 = €; 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined).
 */
import { describe, expect, it } from 'vitest';
import { decodeText, encodingFromName, readTable } from '../../src/read/index.js';
import { readError, rowsOf } from './helpers.js';

const context = { name: 'staff.csv', source: 'staff' as const };


/** Latin-1 range text as one byte per character, other characters as given bytes. */
function bytes(...parts: (string | number[])[]): Uint8Array {
  return new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));
}

function utf16(text: string, endian: 'le' | 'be', mark: boolean): Uint8Array {
  const out: number[] = mark ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out.push(...(endian === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return new Uint8Array(out);
}

const STAFF = 'Name\tSalary\r\nO’Brien\t£32,589\r\nRenée\t€1\r\n';

describe('decodeText', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeText(new TextEncoder().encode('£ ’ é'), context)).toEqual({ text: '£ ’ é', encoding: 'utf-8', byteOrderMark: false });
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'id'), context)).toEqual({ text: 'id', encoding: 'utf-8', byteOrderMark: true });
  });

  it('reads Windows-1252 as Excel writes it: 0xA3 is £, 0x92 is ’ and 0x80 is € (not the C1 controls Node 20 gives)', () => {
    const decoded = decodeText(bytes('O', [0x92], 'Brien ', [0xa3], '5 ', [0x80], '1 Ren', [0xe9], 'e'), context);
    expect(decoded).toEqual({ text: 'O’Brien £5 €1 Renée', encoding: 'windows-1252', byteOrderMark: false });
  });

  it.each([
    ['le', 'utf-16le'],
    ['be', 'utf-16be'],
  ] as const)('reads UTF-16 %s with a byte-order mark', (endian, encoding) => {
    expect(decodeText(utf16(STAFF, endian, true), context)).toEqual({ text: STAFF, encoding, byteOrderMark: true });
  });

  it('keeps a U+FFFD that the UTF-8 file really holds (EF BF BD)', () => {
    expect(decodeText(bytes('a', [0xef, 0xbf, 0xbd]), context).text).toBe('a\uFFFD');
  });

  it('uses a given encoding, and a byte-order mark wins over it', () => {
    expect(decodeText(bytes('caf', [0xe9]), context, 'windows-1252').text).toBe('café');
    expect(decodeText(utf16('id', 'le', false), context, 'utf-16le').text).toBe('id');
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'caf', [0xc3, 0xa9]), context, 'windows-1252')).toMatchObject({ text: 'café', encoding: 'utf-8' });
  });

  it('names the encoding aliases people write', () => {
    expect(['UTF8', 'utf-16LE', 'CP1252', 'Windows 1252', 'latin1', 'ISO-8859-1', 'x'].map(encodingFromName)).toEqual(['utf-8', 'utf-16le', 'windows-1252', 'windows-1252', 'windows-1252', 'windows-1252', undefined]);
  });
});

describe('decodeText refuses what is not text, naming the file and line', () => {
  it('bytes invalid in UTF-8 and in Windows-1252 (0xE9 then 0x81 on line 3)', () => {
    const error = readError(() => decodeText(bytes('id\nok\nx', [0xe9, 0x81], '\n'), context));
    expect(error.issues).toEqual([
      {
        source: 'staff',
        row: 3,
        message: 'staff.csv is not text in UTF-8 nor in Windows-1252: line 3 has the byte 0xE9, which UTF-8 cannot read, and line 3 the byte 0x81, which Windows-1252 leaves undefined; save it again as "CSV UTF-8"',
      },
    ]);
  });

  it.each([0x81, 0x8d, 0x8f, 0x90, 0x9d])('byte 0x%s, undefined in Windows-1252, when that encoding is given', (byte) => {
    const error = readError(() => decodeText(bytes('a\r\nb', [byte]), context, 'windows-1252'));
    expect(error.issues[0]).toMatchObject({ row: 2, message: expect.stringContaining('which Windows-1252 leaves undefined') });
  });

  it('a file that mixes UTF-8 lines with Windows-1252 ones (it would be misread either way)', () => {
    const error = readError(() => decodeText(bytes('name\nRen', [0xc3, 0xa9], 'e\nO', [0x92], 'Brien\n'), context));
    expect(error.issues[0]).toMatchObject({ row: 3, message: expect.stringContaining('staff.csv mixes encodings: line 2 is UTF-8 text but line 3 has the byte 0x92') });
  });

  it('invalid UTF-8 when UTF-8 is given', () => {
    const error = readError(() => decodeText(bytes('a\n\nb', [0xa3]), context, 'utf-8'));
    expect(error.issues[0]).toMatchObject({ row: 3, message: expect.stringContaining('is not valid UTF-8 text: line 3 has the byte 0xA3') });
  });

  it('a lone surrogate in UTF-16, named by line', () => {
    const data = new Uint8Array([0xff, 0xfe, ...utf16('id\r\n', 'le', false), 0x00, 0xd8, 0x41, 0x00]);
    const error = readError(() => decodeText(data, context));
    expect(error.issues[0]).toMatchObject({ row: 2, message: 'staff.csv is not valid UTF-16 (little-endian) text from line 2 on' });
  });

  it('UTF-16 without a byte-order mark: said in words, with no NUL in the message', () => {
    for (const endian of ['le', 'be'] as const) {
      const error = readError(() => decodeText(utf16(STAFF, endian, false), context));
      expect(error.message).toContain(`staff.csv looks like UTF-16 (${endian === 'le' ? 'little' : 'big'}-endian) text without a byte-order mark`);
      expect(error.message).toContain(`give its encoding as "utf-16${endian}"`);
      expect(error.message).not.toContain('\u0000');
    }
  });

  it('a NUL character in otherwise valid text, named by line, never printed', () => {
    const error = readError(() => decodeText(bytes('id\n1\n2', [0], '\n'), context));
    expect(error.issues[0]).toMatchObject({ row: 3, message: 'staff.csv has a NUL character on line 3: it does not look like a text file (read as UTF-8)' });
    expect(error.message).not.toContain('\u0000');
  });
});

describe('readTable in each encoding gives the same table', () => {
  const expected = [
    [2, 'O’Brien', '£32,589'],
    [3, 'Renée', '€1'],
  ];
  it.each([
    ['UTF-8', new TextEncoder().encode(STAFF), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(STAFF)]), 'utf-8'],
    ['UTF-16 LE with BOM', utf16(STAFF, 'le', true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(STAFF, 'be', true), 'utf-16be'],
    ['Windows-1252', bytes('Name\tSalary\r\nO', [0x92], 'Brien\t', [0xa3], '32,589\r\nRen', [0xe9], 'e\t', [0x80], '1\r\n'), 'windows-1252'],
  ])('%s', (_, data, encoding) => {
    const table = readTable(data, { name: 'staff.csv' });
    expect(table.format).toMatchObject({ encoding, delimiter: '\t' });
    expect(table.header).toEqual(['Name', 'Salary']);
    expect(rowsOf(table)).toEqual(expected);
  });

  it('refuses an encoding it does not know', () => {
    expect(readError(() => readTable(bytes('a\n'), { name: 'x.csv', encoding: 'ebcdic' })).message).toContain('the encoding "ebcdic" is not one the reader knows');
  });
});
