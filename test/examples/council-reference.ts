/**
 * The example council's counts, computed from the generator's own records
 * (generateCouncil().records) by the independent reference implementation of SPEC sections 2 to 4
 * (test/independent/reference-metrics.ts): no file reading, no profile code. The raw-export and
 * CLI tests compare the reports made through files with these.
 */
import { DEFAULT_SEED, EXAMPLE_PERIOD, PAY_BANDS, generateCouncil, type CouncilRecords } from '../../examples/council/council.js';
import { type RefDataset, type RefMetric, type RefOptions, referenceMetrics } from '../independent/reference-metrics.js';

/** The generator's records at the committed seed. */
export const COUNCIL_RECORDS: CouncilRecords = generateCouncil(DEFAULT_SEED).records;

/** The options the example council's report uses: its period and its pay bands. */
export const COUNCIL_OPTIONS: RefOptions = { period: { ...EXAMPLE_PERIOD }, payBands: [...PAY_BANDS] };

/** The generator's records as the reference implementation takes them (a blank is an absent field). */
export function referenceDataset(council: CouncilRecords): RefDataset {
  const present = <T extends object>(record: T) =>
    Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== '')) as { [K in keyof T]: Exclude<T[K], null> };
  return {
    organisation: { populationMinorityShare: council.organisation.populationMinorityShare },
    staff: council.staff.map((s) => ({ ...present(s), ethnicity: s.ethnicity })),
    applications: council.applications.map((a) => ({ ...present(a), ethnicity: a.ethnicity })),
    disciplinaryCases: council.disciplinaryCases,
    fitnessToPractiseReferrals: council.fitnessToPractiseReferrals,
    cpd: council.cpd,
    survey: council.survey.map((r) => ({ ...present(r), ethnicity: r.ethnicity })),
  };
}

/** Every count of the nine metrics, from the generator's records. */
export const COUNCIL_COUNTS: RefMetric[] = referenceMetrics(referenceDataset(COUNCIL_RECORDS), COUNCIL_OPTIONS);
