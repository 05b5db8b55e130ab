/**
 * How each field of each source's records is read, field by field: the converters of
 * src/schemas/convert.ts with each field's own settings and whether it is required. The fast path
 * of validation ({@link fastStaff} and its siblings) is built from these, and the coded file path
 * (src/aggregate/coded-counter.ts) applies them once per distinct value of a column, so the two
 * cannot read a value differently.
 *
 * @module
 */
import type { SourceName } from '../model/counts.js';
import { Invalid, toBoolean, toEthnicity, toIsoDate, toNumber, toText } from './convert.js';

/** Reads one field's raw value: the value, `undefined` for missing, or {@link Invalid}. */
export type FieldConverter = (raw: unknown) => unknown;

const MISSING = new Invalid('is required');

/** The converter, with missing made a problem. */
const required = <T>(convert: (raw: unknown) => T | undefined | Invalid) => (raw: unknown): T | Invalid => {
  const value = convert(raw);
  return value === undefined ? MISSING : value;
};

const id = required((raw) => toText(raw, true));
const optionalId = (raw: unknown) => toText(raw, true);
const label = (raw: unknown) => toText(raw, false);
/** Ethnicity: a blank cell is unknown, but a record without the key at all is a problem. */
const ethnicity = (raw: unknown) => (raw === undefined ? MISSING : toEthnicity(raw));
const yesNo = (raw: unknown) => toBoolean(raw);
const requiredYesNo = required(toBoolean);
const date = (raw: unknown) => toIsoDate(raw);
const requiredDate = required(toIsoDate);
const salary = (raw: unknown) => toNumber(raw, 0, Number.MAX_VALUE);
/** A survey answer: `null` is "not answered" and stays null. */
const answer = (raw: unknown) => (raw === null ? null : toBoolean(raw));

/**
 * The converter of every field of every source.
 *
 * @example
 * FIELD_CONVERTERS.staff.startDate('2024-04-01'); // '2024-04-01'
 * FIELD_CONVERTERS.cpd.funded('Yes');             // true
 */
export const FIELD_CONVERTERS = {
  staff: {
    id, ethnicity, payBand: optionalId, salary, seniorManager: yesNo, service: label, employment: label,
    regulatedProfessional: yesNo, startDate: date, endDate: date, leavingReason: label,
  },
  applications: { id: optionalId, ethnicity, shortlisted: requiredYesNo, appointed: requiredYesNo, date: requiredDate, service: label },
  disciplinaryCases: { staffId: id, date: requiredDate },
  fitnessToPractiseReferrals: { staffId: id, date: requiredDate },
  cpd: { staffId: id, date: requiredDate, funded: requiredYesNo, mandatory: requiredYesNo },
  survey: { ethnicity, harassmentFromPublic: answer, harassmentFromColleagues: answer, harassmentFromManagers: answer, service: label },
} as const satisfies Record<SourceName, Record<string, FieldConverter>>;
