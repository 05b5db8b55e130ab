/**
 * The CSV tokeniser: one linear pass over decoded text that records where each field starts,
 * without making a string per field (RFC 4180 quoting: fields in double quotes may hold the
 * delimiter, line breaks and `""` for a quote). Line breaks may be LF, CRLF or a lone CR, mixed;
 * each record keeps the physical line it starts on.
 *
 * @module
 */

/** A spreadsheet cell holds at most 32,767 characters (Excel's limit); a longer field is an error. */
export const MAX_FIELD_LENGTH = 32_767;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A problem the tokeniser found, at the line where the record (or quoted field) starts. */
export interface TokenProblem {
  line: number;
  /** 0-based field index within its record. */
  field: number;
  kind: 'too-long' | 'unclosed-quote' | 'text-after-quote';
  /** For `too-long`: the field's length. */
  length?: number;
}

/**
 * The tokenised records. Field `j` spans `text.slice(starts[j], starts[j + 1] - 1)`; each record's
 * fields are `first[r] .. first[r + 1] - 2`, followed by one sentinel entry (the end of its last
 * field plus one), so the rule holds for every field. A quoted field's span includes its quotes.
 */
export interface CsvTokens {
  text: string;
  starts: Uint32Array;
  /** `first[r]`: index in `starts` of record `r`'s first field; `first[records]` ends the list. */
  first: Uint32Array;
  /** Physical line (from 1) each record starts on. */
  lines: Uint32Array;
  records: number;
  /** The first problems found (at most `maxProblems`). */
  problems: TokenProblem[];
  /** How many problems there were in all. */
  problemCount: number;
}

/** Options of {@link tokenizeCsv}. */
export interface TokenizeOptions {
  /** Char code of the delimiter. */
  delimiter: number;
  /** Records starting on lines 1..skipLines are dropped (title lines above the header). */
  skipLines: number;
  /** Stop at the first record boundary at or after this character offset (for sampling). */
  stopAfter?: number;
  /** Problems kept in full (all are counted). Default 10. */
  maxProblems?: number;
}

function grow(array: Uint32Array<ArrayBuffer>, needed: number): Uint32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const next = new Uint32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/** Index of `char` in `text` from `from`, or the text's length when there is none. */
function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

/** Whether `text[from, to)` has a character other than white space (as `String.prototype.trim` sees it). */
function hasText(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !/\s/.test(text[k]!)) return true;
  }
  return false;
}

/**
 * Tokenises CSV text in one pass. Blank records (an empty line, or fields that are all empty or
 * white space, as the CSV reader of src/csv skips them) are dropped,
 * as are records that start on a skipped line; everything else is kept, problems included, so the
 * caller can name every bad line at once.
 */
export function tokenizeCsv(text: string, options: TokenizeOptions): CsvTokens {
  const { delimiter, skipLines } = options;
  const maxProblems = options.maxProblems ?? 10;
  const n = text.length;
  const stopAfter = options.stopAfter ?? n;
  // Sized for typical exports (a field every 8 characters, a record every 64); grown when needed.
  const expected = Math.min(n, stopAfter + 1024);
  let starts = new Uint32Array(Math.max(64, Math.ceil(expected / 8)));
  let first = new Uint32Array(Math.max(16, Math.ceil(expected / 64)));
  let lines = new Uint32Array(first.length);
  let fieldCount = 0;
  let records = 0;
  const problems: TokenProblem[] = [];
  let problemCount = 0;
  const problem = (p: TokenProblem): void => {
    problemCount++;
    if (problems.length < maxProblems) problems.push(p);
  };

  const delimiterChar = String.fromCharCode(delimiter);
  const hasCr = text.includes('\r');
  let nextDelimiter = -1;
  let nextLf = -1;
  let nextCr = -1;
  let i = 0;
  let line = 1;
  while (i <= n) {
    // One record.
    const recordLine = line;
    const recordFirst = fieldCount;
    let hasContent = false;
    let field = 0;
    let atEnd = false;
    for (;;) {
      // One field.
      const fieldStart = i;
      starts = grow(starts, fieldCount + 2);
      starts[fieldCount++] = fieldStart;
      if (i < n && text.charCodeAt(i) === QUOTE) {
        const quoteLine = line;
        let j = i + 1;
        let close = -1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) break;
          if (text.charCodeAt(q + 1) === QUOTE) {
            j = q + 2;
            continue;
          }
          close = q;
          break;
        }
        const contentEnd = close < 0 ? n : close;
        for (let k = i + 1; k < contentEnd; k++) {
          const c = text.charCodeAt(k);
          if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) line++;
        }
        if (!hasContent && hasText(text, i + 1, contentEnd)) hasContent = true;
        if (close < 0) {
          problem({ line: quoteLine, field, kind: 'unclosed-quote' });
          i = n;
        } else {
          i = close + 1;
          const c = text.charCodeAt(i);
          if (i < n && c !== delimiter && c !== LF && c !== CR) {
            problem({ line: quoteLine, field, kind: 'text-after-quote' });
            while (i < n) {
              const d = text.charCodeAt(i);
              if (d === delimiter || d === LF || d === CR) break;
              i++;
            }
          }
        }
      } else {
        // The next delimiter, LF and CR are each found by the platform's indexOf and kept until
        // passed, so every character is looked at once by native code, not once per field.
        if (nextDelimiter < i) nextDelimiter = indexOrEnd(text, delimiterChar, i);
        if (nextLf < i) nextLf = indexOrEnd(text, '\n', i);
        if (nextCr < i) nextCr = hasCr ? indexOrEnd(text, '\r', i) : n;
        i = nextDelimiter < nextLf ? nextDelimiter : nextLf;
        if (nextCr < i) i = nextCr;
        if (!hasContent && hasText(text, fieldStart, i)) hasContent = true;
      }
      if (i - fieldStart > MAX_FIELD_LENGTH) problem({ line: recordLine, field, kind: 'too-long', length: i - fieldStart });
      if (i >= n) {
        atEnd = true;
        break;
      }
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        i++;
        field++;
        continue;
      }
      break; // a line break ends the record
    }
    const fieldEnd = i;
    if (!atEnd) {
      i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
    }
    if (!hasContent || recordLine <= skipLines) {
      fieldCount = recordFirst; // a blank or skipped record leaves nothing behind
    } else {
      starts[fieldCount++] = fieldEnd + 1;
      first = grow(first, records + 2);
      lines = grow(lines, records + 2);
      first[records] = recordFirst;
      lines[records] = recordLine;
      records++;
    }
    if (atEnd || i >= stopAfter) break;
  }
  first = grow(first, records + 1);
  first[records] = fieldCount;
  // The estimates above may overshoot: a table kept in memory holds only what it uses.
  const fit = (array: Uint32Array<ArrayBuffer>, used: number): Uint32Array<ArrayBuffer> => (array.length > used * 1.25 + 64 ? array.slice(0, used) : array);
  return { text, starts: fit(starts, fieldCount), first: fit(first, records + 1), lines: fit(lines, records), records, problems, problemCount };
}

/** Number of fields in record `r`. */
export function fieldsIn(tokens: CsvTokens, r: number): number {
  return tokens.first[r + 1]! - tokens.first[r]! - 1;
}

/** The text of field `j` (an index into `starts`), unquoted; `''` when empty. */
export function fieldText(tokens: CsvTokens, j: number): string {
  const { text, starts } = tokens;
  const s = starts[j]!;
  const e = starts[j + 1]! - 1;
  if (s === e) return '';
  if (text.charCodeAt(s) !== QUOTE) return text.slice(s, e);
  // A closed quoted field ends with its quote; one left open runs to the end of the text.
  const inner = text.slice(s + 1, text.charCodeAt(e - 1) === QUOTE && e - 1 > s ? e - 1 : e);
  return inner.includes('"') ? inner.replaceAll('""', '"') : inner;
}
