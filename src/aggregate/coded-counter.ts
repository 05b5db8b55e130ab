/**
 * Counting files read into coded tables (src/read/coded-table.ts): each distinct value of a column is
 * converted once, by the same field converters as validation's fast path, and each row is counted
 * by the same {@link createRecordCounter} as every other path, through one reused record.
 *
 * It counts clean rows only. The first row with a problem (a value a converter rejects, a staff id
 * that repeats or is blank, a case naming no staff member, an application appointed but not
 * shortlisted) makes `count` return `false`: the caller then reads the files again through the exact
 * path, which names every problem by row and applies lenient skipping. So this path never decides
 * what a bad row means.
 *
 * @module
 */
import { isLinkedSource, type SourceName } from '../model/counts.js';
import { ByteDictionary } from '../read/byte-dictionary.js';
import type { CodeColumn, CodedTable, TableColumn } from '../read/coded-table.js';
import { joinIdLists, type IdList } from '../read/id-list.js';
import { Invalid, MAX_TEXT_LENGTH } from '../schemas/convert.js';
import { applicationInOrder, staffDatesInOrder } from '../schemas/fast.js';
import { FIELD_CONVERTERS, type FieldConverter } from '../schemas/field-converters.js';
import type { ValidOrganisation } from '../schemas/normalized.js';
import { RECORD_FIELDS } from '../schemas/record-fields.js';
import type { SourceValidation } from '../schemas/record-validator.js';
import { SOURCE_NAMES } from '../schemas/findings.js';
import type { DatasetCounts } from './count-dataset.js';
import { countingOptionsOf, type CountingSpec } from './counting-spec.js';
import { createRecordCounter, type CountingOptions, type LinkedSource, type ResolvedStaff, type StaffPartCounts } from './record-counter.js';

/** A column of a file: its position in the header and the field it holds. */
export interface FieldColumn {
  index: number;
  field: string;
  /**
   * Reads the column's cell text (as the reader gives it: ASCII white space trimmed) to the
   * field's value, `undefined`, or {@link Invalid}; default the field's {@link FIELD_CONVERTERS}
   * converter of the trimmed text. An import profile's converters (value mappings, date forms,
   * `derive`) come in here.
   */
  read?: FieldConverter;
}

/** Counts of coded tables: see {@link createCodedCounter}. */
export interface CodedCounter {
  /**
   * Counts one source from the parts its file was read in, in file order (staff first, then the
   * linked sources, then the others); each part read with {@link codedColumns}' columns. Returns
   * `false` when a row has a problem: the counts are then not to be used.
   */
  count(source: SourceName, columns: readonly FieldColumn[], parts: readonly CodedTable[]): boolean;
  /**
   * What was counted of the staff file (call it on a counter given staff only): a later part of
   * the staff file counted on another thread, for {@link CodedCounter.addStaffPart} there.
   */
  staffPart(): StaffPartCounts;
  /**
   * Adds a later part of the staff file counted on another thread, after the parts counted here:
   * `ids` is the part's id dictionary, whose ids must already be checked against the earlier parts'.
   */
  addStaffPart(part: StaffPartCounts, ids: ByteDictionary): void;
  /**
   * Declares that the staff ids of every part counted so far were checked for repeats by joining
   * their lists ({@link linkListedIds}): parts read with listed ids are not checked here, and
   * `finish` refuses them until this is said.
   */
  staffIdsChecked(): void;
  /** The counts, as the exact path gives them for the same clean rows. */
  finish(organisation: ValidOrganisation | undefined): DatasetCounts;
}

/** The field holding the staff id, for the sources whose rows name a staff member. */
export const ID_FIELD: Partial<Record<SourceName, string>> = { staff: 'id', disciplinaryCases: 'staffId', fitnessToPractiseReferrals: 'staffId', cpd: 'staffId' };

/** The file's columns that feed fields, in the order of the source's fields: the columns of its coded tables. */
function presentFields(source: SourceName, columns: readonly FieldColumn[]): FieldColumn[] {
  return RECORD_FIELDS[source].flatMap((field) => columns.filter((c) => c.field === field));
}

/** How {@link codedColumns} reads some columns. */
export interface CodedColumnOptions {
  /**
   * Whether staff salaries are counted (salary bands; default true). Without them a salary column
   * read by the default converter is only checked to hold numbers (see `TableColumn.numbers`).
   */
  salaryValues?: boolean;
  /**
   * Whether staff ids are listed rather than interned (see `TableColumn.listed`): the caller then
   * joins the lists ({@link linkListedIds}) to check the staff ids and link the other files' ids.
   */
  listedIds?: boolean;
}

/**
 * The columns to read a source's file into a coded table: each field's column, the staff id
 * compared byte for byte.
 *
 * @example
 * codedColumns('cpd', [{ index: 1, field: 'date' }, { index: 0, field: 'staffId' }]);
 * // [{ index: 0, exact: true, maxLength: 1000 }, { index: 1, dates: true }]
 */
export function codedColumns(source: SourceName, columns: readonly FieldColumn[], options: CodedColumnOptions = {}): TableColumn[] {
  const { salaryValues = true, listedIds = false } = options;
  return presentFields(source, columns).map((column) =>
    column.field === ID_FIELD[source] ? { index: column.index, exact: true, maxLength: MAX_TEXT_LENGTH, ...(listedIds ? { listed: true } : {}) }
      : UNCOUNTED[source]?.has(column.field) === true ? { index: column.index, lengthOnly: MAX_TEXT_LENGTH }
        : DATE_FIELDS.has(column.field) ? { index: column.index, dates: true }
          : source === 'staff' && column.field === 'salary' && !salaryValues && column.read === undefined ? { index: column.index, numbers: true }
            : { index: column.index });
}

/** The fields that hold dates (read by their digits). */
const DATE_FIELDS = new Set(['startDate', 'endDate', 'date']);

/**
 * Fields no metric reads whose only check is their length (text of at most 1,000 characters,
 * blank allowed): an application's own reference, a leaver's reason. Their cells are checked for
 * length (in bytes, so a long non-ASCII cell goes to the exact path) and not interned.
 */
const UNCOUNTED: Partial<Record<SourceName, ReadonlySet<string>>> = {
  applications: new Set(['id']),
  staff: new Set(['leavingReason']),
};

/** A field's values by code in one part's dictionary, converted as each code is first met. */
interface FieldValues {
  field: string;
  /** Position of the field's column in the table, or -1 when the file has no such column. */
  k: number;
  convert: FieldConverter;
  values: unknown[];
  /** The value when the file has no such column. */
  absent: unknown;
}

/** Whether no entry of `later` is in any of `earlier`: a later part of the staff file repeats no id. */
function distinctFrom(earlier: readonly ByteDictionary[], later: ByteDictionary): boolean {
  for (const dictionary of earlier) {
    for (let code = 0; code < later.size; code++) if (dictionary.findEntryOf(later, code) >= 0) return false;
  }
  return true;
}

/**
 * The links between the parts of a staff file and the files that point to staff, worked out on
 * the thread that read the later tables (so the main thread does not): whether any staff id
 * repeats, over all the staff parts, and each linked table's staff ordinal per id code (-1: no
 * such staff member). Ids interned in a dictionary join as its list (`IdList.fromDictionary`).
 *
 * @param staff The staff parts' id lists, in file order (each row's id listed: a part with a blank id is declined when counted).
 * @param linked The id list of each table that points to staff.
 * @returns `undefined` when an id repeats.
 */
export function linkListedIds(staff: readonly IdList[], linked: readonly IdList[]): Int32Array[] | undefined {
  const join = joinIdLists(staff, linked);
  return join.repeated ? undefined : join.found;
}

/**
 * A number for each row's codes in the given fields, equal for two rows exactly when their codes
 * are (each code times the product of the earlier fields' dictionary sizes); `undefined` when the
 * numbers could exceed 2^22 (too many kinds to be worth remembering).
 */
function kindKey(fields: readonly FieldValues[], codes: readonly CodeColumn[], dictionaries: readonly ByteDictionary[]): ((row: number) => number) | undefined {
  const used = fields.filter((entry) => entry.k >= 0);
  const columns = used.map((entry) => codes[entry.k] as CodeColumn);
  const strides: number[] = [];
  let product = 1;
  for (const entry of used) {
    strides.push(product);
    product *= (dictionaries[entry.k] as ByteDictionary).size + 1;
  }
  // Kinds are looked up in an array indexed by the number: kept small.
  if (product > 1 << 22) return undefined;
  const n = columns.length;
  return (row) => {
    let key = 0;
    // Codes are below their dictionary's size, so each term stays within its stride.
    for (let c = 0; c < n; c++) key += ((columns[c] as CodeColumn)[row] as number) * (strides[c] as number);
    return key;
  };
}

/** What a converter's {@link Invalid} is stored as: one marker, compared by identity in the row loop. */
const INVALID = Symbol('invalid');
const checked = (value: unknown): unknown => (value instanceof Invalid ? INVALID : value);

/**
 * A record whose fields read the slots (`slots[f]` for `fields[f]`; the id field reads ''): one
 * object of one shape for every row, so the counter's reads stay fast and the row loop only
 * writes array slots.
 */
function recordView(fields: readonly string[], slots: readonly unknown[], idField: string | undefined): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  if (idField !== undefined) Object.defineProperty(view, idField, { value: '', enumerable: true });
  fields.forEach((field, f) => Object.defineProperty(view, field, { get: () => slots[f], enumerable: true }));
  return view;
}

/**
 * Creates the coded counter.
 *
 * @example
 * const counter = createCodedCounter(countingOptions);
 * const columns = [{ index: 0, field: 'id' }, { index: 1, field: 'ethnicity' }];
 * // read the staff file into tables with codedColumns('staff', columns), then:
 * counter.count('staff', columns, tables); // true
 */
export function createCodedCounter(options: CountingOptions): CodedCounter {
  const counter = createRecordCounter(options);
  const rows: Partial<Record<SourceName, number>> = {};
  // The staff ids of each part of the staff file, and the ordinal of each part's first row.
  const staffIds: { dictionary: ByteDictionary; first: number }[] = [];
  let staffCount = 0;
  // Whether a part's listed staff ids are counted but not yet declared checked (staffIdsChecked).
  let listedUnchecked = false;

  /** The staff ordinal of a linked record's id (entry `code` of `ids`), or -1. */
  const staffOrdinal = (ids: ByteDictionary, code: number): number => {
    for (const part of staffIds) {
      const found = part.dictionary.findEntryOf(ids, code);
      if (found >= 0) return part.first + found;
    }
    return -1;
  };

  const count = (name: SourceName, columns: readonly FieldColumn[], parts: readonly CodedTable[]): boolean => {
    if (name !== 'staff') counter.openSource(name as Exclude<SourceName, 'staff'>);
    rows[name] = rows[name] ?? 0;
    const present = presentFields(name, columns);
    const idField = ID_FIELD[name];
    const idK = present.findIndex((c) => c.field === idField);
    const converters = FIELD_CONVERTERS[name] as Record<string, FieldConverter>;
    // One record, refilled for every row through its slots: the counter reads it and keeps nothing.
    const names = RECORD_FIELDS[name].filter((field) => field !== idField);
    const slots: unknown[] = names.map(() => undefined);
    const record = recordView(names, slots, idField);
    const startSlot = names.indexOf('startDate');
    const endSlot = names.indexOf('endDate');
    const shortlistedSlot = names.indexOf('shortlisted');
    const appointedSlot = names.indexOf('appointed');

    for (const part of parts) {
      const { codes, dictionaries } = part;
      const fields: FieldValues[] = names.map((field) => {
        const convert = converters[field] as FieldConverter;
        // A field checked for length only reads as absent: no metric reads it.
        const k = UNCOUNTED[name]?.has(field) === true ? -1 : present.findIndex((c) => c.field === field);
        const read = present[k]?.read ?? ((text: unknown) => convert((text as string).trim()));
        return { field, k, convert: read, values: [], absent: checked(convert(undefined)) };
      });
      /** The field's value in `row` (or {@link INVALID}), each distinct value converted once. */
      const valueOf = (entry: FieldValues, row: number): unknown => {
        if (entry.k < 0) return entry.absent;
        const code = (codes[entry.k] as Int32Array)[row] as number;
        const values = entry.values;
        // Codes are given in order of first appearance (a blank row's cells are coded too).
        while (values.length <= code) values.push(checked(entry.convert((dictionaries[entry.k] as ByteDictionary).text(values.length))));
        return values[code];
      };
      const fill = (row: number): boolean => {
        for (let f = 0; f < fields.length; f++) {
          const value = valueOf(fields[f] as FieldValues, row);
          if (value === INVALID) return false;
          slots[f] = value;
        }
        return true;
      };
      const ids = idK < 0 ? undefined : (codes[idK] as Int32Array);
      const idDictionary = idK < 0 ? undefined : (dictionaries[idK] as ByteDictionary);

      if (name === 'staff') {
        if (ids === undefined || idDictionary === undefined) return false;
        // An id of this part that an earlier part has is a repeated id (unless already checked where
        // the part was read). Listed ids are checked by joining the lists, which the caller declares.
        if (part.ids !== undefined) listedUnchecked ||= part.links?.idsChecked !== true;
        else if (part.links?.idsChecked !== true && !distinctFrom(staffIds.map((earlier) => earlier.dictionary), idDictionary)) return false;
        staffIds.push({ dictionary: idDictionary, first: staffCount });
        // Rows alike in every field but their dates mean the same to the counter: each kind is
        // resolved once (by its fields' codes) and then only its dates are read per row.
        const kinds: (ResolvedStaff | undefined)[] = [];
        const keyOf = kindKey(fields.filter((entry) => entry.field !== 'startDate' && entry.field !== 'endDate'), codes, dictionaries);
        const start = fields[startSlot];
        const end = fields[endSlot];
        for (let row = 0; row < part.rows; row++) {
          // A staff id is new exactly when its code is the row's number in the part; -1 is a blank id.
          if (ids[row] !== row) return false;
          const key = keyOf?.(row);
          let kind = key === undefined ? undefined : kinds[key];
          if (kind === undefined) {
            if (!fill(row)) return false;
            kind = counter.resolveStaff(record as never);
            if (key !== undefined) kinds[key] = kind;
          }
          const startDate = start === undefined ? undefined : valueOf(start, row);
          const endDate = end === undefined ? undefined : valueOf(end, row);
          if (startDate === INVALID || endDate === INVALID) return false;
          if (!staffDatesInOrder(startDate as string | undefined, endDate as string | undefined)) return false;
          counter.addResolvedStaff(kind, startDate as string | undefined, endDate as string | undefined, staffCount);
          staffCount += 1;
        }
      } else if (isLinkedSource(name)) {
        if (ids === undefined || idDictionary === undefined) return false;
        // The staff ordinal of each id of this part: worked out where it was read, or found here when first met (-2: not looked up yet).
        const ordinals = part.links?.staffOrdinals ?? new Int32Array(idDictionary.size).fill(-2);
        for (let row = 0; row < part.rows; row++) {
          const code = ids[row] as number;
          if (code < 0) return false;
          let staff = ordinals[code] as number;
          if (staff === -2) {
            staff = staffOrdinal(idDictionary, code);
            ordinals[code] = staff;
          }
          if (staff < 0 || !fill(row)) return false;
          counter.addLinked(name as LinkedSource, record as never, staff);
        }
      } else {
        for (let row = 0; row < part.rows; row++) {
          if (!fill(row)) return false;
          if (name === 'applications') {
            if (!applicationInOrder(slots[shortlistedSlot] as boolean, slots[appointedSlot] as boolean)) return false;
            counter.addApplication(record as never);
          } else counter.addSurveyResponse(record as never);
        }
      }
      rows[name] = (rows[name] as number) + part.rows;
    }
    return true;
  };

  return {
    count,
    staffPart: () => counter.staffPart(),
    addStaffPart(part, ids) {
      counter.addStaffPart(part);
      staffIds.push({ dictionary: ids, first: staffCount });
      staffCount += part.staffCount;
      rows.staff = (rows.staff ?? 0) + part.staffCount;
    },
    staffIdsChecked() {
      listedUnchecked = false;
    },
    finish(organisation) {
      if (listedUnchecked) throw new Error('createCodedCounter: listed staff ids were counted but never checked (linkListedIds)');
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

/**
 * Counts a later part of the staff file by the rules of `spec` (another thread's counting rules),
 * for {@link CodedCounter.addStaffPart} there; `undefined` when a row has a problem (the report is
 * then to be made by the exact path).
 */
export function countStaffPart(spec: CountingSpec, columns: readonly FieldColumn[], part: CodedTable): StaffPartCounts | undefined {
  const counter = createCodedCounter(countingOptionsOf(spec));
  return counter.count('staff', columns, [part]) ? counter.staffPart() : undefined;
}
