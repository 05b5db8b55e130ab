/**
 * Bytes to text: the encodings council exports come in (UTF-8 with or without a byte-order mark,
 * UTF-16 with one, Windows-1252 from Excel's "CSV (Comma delimited)"), detected or given, decoded
 * once. A file that is valid text in none of them is refused with the line of the first bad byte.
 *
 * @module
 */
import { type FileContext, failFile, hexByte } from './problems.js';
import { textDecoder } from './text-decoder.js';

/** The text encodings a file may be read in. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The names accepted for each encoding (compared without case, spaces, `-` or `_`). */
const ENCODING_ALIASES: Record<string, TextEncodingName> = {
  utf8: 'utf-8',
  utf8bom: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  windows1252: 'windows-1252',
  cp1252: 'windows-1252',
  win1252: 'windows-1252',
  // ISO-8859-1 files are read as Windows-1252, as browsers do (the WHATWG Encoding Standard):
  // the two differ only in 0x80-0x9F, which ISO-8859-1 text does not use.
  latin1: 'windows-1252',
  iso88591: 'windows-1252',
};

/**
 * The encoding a name stands for, or `undefined` when it is not one the readers know.
 *
 * @example
 * encodingFromName('UTF-8');   // 'utf-8'
 * encodingFromName('cp1252');  // 'windows-1252'
 * encodingFromName('ebcdic');  // undefined
 */
export function encodingFromName(name: string): TextEncodingName | undefined {
  return ENCODING_ALIASES[name.toLowerCase().replace(/[\s_-]/g, '')];
}

/** Text decoded from a file, and how. */
export interface DecodedText {
  /** The text, without its byte-order mark. */
  text: string;
  /** The encoding it was read in. */
  encoding: TextEncodingName;
  /** Whether the file began with a byte-order mark. */
  byteOrderMark: boolean;
}

/**
 * Windows-1252's characters for the bytes 0x80-0x9F (the rest are ISO-8859-1). The five bytes it
 * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stand for themselves here; files holding them are
 * refused before decoding. From the Unicode mapping table CP1252.TXT.
 */
const CP1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** How many leading bytes are checked as UTF-8 before the whole file is decoded. */
const UTF8_SAMPLE_BYTES = 64 * 1024;

/** How many leading bytes are examined to recognise UTF-16 without a byte-order mark. */
const UTF16_SAMPLE_BYTES = 4096;

/** The line (from 1) that byte `offset` is on; LF, CRLF and a lone CR each end a line. */
export function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const byte = bytes[i]!;
    if (byte === 10 || (byte === 13 && bytes[i + 1] !== 10)) line++;
  }
  return line;
}

/** The line (from 1) that character `offset` of a decoded text is on. */
export function lineAtChar(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

/** Length of the valid UTF-8 sequence at `i` (1 for ASCII), or 0 when none starts there. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Offset of the first byte that starts no valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/** Windows-1252 decoded, with what the pass noticed on the way. */
interface Windows1252Text {
  text: string;
  /** Offset of the first byte Windows-1252 leaves undefined, or -1. */
  undefinedAt: number;
  /**
   * Offset of the first pair typical of UTF-8 European text and never of Windows-1252 text (`C2` or
   * `C3` then a byte 80-BF: £, é; `E2 80` then one: ’, –), or -1.
   */
  utf8TextAt: number;
}

/** Bytes decoded per chunk: one chunk of UTF-16 code units is built at a time. */
const CHUNK_BYTES = 1 << 16;

/**
 * Decodes Windows-1252 in one pass over the bytes, chunk by chunk: a chunk without 0x80-0x9F is
 * decoded by the platform as ISO-8859-1 (the same characters there); a chunk with them is mapped to
 * UTF-16 code units here (Node 20's TextDecoder decodes `windows-1252` as ISO-8859-1, so 0x92
 * would become U+0092 instead of ’). Node and browsers give the same text.
 */
function decodeWindows1252(bytes: Uint8Array): Windows1252Text {
  const latin1 = textDecoder('windows-1252');
  const utf16 = textDecoder('utf-16le');
  const units = new Uint16Array(Math.min(bytes.length, CHUNK_BYTES));
  const parts: string[] = [];
  let undefinedAt = -1;
  let utf8TextAt = -1;
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const end = Math.min(bytes.length, start + CHUNK_BYTES);
    let c1 = false;
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      if (byte < 0x80) continue;
      if (byte <= 0x9f) {
        c1 = true;
        if (undefinedAt < 0 && CP1252_80_9F.charCodeAt(byte - 0x80) === byte) undefinedAt = i;
      }
      if (utf8TextAt < 0) {
        const next = bytes[i + 1]!;
        if (((byte === 0xc2 || byte === 0xc3) && next >= 0x80 && next <= 0xbf) || (byte === 0xe2 && next === 0x80 && bytes[i + 2]! >= 0x80 && bytes[i + 2]! <= 0xbf)) {
          utf8TextAt = i;
        }
      }
    }
    if (!c1) {
      parts.push(latin1.decode(bytes.subarray(start, end)));
      continue;
    }
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      units[i - start] = byte >= 0x80 && byte <= 0x9f ? CP1252_80_9F.charCodeAt(byte - 0x80) : byte;
    }
    parts.push(utf16.decode(new Uint8Array(units.buffer, 0, (end - start) * 2)));
  }
  return { text: parts.join(''), undefinedAt, utf8TextAt };
}

/** Whether the bytes hold EF BF BD, U+FFFD written in UTF-8. */
function holdsReplacementCharacter(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(0xef); at >= 0; at = bytes.indexOf(0xef, at + 1)) {
    if (bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd) return true;
  }
  return false;
}

function byteOrderMark(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** `'utf-16le'`/`'utf-16be'` when the leading bytes look like UTF-16 without a byte-order mark. */
function utf16WithoutMark(bytes: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  // Latin text in UTF-16 has a NUL in every other byte; require most of the pairs to show it.
  if (n >= 4 && oddNul > n / 4 && evenNul < oddNul / 8) return 'utf-16le';
  if (n >= 4 && evenNul > n / 4 && oddNul < evenNul / 8) return 'utf-16be';
  return undefined;
}

const ENCODING_LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252',
};

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName, context: FileContext): string {
  if (encoding === 'windows-1252') {
    const decoded = decodeWindows1252(bytes);
    if (decoded.undefinedAt >= 0) {
      const line = lineAtByte(bytes, decoded.undefinedAt);
      failFile(context, `${context.name} is not valid Windows-1252 text: line ${line} has the byte ${hexByte(bytes[decoded.undefinedAt]!)}, which Windows-1252 leaves undefined`, line);
    }
    return decoded.text;
  }
  try {
    // ignoreBOM: the caller has already stepped over a byte-order mark.
    return textDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (encoding === 'utf-8') {
      const at = firstInvalidUtf8(bytes);
      const line = lineAtByte(bytes, at);
      failFile(context, `${context.name} is not valid UTF-8 text: line ${line} has the byte ${hexByte(bytes[at]!)}, which UTF-8 cannot read (leave the encoding out to detect it)`, line);
    }
    const text = textDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    const line = lineAtChar(text, text.indexOf('\uFFFD'));
    return failFile(context, `${context.name} is not valid ${ENCODING_LABEL[encoding]} text from line ${line} on`, line);
  }
}

function detectAndDecode(bytes: Uint8Array, context: FileContext): { text: string; encoding: TextEncodingName } {
  const utf16 = utf16WithoutMark(bytes);
  if (utf16 !== undefined) {
    failFile(context, `${context.name} looks like ${ENCODING_LABEL[utf16]} text without a byte-order mark (every other byte is zero): save it again as "CSV UTF-8", or give its encoding as "${utf16}"`);
  }
  // A first look at the start: an invalid byte there sends the file straight to Windows-1252 (a
  // lenient UTF-8 decoding of a whole Windows-1252 file would be wasted). A sequence cut by the
  // end of the sample is not counted as invalid.
  const sample = bytes.subarray(0, UTF8_SAMPLE_BYTES);
  const sampleInvalid = firstInvalidUtf8(sample);
  if (sampleInvalid < 0 || (sample.length < bytes.length && sampleInvalid >= sample.length - 3)) {
    // Decoded leniently (faster than a fatal decoder in Node 20), then checked: a U+FFFD in the
    // text is either written in the file (EF BF BD) or a byte UTF-8 cannot read.
    const text = textDecoder('utf-8').decode(bytes);
    if (!text.includes('\uFFFD')) return { text, encoding: 'utf-8' };
    if (holdsReplacementCharacter(bytes) && firstInvalidUtf8(bytes) < 0) return { text, encoding: 'utf-8' };
  }
  // Not UTF-8: Windows-1252, unless the file is partly UTF-8 (either reading would garble some
  // names) or has bytes Windows-1252 lacks.
  const decoded = decodeWindows1252(bytes);
  if (decoded.utf8TextAt >= 0) {
    const at = firstInvalidUtf8(bytes);
    const line = lineAtByte(bytes, at);
    failFile(context, `${context.name} mixes encodings: line ${lineAtByte(bytes, decoded.utf8TextAt)} is UTF-8 text but line ${line} has the byte ${hexByte(bytes[at]!)}, which UTF-8 cannot read; save the file again as "CSV UTF-8", or give its encoding`, line);
  }
  if (decoded.undefinedAt >= 0) {
    const at = firstInvalidUtf8(bytes);
    const badLine = lineAtByte(bytes, at);
    const line = lineAtByte(bytes, decoded.undefinedAt);
    failFile(context, `${context.name} is not text in UTF-8 nor in Windows-1252: line ${badLine} has the byte ${hexByte(bytes[at]!)}, which UTF-8 cannot read, and line ${line} the byte ${hexByte(bytes[decoded.undefinedAt]!)}, which Windows-1252 leaves undefined; save it again as "CSV UTF-8"`, Math.min(badLine, line));
  }
  return { text: decoded.text, encoding: 'windows-1252' };
}

/**
 * Decodes a text file's bytes once. A byte-order mark decides the encoding (UTF-8, UTF-16 LE or
 * BE); without one the given encoding is used, or else it is detected: UTF-8 when the bytes are
 * valid UTF-8, otherwise Windows-1252 (what Excel's "CSV (Comma delimited)" writes). Refused, with
 * the line named: bytes invalid in the encoding (given or detected), a file that mixes UTF-8 with
 * another encoding, UTF-16 without a byte-order mark (unless given), and NUL characters.
 *
 * @param bytes The file's bytes.
 * @param context The file's name and source, for messages.
 * @param given The encoding, when the person has said it.
 * @returns The text without its byte-order mark, the encoding, and whether there was a mark.
 * @throws {WresInputError} When the bytes are not text in the encoding, given or detected.
 * @example
 * decodeText(new Uint8Array([0xa3, 0x35, 0x92]), { name: 'pay.csv', source: 'staff' });
 * // { text: '£5’', encoding: 'windows-1252', byteOrderMark: false }
 */
export function decodeText(bytes: Uint8Array, context: FileContext, given?: TextEncodingName): DecodedText {
  const mark = byteOrderMark(bytes);
  let decoded: { text: string; encoding: TextEncodingName };
  if (mark !== undefined) {
    decoded = { text: decodeStrict(bytes.subarray(mark.length), mark.encoding, context), encoding: mark.encoding };
  } else if (given !== undefined) {
    decoded = { text: decodeStrict(bytes, given, context), encoding: given };
  } else {
    decoded = detectAndDecode(bytes, context);
  }
  const nul = decoded.text.indexOf('\u0000');
  if (nul >= 0) {
    const line = lineAtChar(decoded.text, nul);
    failFile(context, `${context.name} has a NUL character on line ${line}: it does not look like a text file (read as ${ENCODING_LABEL[decoded.encoding]})`, line);
  }
  return { ...decoded, byteOrderMark: mark !== undefined };
}
