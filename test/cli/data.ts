/** Small CSV files for the CLI tests, written to a temporary folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ETHNICITIES = ['White British', 'Indian', 'Black African', 'White Irish', 'Pakistani', 'Not stated', 'Caribbean', 'White British'];
const BANDS = ['Scale 1-2', 'Scale 3-4', 'PO1-PO4', 'Senior management'];

/** Staff, applications, disciplinary cases, CPD and survey files (deterministic). */
export function writeCouncil(): { dir: string; staff: string; applications: string; disciplinary: string; cpd: string; survey: string } {
  const dir = mkdtempSync(join(tmpdir(), 'wres-cli-'));
  const staff = ['id,ethnicity,payBand,seniorManager,employment,startDate,endDate'];
  for (let i = 1; i <= 120; i += 1) {
    const band = BANDS[i % 4]!;
    const end = i % 9 === 0 ? '2024-11-30' : '';
    staff.push(`S${i},"${ETHNICITIES[i % 8]}",${band},${band === 'Senior management' ? 'yes' : 'no'},direct,2019-0${(i % 9) + 1}-01,${end}`);
  }
  const applications = ['id,ethnicity,shortlisted,appointed,date'];
  for (let i = 1; i <= 80; i += 1) {
    applications.push(`A${i},${ETHNICITIES[i % 8]},${i % 2 === 0 ? 'yes' : 'no'},${i % 6 === 0 ? 'yes' : 'no'},2024-0${(i % 9) + 1}-15`);
  }
  const disciplinary = ['staffId,date', 'S1,2024-06-01', 'S2,2024-07-01', 'S2,2024-08-01', 'S3,2024-09-01'];
  const cpd = ['staffId,date,funded,mandatory'];
  for (let i = 1; i <= 60; i += 1) cpd.push(`S${i},2024-10-0${(i % 9) + 1},${i % 3 === 0 ? 'no' : 'yes'},${i % 5 === 0 ? 'yes' : 'no'}`);
  const survey = ['ethnicity,harassmentFromPublic,harassmentFromColleagues,harassmentFromManagers'];
  for (let i = 1; i <= 70; i += 1) survey.push(`${ETHNICITIES[i % 8]},${i % 3 === 0 ? 'yes' : 'no'},${i % 4 === 0 ? 'yes' : ''},${i % 7 === 0 ? 'y' : 'n'}`);
  const write = (name: string, lines: string[]): string => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    return path;
  };
  return {
    dir,
    staff: write('staff.csv', staff),
    applications: write('applications.csv', applications),
    disciplinary: write('disciplinary.csv', disciplinary),
    cpd: write('cpd.csv', cpd),
    survey: write('survey.csv', survey),
  };
}
