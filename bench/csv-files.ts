/**
 * Writes a dataset as one CSV file per source, headers the pinned field names: the files that the
 * CSV path, the `wres` command and the peers (DuckDB, pandas) all read in `npm run bench`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WresDataset } from '../src/schemas/index.js';

/** Paths of the CSV files of each source. */
export type BenchFiles = ReturnType<typeof writeCsv>;

export function writeCsv(data: WresDataset, into: string) {
  const write = (name: string, rows: readonly object[] | undefined, header: string[]): string => {
    const path = join(into, name);
    const lines = [header.join(',')];
    for (const row of rows ?? []) {
      lines.push(header.map((field) => {
        const value = (row as Record<string, unknown>)[field];
        if (value === undefined || value === null) return '';
        const text = String(value);
        return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      }).join(','));
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  return {
    staff: write('staff.csv', data.staff, ['id', 'ethnicity', 'payBand', 'salary', 'seniorManager', 'service', 'employment', 'regulatedProfessional', 'startDate', 'endDate', 'leavingReason']),
    applications: write('applications.csv', data.applications, ['id', 'ethnicity', 'shortlisted', 'appointed', 'date', 'service']),
    disciplinaryCases: write('disciplinary.csv', data.disciplinaryCases, ['staffId', 'date']),
    fitnessToPractiseReferrals: write('fitness-to-practise.csv', data.fitnessToPractiseReferrals, ['staffId', 'date']),
    cpd: write('cpd.csv', data.cpd, ['staffId', 'date', 'funded', 'mandatory']),
    survey: write('survey.csv', data.survey, ['ethnicity', 'harassmentFromPublic', 'harassmentFromColleagues', 'harassmentFromManagers', 'service']),
  };
}
