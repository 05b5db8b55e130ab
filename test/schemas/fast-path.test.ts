import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { fastApplication, fastCase, fastCpd, fastOrganisation, fastStaff, fastSurvey } from '../../src/schemas/fast.js';
import {
  ApplicationRecordSchema,
  CaseRecordSchema,
  CpdRecordSchema,
  OrganisationSchema,
  StaffRecordSchema,
  SurveyResponseSchema,
} from '../../src/schemas/index.js';

// Values close to the edges of each field kind, mixed with arbitrary junk.
const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, null, undefined, '', '   ', [], {}),
  fc.string({ minLength: 995, maxLength: 1005 }),
  fc.date({ noInvalidDate: false }),
);
const dateText = fc
  .tuple(fc.integer({ min: 1899, max: 2101 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const rare = { arbitrary: junk, weight: 1 };
const dateish = fc.oneof({ arbitrary: dateText, weight: 12 }, fc.date({ noInvalidDate: false }), fc.constantFrom('', ' 2024-02-29 ', '2024-2-1', null), rare);
const boolish = fc.oneof({ arbitrary: fc.constantFrom(true, false, 'yes', 'No', 'Y', 'n', '1', '0', 'TRUE', 1, 0, '', null, 'maybe', 2), weight: 12 }, rare);
const numberish = fc.oneof(
  fc.double(),
  { arbitrary: fc.double({ min: -10, max: 100000, noNaN: true }).map(String), weight: 4 },
  { arbitrary: fc.constantFrom('30,000', '1,234.5', '3,00', '.5', '0.25', '-1', '1e3', '', null), weight: 6 },
  rare,
);
const idish = fc.oneof({ arbitrary: fc.string({ minLength: 1, maxLength: 6 }), weight: 10 }, fc.integer(), fc.double(), fc.constantFrom('', '  ', ' E1 '), rare);
const textish = fc.oneof({ arbitrary: fc.string({ maxLength: 8 }), weight: 10 }, fc.constantFrom('', ' x ', null), rare);
const ethnicityish = fc.oneof({ arbitrary: fc.constantFrom('White British', 'A', '99', 99, '', null), weight: 3 }, textish);

const staffRecord = fc.record(
  {
    id: idish, ethnicity: ethnicityish, payBand: idish, salary: numberish, seniorManager: boolish, service: textish,
    employment: textish, regulatedProfessional: boolish, startDate: dateish, endDate: dateish, leavingReason: textish,
  },
  { requiredKeys: [] },
);
const applicationRecord = fc.record(
  { id: idish, ethnicity: ethnicityish, shortlisted: boolish, appointed: boolish, date: dateish, service: textish },
  { requiredKeys: [] },
);
const caseRecord = fc.record({ staffId: idish, date: dateish }, { requiredKeys: [] });
const cpdRecord = fc.record({ staffId: idish, date: dateish, funded: boolish, mandatory: boolish }, { requiredKeys: [] });
const surveyRecord = fc.record(
  { ethnicity: ethnicityish, harassmentFromPublic: boolish, harassmentFromColleagues: boolish, harassmentFromManagers: boolish, service: textish },
  { requiredKeys: [] },
);
const organisationRecord = fc.record({ name: textish, code: idish, populationMinorityShare: numberish }, { requiredKeys: [] });

const cases: [string, (raw: unknown) => object | undefined, z.ZodType, fc.Arbitrary<unknown>][] = [
  ['staff', fastStaff, StaffRecordSchema, staffRecord],
  ['application', fastApplication, ApplicationRecordSchema, applicationRecord],
  ['case', fastCase, CaseRecordSchema, caseRecord],
  ['cpd', fastCpd, CpdRecordSchema, cpdRecord],
  ['survey', fastSurvey, SurveyResponseSchema, surveyRecord],
  ['organisation', fastOrganisation, OrganisationSchema, organisationRecord],
];

describe('fast path and zod schemas agree', () => {
  it.each(cases)('%s: same records accepted, same output (property)', (_name, fast, schema, arbitrary) => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary, weight: 9 }, rare), (raw) => {
        const quick = fast(raw);
        const parsed = schema.safeParse(raw);
        if (parsed.success) accepted++;
        else rejected++;
        expect(quick === undefined).toBe(!parsed.success);
        if (parsed.success) expect(quick).toStrictEqual(parsed.data);
        // Every zod message is one of ours, never zod's generic wording.
        if (!parsed.success) for (const issue of parsed.error.issues) expect(issue.message).not.toMatch(/^Invalid input/);
      }),
      { numRuns: 3000 },
    );
    // The generators must exercise both outcomes, or agreement would be vacuous.
    expect(accepted).toBeGreaterThan(30);
    expect(rejected).toBeGreaterThan(30);
  });

  it('accepts a typical record in both paths with the same output (example)', () => {
    const raw = { id: 7, ethnicity: 'Indian', salary: '42,000', startDate: '2020-01-01', seniorManager: 'Yes' };
    expect(fastStaff(raw)).toStrictEqual(StaffRecordSchema.parse(raw));
    expect(fastStaff(raw)).toStrictEqual({ id: '7', ethnicity: 'Indian', salary: 42000, startDate: '2020-01-01', seniorManager: true });
  });
});
