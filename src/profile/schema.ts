/**
 * The import profile as a zod schema (SPEC section 12, pinned keys): strict at every depth, so a
 * misspelt key (`colums`, `sources.staff.value`) is an error rather than a setting quietly
 * ignored. The schema is the single source of the {@link Profile} type, of the checks
 * {@link parseProfile} runs and of the JSON Schema editors complete from.
 *
 * @module
 */
import * as z from 'zod';
import type { SourceName } from '../model/counts.js';
import { PROFILE_FIELDS, PROFILE_SOURCES, isMappable, isYesNo, type FieldSpec } from './fields.js';
import { normaliseValue } from './normalise.js';
import { readAmount } from './amounts.js';

/**
 * The date forms a profile's `dates` key names (SPEC section 12). `DD/MM/YYYY` also reads
 * D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY and "01 Apr 2024"; every form reads ISO dates, and ISO
 * date-times at midnight.
 *
 * @example
 * DATE_FORMS; // ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY']
 */
export const DATE_FORMS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY'] as const;
/** A date form: how the dates of a file are written. */
export type DateForm = (typeof DATE_FORMS)[number];

/**
 * Text encodings a source's `encoding` may name (WHATWG labels, as `TextDecoder` takes them in
 * Node and browsers).
 *
 * @example
 * PROFILE_ENCODINGS.includes('windows-1252'); // true
 */
export const PROFILE_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;

const text = (description: string) => z.string().trim().min(1, 'must not be blank').describe(description);

const rawValue = z.union([z.string(), z.number(), z.boolean()], { error: 'must be text or a number' });
const rawValues = (description: string) =>
  z.array(rawValue).describe(description);

const header = (description: string) => text(description);

const yesNoTarget = z.enum(['true', 'false', 'null']);

const yesNoMapping = z
  .strictObject({
    true: rawValues('Raw values that mean yes.').optional(),
    false: rawValues('Raw values that mean no.').optional(),
    null: rawValues('Raw values that mean not answered (or not known).').optional(),
    '*': yesNoTarget.describe('Catch-all: every raw value not listed means this.').optional(),
  })
  .describe('Raw values of a yes/no field by meaning, matched ignoring case, spaces and punctuation.');

const labelMapping = z
  .object({ '*': text('Catch-all: every raw value not listed becomes this target.').optional() })
  .catchall(rawValues('Raw values that become this target.'))
  .describe('Target value -> the raw values that become it, matched ignoring case, spaces and punctuation.');

const ruleKeys = (rule: Record<string, unknown>, keys: readonly string[]): string[] =>
  keys.filter((key) => rule[key] !== undefined);

const deriveRule = z
  .strictObject({
    column: header('The header of the column the field is computed from.'),
    in: rawValues('True when the value is one of these (ignoring case, spaces and punctuation).').optional(),
    notBlank: z.literal(true).describe('True when the cell is not blank.').optional(),
    greaterThan: z.number().describe('True when the value is a number above this (money such as "£1,323.00" reads as 1323).').optional(),
  })
  .superRefine((rule, ctx) => {
    if (ruleKeys(rule, ['in', 'notBlank', 'greaterThan']).length !== 1) {
      ctx.addIssue({ code: 'custom', message: 'needs exactly one of "in", "notBlank" or "greaterThan" beside "column"' });
    }
  })
  .describe('A yes/no field computed from one column.');

const keepRule = z
  .strictObject({
    column: header('The header of the column the rule reads.'),
    in: rawValues('Keep rows whose value is one of these (ignoring case, spaces and punctuation).').optional(),
    notIn: rawValues('Keep rows whose value is none of these.').optional(),
    notBlank: z.literal(true).describe('Keep rows whose cell is not blank.').optional(),
  })
  .superRefine((rule, ctx) => {
    if (ruleKeys(rule, ['in', 'notIn', 'notBlank']).length !== 1) {
      ctx.addIssue({ code: 'custom', message: 'needs exactly one of "in", "notIn" or "notBlank" beside "column"' });
    }
  })
  .describe('A row is kept when every rule holds; rows left out are counted, not skipped.');

function fieldsWhere(fields: readonly FieldSpec[], test: (field: FieldSpec) => boolean, schema: (field: FieldSpec) => z.ZodType) {
  return Object.fromEntries(fields.filter(test).map((field) => [field.name, schema(field).optional()]));
}

function sourceSchema(source: SourceName) {
  const fields = PROFILE_FIELDS[source];
  const shape = {
    file: text('The export file, relative to the profile\'s folder (CSV or .xlsx).').optional(),
    sheet: text('The workbook sheet, by name (default: the first).').optional(),
    encoding: z.enum(PROFILE_ENCODINGS).describe('The text encoding (default: detected).').optional(),
    delimiter: z.enum([',', ';', '\t']).describe('The CSV delimiter (default: detected).').optional(),
    skipRows: z.number().int().min(0).describe('Title lines above the header row, skipped.').optional(),
    dates: z.enum(DATE_FORMS).describe('How this file writes dates (default: the profile\'s "dates").').optional(),
    columns: z
      .strictObject(fieldsWhere(fields, () => true, (f) => header(`The header of the column holding "${f.name}".`)))
      .describe('Field -> header, matched ignoring case and spaces. A field not listed is read from a header equal to its name.')
      .optional(),
    values: z
      .strictObject(fieldsWhere(fields, (f) => isMappable(f.kind), (f) => (isYesNo(f.kind) ? yesNoMapping : labelMapping)))
      .describe('Field -> { target: [raw values] }; a raw value not listed is an error unless the mapping has "*".')
      .optional(),
    derive: z
      .strictObject(fieldsWhere(fields, (f) => isYesNo(f.kind), () => deriveRule))
      .describe('Yes/no fields computed from one column.')
      .optional(),
    keep: z.array(keepRule).describe('Rows to keep: every rule must hold.').optional(),
    ...(source === 'staff'
      ? {
          duplicates: z
            .enum(['error', 'first', 'highest-salary'])
            .describe('Rows with the same id (one row per assignment): "error" (default), keep the "first", or the "highest-salary".')
            .optional(),
        }
      : {}),
  };
  return z.strictObject(shape).superRefine((config, ctx) => {
    const columns = (config.columns ?? {}) as Record<string, unknown>;
    const values = (config.values ?? {}) as Record<string, unknown>;
    for (const name of Object.keys(config.derive ?? {})) {
      if (columns[name] !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['derive', name], message: `is also given in "columns": a field is read from a column or derived, not both` });
      }
      if (values[name] !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['values', name], message: `has no effect: the field is derived (see "derive")` });
      }
    }
    for (const [name, mapping] of Object.entries(values)) {
      if (mapping === undefined) continue;
      const seen = new Map<string, string>();
      for (const [target, raws] of Object.entries(mapping as Record<string, unknown>)) {
        if (!Array.isArray(raws)) continue;
        for (const raw of raws) {
          const key = normaliseValue(String(raw));
          const earlier = seen.get(key);
          if (earlier !== undefined && earlier !== target) {
            ctx.addIssue({
              code: 'custom',
              path: ['values', name, target],
              message: `lists ${JSON.stringify(String(raw))}, which "${earlier}" lists too: a raw value can have one meaning`,
            });
          }
          seen.set(key, target);
        }
      }
    }
  });
}

const PERIOD = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/;

const periodSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const match = PERIOD.exec(value);
    if (match === null) {
      ctx.addIssue({ code: 'custom', message: 'must be two ISO dates joined by "..", e.g. "2024-04-01..2025-03-31"' });
    } else if (!isRealDate(match[1]!) || !isRealDate(match[2]!)) {
      ctx.addIssue({ code: 'custom', message: 'names a day that is not a real calendar date' });
    } else if (match[1]! > match[2]!) {
      ctx.addIssue({ code: 'custom', message: 'starts after it ends' });
    }
  })
  .describe('The reporting period, inclusive: "YYYY-MM-DD..YYYY-MM-DD", e.g. "2024-04-01..2025-03-31".');

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

const disclosurePolicy = z
  .strictObject({
    name: text('A name shown in the report\'s disclosure summary.').optional(),
    threshold: z.number().int().min(1).describe('Counts below this (and above zero) are withheld. Default 10.').optional(),
    suppressZeros: z.boolean().describe('Withhold true zeros too. Default false.').optional(),
    complements: z.boolean().describe('Also withhold a count whose complement is small. Default true.').optional(),
    secondary: z.boolean().describe('Add secondary suppressions in tables with totals. Default true.').optional(),
    rounding: z.number().int().min(1).nullable().describe('Round published counts to this base (e.g. 5).').optional(),
  })
  .describe('A custom disclosure-control policy.');

const optionsSchema = z
  .strictObject({
    standard: z.enum(['sc-wres', 'nhs-wres']).describe('Direction of the relative likelihoods. Default "sc-wres".').optional(),
    payBands: z.array(text('A band label.')).describe('Pay band labels, lowest first.').optional(),
    salaryBands: z
      .array(
        z.union([z.number(), z.string().refine((t) => typeof readAmount(t) === 'number', 'is not an amount such as 30000 or "£30,000"')], {
          error: 'must be a number or an amount such as "£30,000"',
        }),
      )
      .describe('Salary thresholds, ascending: [30000, 70000] gives three bands ("£30,000" is read as 30000).')
      .optional(),
    population: z.enum(['at-risk', 'snapshot']).describe('Population of metrics 3, 4, 5 and 8. Default "at-risk".').optional(),
    scope: z.strictObject({ service: text('The service to report on, e.g. "adults".').optional() }).optional(),
    ethnicity: z
      .strictObject({
        whiteMinorities: z.enum(['white', 'minority']).describe('Where the White minority categories count. Default "white".').optional(),
        terminology: text('The label of the focal group. Default "minority ethnic".').optional(),
        mapping: z.record(z.string(), z.string()).describe('Raw ethnicity value -> category; takes precedence over the built-in tables.').optional(),
      })
      .optional(),
    breakdown: z.enum(['none', 'broad-groups']).describe('"broad-groups" adds Asian, Black, Mixed and Other, each against White.').optional(),
    intervals: z
      .strictObject({
        proportion: z.enum(['wilson', 'clopper-pearson', 'jeffreys', 'agresti-coull']).optional(),
        ratio: z.enum(['koopman', 'miettinen-nurminen', 'katz-log', 'adjusted-log']).optional(),
        difference: z.enum(['newcombe', 'miettinen-nurminen']).optional(),
        level: z.number().gt(0).lt(1).describe('Confidence level. Default 0.95.').optional(),
      })
      .optional(),
    disclosure: z
      .union([z.enum(['sc-wres-publication', 'ons-10-5', 'nhs-digital', 'none']), z.literal(false), disclosurePolicy], {
        error: 'must be a preset name ("sc-wres-publication", "ons-10-5", "nhs-digital", "none"), false, or a policy object',
      })
      .describe('Disclosure control of the published report.')
      .optional(),
    validation: z.enum(['strict', 'lenient']).describe('"lenient" skips bad rows and counts them. Default "strict".').optional(),
  })
  .describe('Report options (any option of computeReport but the period); command-line flags override them.');

const organisationSchema = z
  .strictObject({
    name: text('The council\'s name.').optional(),
    code: z.union([text('The council\'s code.'), z.number()]).optional(),
    populationMinorityShare: z.number().min(0).max(1).describe('The local population\'s minority ethnic share, 0 to 1.').optional(),
  })
  .describe('The council.');

const sourcesShape = Object.fromEntries(PROFILE_SOURCES.map((source) => [source, sourceSchema(source).optional()])) as {
  [S in SourceName]: z.ZodOptional<ReturnType<typeof sourceSchema>>;
};

/**
 * The import profile schema (zod 4, strict at every depth): `period`, `organisation`, `dates`,
 * `options` and `sources` with the six sources of the dataset, each with `file`, `sheet`,
 * `encoding`, `delimiter`, `skipRows`, `dates`, `columns`, `values`, `derive`, `keep` and, for
 * staff, `duplicates`.
 *
 * @example
 * profileSchema.safeParse({ sources: { staff: { colums: {} } } }).success; // false (a misspelt key)
 * profileSchema.parse({ sources: { staff: { columns: { id: 'Employee Number' } } } }).sources.staff?.columns?.id;
 * // 'Employee Number'
 */
export const profileSchema = z
  .strictObject({
    $schema: z.string().describe('The JSON Schema this file follows (for editors).').optional(),
    period: periodSchema.optional(),
    organisation: organisationSchema.optional(),
    dates: z.enum(DATE_FORMS).describe('How the files write dates (default "YYYY-MM-DD"); a source may say otherwise.').optional(),
    options: optionsSchema.optional(),
    sources: z
      .strictObject(sourcesShape)
      .describe('The exports, by source: staff, applications, disciplinaryCases, fitnessToPractiseReferrals, cpd, survey.'),
  })
  .describe('An SC-WRES import profile: how a council\'s own exports become the dataset.');

/**
 * An import profile: where each source's export is, how its columns and values map to the
 * records' fields, which rows to keep, and the report's period, organisation and options.
 *
 * @interface
 */
export type Profile = z.output<typeof profileSchema>;
/** A raw value as a profile lists it (YAML may give numbers and booleans; they are read as text). */
export type RawValue = string | number | boolean;

/**
 * One source's part of a profile, seen the same way for every source: its file, how it is read,
 * and how its columns become records. (The schema allows only each source's own fields as keys.)
 */
export interface SourceProfile {
  /** The export file, relative to the profile's folder. */
  file?: string | undefined;
  /** The workbook sheet, by name. */
  sheet?: string | undefined;
  /** The text encoding. */
  encoding?: (typeof PROFILE_ENCODINGS)[number] | undefined;
  /** The CSV delimiter. */
  delimiter?: ',' | ';' | '\t' | undefined;
  /** Title lines above the header row. */
  skipRows?: number | undefined;
  /** How this file writes dates. */
  dates?: DateForm | undefined;
  /** Field -> header. */
  columns?: Record<string, string | undefined> | undefined;
  /** Field -> { target: [raw values] } (and `"*": target`). */
  values?: Record<string, Record<string, RawValue[] | string | undefined> | undefined> | undefined;
  /** Yes/no field -> rule. */
  derive?: Record<string, DeriveRule | undefined> | undefined;
  /** Rows to keep. */
  keep?: KeepRule[] | undefined;
  /** Staff only: what to do with rows that share an id. */
  duplicates?: 'error' | 'first' | 'highest-salary' | undefined;
}
/**
 * A profile's report options: any option of `computeReport` but the period (which is the
 * profile's own `period`).
 *
 * @interface
 */
export type ProfileOptions = NonNullable<Profile['options']>;
/** One `keep` rule of a source: its column and exactly one condition. */
export interface KeepRule {
  /** The header of the column the rule reads. */
  column: string;
  /** Keep rows whose value is one of these (ignoring case, spaces and punctuation). */
  in?: RawValue[] | undefined;
  /** Keep rows whose value is none of these. */
  notIn?: RawValue[] | undefined;
  /** Keep rows whose cell is not blank. */
  notBlank?: true | undefined;
}
/** One `derive` rule of a source: its column and exactly one condition. */
export interface DeriveRule {
  /** The header of the column the field is computed from. */
  column: string;
  /** True when the value is one of these (ignoring case, spaces and punctuation). */
  in?: RawValue[] | undefined;
  /** True when the cell is not blank. */
  notBlank?: true | undefined;
  /** True when the value is an amount above this. */
  greaterThan?: number | undefined;
}

/**
 * The JSON Schema (draft 2020-12) of an import profile, for `wres schema --profile` and for
 * editors: with `"$schema"` pointing at a saved copy (JSON) or a `# yaml-language-server:
 * $schema=...` comment (YAML), editors complete every key and flag a misspelt one.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * profileJsonSchema().required; // ['sources']
 * Object.keys(profileJsonSchema().properties.sources.properties);
 * // ['staff', 'applications', 'disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd', 'survey']
 */
export function profileJsonSchema(): Record<string, unknown> & {
  required: string[];
  properties: { sources: { properties: Record<string, unknown> } } & Record<string, unknown>;
} {
  const schema = z.toJSONSchema(profileSchema, { io: 'input', unrepresentable: 'any' }) as unknown as ReturnType<typeof profileJsonSchema>;
  return { ...schema, title: 'SC-WRES import profile' };
}
