/**
 * Counting rows that arrive as codes (src/read/coded-csv.ts): each distinct value of a column is
 * converted once, by the same field converters as validation's fast path, and each row is counted
 * by the same {@link createRecordCounter} as every other path, through one reused record.
 *
 * It counts clean rows only. The first row with a problem (a value a converter rejects, a staff id
 * that repeats or is blank, a case naming no staff member, an application appointed but not
 * shortlisted) makes `row` return `false`: the caller then reads the files again through the exact
 * path, which names every problem by row and applies lenient skipping. So this path never decides
 * what a bad row means.
 *
 * @module
 */
import type { SourceName } from '../model/counts.js';
import { ByteDictionary } from '../read/byte-dictionary.js';
import type { CodedColumn } from '../read/coded-csv.js';
import { Invalid, MAX_TEXT_LENGTH } from '../schemas/convert.js';
import { applicationInOrder, staffDatesInOrder } from '../schemas/fast.js';
import { FIELD_CONVERTERS, type FieldConverter } from '../schemas/field-converters.js';
import type { ValidOrganisation } from '../schemas/normalized.js';
import { RECORD_FIELDS } from '../schemas/record-fields.js';
import type { SourceValidation } from '../schemas/record-validator.js';
import { SOURCE_NAMES } from '../schemas/findings.js';
import type { DatasetCounts } from './count-dataset.js';
import { createRecordCounter, type CountingOptions, type LinkedSource } from './record-counter.js';

/** A column of a file: its position in the header and the field it holds. */
export interface FieldColumn {
  index: number;
  field: string;
}

/** One source's rows, as the coded reader hands them on. */
export interface CodedSource {
  /** The columns for the reader, in the order of the codes `row` takes. */
  columns: CodedColumn[];
  /** Counts one row; `false` when the row has a problem (stop, and read the files exactly). */
  row(codes: Int32Array): boolean;
}

/** Counts of coded rows: see {@link createCodedCounter}. */
export interface CodedCounter {
  /** Opens a source with the columns its file has (staff first, then the linked sources, then the others). */
  source(source: SourceName, columns: readonly FieldColumn[]): CodedSource;
  /** The counts, as the exact path gives them for the same clean rows. */
  finish(organisation: ValidOrganisation | undefined): DatasetCounts;
}

const LINKED = new Set<SourceName>(['disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd']);
const ID_FIELD: Partial<Record<SourceName, string>> = { staff: 'id', disciplinaryCases: 'staffId', fitnessToPractiseReferrals: 'staffId', cpd: 'staffId' };

/** A field's values by code, converted as each new code first appears. */
interface FieldValues {
  /** Position of the field's code in the row's codes, or -1 when the file has no such column. */
  k: number;
  field: string;
  convert: FieldConverter;
  dictionary: ByteDictionary;
  values: unknown[];
  /** The value when the file has no such column. */
  absent: unknown;
}

/**
 * Creates the coded counter.
 *
 * @example
 * const counter = createCodedCounter(countingOptions);
 * const staff = counter.source('staff', [{ index: 0, field: 'id' }, { index: 1, field: 'ethnicity' }]);
 * // give staff.columns to a CodedCsvReader whose onRow is staff.row
 */
export function createCodedCounter(options: CountingOptions): CodedCounter {
  const counter = createRecordCounter(options);
  const staffIds = new ByteDictionary();
  const rows: Partial<Record<SourceName, number>> = {};
  let staffRows = 0;

  const source = (name: SourceName, columns: readonly FieldColumn[]): CodedSource => {
    rows[name] = rows[name] ?? 0;
    if (name !== 'staff') counter.openSource(name as Exclude<SourceName, 'staff'>);
    const idField = ID_FIELD[name];
    const converters = FIELD_CONVERTERS[name] as Record<string, FieldConverter>;
    const readerColumns: CodedColumn[] = [];
    let idK = -1;
    const fields: FieldValues[] = [];
    for (const field of RECORD_FIELDS[name]) {
      const column = columns.find((c) => c.field === field);
      const k = column === undefined ? -1 : readerColumns.length;
      if (field === idField) {
        if (column !== undefined) {
          idK = k;
          readerColumns.push({ index: column.index, dictionary: staffIds, exact: true, maxLength: MAX_TEXT_LENGTH, mode: name === 'staff' ? 'intern' : 'find' });
        }
        continue;
      }
      const dictionary = new ByteDictionary();
      if (column !== undefined) readerColumns.push({ index: column.index, dictionary });
      const convert = converters[field] as FieldConverter;
      fields.push({ k, field, convert, dictionary, values: [], absent: convert(undefined) });
    }
    // One record, refilled for every row: the counter reads it and keeps nothing.
    const record: Record<string, unknown> = {};
    for (const field of RECORD_FIELDS[name]) record[field] = undefined;
    if (idField !== undefined) record[idField] = '';

    /** Fills `record` from the row's codes; false when a value is not valid. */
    const fill = (codes: Int32Array): boolean => {
      for (let f = 0; f < fields.length; f++) {
        const entry = fields[f] as FieldValues;
        let value: unknown;
        if (entry.k < 0) value = entry.absent;
        else {
          const code = codes[entry.k] as number;
          const values = entry.values;
          // Codes are given in order of first appearance (a blank row's cells are coded too).
          while (values.length <= code) values.push(entry.convert(entry.dictionary.text(values.length).trim()));
          value = values[code];
        }
        if (value instanceof Invalid) return false;
        record[entry.field] = value;
      }
      return true;
    };
    const count = (): void => {
      rows[name] = (rows[name] as number) + 1;
    };

    if (name === 'staff') {
      return {
        columns: readerColumns,
        row(codes) {
          // A staff id is new exactly when its code is the row's ordinal; -1 is a blank id.
          if (idK < 0 || codes[idK] !== staffRows || !fill(codes)) return false;
          if (!staffDatesInOrder(record['startDate'] as string | undefined, record['endDate'] as string | undefined)) return false;
          counter.addStaff(record as never, staffRows);
          staffRows += 1;
          count();
          return true;
        },
      };
    }
    if (LINKED.has(name)) {
      return {
        columns: readerColumns,
        row(codes) {
          const staff = idK < 0 ? -1 : (codes[idK] as number);
          if (staff < 0 || !fill(codes)) return false;
          counter.addLinked(name as LinkedSource, record as never, staff);
          count();
          return true;
        },
      };
    }
    return {
      columns: readerColumns,
      row(codes) {
        if (!fill(codes)) return false;
        if (name === 'applications') {
          if (!applicationInOrder(record['shortlisted'] as boolean, record['appointed'] as boolean)) return false;
          counter.addApplication(record as never);
        } else counter.addSurveyResponse(record as never);
        count();
        return true;
      },
    };
  };

  return {
    source,
    finish(organisation) {
      const sources = {} as Record<SourceName, SourceValidation>;
      for (const name of SOURCE_NAMES) {
        const read = rows[name];
        sources[name] = read === undefined
          ? { present: false, rowsRead: 0, rowsUsed: 0, rowsSkipped: 0, skippedReasons: [] }
          : { present: true, rowsRead: read, rowsUsed: read, rowsSkipped: 0, skippedReasons: [] };
      }
      return { ...counter.finish(organisation), sources };
    },
  };
}
