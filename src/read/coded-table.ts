/**
 * A file (or a part of one) read into columns of codes: what the coded reader hands on, kept, so
 * that parts of the files can be read on two threads and counted together afterwards. Four bytes
 * per coded cell, one dictionary per column.
 *
 * @module
 */
import { ByteDictionary, type ByteDictionaryData } from './byte-dictionary.js';
import { CodedCsvReader, type CodedCsvStop } from './coded-csv.js';
import { IdList, type IdListData } from './id-list.js';

/** The text `0`: entry 0 of a column of numbers only checked. */
const ZERO = new Uint8Array([48]);

/** A column to read into a {@link CodedTable}. */
export interface TableColumn {
  /** Its position in the header, from 0. */
  index: number;
  /** An identifier compared byte for byte (see `CodedColumn.exact`). */
  exact?: boolean;
  /** For an `exact` column: the longest value read. */
  maxLength?: number;
  /**
   * For an `exact` column: its values listed (see `CodedColumn.list`) in {@link CodedTable.ids},
   * not interned; each code is the value's index in the list (its dictionary stays empty).
   */
  listed?: boolean;
  /** A column of dates (see `CodedColumn.dates`). */
  dates?: boolean;
  /** A column only checked for length (see `CodedColumn.lengthOnly`). */
  lengthOnly?: number;
  /** A column of numbers only checked (see `CodedColumn.numbers`): its code 0 is the value `0`. */
  numbers?: boolean;
}

/**
 * Codes of one column by row: two bytes each while the column has at most 65,536 distinct values
 * (most columns: bands, services, yes/no, dates), four bytes after that and for identifiers.
 */
export type CodeColumn = Uint16Array | Int32Array;

/** What a part of a file gave: codes by column (`codes[k][row]`, for rows below `rows`) and each column's dictionary. */
export interface CodedTable {
  rows: number;
  codes: CodeColumn[];
  dictionaries: ByteDictionary[];
  /** Why the reading stopped early (the part is then to be read exactly), or undefined. */
  stopped: CodedCsvStop | undefined;
  /** The values of the `listed` column, in the order read. */
  ids?: IdList;
  /**
   * Links worked out where the table was read (src/aggregate/coded-counter.ts `linkListedIds`): for
   * a later part of the staff file, that none of its ids is in an earlier part; for a file that
   * points to staff, the staff ordinal of each of its id codes (-1: no such staff member).
   */
  links?: { idsChecked?: true; staffOrdinals?: Int32Array };
}

/** A {@link CodedTable} as typed arrays, to send to another thread. */
export interface CodedTableData {
  rows: number;
  codes: CodeColumn[];
  dictionaries: ByteDictionaryData[];
  stopped: CodedCsvStop | undefined;
  ids?: IdListData;
  links?: CodedTable['links'];
}

/** Options of {@link CodedTableReader}. */
export interface CodedTableOptions {
  delimiter: string;
  /** How many columns the header has. */
  width: number;
  columns: readonly TableColumn[];
  /** The bytes start at a row after the header (a later part of a split file). */
  headerless?: boolean;
  /** About how many rows to expect: room is made for them at once. */
  rowsHint?: number;
}

/**
 * Reads bytes into a {@link CodedTable}: `write` chunks, then `end`.
 *
 * @example
 * const reader = new CodedTableReader({ delimiter: ',', width: 2, columns: [{ index: 1 }] });
 * reader.write(new TextEncoder().encode('id,band\n1,PO1\n2,PO2\n3,PO1\n'));
 * const table = reader.end();
 * [...table.codes[0]!.subarray(0, table.rows)]; // [0, 1, 0]
 */
export class CodedTableReader {
  private readonly reader: CodedCsvReader;
  private readonly dictionaries: ByteDictionary[];
  private readonly ids: IdList | undefined;
  private codes: CodeColumn[];
  private capacity: number;
  private rows = 0;

  constructor(options: CodedTableOptions) {
    const expected = Math.max(0, Math.ceil(options.rowsHint ?? 0));
    this.capacity = Math.max(1024, expected);
    // An identifier column has about one value per row; the others few.
    this.dictionaries = options.columns.map((column) => new ByteDictionary(column.exact === true && column.listed !== true ? expected : 0));
    const listed = options.columns.filter((column) => column.exact === true && column.listed === true).length;
    if (listed > 1) throw new RangeError('a coded table lists the values of one column at most');
    this.ids = listed === 1 ? new IdList(expected) : undefined;
    options.columns.forEach((column, k) => {
      if (column.numbers === true) (this.dictionaries[k] as ByteDictionary).intern(ZERO, 0, 1);
    });
    this.codes = options.columns.map((column) => (column.exact === true ? new Int32Array(this.capacity) : new Uint16Array(this.capacity)));
    const width = options.columns.length;
    this.reader = new CodedCsvReader({
      delimiter: options.delimiter,
      width: options.width,
      headerless: options.headerless ?? false,
      columns: options.columns.map((column, k) => ({
        ...column,
        dictionary: this.dictionaries[k] as ByteDictionary,
        ...(column.exact === true && column.listed === true && this.ids !== undefined ? { list: this.ids } : {}),
      })),
      onRow: (codes) => {
        const row = this.rows;
        if (row === this.capacity) this.grow();
        for (let k = 0; k < width; k++) {
          const code = codes[k] as number;
          let column = this.codes[k] as CodeColumn;
          if (code > 0xffff && column instanceof Uint16Array) column = this.widen(k);
          column[row] = code;
        }
        this.rows = row + 1;
      },
    });
  }

  /** Whether the reading stopped early. */
  get stopped(): CodedCsvStop | undefined {
    return this.reader.stopped;
  }

  write(chunk: Uint8Array): void {
    this.reader.write(chunk);
  }

  end(): CodedTable {
    this.reader.end();
    const table: CodedTable = { rows: this.reader.rows, codes: this.codes, dictionaries: this.dictionaries, stopped: this.reader.stopped };
    if (this.ids !== undefined) table.ids = this.ids;
    return table;
  }

  private grow(): void {
    this.capacity *= 2;
    this.codes = this.codes.map((column) => {
      const grown = column instanceof Uint16Array ? new Uint16Array(this.capacity) : new Int32Array(this.capacity);
      grown.set(column);
      return grown;
    });
  }

  /** Column `k` with four bytes per code, from now on. */
  private widen(k: number): Int32Array {
    const wide = new Int32Array(this.capacity);
    wide.set(this.codes[k] as CodeColumn);
    this.codes[k] = wide;
    return wide;
  }
}

/** The table as typed arrays, to send to another thread. */
export function tableToData(table: CodedTable): CodedTableData {
  return {
    rows: table.rows,
    codes: table.codes,
    dictionaries: table.dictionaries.map((dictionary) => dictionary.toData()),
    stopped: table.stopped,
    ...(table.ids === undefined ? {} : { ids: table.ids.toData() }),
    ...(table.links === undefined ? {} : { links: table.links }),
  };
}

/** The table {@link tableToData} gave. */
export function tableFromData(data: CodedTableData): CodedTable {
  const table: CodedTable = { rows: data.rows, codes: data.codes, dictionaries: data.dictionaries.map((d) => ByteDictionary.fromData(d)), stopped: data.stopped };
  if (data.ids !== undefined) table.ids = IdList.fromData(data.ids);
  if (data.links !== undefined) table.links = data.links;
  return table;
}
