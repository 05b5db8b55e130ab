/**
 * Per-column converters, compiled once per table: for each field, a function from a cell to the
 * field's value, with its value mapping as a `Map` from normalised raw value to target and a
 * cache by raw text in front of it (a column of a million rows holds few distinct values), so the
 * row loop does a map lookup per cell and builds no closure.
 *
 * @module
 */
import type { RawCell } from '../model/raw-table.js';
import { readAmount } from './amounts.js';
import { cellText, isBlank, trimmed } from './cells.js';
import { dateProblemMessage, readDate, type DateProblem } from './dates.js';
import { isYesNo, type FieldSpec } from './fields.js';
import { normaliseValue } from './normalise.js';
import type { DateForm, DeriveRule, KeepRule, RawValue } from './schema.js';

/** Why a cell gives no value for its field. */
export type CellProblemKind = 'invalid' | 'required' | 'unmapped' | 'date';

/** A cell that gives no value for its field (one instance per distinct problem, shared). */
export class CellProblem {
  constructor(
    readonly kind: CellProblemKind,
    /** The problem as a predicate ("is not an amount"). */
    readonly message: string,
    /** The cell as text. */
    readonly text: string,
    /** For dates: what the text looks like instead. */
    readonly date?: DateProblem,
  ) {}
}

/** A cell to a value: the field's value, `undefined` for absent, or a {@link CellProblem}. */
export type CellConverter = (cell: RawCell) => unknown;

const CACHE_LIMIT = 100_000;
const ABSENT = Symbol('absent');

/** Wraps a converter of text in a cache by raw text (bounded), for columns of few distinct values. */
function cached(convert: (text: string) => unknown): (text: string) => unknown {
  const cache = new Map<string, unknown>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit === ABSENT ? undefined : hit;
    const value = convert(text);
    if (cache.size < CACHE_LIMIT) cache.set(text, value === undefined ? ABSENT : value);
    return value;
  };
}

const YES_WORDS = ['true', 'yes', 'y', '1'];
const NO_WORDS = ['false', 'no', 'n', '0'];

/** A compiled `values` mapping: normalised raw value to target, and the catch-all. */
export interface CompiledMapping {
  targets: Map<string, unknown>;
  /** The catch-all target, or {@link NOT_LISTED} when there is none. */
  otherwise: unknown;
}

/** A raw value that a mapping does not list (and there is no catch-all). */
export const NOT_LISTED = Symbol('not listed');

/** The value a mapping target stands for: for a yes/no field, true, false or null (`undefined` when the field is not an answer). */
function targetValue(target: string, spec: FieldSpec): unknown {
  if (!isYesNo(spec.kind)) return target;
  if (target === 'true') return true;
  if (target === 'false') return false;
  return spec.kind === 'answer' ? null : undefined;
}

/**
 * Compiles a field's `values` mapping (or, without one, the words the report knows: yes/no for a
 * yes/no field, the employment types for `employment`).
 */
export function compileMapping(spec: FieldSpec, mapping: Record<string, RawValue[] | string | undefined> | undefined): CompiledMapping | undefined {
  if (mapping === undefined) {
    if (spec.vocabulary !== undefined) {
      return { targets: new Map(spec.vocabulary.map((word) => [normaliseValue(word), word])), otherwise: NOT_LISTED };
    }
    if (!isYesNo(spec.kind)) return undefined;
    const targets = new Map<string, unknown>();
    for (const word of YES_WORDS) targets.set(word, true);
    for (const word of NO_WORDS) targets.set(word, false);
    return { targets, otherwise: NOT_LISTED };
  }
  const targets = new Map<string, unknown>();
  let otherwise: unknown = NOT_LISTED;
  for (const [target, raws] of Object.entries(mapping)) {
    if (raws === undefined) continue;
    if (target === '*') otherwise = targetValue(String(raws), spec);
    else if (Array.isArray(raws)) for (const raw of raws) targets.set(normaliseValue(trimmed(String(raw))), targetValue(target, spec));
  }
  return { targets, otherwise };
}

function required(spec: FieldSpec, convert: CellConverter): CellConverter {
  if (!spec.required) return convert;
  const missing = new CellProblem('required', 'is blank, but every row needs it', '');
  return (cell) => {
    const value = convert(cell);
    return value === undefined || (value === null && spec.kind !== 'ethnicity') ? missing : value;
  };
}

/** Converter of one field's cells, as the field's kind, mapping and the date form say. */
export function compileField(spec: FieldSpec, mapping: CompiledMapping | undefined, dates: DateForm): CellConverter {
  if (mapping !== undefined) return required(spec, mapped(mapping));
  switch (spec.kind) {
    case 'id':
      return required(spec, identifier);
    case 'ethnicity':
      return ethnicity;
    case 'label':
    case 'text':
      return required(spec, label);
    case 'money':
      return required(spec, amount);
    case 'date':
      return required(spec, date(dates));
    case 'boolean':
    case 'answer':
      // Yes/no fields always have a mapping (the yes/no words by default).
      return required(spec, mapped(compileMapping(spec, undefined)!));
  }
}

function mapped(mapping: CompiledMapping): CellConverter {
  const blank = mapping.targets.has('') ? mapping.targets.get('') : undefined;
  const lookup = cached((text) => {
    const key = normaliseValue(trimmed(text));
    if (mapping.targets.has(key)) return mapping.targets.get(key);
    if (key === '' && trimmed(text) === '') return blank;
    if (mapping.otherwise !== NOT_LISTED) return mapping.otherwise;
    return new CellProblem('unmapped', '', trimmed(text));
  });
  return (cell) => (cell === null ? blank : typeof cell === 'boolean' ? lookup(String(cell)) : lookup(cellText(cell)));
}

function identifier(cell: RawCell): unknown {
  if (typeof cell === 'string') {
    const text = trimmed(cell);
    return text === '' ? undefined : text;
  }
  if (cell === null) return undefined;
  if (typeof cell === 'number') return String(cell);
  return new CellProblem('invalid', 'is not an identifier', cellText(cell));
}

function ethnicity(cell: RawCell): unknown {
  // Trimmed as every other text field is (and as the CSV path reads cells): " Indian" is "Indian".
  if (typeof cell === 'string') return isBlank(cell) ? null : trimmed(cell);
  if (cell === null) return null;
  if (typeof cell === 'number') return String(cell);
  return new CellProblem('invalid', 'is not an ethnicity', cellText(cell));
}

function label(cell: RawCell): unknown {
  if (cell === null) return undefined;
  const text = trimmed(cellText(cell));
  return text === '' ? undefined : text;
}

function amount(cell: RawCell): unknown {
  if (typeof cell === 'number') return cell < 0 ? new CellProblem('invalid', 'is negative', String(cell)) : cell;
  if (cell === null) return undefined;
  if (typeof cell !== 'string') return new CellProblem('invalid', 'is not an amount', cellText(cell));
  const value = readAmount(cell);
  if (value === null) return new CellProblem('invalid', 'is not an amount (such as 32589, "32,589" or "£32,589.00")', trimmed(cell));
  if (value !== undefined && value < 0) return new CellProblem('invalid', 'is negative', trimmed(cell));
  return value;
}

function date(form: DateForm): CellConverter {
  const read = cached((text) => {
    const value = trimmed(text);
    if (value === '') return undefined;
    const result = readDate(value, form);
    return typeof result === 'string' ? result : new CellProblem('date', dateProblemMessage(result, form), value, result);
  });
  return (cell) => {
    if (typeof cell === 'string') return read(cell);
    if (cell === null) return undefined;
    if (typeof cell === 'object') return cell.date;
    if (typeof cell === 'number') {
      return new CellProblem('invalid', 'is a number, not a date (format the column as dates in the workbook)', String(cell));
    }
    return new CellProblem('invalid', 'is not a date', String(cell));
  };
}

/** Converter of a derived yes/no field: the rule applied to its column's cells. */
export function compileDerive(rule: DeriveRule): CellConverter {
  if (rule.in !== undefined) {
    const listed = new Set(rule.in.map((raw) => normaliseValue(trimmed(String(raw)))));
    const test = cached((text) => listed.has(normaliseValue(trimmed(text))));
    return (cell) => (cell === null ? listed.has('') : test(cellText(cell)));
  }
  if (rule.notBlank !== undefined) return (cell) => !isBlank(cell);
  const threshold = rule.greaterThan as number;
  return (cell) => {
    if (typeof cell === 'number') return cell > threshold;
    if (cell === null) return false;
    if (typeof cell !== 'string') return new CellProblem('invalid', 'is not an amount', cellText(cell));
    const value = readAmount(cell);
    if (value === null) {
      return new CellProblem('invalid', `is not an amount (the rule "greaterThan": ${threshold} reads it as money, such as "£1,323.00")`, trimmed(cell));
    }
    return value !== undefined && value > threshold;
  };
}

/** Test of one `keep` rule on its column's cells. */
export function compileKeep(rule: KeepRule): (cell: RawCell) => boolean {
  if (rule.notBlank !== undefined) return (cell) => !isBlank(cell);
  const listed = new Set((rule.in ?? rule.notIn ?? []).map((raw) => normaliseValue(trimmed(String(raw)))));
  const wanted = rule.in !== undefined;
  const test = cached((text) => listed.has(normaliseValue(trimmed(text))) === wanted);
  return (cell) => (cell === null ? listed.has('') === wanted : test(cellText(cell)) as boolean);
}
