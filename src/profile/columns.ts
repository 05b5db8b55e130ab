/**
 * Finding each field's column in a table: the profile's `columns` header (matched ignoring case
 * and spaces), else a header equal to the field's name; `derive` and `keep` rules name their
 * columns the same way. A header the file does not have is an error listing the file's headers.
 *
 * @module
 */
import type { SourceName } from '../model/counts.js';
import type { RawTable } from '../model/raw-table.js';
import { PROFILE_FIELDS, type FieldSpec } from './fields.js';
import { normaliseHeader, normaliseValue } from './normalise.js';
import type { ProblemCollector } from './problems.js';
import type { SourceProfile } from './schema.js';

const MAX_HEADERS_LISTED = 60;

/** Where each field of a source comes from in one table. */
export interface ColumnPlan {
  /** Fields read from a column: the field and the column's index. */
  read: { spec: FieldSpec; column: number; header: string }[];
  /** Fields derived from a column by a `derive` rule. */
  derived: { spec: FieldSpec; column: number; header: string }[];
  /** Each `keep` rule's column (-1 when the header is missing). */
  keep: number[];
  /** Headers that nothing reads, in file order. */
  ignored: string[];
}

/** The table's headers, quoted and listed (the first 60), for messages. */
export function listHeaders(table: RawTable): string {
  const shown = table.header.slice(0, MAX_HEADERS_LISTED).map((h) => JSON.stringify(h)).join(', ');
  const more = table.header.length - MAX_HEADERS_LISTED;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

/** Finds a header ignoring case and spaces; -1 when absent. */
function headerIndex(table: RawTable, header: string): number {
  const wanted = normaliseHeader(header);
  return table.header.findIndex((h) => normaliseHeader(h) === wanted);
}

/** Finds a header equal to a field's name, ignoring case, spaces and punctuation ("Staff ID" is `staffId`). */
function fieldNameIndex(table: RawTable, field: string): number {
  const wanted = normaliseValue(field);
  return table.header.findIndex((h) => normaliseValue(h) === wanted);
}

/**
 * Plans where each field of `source` comes from in `table`, adding a problem for every header the
 * profile names that the table does not have and every required field without a column.
 */
export function planColumns(source: SourceName, config: SourceProfile, table: RawTable, problems: ProblemCollector): ColumnPlan {
  const plan: ColumnPlan = { read: [], derived: [], keep: [], ignored: [] };
  const used = new Set<number>();
  const missing = (field: string, key: string, header: string): void => {
    problems.add(`header|${key}`, () => ({
      code: 'header',
      source,
      origin: table.origin,
      field,
      message: `names the column ${JSON.stringify(header)} (sources.${source}.${key}), which the file does not have`,
      hint: `its headers are: ${listHeaders(table)}`,
      rowLevel: false,
    }));
  };
  for (const spec of PROFILE_FIELDS[source]) {
    const rule = config.derive?.[spec.name];
    const header = config.columns?.[spec.name];
    if (rule !== undefined) {
      const column = headerIndex(table, rule.column);
      if (column < 0) missing(spec.name, `derive.${spec.name}.column`, rule.column);
      else {
        plan.derived.push({ spec, column, header: table.header[column]! });
        used.add(column);
      }
    } else if (header !== undefined) {
      const column = headerIndex(table, header);
      if (column < 0) missing(spec.name, `columns.${spec.name}`, header);
      else {
        plan.read.push({ spec, column, header: table.header[column]! });
        used.add(column);
      }
    } else {
      const column = fieldNameIndex(table, spec.name);
      if (column >= 0) {
        plan.read.push({ spec, column, header: table.header[column]! });
        used.add(column);
      } else if (spec.required) {
        problems.add(`required-column|${spec.name}`, () => ({
          code: 'header',
          source,
          origin: table.origin,
          field: spec.name,
          message: `has no column: map it in sources.${source}.columns.${spec.name}${spec.kind === 'boolean' ? ` or compute it in sources.${source}.derive.${spec.name}` : ''}`,
          hint: `the file's headers are: ${listHeaders(table)}`,
          rowLevel: false,
        }));
      }
    }
  }
  (config.keep ?? []).forEach((rule, index) => {
    const column = headerIndex(table, rule.column);
    plan.keep.push(column);
    if (column < 0) missing(`keep[${index}]`, `keep[${index}].column`, rule.column);
    else used.add(column);
  });
  plan.ignored = table.header.filter((_, index) => !used.has(index));
  return plan;
}
