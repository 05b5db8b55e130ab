/**
 * Splitting CSV text into rows of cells, one chunk at a time, in time linear in the text's length
 * however long a line or a cell is, with the physical line each row starts on.
 *
 * Line breaks are `\r\n`, `\n` or a lone `\r`, in any mixture: each is one physical line, inside
 * quoted cells too, so row numbers are those a text editor shows. A cell longer than the limit stops
 * the reading (it is an error anyway, and most often a quote that is never closed, which would
 * otherwise swallow the rest of the file).
 *
 * @module
 */

/** What is wrong with a row's quotes, if anything. */
export type QuoteProblem = 'unclosed' | 'misplaced';

/** One row as split from the text. */
export interface TokenizedRow {
  /** The cells, unquoted (at most `keepFields` of them; the rest are counted only). */
  fields: string[];
  /** How many cells the row has, kept or not. */
  fieldCount: number;
  /** Physical line where the row starts (the first line is 1). */
  line: number;
  /** A quote problem: `unclosed` (a quoted cell runs to the end of the text), `misplaced` (text after a closing quote). */
  quoteProblem?: QuoteProblem;
}

/** A cell over the length limit, which stopped the reading. */
export interface OverlongCell {
  /** Physical line where its row starts. */
  line: number;
  /** Its position in the row, from 0. */
  fieldIndex: number;
  /** Whether it opened with a quote (then most likely one never closed). */
  quoted: boolean;
}

/** Options of {@link CsvTokenizer}. */
export interface CsvTokenizerOptions {
  /** Field delimiter: one character. */
  delimiter: string;
  /** The longest cell allowed, in characters. */
  maxCellLength: number;
  /** Called with each row, blank lines included (as one empty cell). */
  onRow: (row: TokenizedRow) => void;
  /** Called once when a cell is longer than `maxCellLength`; nothing is read after it. */
  onOverlong: (cell: OverlongCell) => void;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;

const enum State {
  /** At the start of a cell. */
  CellStart,
  /** In a cell that did not open with a quote. */
  Unquoted,
  /** Inside a quoted cell. */
  Quoted,
  /** Just after a quote inside a quoted cell: a doubled quote or the closing one. */
  QuoteInQuoted,
  /** After a closing quote (spaces allowed before the delimiter). */
  Closed,
}

/**
 * A push tokenizer: `write` each chunk of text, then `end`. Rows are handed to `onRow` as they are
 * complete. `stop()` ends the reading early (nothing more is handed on).
 *
 * @example
 * const rows: string[][] = [];
 * const t = new CsvTokenizer({ delimiter: ',', maxCellLength: 100, onRow: (r) => rows.push(r.fields), onOverlong: () => undefined });
 * t.write('a,"b\r\nc"\rd,e');
 * t.end();
 * rows; // [['a', 'b\r\nc'], ['d', 'e']]
 */
export class CsvTokenizer {
  /** Cells of the current row beyond this many are counted, not kept. */
  keepFields = Number.POSITIVE_INFINITY;
  private readonly delimiter: number;
  private state = State.CellStart;
  private fields: string[] = [];
  private fieldCount = 0;
  /** Pieces of the current cell from earlier chunks. */
  private parts: string[] = [];
  private cellLength = 0;
  private cellQuoted = false;
  private quoteProblem: QuoteProblem | undefined;
  /** The physical line the reader is on, and the one the current row started on. */
  private line = 1;
  private rowLine = 1;
  /** The last character of the previous chunk was a CR (a following LF belongs to it). */
  private pendingCr = false;
  private done = false;

  constructor(private readonly options: CsvTokenizerOptions) {
    if (options.delimiter.length !== 1) throw new RangeError('the delimiter must be one character');
    this.delimiter = options.delimiter.charCodeAt(0);
  }

  /** Whether reading has ended (by `end`, `stop` or an overlong cell). */
  get stopped(): boolean {
    return this.done;
  }

  /** Stops reading: later `write` and `end` calls do nothing. */
  stop(): void {
    this.done = true;
  }

  /** Reads the next chunk of text. */
  write(text: string): void {
    const n = text.length;
    let i = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (n > 0 && text.charCodeAt(0) === LF) {
        // The second half of a CRLF split across chunks: the line was counted at the CR.
        if (this.state === State.Quoted) this.parts.push('\n');
        i = 1;
      }
    }
    // Where the current cell's text starts in this chunk (-1: nothing of it in this chunk yet).
    let start = this.state === State.Unquoted || this.state === State.Quoted ? i : -1;
    const delimiter = this.delimiter;
    while (i < n && !this.done) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case State.CellStart:
          if (c === QUOTE) {
            this.state = State.Quoted;
            this.cellQuoted = true;
            i += 1;
            start = i;
          } else {
            this.state = State.Unquoted;
            this.cellQuoted = false;
            start = i;
          }
          break;
        case State.Unquoted: {
          // The common case: scan to the end of the cell.
          let j = i;
          let d = c;
          while (d !== delimiter && d !== LF && d !== CR) {
            j += 1;
            if (j >= n) break;
            d = text.charCodeAt(j);
          }
          if (j >= n) {
            i = n;
            break;
          }
          this.cellLength += j - start;
          if (this.overlong()) return;
          this.pushCell(this.parts.length === 0 ? text.slice(start, j) : this.joinParts(text.slice(start, j)));
          i = this.afterCell(text, j);
          start = -1;
          break;
        }
        case State.Quoted: {
          const q = text.indexOf('"', i);
          const end = q < 0 ? n : q;
          // Count the line breaks inside the quoted text.
          for (let k = i; k < end; k += 1) {
            const ch = text.charCodeAt(k);
            if (ch === LF) {
              if (k === 0 || text.charCodeAt(k - 1) !== CR) this.line += 1;
            } else if (ch === CR) {
              this.line += 1;
            }
          }
          if (q < 0) {
            i = n;
            break;
          }
          this.cellLength += q - start;
          if (this.overlong()) return;
          this.parts.push(text.slice(start, q));
          this.state = State.QuoteInQuoted;
          i = q + 1;
          start = -1;
          break;
        }
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            // A doubled quote: one quote in the cell.
            this.state = State.Quoted;
            start = i + 1;
            this.parts.push('"');
            this.cellLength += 1;
            i += 1;
          } else {
            this.state = State.Closed;
          }
          break;
        case State.Closed:
          if (c === delimiter || c === LF || c === CR) {
            this.pushCell(this.joinParts(''));
            i = this.afterCell(text, i);
          } else {
            if (c !== SPACE && c !== TAB) this.quoteProblem ??= 'misplaced';
            // Whatever follows a closing quote is kept with the cell; the row is rejected anyway.
            this.parts.push(text[i]!);
            this.cellLength += 1;
            this.state = State.Unquoted;
            i += 1;
            start = i;
          }
          break;
      }
    }
    if (this.done) return;
    // Keep the unfinished cell's text from this chunk.
    if ((this.state === State.Unquoted || this.state === State.Quoted) && start >= 0 && start < n) {
      const piece = text.slice(start, n);
      this.cellLength += piece.length;
      if (this.overlong()) return;
      if (this.parts.length === 0 || piece.length > 0) this.parts.push(piece);
      if (this.state === State.Quoted && text.charCodeAt(n - 1) === CR) this.pendingCr = true;
    }
  }

  /** Ends the text: the last row is handed on (a quoted cell still open is an unclosed quote). */
  end(): void {
    if (this.done) return;
    if (this.state === State.Quoted || this.state === State.QuoteInQuoted) {
      if (this.state === State.Quoted) this.quoteProblem = 'unclosed';
      this.pushCell(this.joinParts(''));
      this.emitRow();
    } else if (this.state !== State.CellStart || this.fieldCount > 0) {
      this.pushCell(this.joinParts(''));
      this.emitRow();
    }
    this.done = true;
  }

  private overlong(): boolean {
    if (this.cellLength <= this.options.maxCellLength) return false;
    this.done = true;
    this.options.onOverlong({ line: this.rowLine, fieldIndex: this.fieldCount, quoted: this.cellQuoted });
    return true;
  }

  private joinParts(last: string): string {
    const parts = this.parts;
    if (parts.length === 0) return last;
    const text = parts.length === 1 ? parts[0]! + last : parts.join('') + last;
    this.parts = [];
    return text;
  }

  private pushCell(text: string): void {
    if (this.fieldCount < this.keepFields) this.fields.push(text);
    this.fieldCount += 1;
    this.parts = [];
    this.cellLength = 0;
    this.state = State.CellStart;
  }

  /** After a cell ended at `j` (a delimiter or a line break): the index to go on from. */
  private afterCell(text: string, j: number): number {
    const c = text.charCodeAt(j);
    if (c === this.delimiter) return j + 1;
    this.line += 1;
    this.emitRow();
    if (c === CR) {
      if (j + 1 >= text.length) {
        this.pendingCr = true;
        return j + 1;
      }
      if (text.charCodeAt(j + 1) === LF) return j + 2;
    }
    return j + 1;
  }

  private emitRow(): void {
    const row: TokenizedRow = { fields: this.fields, fieldCount: this.fieldCount, line: this.rowLine };
    if (this.quoteProblem !== undefined) row.quoteProblem = this.quoteProblem;
    this.fields = [];
    this.fieldCount = 0;
    this.quoteProblem = undefined;
    this.state = State.CellStart;
    this.rowLine = this.line;
    this.options.onRow(row);
  }
}
