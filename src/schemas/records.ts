/**
 * The input records (field names pinned by SPEC section 7) as zod v4 schemas. Each schema accepts
 * what a caller or a CSV file gives and outputs the validated shape of `normalized.ts`: dates as
 * ISO `YYYY-MM-DD`, booleans as booleans, blank optional fields absent, unknown fields dropped.
 *
 * @module
 */
import * as z from 'zod';
import type {
  ValidApplicationRecord,
  ValidCaseRecord,
  ValidCpdRecord,
  ValidOrganisation,
  ValidStaffRecord,
  ValidSurveyResponse,
} from './normalized.js';
import {
  ethnicity,
  optionalBoolean,
  optionalDate,
  optionalLabel,
  optionalNumber,
  optionalText,
  requiredBoolean,
  requiredDate,
  requiredId,
  surveyAnswer,
} from './fields.js';

/** Messages of checks that involve two fields of one record. */
export const RECORD_MESSAGES = {
  notAnObject: 'is not a record (an object with named fields)',
  endBeforeStart: 'is before startDate',
  appointedNotShortlisted:
    'is not allowed when "shortlisted" is false (an application can only be appointed from the shortlist)',
} as const;

const recordError = { error: RECORD_MESSAGES.notAnObject };

/** Drops keys whose value is undefined, so blank optional fields are absent (not `undefined`). */
function compact<T>(record: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const key in record) {
    const value = record[key];
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/** A member of staff (SPEC section 7). */
export const StaffRecordSchema = z
  .object(
    {
      id: requiredId(),
      ethnicity: ethnicity(),
      payBand: optionalLabel(),
      salary: optionalNumber(0, Number.MAX_VALUE),
      seniorManager: optionalBoolean(),
      service: optionalText(),
      employment: optionalText(),
      regulatedProfessional: optionalBoolean(),
      startDate: optionalDate(),
      endDate: optionalDate(),
      leavingReason: optionalText(),
    },
    recordError,
  )
  .superRefine((record, ctx) => {
    if (record.startDate !== undefined && record.endDate !== undefined && record.endDate < record.startDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: RECORD_MESSAGES.endBeforeStart,
        input: record.endDate,
      });
    }
  })
  .transform((record) => compact<ValidStaffRecord>(record));

/** A job application (SPEC section 7); appointed implies shortlisted. */
export const ApplicationRecordSchema = z
  .object(
    {
      id: optionalLabel(),
      ethnicity: ethnicity(),
      shortlisted: requiredBoolean(),
      appointed: requiredBoolean(),
      date: requiredDate(),
      service: optionalText(),
    },
    recordError,
  )
  .superRefine((record, ctx) => {
    if (record.appointed && !record.shortlisted) {
      ctx.addIssue({
        code: 'custom',
        path: ['appointed'],
        message: RECORD_MESSAGES.appointedNotShortlisted,
        input: true,
      });
    }
  })
  .transform((record) => compact<ValidApplicationRecord>(record));

/** A disciplinary case or fitness-to-practise referral of one member of staff (SPEC section 7). */
export const CaseRecordSchema = z
  .object({ staffId: requiredId(), date: requiredDate() }, recordError)
  .transform((record) => compact<ValidCaseRecord>(record));

/** A continuing professional development record (SPEC section 7). */
export const CpdRecordSchema = z
  .object(
    { staffId: requiredId(), date: requiredDate(), funded: requiredBoolean(), mandatory: requiredBoolean() },
    recordError,
  )
  .transform((record) => compact<ValidCpdRecord>(record));

/** One staff survey response (SPEC section 7); an answer may be null (not answered). */
export const SurveyResponseSchema = z
  .object(
    {
      ethnicity: ethnicity(),
      harassmentFromPublic: surveyAnswer(),
      harassmentFromColleagues: surveyAnswer(),
      harassmentFromManagers: surveyAnswer(),
      service: optionalText(),
    },
    recordError,
  )
  .transform((record) => compact<ValidSurveyResponse>(record));

/** The council: name, code, and the local population's minority ethnic share (0 to 1). */
export const OrganisationSchema = z
  .object(
    { name: optionalText(), code: optionalLabel(), populationMinorityShare: optionalNumber(0, 1) },
    recordError,
  )
  .transform((record) => compact<ValidOrganisation>(record));

/**
 * A whole dataset (SPEC section 7). Only `staff` is required; an absent source means "no data"
 * (its metrics report `no-data`), which is different from an empty list. (`validateDataset` also
 * reads a source that is `null` as absent, for JSON producers that write null.)
 */
export const WresDatasetSchema = z.object({
  organisation: OrganisationSchema.optional(),
  staff: z.array(StaffRecordSchema),
  applications: z.array(ApplicationRecordSchema).optional(),
  disciplinaryCases: z.array(CaseRecordSchema).optional(),
  fitnessToPractiseReferrals: z.array(CaseRecordSchema).optional(),
  cpd: z.array(CpdRecordSchema).optional(),
  survey: z.array(SurveyResponseSchema).optional(),
});

export type StaffRecord = z.input<typeof StaffRecordSchema>;
export type ApplicationRecord = z.input<typeof ApplicationRecordSchema>;
export type CaseRecord = z.input<typeof CaseRecordSchema>;
export type CpdRecord = z.input<typeof CpdRecordSchema>;
export type SurveyResponse = z.input<typeof SurveyResponseSchema>;
export type Organisation = z.input<typeof OrganisationSchema>;
export type WresDataset = z.input<typeof WresDatasetSchema>;
