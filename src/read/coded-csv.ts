/**
 * The fast CSV reader: bytes in, one integer code per chosen cell out. No string is made for a
 * cell whose value was seen before and no object is made for a row, which is what lets a million
 * staff rows be read in well under a second.
 *
 * It reads only clean files: UTF-8, RFC 4180 quoting, every row as wide as the header. On anything
 * else (a broken quote, a row of the wrong width, a cell too long, an id with non-ASCII bytes, a
 * row whose only content is non-ASCII white space) it stops and says why, and the caller reads the
 * file again through the exact reader (src/csv/parse.ts), which names every problem by row. The two
 * readers agree on every clean file: that is tested, not assumed.
 *
 * @module
 */
import { ByteDictionary, hashBytes } from './byte-dictionary.js';
import type { IdList } from './id-list.js';
import { MAX_FIELD_LENGTH } from './csv-tokens.js';

/** Column kinds, as bits: looked up rather than interned; an exact identifier; ISO dates; length checked only. */
const FIND = 1;
const EXACT = 2;
const DATES = 4;
const LENGTH_ONLY = 8;
const NUMBERS = 16;
/** Codes + 1 of dates by (year - 1900, month, day): 200 years of 13 months of 32 days. */
const DATE_KEYS = 200 * 13 * 32;

/** The key of an ISO date's digits (YYYY-MM-DD, 1900 to 2099, month up to 12, day up to 31), or -1. */
function dateKey(bytes: Uint8Array, s: number, e: number): number {
  if (e - s !== 10 || bytes[s + 4] !== 45 || bytes[s + 7] !== 45) return -1;
  let year = 0;
  for (let i = s; i < s + 4; i++) {
    const d = (bytes[i] as number) - 48;
    if (d < 0 || d > 9) return -1;
    year = year * 10 + d;
  }
  const m1 = (bytes[s + 5] as number) - 48;
  const m2 = (bytes[s + 6] as number) - 48;
  const d1 = (bytes[s + 8] as number) - 48;
  const d2 = (bytes[s + 9] as number) - 48;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 3 || d2 < 0 || d2 > 9) return -1;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1900 || year > 2099 || month > 12 || day > 31) return -1;
  return ((year - 1900) * 13 + month) * 32 + day;
}

/** Whether `bytes[s, e)` is a plain decimal number: 1 to 15 digits, then perhaps a point and 1 to 15 digits. */
function plainNumber(bytes: Uint8Array, s: number, e: number): boolean {
  let i = s;
  while (i < e && i - s < 16 && (bytes[i] as number) - 48 >>> 0 <= 9) i++;
  if (i === s || i - s > 15) return false;
  if (i === e) return true;
  if (bytes[i] !== 46) return false;
  const point = ++i;
  while (i < e && (bytes[i] as number) - 48 >>> 0 <= 9) i++;
  return i === e && i > point && i - point <= 15;
}

/** Slots per column of the table of recent values, and the most values a column may have for it to be used. */
const RECENT_SLOTS = 256;
const RECENT_LIMIT = 512;

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Whether a byte is ASCII white space as `String.prototype.trim` sees it (tab to CR, space). */
function isSpace(byte: number): boolean {
  return byte === SPACE || (byte >= TAB && byte <= CR);
}

/** A column whose cells are coded. */
export interface CodedColumn {
  /** Its position in the header, from 0. */
  index: number;
  /** Where its values are interned (or only looked up). */
  dictionary: ByteDictionary;
  /**
   * `'intern'` (default): each new value becomes an entry. `'find'`: values are looked up only
   * (a staff id in a CPD file), and one that is not an entry codes as -1.
   */
  mode?: 'intern' | 'find';
  /**
   * An identifier compared byte for byte, never decoded: a blank cell codes as -1, and a cell with
   * a byte outside ASCII or longer than `maxLength` stops the reading (two different byte strings
   * could read as the same text; the exact reader names a cell that is too long).
   */
  exact?: boolean;
  /** For an `exact` column: the longest value read here. */
  maxLength?: number;
  /**
   * For an `exact` column: each non-blank cell is appended to this list instead of interned, and
   * its code is its index in the list (so ids are checked and joined afterwards: see src/read/id-list.ts).
   */
  list?: IdList;
  /**
   * A column of ISO dates: a cell written YYYY-MM-DD (years 1900 to 2099) finds its code by the
   * date's digits, without hashing. Any other cell is interned as in any column.
   */
  dates?: boolean;
  /**
   * A column whose values are not needed, only checked for length: nothing is interned (every
   * code is 0), and a cell of more than this many bytes stops the reading.
   */
  lengthOnly?: number;
  /**
   * A column of numbers whose values are not needed, only checked: a cell written as a plain
   * decimal number (digits, perhaps a point and digits) codes as 0 without hashing, and the
   * dictionary's entry 0 must be such a number (`0`). Any other cell is interned as in any column.
   */
  numbers?: boolean;
}

/** Options of {@link CodedCsvReader}. */
export interface CodedCsvOptions {
  /** The field delimiter, one ASCII character. */
  delimiter: string;
  /** How many columns the header has: every row must have as many. */
  width: number;
  /** The columns to code, in the order their codes are handed on. */
  columns: readonly CodedColumn[];
  /**
   * The bytes start after the header, at the start of a row (the second part of a file split at a
   * line break): no header row is skipped and no byte-order mark looked for.
   */
  headerless?: boolean;
  /**
   * Called with each data row's codes (`codes[k]` for `columns[k]`; the array is reused). Returning
   * `false` stops the reading (`stopped` is then `'row'`).
   */
  onRow: (codes: Int32Array) => boolean | void;
}

/** Why the fast reader stopped: the file is to be read by the exact reader. */
export type CodedCsvStop = 'quote' | 'width' | 'long-cell' | 'id-bytes' | 'blank-like' | 'header' | 'row';

const enum Cell {
  /** The cell ended; `cellStart`/`cellEnd` hold its content. */
  Done,
  /** The buffer ended inside the cell. */
  More,
  /** The file is not clean. */
  Stop,
}

/**
 * A push reader: `write` chunks of bytes, then `end`. The first non-blank row is the header and
 * is skipped (its width is checked); blank rows are skipped as the exact reader skips them.
 *
 * @example
 * const ids = new ByteDictionary();
 * const seen: number[] = [];
 * const reader = new CodedCsvReader({ delimiter: ',', width: 2, columns: [{ index: 0, dictionary: ids }], onRow: (codes) => seen.push(codes[0]!) });
 * reader.write(new TextEncoder().encode('id,x\nS1,a\n\n"S2",b\nS1,c\n'));
 * reader.end();
 * seen; // [0, 1, 0]
 * reader.rows; // 3
 */
export class CodedCsvReader {
  /** Data rows handed on so far. */
  rows = 0;
  /** Why reading stopped early, or undefined. */
  stopped: CodedCsvStop | undefined;
  private readonly delimiter: number;
  private readonly width: number;
  private readonly columnAt: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly dictionaries: ByteDictionary[];
  private readonly lists: (IdList | undefined)[];
  /** The listed columns, and their lists' sizes where the row being read started (to undo a row cut by the chunk's end). */
  private readonly listed: number[];
  private readonly listSizes: Int32Array;
  private readonly maxLengths: Float64Array;
  /** Per column, {@link RECENT_SLOTS} codes + 1 of recent values (0: none). */
  private readonly recent: Int32Array;
  /** Per date column, codes + 1 by {@link dateKey}. */
  private readonly dateCodes: Int32Array[];
  private readonly codes: Int32Array;
  private readonly onRow: (codes: Int32Array) => boolean | void;
  private carry: Uint8Array | undefined;
  private joined = new Uint8Array(0);
  private headerSeen = false;
  private first = true;
  private scratch = new Uint8Array(256);
  // The last quoted cell read: its content's bounds (in `cellBytes`), and where the reading goes on.
  private cellBytes: Uint8Array = new Uint8Array(0);
  private cellStart = 0;
  private cellEnd = 0;
  private next = 0;

  constructor(options: CodedCsvOptions) {
    if (options.delimiter.length !== 1 || options.delimiter.charCodeAt(0) > 127) throw new RangeError('the delimiter must be one ASCII character');
    this.delimiter = options.delimiter.charCodeAt(0);
    this.width = options.width;
    this.kinds = Uint8Array.from(options.columns, (c) =>
      (c.mode === 'find' ? FIND : 0) | (c.exact === true ? EXACT : 0) | (c.dates === true ? DATES : 0) | (c.lengthOnly === undefined ? 0 : LENGTH_ONLY) | (c.numbers === true ? NUMBERS : 0));
    this.dateCodes = options.columns.map((c) => (c.dates === true ? new Int32Array(DATE_KEYS) : new Int32Array(0)));
    this.dictionaries = options.columns.map((c) => c.dictionary);
    this.lists = options.columns.map((c) => (c.exact === true ? c.list : undefined));
    this.listed = this.lists.flatMap((list, k) => (list === undefined ? [] : [k]));
    this.listSizes = new Int32Array(options.columns.length);
    this.maxLengths = Float64Array.from(options.columns, (c) => c.lengthOnly ?? c.maxLength ?? Number.POSITIVE_INFINITY);
    this.recent = new Int32Array(options.columns.length * RECENT_SLOTS);
    this.codes = new Int32Array(options.columns.length);
    this.onRow = options.onRow;
    if (options.headerless === true) {
      this.headerSeen = true;
      this.first = false;
    }
    this.columnAt = new Int32Array(options.width).fill(-1);
    options.columns.forEach((column, k) => {
      if (column.index < 0 || column.index >= options.width) throw new RangeError(`column ${column.index} is outside the header's ${options.width} columns`);
      this.columnAt[column.index] = k;
    });
  }

  /** Reads the next chunk. */
  write(chunk: Uint8Array): void {
    if (this.stopped !== undefined) return;
    // A plain Uint8Array view (not a Node Buffer), so the reading loop sees one array type.
    let bytes = chunk.constructor === Uint8Array ? chunk : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.carry !== undefined) {
      // The row the last chunk ended in, then this chunk, in one buffer kept from chunk to chunk
      // (a new buffer per chunk would be a megabyte of fresh memory each time).
      const length = this.carry.length + chunk.length;
      if (this.joined.length < length) this.joined = new Uint8Array(Math.max(length, this.joined.length * 2));
      this.joined.set(this.carry);
      this.joined.set(chunk, this.carry.length);
      bytes = this.joined.subarray(0, length);
      this.carry = undefined;
    }
    let from = 0;
    if (this.first) {
      if (bytes.length < 3) {
        this.carry = bytes.slice();
        return;
      }
      this.first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) from = 3;
    }
    const done = this.rowsOf(bytes, from, false);
    if (this.stopped === undefined && done < bytes.length) {
      // The row cut by the chunk's end is read again with the next chunk: its ids are not listed yet.
      for (const k of this.listed) (this.lists[k] as IdList).truncate(this.listSizes[k] as number);
      if (bytes.length - done > MAX_FIELD_LENGTH * 4 + 65_536) {
        // One row longer than any clean row can be: let the exact reader say where.
        this.stopped = 'long-cell';
        return;
      }
      this.carry = bytes.slice(done);
    }
  }

  /** Ends the file: reads what is left. */
  end(): void {
    if (this.stopped !== undefined) return;
    const bytes = this.carry ?? new Uint8Array(0);
    this.carry = undefined;
    let from = 0;
    if (this.first) {
      this.first = false;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) from = 3;
    }
    if (from < bytes.length) this.rowsOf(bytes, from, true);
    if (this.stopped === undefined && !this.headerSeen) this.stopped = 'header';
  }

  /** Reads whole rows from `from`; returns where the first incomplete row starts (or the end). */
  private rowsOf(bytes: Uint8Array, from: number, final: boolean): number {
    const end = bytes.length;
    const delimiter = this.delimiter;
    const width = this.width;
    const columnAt = this.columnAt;
    const kinds = this.kinds;
    const dictionaries = this.dictionaries;
    const codes = this.codes;
    const maxLengths = this.maxLengths;
    let p = from;
    const listed = this.listed;
    while (p < end) {
      const rowStart = p;
      for (let i = 0; i < listed.length; i++) {
        const k = listed[i] as number;
        this.listSizes[k] = (this.lists[k] as IdList).size;
      }
      let field = 0;
      let content = false;
      let highOnly = false;
      for (;;) {
        const k = field < width && this.headerSeen ? (columnAt[field] as number) : -1;
        let cellBytes = bytes;
        let s = p;
        let e: number;
        let high = 0;
        if (p < end && bytes[p] === QUOTE) {
          const state = this.quotedCell(bytes, p, end, final);
          if (state !== Cell.Done) return rowStart;
          cellBytes = this.cellBytes;
          s = this.cellStart;
          e = this.cellEnd;
          p = this.next;
          for (let i = s; i < e; i++) high |= cellBytes[i] as number;
        } else {
          // The common case, a cell without quotes.
          while (p < end) {
            const c = bytes[p] as number;
            if (c === delimiter || c === LF || c === CR) break;
            high |= c;
            p++;
          }
          if (p >= end && !final) return rowStart;
          if (p - s > MAX_FIELD_LENGTH) {
            this.stopped = 'long-cell';
            return rowStart;
          }
          e = p;
        }
        if (s < e && (isSpace(cellBytes[s] as number) || isSpace(cellBytes[e - 1] as number))) {
          while (s < e && isSpace(cellBytes[s] as number)) s++;
          while (e > s && isSpace(cellBytes[e - 1] as number)) e--;
        }
        if (s < e) {
          if ((cellBytes[s] as number) < 128 || (cellBytes[e - 1] as number) < 128) content = true;
          else highOnly = true;
        }
        if (k >= 0) {
          const kind = kinds[k] as number;
          if (kind === LENGTH_ONLY) {
            if (e - s > (maxLengths[k] as number)) {
              this.stopped = 'long-cell';
              return rowStart;
            }
            codes[k] = 0;
          } else if ((kind & EXACT) !== 0 && s === e) codes[k] = -1;
          else {
            if ((kind & EXACT) !== 0 && (high >= 128 || e - s > (maxLengths[k] as number))) {
              this.stopped = 'id-bytes';
              return rowStart;
            }
            const list = this.lists[k];
            if (list !== undefined) codes[k] = list.add(cellBytes, s, e, hashBytes(cellBytes, s, e));
            else {
              const dictionary = dictionaries[k] as ByteDictionary;
              const dateKeyOf = kind === DATES ? dateKey(cellBytes, s, e) : -1;
              if (kind === NUMBERS && plainNumber(cellBytes, s, e)) codes[k] = 0;
              else if (dateKeyOf >= 0) {
                // The digits of a date are its key: each distinct date is interned once.
                const dates = this.dateCodes[k] as Int32Array;
                let code = (dates[dateKeyOf] as number) - 1;
                if (code < 0) {
                  code = dictionary.intern(cellBytes, s, e);
                  dates[dateKeyOf] = code + 1;
                }
                codes[k] = code;
              } else if (kind === 0 && dictionary.size <= RECENT_LIMIT) {
                // A column of few values: a small table by length and end bytes remembers the last
                // value seen for each; a match is confirmed byte by byte, without hashing.
                const length = e - s;
                const key = k * RECENT_SLOTS + ((length * 131 + (length > 0 ? (cellBytes[e - 1] as number) * 31 + (cellBytes[s] as number) + (length > 2 ? (cellBytes[e - 3] as number) * 7 : 0) : 0)) & (RECENT_SLOTS - 1));
                const recent = (this.recent[key] as number) - 1;
                if (recent >= 0 && dictionary.holds(recent, cellBytes, s, e)) codes[k] = recent;
                else {
                  const code = dictionary.intern(cellBytes, s, e);
                  this.recent[key] = code + 1;
                  codes[k] = code;
                }
              } else {
                const h = hashBytes(cellBytes, s, e);
                codes[k] = (kind & FIND) !== 0 ? dictionary.findHashed(cellBytes, s, e, h) : dictionary.internHashed(cellBytes, s, e, h);
              }
            }
          }
        }
        field += 1;
        if (p >= end) break;
        const c = bytes[p] as number;
        if (c === delimiter) {
          p += 1;
          continue;
        }
        // A line break (CR, LF or CRLF) ends the row.
        if (c === CR) {
          if (p + 1 >= end && !final) return rowStart;
          p += bytes[p + 1] === LF ? 2 : 1;
        } else {
          p += 1;
        }
        break;
      }
      if (!content) {
        // A row of blank cells is skipped; one whose only content is non-ASCII may be white space
        // (a no-break space) that the exact reader trims away: let it decide.
        if (highOnly) {
          this.stopped = 'blank-like';
          return rowStart;
        }
        continue;
      }
      if (field !== width) {
        this.stopped = this.headerSeen ? 'width' : 'header';
        return rowStart;
      }
      if (!this.headerSeen) {
        this.headerSeen = true;
        continue;
      }
      this.rows += 1;
      if (this.onRow(codes) === false) {
        this.stopped = 'row';
        return p;
      }
    }
    return p;
  }

  /**
   * Reads one quoted cell starting at `p` (its opening quote): sets `cellBytes`, `cellStart`,
   * `cellEnd` (the content without the quotes) and `next` (the delimiter or line break after it,
   * or `end`).
   */
  private quotedCell(bytes: Uint8Array, p: number, end: number, final: boolean): Cell {
    const delimiter = this.delimiter;
    {
      const start = p + 1;
      let q = start;
      let escaped = false;
      let close: number;
      for (;;) {
        q = bytes.indexOf(QUOTE, q);
        if (q < 0 || q >= end) {
          if (final) {
            this.stopped = 'quote';
            return Cell.Stop;
          }
          return Cell.More;
        }
        if (q + 1 >= end && !final) return Cell.More;
        if (bytes[q + 1] === QUOTE) {
          escaped = true;
          q += 2;
          continue;
        }
        close = q;
        break;
      }
      // Counted with its two quotes, as the strictest exact reader counts it (src/read/csv-tokens.ts).
      if (close - start + 2 > MAX_FIELD_LENGTH) {
        this.stopped = 'long-cell';
        return Cell.Stop;
      }
      let n = close + 1;
      // White space after a closing quote (but not the delimiter itself, when it is a tab).
      while (n < end && (bytes[n] === SPACE || (bytes[n] === TAB && delimiter !== TAB))) n++;
      if (n >= end && !final) return Cell.More;
      if (n < end) {
        const c = bytes[n] as number;
        if (c !== delimiter && c !== LF && c !== CR) {
          this.stopped = 'quote';
          return Cell.Stop;
        }
      }
      this.next = n;
      if (!escaped) {
        this.cellBytes = bytes;
        this.cellStart = start;
        this.cellEnd = close;
        return Cell.Done;
      }
      // A doubled quote is one quote: the content is copied without the doubling.
      if (this.scratch.length < close - start) this.scratch = new Uint8Array((close - start) * 2);
      const out = this.scratch;
      let length = 0;
      for (let i = start; i < close; i++) {
        out[length++] = bytes[i] as number;
        if (bytes[i] === QUOTE) i++;
      }
      this.cellBytes = out;
      this.cellStart = 0;
      this.cellEnd = length;
      return Cell.Done;
    }
  }
}
