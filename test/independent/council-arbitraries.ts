/**
 * fast-check generators of random realistic councils and report options for the cross-check:
 * staff with mixed ethnicity spellings (unknowns and an unmatched value included), bands present,
 * missing, spaced or unlisted, salaries on and off the thresholds, direct/agency/bank/missing
 * employment, services in several spellings, start and end dates around both ends of the period
 * (leavers, joiners, left before, started after); applications, cases and CPD inside and outside
 * the period, several per person and pointing to agency staff; survey answers true/false/null/absent.
 *
 * @module
 */
import fc from 'fast-check';
import type { RefApplication, RefCase, RefCpd, RefDataset, RefOptions, RefStaff, RefSurvey } from './reference-metrics.js';

/** Spellings HR systems export, ONS labels, NHS codes, unknowns and one value no table knows. */
const ETHNICITIES: (string | null)[] = [
  'White British',
  'white - british',
  'White: English, Welsh, Scottish, Northern Irish or British',
  'A',
  'B',
  'Irish',
  'Gypsy or Irish Traveller',
  'Roma',
  'Any other White background',
  'Asian - Indian',
  'Pakistani',
  'Asian or Asian British: Bangladeshi',
  'Chinese',
  'Black African',
  'Black, Black British, Caribbean or African: Caribbean',
  'N',
  'Mixed White and Black Caribbean',
  'Mixed or Multiple ethnic groups: White and Asian',
  'Other ethnic group: Arab',
  'S',
  'Not stated',
  'Prefer not to say',
  'Z',
  '99',
  '',
  null,
  'Martian',
];

const PERIODS = [
  { start: '2024-04-01', end: '2025-03-31' },
  { start: '2023-04-01', end: '2024-03-31' },
];
/** Dates around the boundaries of both periods, plus well before and well after. */
const DATES = [
  '2019-06-03',
  '2023-03-31',
  '2023-04-01',
  '2023-10-15',
  '2024-03-31',
  '2024-04-01',
  '2024-04-02',
  '2024-10-01',
  '2025-03-30',
  '2025-03-31',
  '2025-04-01',
  '2026-01-01',
];
const PAY_BANDS = ['Scale 1-6', 'SO1-SO2', 'PO1-PO4', 'PO5-PO8', 'Senior management'];
/** Labels staff records carry: the listed bands, one with spaces around it, and one no payBands list names. */
const STAFF_BANDS = [...PAY_BANDS, ' PO1-PO4 ', 'Apprentice'];
const SERVICES = ['adults', 'children'];
/** Services as records carry them: the plain names and case/space variants (scope ignores both, decisions.md). */
const RECORD_SERVICES = [...SERVICES, 'Adults', 'CHILDREN ', 'public health'];

/** Absent once in `freq` draws (fast-check: nil with probability 1/freq). */
const optional = <T>(arb: fc.Arbitrary<T>, freq = 3): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq });

const ethnicityArb = fc.constantFrom(...ETHNICITIES);
const dateArb = fc.constantFrom(...DATES);

interface StaffDraft extends Omit<RefStaff, 'id'> {}

const staffArb: fc.Arbitrary<StaffDraft> = fc
  .record({
    ethnicity: ethnicityArb,
    payBand: optional(fc.constantFrom(...STAFF_BANDS), 6),
    salary: optional(fc.oneof(fc.integer({ min: 15000, max: 120000 }), fc.constantFrom(0, 19999.99, 29999, 29999.5, 30000, 69999, 70000, 70000.5, 69999.5)), 6),
    seniorManager: optional(fc.boolean(), 8),
    service: optional(fc.constantFrom(...RECORD_SERVICES), 8),
    employment: optional(fc.constantFrom('direct', 'Direct', ' DIRECT ', 'agency', 'bank', 'sessional'), 2),
    regulatedProfessional: optional(fc.boolean(), 4),
    startDate: optional(dateArb, 2),
    endDate: optional(dateArb, 2),
  })
  .map((draft) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(draft)) if (v !== undefined) out[k] = v;
    const s = out as unknown as StaffDraft;
    if (s.startDate !== undefined && s.endDate !== undefined && s.endDate < s.startDate) {
      return { ...s, startDate: s.endDate, endDate: s.startDate };
    }
    return s;
  });

const applicationArb: fc.Arbitrary<RefApplication> = fc
  .record({
    ethnicity: ethnicityArb,
    shortlisted: fc.boolean(),
    appointed: fc.boolean(),
    date: dateArb,
    service: optional(fc.constantFrom(...RECORD_SERVICES), 8),
  })
  .map(({ service, shortlisted, appointed, ...rest }) => ({
    ...rest,
    shortlisted,
    appointed: shortlisted && appointed,
    ...(service === undefined ? {} : { service }),
  }));

const answerArb = fc.constantFrom<boolean | null | undefined>(true, false, false, null, undefined);
const surveyArb: fc.Arbitrary<RefSurvey> = fc
  .record({
    ethnicity: ethnicityArb,
    harassmentFromPublic: answerArb,
    harassmentFromColleagues: answerArb,
    harassmentFromManagers: answerArb,
    service: optional(fc.constantFrom(...RECORD_SERVICES), 8),
  })
  .map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
    return out as unknown as RefSurvey;
  });

/** A council: staff, and the sources that point to them by index (so every staffId exists). */
export const councilArb: fc.Arbitrary<RefDataset> = fc
  .record({
    // Small councils (easy to shrink, many empty groups) and larger ones (outcomes in both groups).
    staff: fc.oneof(fc.array(staffArb, { maxLength: 12 }), fc.array(staffArb, { minLength: 20, maxLength: 80, size: 'max' })),
    applications: optional(fc.array(applicationArb, { maxLength: 40, size: 'max' }), 5),
    disciplinary: optional(fc.array(fc.tuple(fc.nat(), dateArb), { maxLength: 20, size: 'max' }), 5),
    referrals: optional(fc.array(fc.tuple(fc.nat(), dateArb), { maxLength: 15, size: 'max' }), 5),
    cpd: optional(fc.array(fc.tuple(fc.nat(), dateArb, fc.boolean(), fc.boolean()), { maxLength: 40, size: 'max' }), 5),
    survey: optional(fc.array(surveyArb, { maxLength: 40, size: 'max' }), 5),
    populationMinorityShare: optional(fc.double({ min: 0, max: 1, noNaN: true }), 2),
  })
  .map(({ staff, applications, disciplinary, referrals, cpd, survey, populationMinorityShare }) => {
    const staffRecords: RefStaff[] = staff.map((s, i) => ({ id: `S${i + 1}`, ...s }));
    const idOf = (n: number): string | undefined => (staffRecords.length === 0 ? undefined : staffRecords[n % staffRecords.length]!.id);
    const cases = (list: [number, string][] | undefined): RefCase[] | undefined =>
      list?.flatMap(([n, date]) => {
        const staffId = idOf(n);
        return staffId === undefined ? [] : [{ staffId, date }];
      });
    const dataset: RefDataset = { staff: staffRecords };
    if (populationMinorityShare !== undefined) dataset.organisation = { populationMinorityShare };
    if (applications !== undefined) dataset.applications = applications;
    const d = cases(disciplinary);
    if (d !== undefined) dataset.disciplinaryCases = d;
    const f = cases(referrals);
    if (f !== undefined) dataset.fitnessToPractiseReferrals = f;
    if (cpd !== undefined) {
      dataset.cpd = cpd.flatMap(([n, date, funded, mandatory]): RefCpd[] => {
        const staffId = idOf(n);
        return staffId === undefined ? [] : [{ staffId, date, funded, mandatory }];
      });
    }
    if (survey !== undefined) dataset.survey = survey;
    return dataset;
  });

export const optionsArb: fc.Arbitrary<RefOptions> = fc
  .record({
    period: fc.constantFrom(...PERIODS),
    bands: fc.constantFrom<'found' | 'pay' | 'salary'>('found', 'pay', 'salary'),
    payBands: fc.constantFrom(PAY_BANDS, [], ['PO5-PO8', ' Scale 1-6 ', 'SO1-SO2']),
    salaryBands: fc.constantFrom([30000, 70000], [25000], [20000, 40000, 60000], [30000, 70000.5], [29999.5, 70000]),
    service: optional(fc.constantFrom(...SERVICES, 'Adults', ' children '), 2),
    mapping: optional(fc.constant({ Martian: 'other', 'Prefer not to say': 'White British' }), 2),
    population: optional(fc.constantFrom<'at-risk' | 'snapshot'>('at-risk', 'snapshot'), 2),
    standard: optional(fc.constantFrom<'sc-wres' | 'nhs-wres'>('sc-wres', 'nhs-wres'), 2),
    breakdown: optional(fc.constantFrom<'none' | 'broad-groups'>('none', 'broad-groups'), 2),
    whiteMinorities: optional(fc.constantFrom<'white' | 'minority'>('white', 'minority'), 2),
  })
  .map((o) => {
    const options: RefOptions = { period: o.period };
    if (o.bands === 'pay') options.payBands = [...o.payBands];
    if (o.bands === 'salary') options.salaryBands = [...o.salaryBands];
    if (o.population !== undefined) options.population = o.population;
    if (o.service !== undefined) options.scope = { service: o.service };
    if (o.standard !== undefined) options.standard = o.standard;
    if (o.breakdown !== undefined) options.breakdown = o.breakdown;
    if (o.whiteMinorities !== undefined || o.mapping !== undefined) {
      options.ethnicity = {
        ...(o.whiteMinorities === undefined ? {} : { whiteMinorities: o.whiteMinorities }),
        ...(o.mapping === undefined ? {} : { mapping: o.mapping }),
      };
    }
    return options;
  });

export const intervalsArb = fc.record({
  proportion: fc.constantFrom('wilson', 'clopper-pearson', 'jeffreys', 'agresti-coull' as const),
  ratio: fc.constantFrom('koopman', 'miettinen-nurminen', 'katz-log', 'adjusted-log' as const),
  difference: fc.constantFrom('newcombe', 'miettinen-nurminen' as const),
  level: fc.constantFrom(0.95, 0.9, 0.99),
});

