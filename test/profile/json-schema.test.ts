/**
 * The profile's JSON Schema (for `wres schema --profile` and editors). No JSON Schema validator
 * is a dependency, so a small one for the keywords zod writes here (type, enum, const,
 * properties, required, additionalProperties, items, anyOf) checks that the schema accepts the
 * specification's profile and refuses what parseProfile refuses.
 */
import { describe, expect, it } from 'vitest';
import { profileJsonSchema } from '../../src/profile/index.js';

type Schema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Problems of `value` against `schema`, as paths. */
function check(schema: Schema, value: unknown, path = ''): string[] {
  if (schema.anyOf !== undefined) {
    const branches = (schema.anyOf as Schema[]).map((s) => check(s, value, path));
    return branches.some((b) => b.length === 0) ? [] : [`${path}: matches no branch`];
  }
  const types = schema.type === undefined ? undefined : ([] as string[]).concat(schema.type as string);
  const actual = typeOf(value);
  if (types !== undefined && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${path}: ${actual} is not ${types.join('|')}`];
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value)) return [`${path}: not in enum`];
  if (schema.const !== undefined && schema.const !== value) return [`${path}: not the constant`];
  if (actual === 'array' && schema.items !== undefined) return (value as unknown[]).flatMap((v, i) => check(schema.items as Schema, v, `${path}[${i}]`));
  if (actual !== 'object') return [];
  const object = value as Record<string, unknown>;
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const problems = ((schema.required ?? []) as string[]).filter((k) => !(k in object)).map((k) => `${path}.${k}: required`);
  for (const [key, item] of Object.entries(object)) {
    const sub = properties[key] ?? schema.additionalProperties;
    if (sub === false) problems.push(`${path}.${key}: not allowed`);
    else if (sub !== undefined && sub !== true) problems.push(...check(sub as Schema, item, `${path}.${key}`));
  }
  return problems;
}

/** Every object schema in the document says which keys it allows. */
function openObjects(schema: unknown, path = ''): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const s = schema as Schema;
  const here = s.type === 'object' && s.additionalProperties === undefined ? [path] : [];
  return [...here, ...Object.entries(s).flatMap(([k, v]) => (Array.isArray(v) ? v.flatMap((x, i) => openObjects(x, `${path}/${k}/${i}`)) : openObjects(v, `${path}/${k}`)))];
}

const SPEC_PROFILE = {
  period: '2024-04-01..2025-03-31',
  organisation: { name: 'Northbrook Council', populationMinorityShare: 0.31 },
  dates: 'DD/MM/YYYY',
  options: { payBands: ['Scale 1-6', 'SO1-SO2', 'PO1-PO4', 'PO5-PO8', 'Senior management'], disclosure: 'sc-wres-publication' },
  sources: {
    staff: {
      file: 'staff.xlsx', sheet: 'Staff',
      columns: { id: 'Employee Number', ethnicity: 'Ethnic Origin', payBand: 'Grade', employment: 'Contract Type' },
      values: { employment: { direct: ['Permanent', 'Fixed Term'], agency: ['Agency'], bank: ['Casual'] } },
      derive: { seniorManager: { column: 'Grade', in: ['Senior Management'] }, regulatedProfessional: { column: 'SWE/HCPC Reg No', notBlank: true } },
      keep: [{ column: 'Assignment', in: ['Primary'] }],
      duplicates: 'highest-salary',
    },
    cpd: { file: 'lms.csv', columns: { staffId: 'Employee No', date: 'Completed', mandatory: 'Mandatory (Y/N)' }, derive: { funded: { column: 'Cost', greaterThan: 0 } } },
    survey: { file: 'survey.csv', encoding: 'windows-1252', values: { harassmentFromPublic: { true: ['1-2 times'], false: ['Never'], null: ['Prefer not to say'] } } },
  },
};

describe('profileJsonSchema', () => {
  const schema = profileJsonSchema();

  it('accepts the specification\'s profile', () => {
    expect(check(schema, SPEC_PROFILE)).toEqual([]);
  });

  it('is strict at every depth, as the zod schema is', () => {
    expect(openObjects(schema)).toEqual([]);
    expect(check(schema, { sources: { staff: { colums: {} } } })).toEqual(['.sources.staff.colums: not allowed']);
    expect(check(schema, { sources: { cpd: { duplicates: 'first' } } })).toEqual(['.sources.cpd.duplicates: not allowed']);
    expect(check(schema, { sources: { staff: { values: { ethnicity: {} } } } })).toEqual(['.sources.staff.values.ethnicity: not allowed']);
    expect(check(schema, { sources: {}, options: { scope: { services: 'adults' } } })).toEqual(['.options.scope.services: not allowed']);
    expect(check(schema, { sources: { survey: { values: { harassmentFromPublic: { maybe: [] } } } } })).toEqual([
      '.sources.survey.values.harassmentFromPublic.maybe: not allowed',
    ]);
  });

  it('describes each key for editors', () => {
    const properties = schema.properties as Record<string, Schema>;
    for (const key of ['period', 'organisation', 'dates', 'options', 'sources']) expect(properties[key]?.description).toBeTypeOf('string');
    expect(schema.title).toBe('SC-WRES import profile');
  });
});
