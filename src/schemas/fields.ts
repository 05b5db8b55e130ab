/**
 * zod building blocks for the record fields: each accepts what a caller or a CSV file may give
 * (the input side, which the JSON Schema describes) and converts it with the shared converters of
 * `convert.ts` (the output side, the shapes in `normalized.ts`).
 *
 * @module
 */
import * as z from 'zod';
import { Invalid, toBoolean, toEthnicity, toIsoDate, toNumber, toText } from './convert.js';

/** The message of a required field that is missing, blank or null. */
export const REQUIRED = 'is required but missing';

type Converter<O> = (value: unknown) => O | Invalid;

/** Error map for the input type check: the converter's own wording, so messages never diverge. */
function typeError(convert: Converter<unknown>) {
  return (issue: { input?: unknown }): string => {
    if (issue.input === undefined) return REQUIRED;
    const result = convert(issue.input);
    return result instanceof Invalid ? result.message : REQUIRED;
  };
}

function converting<I extends z.ZodType, O>(input: I, convert: Converter<O | undefined>, required: boolean) {
  return input.transform((value, ctx): O | undefined => {
    const result = convert(value);
    if (result instanceof Invalid) {
      ctx.issues.push({ code: 'custom', message: result.message, input: value });
      return z.NEVER;
    }
    if (result === undefined && required) {
      ctx.issues.push({ code: 'custom', message: REQUIRED, input: value });
      return z.NEVER;
    }
    return result;
  });
}

const idConvert = (v: unknown) => toText(v, true);
const textConvert = (v: unknown) => toText(v, false);

/** A required identifier: non-blank text, or a finite number (written as text). */
export const requiredId = () =>
  converting(z.union([z.string(), z.number()], { error: typeError(idConvert) }), idConvert, true);

/** An optional identifier or label: text or a finite number; blank is absent. */
export const optionalLabel = () =>
  converting(
    z.union([z.string(), z.number()], { error: typeError(idConvert) }).nullable().optional(),
    idConvert,
    false,
  );

/** Optional free text; blank is absent. */
export const optionalText = () =>
  converting(z.string({ error: typeError(textConvert) }).nullable().optional(), textConvert, false);

/** The message of a record with no `ethnicity` key (issue 13, item 17): null or blank is "not known", a missing key is an error. */
export const ETHNICITY_MISSING = 'is missing: every record needs an ethnicity field (null or blank when it is not known)';

/**
 * Ethnicity as recorded: text (or an NHS code as a number); blank or null become null (unknown).
 * The key itself is required: a record without it (a misspelt column, `ethnicOrigin`) would
 * otherwise make everyone unknown.
 */
export const ethnicity = () =>
  converting(
    z.union([z.string(), z.number()], {
      error: (issue: { input?: unknown }) => (issue.input === undefined ? ETHNICITY_MISSING : typeError(toEthnicity)(issue)),
    }).nullable(),
    toEthnicity,
    false,
  );

const booleanInput = () =>
  z.union([z.boolean(), z.string(), z.number()], {
    error: typeError(toBoolean),
  });

/** A required yes/no: true/false, yes/no, y/n, 1/0 (text in any case, or the numbers 1 and 0). */
export const requiredBoolean = () =>
  converting(booleanInput(), toBoolean, true);

/** An optional yes/no; blank and null are absent. */
export const optionalBoolean = () =>
  converting(booleanInput().nullable().optional(), toBoolean, false);

/** A survey answer: yes/no, or null for "not answered"; blank is absent (also not answered). */
export const surveyAnswer = () =>
  converting(
    booleanInput().nullable().optional(),
    (v: unknown) => (v === null ? null : toBoolean(v)),
    false,
  );

const dateInput = () => z.union([z.string(), z.date()], { error: typeError(toIsoDate) });

/** A required calendar date: `YYYY-MM-DD` text naming a real day, or a valid Date. */
export const requiredDate = () =>
  converting(dateInput(), toIsoDate, true);

/** An optional calendar date; blank and null are absent. */
export const optionalDate = () =>
  converting(dateInput().nullable().optional(), toIsoDate, false);

/** An optional number in `[min, max]`: a finite number or numeric text; blank and null are absent. */
export const optionalNumber = (min: number, max: number) => {
  const convert = (v: unknown) => toNumber(v, min, max);
  return converting(
    z.union([z.number(), z.string()], { error: typeError(convert) }).nullable().optional(),
    convert,
    false,
  );
};
