/**
 * The headers HR, recruitment, casework, learning and survey systems give each field (iTrent,
 * Oracle, SAP, ResourceLink, Jobtrain, LMS and survey tools), in the normalised form matching
 * uses (lower case, letters and digits). `wres init` proposes a column for a field when a header
 * is one of these; the analyst confirms.
 *
 * @module
 */
import type { SourceName } from '../model/counts.js';

const PERSON_ID = [
  'employeenumber', 'employeeno', 'employeenum', 'employeeid', 'employeeref', 'employeereference', 'empno', 'empid',
  'staffnumber', 'staffno', 'staffid', 'staffref', 'personnumber', 'personno', 'personid', 'personref',
  'payrollnumber', 'payrollno', 'payrollid', 'employeecode', 'staffcode', 'workernumber', 'workerid', 'resourceid',
];
const ETHNICITY = ['ethnicity', 'ethnicorigin', 'ethnicgroup', 'ethnicitycode', 'ethnicitydescription', 'ethnicbackground', 'ethnicityname', 'ethniccategory'];
const SERVICE = ['service', 'servicearea', 'directorate', 'department', 'division', 'serviceunit', 'businessunit'];

/** Headers (normalised) that name each field exactly, by source. */
export const FIELD_SYNONYMS: Readonly<Record<SourceName, Readonly<Record<string, readonly string[]>>>> = {
  staff: {
    id: PERSON_ID,
    ethnicity: ETHNICITY,
    payBand: ['grade', 'payband', 'band', 'paygrade', 'gradedescription', 'gradename', 'payscale', 'salarygrade', 'gradecode', 'gradeband'],
    salary: ['salary', 'annualsalary', 'basicsalary', 'annualpay', 'basicpay', 'ftesalary', 'salaryfte', 'fulltimeequivalentsalary', 'annualbasicsalary', 'fullsalary', 'salaryamount'],
    seniorManager: ['seniormanager', 'seniormanagement', 'issenior', 'seniorleader', 'seniorleadership'],
    service: SERVICE,
    employment: ['contracttype', 'employmenttype', 'employmentstatus', 'contract', 'workertype', 'employeetype', 'contractstatus', 'permanenttemporary', 'employeecategory', 'staffcategory', 'employmentbasis'],
    regulatedProfessional: ['regulatedprofessional', 'regulated', 'registeredprofessional', 'registered', 'registeredsocialworker'],
    startDate: ['startdate', 'datestarted', 'hiredate', 'dateofjoining', 'joiningdate', 'datejoined', 'joindate', 'employmentstartdate', 'continuousservicedate', 'servicestartdate', 'dateofappointment', 'appointmentdate', 'commencementdate'],
    endDate: ['enddate', 'leavingdate', 'leavedate', 'dateleft', 'terminationdate', 'lastdayofservice', 'lastworkingday', 'dateofleaving', 'leaverdate', 'employmentenddate'],
    leavingReason: ['leavingreason', 'reasonforleaving', 'terminationreason', 'leaverreason', 'reasonleft'],
  },
  applications: {
    id: ['applicationid', 'applicationnumber', 'applicationno', 'applicationref', 'applicationreference', 'candidateid', 'candidatenumber', 'applicantid', 'applicantnumber', 'candidateref'],
    ethnicity: ETHNICITY,
    shortlisted: ['shortlisted', 'shortlist', 'invitedtointerview', 'interviewed', 'shortlistedyn', 'shortlistoutcome'],
    appointed: ['appointed', 'hired', 'offered', 'successful', 'appointedyn', 'outcome', 'finaloutcome', 'applicationoutcome', 'status', 'applicationstatus'],
    date: ['date', 'applicationdate', 'dateapplied', 'datereceived', 'submitteddate', 'datesubmitted', 'applieddate', 'applicationreceived'],
    service: SERVICE,
  },
  disciplinaryCases: {
    staffId: PERSON_ID,
    date: ['date', 'dateopened', 'opened', 'opendate', 'casestartdate', 'startdate', 'casedate', 'dateofcase', 'datereceived', 'caseopened', 'dateraised'],
  },
  fitnessToPractiseReferrals: {
    staffId: PERSON_ID,
    date: ['date', 'referraldate', 'datereferred', 'dateofreferral', 'referred', 'datesubmitted', 'datereported'],
  },
  cpd: {
    staffId: PERSON_ID,
    date: ['date', 'completed', 'completiondate', 'datecompleted', 'coursedate', 'startdate', 'eventdate', 'sessiondate', 'attendeddate', 'completedon'],
    funded: ['funded', 'employerfunded', 'fundedbyemployer', 'councilfunded', 'fundedyn'],
    mandatory: ['mandatory', 'mandatoryyn', 'compulsory', 'statutory', 'statutorymandatory', 'mandatorytraining', 'ismandatory'],
  },
  survey: {
    ethnicity: ETHNICITY,
    harassmentFromPublic: ['harassmentfrompublic'],
    harassmentFromColleagues: ['harassmentfromcolleagues'],
    harassmentFromManagers: ['harassmentfrommanagers'],
    service: SERVICE,
  },
};

/** Words in a long header (a survey question) that point to a field, when no header names it exactly. */
export const FIELD_KEYWORDS: Readonly<Partial<Record<SourceName, Readonly<Record<string, (header: string) => boolean>>>>> = {
  survey: {
    ethnicity: (h) => h.includes('ethnic'),
    harassmentFromPublic: (h) => /harass|bull|abuse/.test(h) && /public|serviceuser|peoplewhouse|relatives|patient|client/.test(h),
    harassmentFromColleagues: (h) => /harass|bull|abuse/.test(h) && /colleague|otherstaff/.test(h) && !/manager/.test(h),
    harassmentFromManagers: (h) => /harass|bull|abuse/.test(h) && /manager/.test(h),
    service: (h) => /service|directorate|department/.test(h) && !/harass|bull|abuse|peoplewhouse/.test(h),
  },
  staff: { ethnicity: (h) => h.includes('ethnic') },
  applications: { ethnicity: (h) => h.includes('ethnic') },
};

/** Words in a file's name that say which source it is. */
export const SOURCE_NAME_HINTS: Readonly<Record<SourceName, RegExp>> = {
  staff: /staff|establishment|employee|workforce|itrent|headcount|hr|people|payroll|leavers/,
  applications: /applica|recruit|jobtrain|candidate|vacanc|hiring|tribepad|oleeo/,
  disciplinaryCases: /disciplin|casework|case|employeerelations|er/,
  fitnessToPractiseReferrals: /ftp|fitness|referral|regulator|swe|hcpc/,
  cpd: /cpd|lms|learning|training|course|development/,
  survey: /survey|questionnaire|responses|pulse/,
};

/** Headers (normalised) that say which source a table is, beyond its fields. */
export const SOURCE_HEADER_HINTS: Readonly<Record<SourceName, RegExp>> = {
  staff: /^(grade|contracttype|leavingdate|assignment|jobtitle|fte|managementtier)$/,
  applications: /^(candidateid|vacancyreference|shortlisted|applicationdate|salaryrange)$/,
  disciplinaryCases: /^(casetype|caseref|stage|dateclosed|allegation)$/,
  fitnessToPractiseReferrals: /^(regulator|referralid|concern|referraldate)$/,
  cpd: /^(coursetitle|coursetype|provider|cost|completed|coursename)$/,
  survey: /^(responseid|q\d.*|starttime|completiontime)$/,
};
