/**
 * What an import profile can fill in: the six sources of the dataset and, for each, its pinned
 * record fields (SPEC section 7) with the kind of value each holds. The kind decides how a cell is
 * read (a date in the profile's form, money, yes/no), whether the field takes a `values` mapping
 * or a `derive` rule, and whether a source cannot do without it.
 *
 * @module
 */
import type { SourceName } from '../model/counts.js';

/**
 * How a field's cells are read:
 * - `id`: an identifier (text, or a number written as text);
 * - `ethnicity`: ethnicity as recorded, classified later by the report (its own mapping option);
 * - `label`: a category such as a pay band, service or employment type (text; `values` may map it);
 * - `text`: free text (blank is absent);
 * - `money`: an amount, "£32,589.00" reads as 32589;
 * - `boolean`: yes/no (`values` targets `"true"`, `"false"`, `"null"`; `derive` may compute it);
 * - `answer`: a survey answer, yes/no or null for not answered (as `boolean`);
 * - `date`: a calendar date in the profile's `dates` form.
 */
export type FieldKind = 'id' | 'ethnicity' | 'label' | 'text' | 'money' | 'boolean' | 'answer' | 'date';

/** One record field as a profile sees it. */
export interface FieldSpec {
  /** The pinned field name. */
  name: string;
  kind: FieldKind;
  /** The source needs a column (or a `derive` rule) for it. */
  required: boolean;
  /**
   * The values the report knows for a category read without a `values` mapping (matched ignoring
   * case, spaces and punctuation); any other value is an error listing it, so that "Permanent"
   * is never quietly left out as not `direct`.
   */
  vocabulary?: readonly string[];
}

const field = (name: string, kind: FieldKind, required = false, vocabulary?: readonly string[]): FieldSpec =>
  vocabulary === undefined ? { name, kind, required } : { name, kind, required, vocabulary };

/** Employment types: `direct` is counted, the others are left out and counted as not directly employed. */
export const EMPLOYMENT_TYPES = ['direct', 'agency', 'bank', 'other'] as const;

/** The sources in the order a profile lists them (staff first: the others point to it). */
export const PROFILE_SOURCES: readonly SourceName[] = [
  'staff',
  'applications',
  'disciplinaryCases',
  'fitnessToPractiseReferrals',
  'cpd',
  'survey',
];

const caseFields = [field('staffId', 'id', true), field('date', 'date', true)];

/** Every source's fields, in the order the docs list them. */
export const PROFILE_FIELDS: Readonly<Record<SourceName, readonly FieldSpec[]>> = {
  staff: [
    field('id', 'id', true),
    field('ethnicity', 'ethnicity', true),
    field('payBand', 'label'),
    field('salary', 'money'),
    field('seniorManager', 'boolean'),
    field('service', 'label'),
    field('employment', 'label', false, EMPLOYMENT_TYPES),
    field('regulatedProfessional', 'boolean'),
    field('startDate', 'date'),
    field('endDate', 'date'),
    field('leavingReason', 'text'),
  ],
  applications: [
    field('id', 'id'),
    field('ethnicity', 'ethnicity', true),
    field('shortlisted', 'boolean', true),
    field('appointed', 'boolean', true),
    field('date', 'date', true),
    field('service', 'label'),
  ],
  disciplinaryCases: caseFields,
  fitnessToPractiseReferrals: caseFields,
  cpd: [
    field('staffId', 'id', true),
    field('date', 'date', true),
    field('funded', 'boolean', true),
    field('mandatory', 'boolean', true),
  ],
  survey: [
    field('ethnicity', 'ethnicity', true),
    field('harassmentFromPublic', 'answer'),
    field('harassmentFromColleagues', 'answer'),
    field('harassmentFromManagers', 'answer'),
    field('service', 'label'),
  ],
};

/** A yes/no field (`boolean` or `answer`): its `values` targets are `"true"`, `"false"`, `"null"`, and `derive` may compute it. */
export const isYesNo = (kind: FieldKind): boolean => kind === 'boolean' || kind === 'answer';

/** A field that takes a `values` mapping: categories and yes/no answers. */
export const isMappable = (kind: FieldKind): boolean => kind === 'label' || kind === 'text' || isYesNo(kind);
