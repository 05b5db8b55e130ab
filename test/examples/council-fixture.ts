/**
 * The example council's report from its clean CSV exports (CSV ingest, then computeReport with the
 * council's pay bands and organisation data): the one setup the tests that read its figures share.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvDataset } from '../../src/csv/read.js';
import type { WresReport } from '../../src/model/report.js';
import { computeReport } from '../../src/report/compute-report.js';

const DIR = join(import.meta.dirname, '../../examples/council');

/** The example council's pay bands, lowest first. */
export const COUNCIL_PAY_BANDS = ['Scale 1-2', 'Scale 3-4', 'Scale 5-6', 'SO1-SO2', 'PO1-PO4', 'PO5-PO8', 'Senior management'];

/** Reads the example council's CSV files and computes its (unpublished) report for 2024-25. */
export async function exampleCouncilReport(): Promise<WresReport> {
  const input = await readCsvDataset(
    {
      staff: join(DIR, 'staff.csv'),
      applications: join(DIR, 'applications.csv'),
      disciplinaryCases: join(DIR, 'disciplinary.csv'),
      fitnessToPractiseReferrals: join(DIR, 'fitness-to-practise.csv'),
      cpd: join(DIR, 'cpd.csv'),
      survey: join(DIR, 'survey.csv'),
    },
    { organisation: JSON.parse(readFileSync(join(DIR, 'organisation.json'), 'utf8')) as { populationMinorityShare: number } },
  );
  return computeReport(input, { period: { start: '2024-04-01', end: '2025-03-31' }, payBands: COUNCIL_PAY_BANDS });
}
