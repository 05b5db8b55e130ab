/**
 * Random small teams for the end-to-end disclosure tests: staff records with raw ethnicity
 * values, pay bands, dates and flags, plus cases, CPD, applications and survey responses, as a
 * council would pass them to computeReport.
 */
import fc from 'fast-check';
import type { WresDataset } from '../../src/schemas/index.js';

/** Raw values and what they are (checked against the classifier in test/ethnicity). */
export const ETHNICITY_VALUES = [
  'White British', 'White British', 'White British', 'White Irish', 'Any other White background',
  'Black African', 'Black Caribbean', 'Asian - Indian', 'Pakistani', 'Chinese',
  'Mixed White and Asian', 'Mixed White and Black Caribbean', 'Arab', 'Any other ethnic group', 'Not stated',
] as const;
export const PAY_BANDS = ['Grade 1', 'Grade 2', 'Grade 3', 'Senior'] as const;
export const PERIOD = { start: '2024-04-01', end: '2025-03-31' } as const;

const dateIn = (startYear: number, endYear: number): fc.Arbitrary<string> =>
  fc.date({ min: new Date(Date.UTC(startYear, 0, 1)), max: new Date(Date.UTC(endYear, 11, 31)), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

const staffArbitrary = fc.record({
  ethnicity: fc.constantFrom(...ETHNICITY_VALUES),
  payBand: fc.option(fc.constantFrom(...PAY_BANDS), { nil: undefined, freq: 8 }),
  seniorManager: fc.boolean(),
  regulatedProfessional: fc.boolean(),
  startDate: dateIn(2015, 2025),
  leaves: fc.option(dateIn(2024, 2026), { nil: undefined, freq: 3 }),
});

/** A team of `min`..`max` staff with every other source filled in around them. */
export function teamArbitrary(min: number, max: number): fc.Arbitrary<WresDataset> {
  return fc
    .record({
      staff: fc.array(staffArbitrary, { minLength: min, maxLength: max }),
      cases: fc.array(fc.tuple(fc.nat(), dateIn(2024, 2025)), { minLength: 1, maxLength: 12 }),
      referrals: fc.array(fc.tuple(fc.nat(), dateIn(2024, 2025)), { maxLength: 6 }),
      cpd: fc.array(fc.tuple(fc.nat(), dateIn(2024, 2025), fc.boolean(), fc.boolean()), { maxLength: 80 }),
      applications: fc.array(
        fc.record({ ethnicity: fc.constantFrom(...ETHNICITY_VALUES), shortlisted: fc.boolean(), appointed: fc.boolean(), date: dateIn(2024, 2025) }),
        { maxLength: 120 },
      ),
      survey: fc.array(
        fc.record({
          ethnicity: fc.constantFrom(...ETHNICITY_VALUES),
          harassmentFromPublic: fc.constantFrom(true, false, null),
          harassmentFromColleagues: fc.constantFrom(true, false, null),
          harassmentFromManagers: fc.constantFrom(true, false),
        }),
        { maxLength: 100 },
      ),
    })
    .map((raw) => {
      const staff = raw.staff.map((person, index) => {
        const record: WresDataset['staff'][number] = {
          id: `s${index + 1}`,
          ethnicity: person.ethnicity,
          seniorManager: person.seniorManager && person.payBand === 'Senior',
          regulatedProfessional: person.regulatedProfessional,
          startDate: person.startDate,
        };
        if (person.payBand !== undefined) record.payBand = person.payBand;
        if (person.leaves !== undefined && person.leaves >= person.startDate) record.endDate = person.leaves;
        return record;
      });
      const staffId = (n: number): string => `s${(n % staff.length) + 1}`;
      return {
        organisation: { name: 'Test council', populationMinorityShare: 0.2 },
        staff,
        disciplinaryCases: raw.cases.map(([n, date]) => ({ staffId: staffId(n), date })),
        fitnessToPractiseReferrals: raw.referrals.map(([n, date]) => ({ staffId: staffId(n), date })),
        cpd: raw.cpd.map(([n, date, funded, mandatory]) => ({ staffId: staffId(n), date, funded, mandatory })),
        applications: raw.applications.map((application) => ({ ...application, appointed: application.shortlisted && application.appointed })),
        survey: raw.survey,
      };
    });
}
