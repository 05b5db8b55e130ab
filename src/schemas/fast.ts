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
import { Invalid, toBoolean, toEthnicity, toIsoDate, toNumber, toText } from './convert.js';
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

/** A staff record, or undefined when it has any problem. */
export function fastStaff(raw: unknown): ValidStaffRecord | undefined {
  const r = asRecord(raw);
  if (r === undefined) return undefined;
  const id = toText(r['id'], true);
  if (id === undefined || id instanceof Invalid) return undefined;
  const rawEthnicity = r['ethnicity'];
  if (rawEthnicity === undefined) return undefined;
  const ethnicity = toEthnicity(rawEthnicity);
  if (ethnicity instanceof Invalid) return undefined;
  const payBand = toText(r['payBand'], true);
  if (payBand instanceof Invalid) return undefined;
  const salary = toNumber(r['salary'], 0, Number.MAX_VALUE);
  if (salary instanceof Invalid) return undefined;
  const seniorManager = toBoolean(r['seniorManager']);
  if (seniorManager instanceof Invalid) return undefined;
  const service = toText(r['service'], false);
  if (service instanceof Invalid) return undefined;
  const employment = toText(r['employment'], false);
  if (employment instanceof Invalid) return undefined;
  const regulatedProfessional = toBoolean(r['regulatedProfessional']);
  if (regulatedProfessional instanceof Invalid) return undefined;
  const startDate = toIsoDate(r['startDate']);
  if (startDate instanceof Invalid) return undefined;
  const endDate = toIsoDate(r['endDate']);
  if (endDate instanceof Invalid) return undefined;
  if (startDate !== undefined && endDate !== undefined && endDate < startDate) return undefined;
  const leavingReason = toText(r['leavingReason'], false);
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

/** An application, or undefined when it has any problem. */
export function fastApplication(raw: unknown): ValidApplicationRecord | undefined {
  const r = asRecord(raw);
  if (r === undefined) return undefined;
  const id = toText(r['id'], true);
  if (id instanceof Invalid) return undefined;
  const rawEthnicity = r['ethnicity'];
  if (rawEthnicity === undefined) return undefined;
  const ethnicity = toEthnicity(rawEthnicity);
  if (ethnicity instanceof Invalid) return undefined;
  const shortlisted = toBoolean(r['shortlisted']);
  if (shortlisted === undefined || shortlisted instanceof Invalid) return undefined;
  const appointed = toBoolean(r['appointed']);
  if (appointed === undefined || appointed instanceof Invalid) return undefined;
  if (appointed && !shortlisted) return undefined;
  const date = toIsoDate(r['date']);
  if (date === undefined || date instanceof Invalid) return undefined;
  const service = toText(r['service'], false);
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
  const staffId = toText(r['staffId'], true);
  if (staffId === undefined || staffId instanceof Invalid) return undefined;
  const date = toIsoDate(r['date']);
  if (date === undefined || date instanceof Invalid) return undefined;
  return { staffId, date };
}

/** A CPD record, or undefined when it has any problem. */
export function fastCpd(raw: unknown): ValidCpdRecord | undefined {
  const r = asRecord(raw);
  if (r === undefined) return undefined;
  const staffId = toText(r['staffId'], true);
  if (staffId === undefined || staffId instanceof Invalid) return undefined;
  const date = toIsoDate(r['date']);
  if (date === undefined || date instanceof Invalid) return undefined;
  const funded = toBoolean(r['funded']);
  if (funded === undefined || funded instanceof Invalid) return undefined;
  const mandatory = toBoolean(r['mandatory']);
  if (mandatory === undefined || mandatory instanceof Invalid) return undefined;
  return { staffId, date, funded, mandatory };
}

function surveyAnswer(value: unknown): boolean | null | undefined | Invalid {
  return value === null ? null : toBoolean(value);
}

/** A survey response, or undefined when it has any problem. */
export function fastSurvey(raw: unknown): ValidSurveyResponse | undefined {
  const r = asRecord(raw);
  if (r === undefined) return undefined;
  const rawEthnicity = r['ethnicity'];
  if (rawEthnicity === undefined) return undefined;
  const ethnicity = toEthnicity(rawEthnicity);
  if (ethnicity instanceof Invalid) return undefined;
  const fromPublic = surveyAnswer(r['harassmentFromPublic']);
  if (fromPublic instanceof Invalid) return undefined;
  const fromColleagues = surveyAnswer(r['harassmentFromColleagues']);
  if (fromColleagues instanceof Invalid) return undefined;
  const fromManagers = surveyAnswer(r['harassmentFromManagers']);
  if (fromManagers instanceof Invalid) return undefined;
  const service = toText(r['service'], false);
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
