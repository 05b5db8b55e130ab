/**
 * Where a CSV file's rows are, in its bytes: the delimiter and header as the exact reader
 * (src/read/read-table.ts) finds them, with `skipRows` title lines above, and the byte where the
 * first row after the header starts. What the coded reader needs to read a file's rows as the
 * exact reader would.
 *
 * @module
 */
import { fieldText, fieldsIn, tokenizeCsv } from './csv-tokens.js';
import { type Delimiter, delimiterFromName, detectDelimiter } from './delimiter.js';
import { textDecoder } from './text-decoder.js';

/**
 * Bytes decoded to find the header: more than the 64K characters delimiter detection reads. A
 * caller may pass only the file's first `CSV_LAYOUT_BYTES + 4` bytes.
 */
export const CSV_LAYOUT_BYTES = 4 * 65_536 + 4;
const PREFIX_BYTES = CSV_LAYOUT_BYTES;

const decoder = textDecoder('utf-8');

/** How many bytes `text` takes in UTF-8 (the text is valid: surrogates come in pairs). */
function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) length += 1;
    else if (c < 0x800) length += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      length += 4;
      i += 1;
    } else length += 3;
  }
  return length;
}

/** Where a file's rows are. */
export interface CsvLayout {
  delimiter: Delimiter;
  /** The header, as written. */
  header: string[];
  /** The byte where the rows after the header start (the file's length when there are none). */
  dataStart: number;
}

/**
 * Finds the delimiter, the header and where the rows start in UTF-8 bytes, as the exact reader
 * would; `undefined` when that is not plain (a `sep=` line, a header with a quote problem, a
 * header longer than the bytes looked at): the exact reader then reads the file.
 *
 * @param bytes The file's bytes, UTF-8, valid (or only the first {@link CSV_LAYOUT_BYTES} + 4 of them).
 * @param start Where the text starts (after a byte-order mark).
 * @param options The delimiter when given, and the title lines above the header.
 * @returns The layout, or `undefined`.
 * @example
 * csvLayout(new TextEncoder().encode('Staff list\nNo;Grade\n1;PO3\n'), 0, { skipRows: 1 });
 * // { delimiter: ';', header: ['No', 'Grade'], dataStart: 20 }
 */
export function csvLayout(bytes: Uint8Array, start: number, options: { delimiter?: string; skipRows?: number }): CsvLayout | undefined {
  const skipLines = options.skipRows ?? 0;
  const whole = bytes.length - start <= PREFIX_BYTES;
  const text = decoder.decode(bytes.subarray(start, Math.min(bytes.length, start + PREFIX_BYTES)));
  // Excel's "sep=;" line: left to the exact reader.
  if (/^sep=/i.test(text)) return undefined;
  let delimiter: Delimiter | undefined;
  if (options.delimiter !== undefined) {
    delimiter = delimiterFromName(options.delimiter);
    if (delimiter === undefined) return undefined;
  } else {
    // The prefix is longer than the sample detection reads, so the guess is the whole file's.
    delimiter = detectDelimiter(text, skipLines);
  }
  const tokens = tokenizeCsv(text, { delimiter: delimiter.charCodeAt(0), skipLines, maxProblems: 10 });
  if (tokens.records === 0 || (!whole && tokens.records < 2)) return undefined;
  // Problems from the first data row on are the coded reader's to find (and the cut at the end of
  // the prefix may make one).
  const firstDataLine = tokens.records > 1 ? (tokens.lines[1] as number) : Number.POSITIVE_INFINITY;
  if (tokens.problems.some((p) => p.line < firstDataLine)) return undefined;
  const width = fieldsIn(tokens, 0);
  const headerFirst = tokens.first[0] as number;
  const header = Array.from({ length: width }, (_, f) => fieldText(tokens, headerFirst + f));
  // The header's last field ends where its sentinel entry says; its line break follows.
  let end = (tokens.starts[(tokens.first[1] as number) - 1] as number) - 1;
  if (end < text.length) end += text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1;
  return { delimiter, header, dataStart: start + utf8Length(text.slice(0, end)) };
}
