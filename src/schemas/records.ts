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

/**
 * A member of staff, current or left (SPEC section 7): accepts a {@link StaffRecord} and outputs a
 * {@link ValidStaffRecord}. The end date may not be before the start date.
 *
 * @example
 * StaffRecordSchema.parse({ id: 1042, ethnicity: 'Indian', payBand: 'Band 5', salary: '31500',
 *   seniorManager: 'Yes', startDate: '2019-06-03', endDate: '' });
 * // { id: '1042', ethnicity: 'Indian', payBand: 'Band 5', salary: 31500, seniorManager: true, startDate: '2019-06-03' }
 * StaffRecordSchema.safeParse({ id: 'S7', ethnicity: 'Irish', startDate: '2024-05-01', endDate: '2024-04-30' })
 *   .error?.issues[0]?.message; // 'is before startDate'
 */
export const StaffRecordSchema = z
  .object(
    {
      /**
       * Staff identifier, unique among the staff records: text, or a number (written as text, so
       * `1042` becomes `'1042'`). Cases, referrals and CPD records point to it by `staffId`.
       */
      id: requiredId(),
      /**
       * Ethnicity as recorded: an ONS 2021 or 2011 category, an NHS ethnic category code (`'A'` to
       * `'Z'`, `'99'`, also as a number) or a common spelling (`'White British'`, `'Asian - Indian'`,
       * `'Prefer not to say'`); matching ignores case, spaces and punctuation. Blank, `null` or
       * missing means unknown.
       */
      ethnicity: ethnicity(),
      /** Grade or pay band label, e.g. `'PO1-PO4'` (metric 1; bands are ordered by the `payBands` option). Text or a number. */
      payBand: optionalLabel(),
      /**
       * Annual salary, 0 or more: a number or numeric text (`'31500.50'`, `'31,500'`). Cut into
       * bands by the `salaryBands` option's thresholds (metric 1), instead of `payBand`.
       */
      salary: optionalNumber(0, Number.MAX_VALUE),
      /** In senior management (metric 9); yes/no. When no staff record has it, metric 9 has no data. */
      seniorManager: optionalBoolean(),
      /** The service worked in, e.g. `'adults'` or `'children'`, matched (ignoring case) by the `scope.service` option. */
      service: optionalText(),
      /**
       * Employment type: missing or `'direct'` (any case) counts; anything else (`'agency'`, `'bank'`)
       * is left out of every metric and counted as left out.
       */
      employment: optionalText(),
      /** Registered with a professional regulator, e.g. a social worker (the population of metric 4); yes/no. */
      regulatedProfessional: optionalBoolean(),
      /** First day of employment, `YYYY-MM-DD` or a Date; missing means employed before the period. */
      startDate: optionalDate(),
      /**
       * Last day of employment, `YYYY-MM-DD` or a Date, not before `startDate`; missing means still
       * employed. A date within the period makes the person a leaver (metric 8).
       */
      endDate: optionalDate(),
      /** Why the person left, free text; kept for the council's own checks (every leaver counts in metric 8). */
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

/**
 * A job application (SPEC section 7); appointed implies shortlisted. Accepts an
 * {@link ApplicationRecord} and outputs a {@link ValidApplicationRecord}.
 *
 * @example
 * ApplicationRecordSchema.parse({ ethnicity: 'Black African', shortlisted: 'Y', appointed: 'N', date: '2024-09-12' });
 * // { ethnicity: 'Black African', shortlisted: true, appointed: false, date: '2024-09-12' }
 * ApplicationRecordSchema.safeParse({ ethnicity: 'Black African', shortlisted: false, appointed: true, date: '2024-09-12' })
 *   .error?.issues[0]?.path; // ['appointed'] (an application can only be appointed from the shortlist)
 */
export const ApplicationRecordSchema = z
  .object(
    {
      /** The application's own reference, if any (text or a number); not used by the metrics. */
      id: optionalLabel(),
      /** The applicant's ethnicity as recorded (same accepted forms as the staff `ethnicity`); blank is unknown. */
      ethnicity: ethnicity(),
      /** Shortlisted (the population of metric 2); yes/no, required. */
      shortlisted: requiredBoolean(),
      /** Appointed (the outcome of metric 2); yes/no, required, and only `true` when `shortlisted` is. */
      appointed: requiredBoolean(),
      /** The application's date, `YYYY-MM-DD` or a Date, required; applications dated in the period are counted. */
      date: requiredDate(),
      /** The service recruited for, e.g. `'adults'`, matched (ignoring case) by the `scope.service` option. */
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

/**
 * A disciplinary case or fitness-to-practise referral of one member of staff (SPEC section 7).
 * Accepts a {@link CaseRecord} and outputs a {@link ValidCaseRecord}. (That `staffId` names a staff
 * record is checked by `validateDataset`, which sees the whole dataset.)
 *
 * @example
 * CaseRecordSchema.parse({ staffId: 1042, date: new Date(Date.UTC(2024, 10, 5)) }); // { staffId: '1042', date: '2024-11-05' }
 * CaseRecordSchema.safeParse({ staffId: 'S1', date: '2024-02-30' }).error?.issues[0]?.message; // 'is not a real calendar date'
 */
export const CaseRecordSchema = z
  .object(
    {
      /** The `id` of the member of staff the case is about (text or a number); required. */
      staffId: requiredId(),
      /** The date the case was opened or the referral made, `YYYY-MM-DD` or a Date; cases dated in the period count. */
      date: requiredDate(),
    },
    recordError,
  )
  .transform((record) => compact<ValidCaseRecord>(record));

/**
 * A continuing professional development record (SPEC section 7): accepts a {@link CpdRecord} and
 * outputs a {@link ValidCpdRecord}. Only funded, non-mandatory CPD counts for metric 5.
 *
 * @example
 * CpdRecordSchema.parse({ staffId: 'S1', date: '2024-07-01', funded: 1, mandatory: 'false' });
 * // { staffId: 'S1', date: '2024-07-01', funded: true, mandatory: false }
 */
export const CpdRecordSchema = z
  .object(
    {
      /** The `id` of the member of staff who took the course (text or a number); required. */
      staffId: requiredId(),
      /** The date of the course or activity, `YYYY-MM-DD` or a Date; CPD dated in the period counts. */
      date: requiredDate(),
      /** Funded by the employer; yes/no, required. */
      funded: requiredBoolean(),
      /** Mandatory training (mandatory CPD is left out of metric 5); yes/no, required. */
      mandatory: requiredBoolean(),
    },
    recordError,
  )
  .transform((record) => compact<ValidCpdRecord>(record));

/**
 * One staff survey response (SPEC section 7); an answer may be null (not answered). Accepts a
 * {@link SurveyResponse} and outputs a {@link ValidSurveyResponse}: `null` stays `null`, a blank
 * answer is absent, and both leave the response out of that question only.
 *
 * @example
 * SurveyResponseSchema.parse({ ethnicity: 'Pakistani', harassmentFromPublic: 'yes',
 *   harassmentFromColleagues: null, harassmentFromManagers: '' });
 * // { ethnicity: 'Pakistani', harassmentFromPublic: true, harassmentFromColleagues: null }
 */
export const SurveyResponseSchema = z
  .object(
    {
      /** The respondent's ethnicity as recorded (same accepted forms as the staff `ethnicity`); blank is unknown. */
      ethnicity: ethnicity(),
      /**
       * Experienced harassment, bullying or abuse from people who use services, their relatives or
       * the public in the last 12 months (metric 6); yes/no, or `null`/blank when not answered.
       */
      harassmentFromPublic: surveyAnswer(),
      /** The same from colleagues (metric 7a); yes/no, or `null`/blank when not answered. */
      harassmentFromColleagues: surveyAnswer(),
      /** The same from managers (metric 7b); yes/no, or `null`/blank when not answered. */
      harassmentFromManagers: surveyAnswer(),
      /** The respondent's service, e.g. `'children'`, matched (ignoring case) by the `scope.service` option. */
      service: optionalText(),
    },
    recordError,
  )
  .transform((record) => compact<ValidSurveyResponse>(record));

/**
 * The council: name, code, and the local population's minority ethnic share (0 to 1). Accepts an
 * {@link Organisation} and outputs a {@link ValidOrganisation}.
 *
 * @example
 * OrganisationSchema.parse({ name: 'Example Council', code: 'E09000001', populationMinorityShare: '0.27' });
 * // { name: 'Example Council', code: 'E09000001', populationMinorityShare: 0.27 }
 * OrganisationSchema.safeParse({ populationMinorityShare: 27 }).error?.issues[0]?.message; // 'is more than 1' (a share, not a percentage)
 */
export const OrganisationSchema = z
  .object(
    {
      /** The council's name, as the report's heading shows it. */
      name: optionalText(),
      /** The council's code, e.g. the ONS local authority code `'E09000001'` (text or a number). */
      code: optionalLabel(),
      /**
       * The local population's minority ethnic share, a proportion from 0 to 1 (`0.27` for 27%), e.g.
       * from the 2021 Census for the council's area; when given, metric 9 also compares senior
       * management with it.
       */
      populationMinorityShare: optionalNumber(0, 1),
    },
    recordError,
  )
  .transform((record) => compact<ValidOrganisation>(record));

/**
 * A whole dataset (SPEC section 7). Only `staff` is required; an absent source means "no data"
 * (its metrics report `no-data`), which is different from an empty list. (`validateDataset` also
 * reads a source that is `null` as absent, for JSON producers that write null.) Accepts a
 * {@link WresDataset} and outputs a {@link ValidDataset}. This schema checks records one by one;
 * `validateDataset` adds the cross-record rules (unique staff ids, `staffId`s that name a staff
 * record) and gives located errors.
 *
 * @example
 * WresDatasetSchema.parse({ staff: [{ id: 1, ethnicity: 'White British' }], applications: [] });
 * // { staff: [{ id: '1', ethnicity: 'White British' }], applications: [] } (applications: no records, not "no data")
 * WresDatasetSchema.safeParse({ applications: [] }).error?.issues[0]?.path; // ['staff']
 */
export const WresDatasetSchema = z.object({
  /** The council the data belongs to. */
  organisation: OrganisationSchema.optional(),
  /** Every member of staff, current or left (metrics 1, 3, 4, 5, 8 and 9); required, may be empty. */
  staff: z.array(StaffRecordSchema),
  /** Job applications (metric 2). */
  applications: z.array(ApplicationRecordSchema).optional(),
  /** Formal disciplinary cases (metric 3). */
  disciplinaryCases: z.array(CaseRecordSchema).optional(),
  /** Referrals to the fitness-to-practise process (metric 4). */
  fitnessToPractiseReferrals: z.array(CaseRecordSchema).optional(),
  /** Continuing professional development records (metric 5). */
  cpd: z.array(CpdRecordSchema).optional(),
  /** Staff survey responses (metrics 6 and 7). */
  survey: z.array(SurveyResponseSchema).optional(),
});

/**
 * A member of staff as a caller or a CSV file gives it (the input of {@link StaffRecordSchema}):
 * dates as `YYYY-MM-DD` text or Dates, yes/no as booleans or words, numbers as numbers or text.
 * Only `id` is required; validation turns it into a {@link ValidStaffRecord}.
 *
 * @interface
 */
export type StaffRecord = z.input<typeof StaffRecordSchema>;
/**
 * A job application as given (the input of {@link ApplicationRecordSchema}); `shortlisted`,
 * `appointed` and `date` are required. Validation turns it into a {@link ValidApplicationRecord}.
 *
 * @interface
 */
export type ApplicationRecord = z.input<typeof ApplicationRecordSchema>;
/**
 * A disciplinary case or fitness-to-practise referral as given (the input of
 * {@link CaseRecordSchema}): the staff member's id and a date. Validation turns it into a
 * {@link ValidCaseRecord}.
 *
 * @interface
 */
export type CaseRecord = z.input<typeof CaseRecordSchema>;
/**
 * A CPD record as given (the input of {@link CpdRecordSchema}); every field is required.
 * Validation turns it into a {@link ValidCpdRecord}.
 *
 * @interface
 */
export type CpdRecord = z.input<typeof CpdRecordSchema>;
/**
 * A staff survey response as given (the input of {@link SurveyResponseSchema}); each answer is
 * yes/no, or `null` or blank when not answered. Validation turns it into a {@link ValidSurveyResponse}.
 *
 * @interface
 */
export type SurveyResponse = z.input<typeof SurveyResponseSchema>;
/**
 * The council as given (the input of {@link OrganisationSchema}); every field is optional.
 * Validation turns it into a {@link ValidOrganisation}.
 *
 * @interface
 */
export type Organisation = z.input<typeof OrganisationSchema>;
/**
 * A whole dataset as given (the input of {@link WresDatasetSchema}): `staff` and the optional
 * sources, each a list of records. An absent source is "no data", an empty list is "no records".
 * Validation turns it into a {@link ValidDataset}.
 *
 * @interface
 */
export type WresDataset = z.input<typeof WresDatasetSchema>;
