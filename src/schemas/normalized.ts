/**
 * A member of staff after validation (the output of `StaffRecordSchema`). As in every validated
 * record, dates are ISO `YYYY-MM-DD` strings, booleans are booleans, and optional fields that were
 * blank are absent. The metrics read only these shapes.
 */
export interface ValidStaffRecord {
  /** Staff identifier as text (a numeric id was written in decimal), unique among the staff records. */
  id: string;
  /** Ethnicity as recorded (not trimmed, not yet classified; a number as text), or `null` when blank or missing. */
  ethnicity: string | null;
  /** Pay band label (metric 1). */
  payBand?: string;
  /** Annual salary, 0 or more (metric 1 with the `salaryBands` option). */
  salary?: number;
  /** In senior management (metric 9). */
  seniorManager?: boolean;
  /** The service worked in, trimmed (compared ignoring case by the `scope.service` option). */
  service?: string;
  /** Employment type, trimmed; absent or `'direct'` (any case) counts, anything else is left out. */
  employment?: string;
  /** Registered with a professional regulator (the population of metric 4). */
  regulatedProfessional?: boolean;
  /** First day of employment, `YYYY-MM-DD`; absent means employed before the period. */
  startDate?: string;
  /** Last day of employment, `YYYY-MM-DD`, not before `startDate`; absent means still employed. */
  endDate?: string;
  /** Why the person left; not used by the metrics. */
  leavingReason?: string;
}
/**
 * A job application after validation (the output of `ApplicationRecordSchema`): yes/no fields are
 * booleans, `appointed` is only `true` when `shortlisted` is, and the date is `YYYY-MM-DD`.
 */
export interface ValidApplicationRecord {
  /** The application's own reference, as text. */
  id?: string;
  /** The applicant's ethnicity exactly as recorded, or `null` when blank or missing. */
  ethnicity: string | null;
  /** Shortlisted (the population of metric 2). */
  shortlisted: boolean;
  /** Appointed (the outcome of metric 2); `true` only when `shortlisted` is. */
  appointed: boolean;
  /** The application's date, `YYYY-MM-DD`; applications dated in the period are counted. */
  date: string;
  /** The service recruited for, trimmed. */
  service?: string;
}
/**
 * A disciplinary case or fitness-to-practise referral after validation (the output of
 * `CaseRecordSchema`). `validateDataset` has also checked that `staffId` names a staff record.
 */
export interface ValidCaseRecord {
  /** The `id` of the member of staff the case is about, as text. */
  staffId: string;
  /** The date of the case or referral, `YYYY-MM-DD`; cases dated in the period count. */
  date: string;
}
/**
 * A CPD record after validation (the output of `CpdRecordSchema`). Metric 5 counts only records
 * with `funded: true` and `mandatory: false`.
 */
export interface ValidCpdRecord {
  /** The `id` of the member of staff who took the course, as text. */
  staffId: string;
  /** The date of the course or activity, `YYYY-MM-DD`. */
  date: string;
  /** Funded by the employer. */
  funded: boolean;
  /** Mandatory training. */
  mandatory: boolean;
}
/**
 * A staff survey response after validation (the output of `SurveyResponseSchema`). An answer is
 * `true` (experienced it), `false` (did not), `null` (given as null: not answered) or absent
 * (blank or missing: not answered); unanswered questions leave the response out of that question only.
 */
export interface ValidSurveyResponse {
  /** The respondent's ethnicity exactly as recorded, or `null` when blank or missing. */
  ethnicity: string | null;
  /** Harassment, bullying or abuse from people who use services, their relatives or the public in the last 12 months (metric 6). */
  harassmentFromPublic?: boolean | null;
  /** The same from colleagues (metric 7a). */
  harassmentFromColleagues?: boolean | null;
  /** The same from managers (metric 7b). */
  harassmentFromManagers?: boolean | null;
  /** The respondent's service, trimmed. */
  service?: string;
}
/** The council after validation (the output of `OrganisationSchema`); blank fields are absent. */
export interface ValidOrganisation {
  /** The council's name. */
  name?: string;
  /** The council's code, as text. */
  code?: string;
  /** The local population's minority ethnic share, a proportion from 0 to 1 (metric 9 compares senior management with it). */
  populationMinorityShare?: number;
}
/**
 * A whole dataset after validation (the output of `validateDataset`): every record valid, staff ids
 * unique, and every `staffId` naming a staff record. A source that was absent (or `null`) is
 * absent here too, so its metrics report `no-data`.
 */
export interface ValidDataset {
  /** The council, when given. */
  organisation?: ValidOrganisation;
  /** Every member of staff, current or left. */
  staff: ValidStaffRecord[];
  /** Job applications (metric 2). */
  applications?: ValidApplicationRecord[];
  /** Formal disciplinary cases (metric 3). */
  disciplinaryCases?: ValidCaseRecord[];
  /** Referrals to the fitness-to-practise process (metric 4). */
  fitnessToPractiseReferrals?: ValidCaseRecord[];
  /** Continuing professional development records (metric 5). */
  cpd?: ValidCpdRecord[];
  /** Staff survey responses (metrics 6 and 7). */
  survey?: ValidSurveyResponse[];
}
