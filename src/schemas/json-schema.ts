/**
 * JSON Schema (draft 2020-12) of the dataset and of each record, generated from the zod schemas
 * with `z.toJSONSchema(schema, { io: 'input' })`: it describes what callers may send (numbers or
 * numeric text for salaries, yes/no text for booleans, ...), the contract for tools written in
 * other languages.
 *
 * @module
 */
import * as z from 'zod';
import {
  ApplicationRecordSchema,
  CaseRecordSchema,
  CpdRecordSchema,
  OrganisationSchema,
  StaffRecordSchema,
  SurveyResponseSchema,
  WresDatasetSchema,
} from './records.js';

/** A JSON Schema document (a plain, JSON-serialisable object). */
export type JsonSchema = Record<string, unknown>;

const DATE_DESCRIPTION =
  'A calendar date as text in the form YYYY-MM-DD (from JavaScript, a Date object is accepted too).';

function toJsonSchema(schema: z.ZodType, title: string): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    // A Date object has no JSON form: dates are described by their text form.
    unrepresentable: 'any',
    override: (ctx) => {
      const def = ctx.zodSchema._zod.def as { type: string; options?: { _zod: { def: { type: string } } }[] };
      if (def.type === 'union' && def.options?.some((o) => o._zod.def.type === 'date')) {
        for (const key of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[key];
        Object.assign(ctx.jsonSchema, { type: 'string', description: DATE_DESCRIPTION });
      }
    },
  }) as JsonSchema;
  return { ...json, title };
}

/**
 * JSON Schema of a whole dataset ({@link WresDatasetSchema}), input side.
 *
 * @returns A fresh JSON Schema object (draft 2020-12).
 * @example
 * datasetJsonSchema().required; // ['staff']
 */
export function datasetJsonSchema(): JsonSchema {
  return toJsonSchema(WresDatasetSchema, 'SC-WRES dataset');
}

/**
 * JSON Schema of each record type, input side.
 *
 * @returns One JSON Schema per record type, keyed by the type's name.
 * @example
 * recordJsonSchemas().staff.required; // ['id']
 */
export function recordJsonSchemas(): {
  staff: JsonSchema;
  application: JsonSchema;
  case: JsonSchema;
  cpd: JsonSchema;
  survey: JsonSchema;
  organisation: JsonSchema;
} {
  return {
    staff: toJsonSchema(StaffRecordSchema, 'SC-WRES staff record'),
    application: toJsonSchema(ApplicationRecordSchema, 'SC-WRES application record'),
    case: toJsonSchema(CaseRecordSchema, 'SC-WRES disciplinary case or fitness-to-practise referral'),
    cpd: toJsonSchema(CpdRecordSchema, 'SC-WRES CPD record'),
    survey: toJsonSchema(SurveyResponseSchema, 'SC-WRES survey response'),
    organisation: toJsonSchema(OrganisationSchema, 'SC-WRES organisation'),
  };
}
