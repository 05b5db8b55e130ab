/**
 * Records after validation: dates are ISO `YYYY-MM-DD` strings, booleans are booleans, and
 * optional fields that were blank are absent. The metrics read only these shapes.
 */
export interface ValidStaffRecord {
  id: string;
  ethnicity: string | null;
  payBand?: string;
  salary?: number;
  seniorManager?: boolean;
  service?: string;
  employment?: string;
  regulatedProfessional?: boolean;
  startDate?: string;
  endDate?: string;
  leavingReason?: string;
}
export interface ValidApplicationRecord {
  id?: string;
  ethnicity: string | null;
  shortlisted: boolean;
  appointed: boolean;
  date: string;
  service?: string;
}
export interface ValidCaseRecord {
  staffId: string;
  date: string;
}
export interface ValidCpdRecord {
  staffId: string;
  date: string;
  funded: boolean;
  mandatory: boolean;
}
export interface ValidSurveyResponse {
  ethnicity: string | null;
  harassmentFromPublic?: boolean | null;
  harassmentFromColleagues?: boolean | null;
  harassmentFromManagers?: boolean | null;
  service?: string;
}
export interface ValidOrganisation {
  name?: string;
  code?: string;
  populationMinorityShare?: number;
}
export interface ValidDataset {
  organisation?: ValidOrganisation;
  staff: ValidStaffRecord[];
  applications?: ValidApplicationRecord[];
  disciplinaryCases?: ValidCaseRecord[];
  fitnessToPractiseReferrals?: ValidCaseRecord[];
  cpd?: ValidCpdRecord[];
  survey?: ValidSurveyResponse[];
}
