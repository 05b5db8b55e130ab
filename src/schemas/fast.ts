/**
 * The fast path of validation: hand-written checks for the common, valid record, built on the
 * same converters as the zod schemas. Each returns the validated record, or `undefined` when the
 * record has any problem, in which case the validator asks the zod schema for the located
 * messages. Measured: zod's `safeParse` takes about 7-9 µs per staff record on the project's
 * 2-core machine (7-9 s per million); these take well under 1 µs. A property test checks that
 * both accept the same records and give the same output.
 *
 * @module
 */
import { Invalid, toNumber, toText } from './convert.js';
import { FIELD_CONVERTERS } from './field-converters.js';
import type {
  ValidApplicationRecord,
  ValidCaseRecord,
  ValidCpdRecord,
  ValidOrganisation,
  ValidStaffRecord,
  ValidSurveyResponse,
} from './normalized.js';

type Raw = Record<string, unknown>;

function asRecord(raw: unknown): Raw | undefined {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Raw) : undefined;
}

const STAFF = FIELD_CONVERTERS.staff;
const APPLICATION = FIELD_CONVERTERS.applications;
const CASE = FIELD_CONVERTERS.disciplinaryCases;
const CPD = FIELD_CONVERTERS.cpd;
const SURVEY = FIELD_CONVERTERS.survey;

/** A staff record, or undefined when it has any problem. */
export function fastStaff(raw: unknown): ValidStaffRecord | undefined {
  const r = asRecord(raw);
  if (r === undefined) return undefined;
  const id = STAFF.id(r['id']);
  if (id instanceof Invalid) return undefined;
  const ethnicity = STAFF.ethnicity(r['ethnicity']);
  if (ethnicity instanceof Invalid) return undefined;
  const payBand = STAFF.payBand(r['payBand']);
  if (payBand instanceof Invalid) return undefined;
  const salary = STAFF.salary(r['salary']);
  if (salary instanceof Invalid) return undefined;
  const seniorManager = STAFF.seniorManager(r['seniorManager']);
  if (seniorManager instanceof Invalid) return undefined;
  const service = STAFF.service(r['service']);
  if (service instanceof Invalid) return undefined;
  const employment = STAFF.employment(r['employment']);
  if (employment instanceof Invalid) return undefined;
  const regulatedProfessional = STAFF.regulatedProfessional(r['regulatedProfessional']);
  if (regulatedProfessional instanceof Invalid) return undefined;
  const startDate = STAFF.startDate(r['startDate']);
  if (startDate instanceof Invalid) return undefined;
  const endDate = STAFF.endDate(r['endDate']);
  if (endDate instanceof Invalid) return undefined;
  if (!staffDatesInOrder(startDate, endDate)) return undefined;
  const leavingReason = STAFF.leavingReason(r['leavingReason']);
  if (leavingReason instanceof Invalid) return undefined;

  const out: ValidStaffRecord = { id, ethnicity };
  if (payBand !== undefined) out.payBand = payBand;
  if (salary !== undefined) out.salary = salary;
  if (seniorManager !== undefined) out.seniorManager = seniorManager;
  if (service !== undefined) out.service = service;
  if (employment !== undefined) out.employment = employment;
  if (regulatedProfessional !== undefined) out.regulatedProfessional = regulatedProfessional;
  if (startDate !== undefined) out.startDate = startDate;
  if (endDate !== undefined) out.endDate = endDate;
  if (leavingReason !== undefined) out.leavingReason = leavingReason;
  return out;
}

/** The rule across a staff record's fields: it does not end before it starts. */
export function staffDatesInOrder(startDate: string | undefined, endDate: string | undefined): boolean {
  return startDate === undefined || endDate === undefined || endDate >= startDate;
}

/** The rule across an application's fields: only a shortlisted applicant can be appointed. */
export function applicationInOrder(shortlisted: boolean, appointed: boolean): boolean {
  return shortlisted || !appointed;
}

/** An application, or undefined when it has any problem. */
export function fastApplication(raw: unknown): ValidApplicationRecord | undefined {
  const r = asRecord(raw);
  if (r === undefined) return undefined;
  const id = APPLICATION.id(r['id']);
  if (id instanceof Invalid) return undefined;
  const ethnicity = APPLICATION.ethnicity(r['ethnicity']);
  if (ethnicity instanceof Invalid) return undefined;
  const shortlisted = APPLICATION.shortlisted(r['shortlisted']);
  if (shortlisted instanceof Invalid) return undefined;
  const appointed = APPLICATION.appointed(r['appointed']);
  if (appointed instanceof Invalid) return undefined;
  if (!applicationInOrder(shortlisted, appointed)) return undefined;
  const date = APPLICATION.date(r['date']);
  if (date instanceof Invalid) return undefined;
  const service = APPLICATION.service(r['service']);
  if (service instanceof Invalid) return undefined;
  const out: ValidApplicationRecord = { ethnicity, shortlisted, appointed, date };
  if (id !== undefined) out.id = id;
  if (service !== undefined) out.service = service;
  return out;
}

/** A disciplinary case or fitness-to-practise referral, or undefined when it has any problem. */
export function fastCase(raw: unknown): ValidCaseRecord | undefined {
  const r = asRecord(raw);
  if (r === undefined) return undefined;
  const staffId = CASE.staffId(r['staffId']);
  if (staffId instanceof Invalid) return undefined;
  const date = CASE.date(r['date']);
  if (date instanceof Invalid) return undefined;
  return { staffId, date };
}

/** A CPD record, or undefined when it has any problem. */
export function fastCpd(raw: unknown): ValidCpdRecord | undefined {
  const r = asRecord(raw);
  if (r === undefined) return undefined;
  const staffId = CPD.staffId(r['staffId']);
  if (staffId instanceof Invalid) return undefined;
  const date = CPD.date(r['date']);
  if (date instanceof Invalid) return undefined;
  const funded = CPD.funded(r['funded']);
  if (funded instanceof Invalid) return undefined;
  const mandatory = CPD.mandatory(r['mandatory']);
  if (mandatory instanceof Invalid) return undefined;
  return { staffId, date, funded, mandatory };
}

/** A survey response, or undefined when it has any problem. */
export function fastSurvey(raw: unknown): ValidSurveyResponse | undefined {
  const r = asRecord(raw);
  if (r === undefined) return undefined;
  const ethnicity = SURVEY.ethnicity(r['ethnicity']);
  if (ethnicity instanceof Invalid) return undefined;
  const fromPublic = SURVEY.harassmentFromPublic(r['harassmentFromPublic']);
  if (fromPublic instanceof Invalid) return undefined;
  const fromColleagues = SURVEY.harassmentFromColleagues(r['harassmentFromColleagues']);
  if (fromColleagues instanceof Invalid) return undefined;
  const fromManagers = SURVEY.harassmentFromManagers(r['harassmentFromManagers']);
  if (fromManagers instanceof Invalid) return undefined;
  const service = SURVEY.service(r['service']);
  if (service instanceof Invalid) return undefined;
  const out: ValidSurveyResponse = { ethnicity };
  if (fromPublic !== undefined) out.harassmentFromPublic = fromPublic;
  if (fromColleagues !== undefined) out.harassmentFromColleagues = fromColleagues;
  if (fromManagers !== undefined) out.harassmentFromManagers = fromManagers;
  if (service !== undefined) out.service = service;
  return out;
}

/** The organisation, or undefined when it has any problem. */
export function fastOrganisation(raw: unknown): ValidOrganisation | undefined {
  const r = asRecord(raw);
  if (r === undefined) return undefined;
  const name = toText(r['name'], false);
  if (name instanceof Invalid) return undefined;
  const code = toText(r['code'], true);
  if (code instanceof Invalid) return undefined;
  const share = toNumber(r['populationMinorityShare'], 0, 1);
  if (share instanceof Invalid) return undefined;
  const out: ValidOrganisation = {};
  if (name !== undefined) out.name = name;
  if (code !== undefined) out.code = code;
  if (share !== undefined) out.populationMinorityShare = share;
  return out;
}
