/**
 * Reading a profile: text (YAML, or JSON, which is YAML too) into a value, and a value into a
 * checked {@link Profile}, with every problem located by its key path
 * (`profile.yaml, field "sources.staff.values.employment": ...`).
 *
 * @module
 */
import { isScalar, parseDocument, visit } from 'yaml';
import type * as z from 'zod';
import { WresInputError, type InputIssue } from '../errors.js';
import { profileSchema, type Profile } from './schema.js';

const plural = (n: number): string => `${n} ${n === 1 ? 'problem' : 'problems'}`;

/**
 * Checks a profile value (from JSON, YAML or code) against {@link profileSchema} and returns it
 * as a {@link Profile}. Every problem is reported, each at its key path, with the keys expected
 * where a key is unknown.
 *
 * @param value The profile, e.g. parsed from JSON.
 * @param origin What messages call it (its file name). Default `'profile'`.
 * @returns The profile.
 * @throws {WresInputError} Listing every problem (source `'profile'`, `field` the key path).
 * @example
 * parseProfile({ sources: { staff: { columns: { id: 'Employee Number' } } } }).sources.staff?.columns?.id; // 'Employee Number'
 * parseProfile({ sources: { staff: { colums: {} } } }, 'profile.yaml');
 * // throws: profile.yaml, field "sources.staff.colums" is not a known key (did you mean "columns"? ...).
 */
export function parseProfile(value: unknown, origin = 'profile'): Profile {
  const result = profileSchema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues.flatMap((issue) => locate(issue, origin));
  throw new WresInputError(issues, `The import profile ${origin} has ${plural(issues.length)}:`);
}

/**
 * Reads a profile from its text: YAML 1.2 (JSON is read the same way) with unique keys and a
 * bound on aliases, then {@link parseProfile}. Keys are read as written (`null:` and `true:` in a
 * yes/no mapping are the targets "null" and "true").
 *
 * @param text The file's text.
 * @param name The file's name, for messages.
 * @returns The profile.
 * @throws {WresInputError} When the text is not YAML (with the line and column), or the profile is invalid.
 * @example
 * parseProfileText('period: 2024-04-01..2025-03-31\nsources:\n  staff:\n    file: staff.csv\n', 'profile.yaml').sources.staff?.file;
 * // 'staff.csv'
 */
export function parseProfileText(text: string, name: string): Profile {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const fail = (message: string): never => {
    throw new WresInputError([{ source: 'profile', origin: name, message }], `The import profile ${name} cannot be read:`);
  };
  const error = document.errors[0];
  if (error !== undefined) {
    const at = error.linePos?.[0];
    const where = at === undefined ? '' : `line ${at.line}, column ${at.col}: `;
    fail(`is not valid YAML or JSON: ${where}${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && typeof pair.key.value !== 'string') pair.key.value = pair.key.source ?? String(pair.key.value);
    },
  });
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    fail(`cannot be read: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  return parseProfile(value, name);
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object (keys with values)',
};

function locate(issue: z.core.$ZodIssue, origin: string): InputIssue[] {
  const base = (field: string, message: string, value?: unknown): InputIssue => {
    const located: InputIssue = { source: 'profile', origin, message };
    if (field !== '') located.field = field;
    if (value !== undefined && isPrimitive(value)) located.value = value;
    return located;
  };
  const path = pathText(issue.path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(issue.path);
      return issue.keys.map((key) => base(path === '' ? key : `${path}.${key}`, `is not a known key${suggestion(key, known)}`));
    }
    case 'invalid_type':
      if (input === undefined) return [base(path, 'is required')];
      return [base(path, `must be ${EXPECTED[issue.expected] ?? issue.expected}`, input)];
    case 'invalid_value':
      return [base(path, `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`, input)];
    case 'too_small':
      return [base(path, issue.origin === 'string' ? 'must not be blank' : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`, input)];
    case 'too_big':
      return [base(path, `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`, input)];
    default:
      return [base(path, issue.message, input)];
  }
}

/** The keys the schema allows at a path of the profile (for "did you mean"). */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: unknown = profileSchema;
  const unwrap = (s: unknown): unknown => {
    let current = s as { _zod: { def: Record<string, unknown> } };
    for (;;) {
      const def = current._zod.def;
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') current = def.innerType as typeof current;
      else if (def.type === 'pipe') current = def.in as typeof current;
      else return current;
    }
  };
  for (const key of [...path, null]) {
    const current = unwrap(schema) as { _zod: { def: Record<string, unknown> } };
    const def = current._zod.def;
    if (def.type === 'array') {
      schema = def.element;
      if (typeof key === 'number') continue;
    }
    const object = unwrap(schema) as { _zod: { def: { type: string; shape?: Record<string, unknown>; options?: unknown[] } } };
    const objectDef = object._zod.def;
    const shape = objectDef.type === 'object'
      ? objectDef.shape
      : objectDef.type === 'union'
        ? (objectDef.options ?? []).map((o) => (unwrap(o) as { _zod: { def: { shape?: Record<string, unknown> } } })._zod.def.shape).find((s) => s !== undefined)
        : undefined;
    if (shape === undefined) return [];
    if (key === null) return Object.keys(shape);
    schema = shape[String(key)];
    if (schema === undefined) return [];
  }
  return [];
}

function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

function suggestion(key: string, known: string[]): string {
  if (known.length === 0) return '';
  const lower = key.toLowerCase();
  const close = known
    .map((k) => ({ k, d: k.toLowerCase() === lower ? 0 : distance(lower, k.toLowerCase()) }))
    .filter(({ k, d }) => d <= Math.max(1, Math.floor(k.length / 3)))
    .sort((a, b) => a.d - b.d)[0];
  const list = `expected one of: ${known.join(', ')}`;
  return close === undefined ? ` (${list})` : ` (did you mean "${close.k}"? ${list})`;
}
