import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvDataset } from '../../src/csv/read.js';
import { reportFromCsv } from '../../src/csv/report.js';
import { WresInputError } from '../../src/errors.js';
import { csvFolder, inputError } from './helpers.js';
import { computeReport } from '../../src/report/compute-report.js';
import type { ReportOptions } from '../../src/report/options.js';
import type { SourceName } from '../../src/model/report.js';

const { dir, file } = csvFolder('wres-csv-report-');

const council = (name: string): string => join('examples', 'council', name);
const councilFiles: Partial<Record<SourceName, string>> = {
  staff: council('staff.csv'),
  applications: council('applications.csv'),
  disciplinaryCases: council('disciplinary.csv'),
  fitnessToPractiseReferrals: council('fitness-to-practise.csv'),
  cpd: council('cpd.csv'),
  survey: council('survey.csv'),
};
const organisation = JSON.parse(readFileSync(council('organisation.json'), 'utf8')) as { name: string; code: string; populationMinorityShare: number };
const period = { start: '2024-04-01', end: '2025-03-31' };
const payBands = ['Scale 1-2', 'Scale 3-4', 'Scale 5-6', 'SO1-SO2', 'PO1-PO4', 'PO5-PO8', 'Senior management'];

/** The example council's files with a few lines replaced (1-based physical line numbers). */
function councilWith(changes: Partial<Record<SourceName, Record<number, string>>>): Partial<Record<SourceName, string>> {
  const files: Partial<Record<SourceName, string>> = {};
  for (const [source, path] of Object.entries(councilFiles) as [SourceName, string][]) {
    const edits = changes[source];
    if (edits === undefined) {
      files[source] = path;
      continue;
    }
    const lines = readFileSync(path, 'utf8').split('\n');
    for (const [line, text] of Object.entries(edits)) lines[Number(line) - 1] = text;
    files[source] = file(`${source}-edited.csv`, lines.join('\n'));
  }
  return files;
}

// Staff line 23 gets a wrong number of fields (a CSV-level reject), line 25 an impossible start date
// (record level); both ids (S00022, S00024) are named by no case, referral or CPD record, so no
// other row depends on them. CPD line 5 names a staff id that is in no staff record.
const badRows = {
  staff: { 23: 'S00022,Indian', 25: 'S00024,Indian,PO1-PO4,40000,no,adults,direct,yes,2024-02-30,,' },
  cpd: { 5: 'NOBODY,2024-06-01,yes,no' },
};

describe('reportFromCsv', () => {
  it('gives the report computeReport gives for readCsvDataset on the example council (strict, with organisation and disclosure)', async () => {
    const options: ReportOptions = { period, payBands, disclosure: 'sc-wres-publication' };
    const expected = computeReport(await readCsvDataset(councilFiles, { organisation }), options);
    const { report, csv } = await reportFromCsv(councilFiles, options, { organisation });
    expect(report).toEqual(expected);
    // Same key order too, so `--format json` prints the same text.
    expect(JSON.stringify(report)).toBe(JSON.stringify(expected));
    // examples/council/staff.csv has 3,601 lines: the header and 3,600 staff.
    expect(report.sources.staff).toMatchObject({ present: true, rowsRead: 3600, rowsUsed: 3600, rowsSkipped: 0 });
    expect(csv.staff).toMatchObject({ file: councilFiles.staff, rowsRead: 3600, ignoredColumns: [], rejects: [] });
    expect(report.organisation).toMatchObject({ name: 'Example Borough Council (synthetic)' });
  });

  it('lists the same problems as readCsvDataset in strict mode, CSV-level and record-level, in row order, with row and column', async () => {
    const files = councilWith(badRows);
    const expected = await inputError(readCsvDataset(files));
    const error = await inputError(reportFromCsv(files, { period }));
    expect(error.issues).toEqual(expected.issues);
    expect(error.message).toBe(expected.message);
    // Two staff problems (rows 23 and 25, in row order) then the CPD one.
    expect(error.issues.map((i) => [i.source, i.row, i.field])).toEqual([
      ['staff', 23, undefined],
      ['staff', 25, 'startDate'],
      ['cpd', 5, 'staffId'],
    ]);
    expect(error.message).toContain('staff CSV row 23: has 2 fields but the header has 11.');
    expect(error.message).toContain('staff CSV row 25, field "startDate": "2024-02-30"');
    expect(error.message).toContain('cpd CSV row 5, field "staffId": "NOBODY"');
  });

  it('rejects a CSV-level problem alone in strict mode', async () => {
    const files = councilWith({ survey: { 3: 'Indian,"yes"no,no,no,adults' } });
    const error = await inputError(reportFromCsv(files, { period }));
    expect(error.issues).toEqual([{ source: 'survey', row: 3, message: expect.stringContaining('badly placed quote') }]);
  });

  it('skips bad rows in lenient mode like readCsvDataset + computeReport: rows read = used + skipped, CSV rejects counted', async () => {
    const files = councilWith(badRows);
    // maxSkipped 1: these files are mostly bad rows on purpose (SPEC 10a's 5% limit is tested in test/report/no-silent-figures.test.ts).
    const options: ReportOptions = { period, payBands, validation: 'lenient', maxSkipped: 1 };
    const expected = computeReport(await readCsvDataset(files, { mode: 'lenient' }), options);
    const { report, csv } = await reportFromCsv(files, options);
    expect(report).toEqual(expected);
    expect(JSON.stringify(report)).toBe(JSON.stringify(expected));
    const staff = report.sources.staff;
    // 3,600 rows read, two skipped (one per reason).
    expect(staff).toMatchObject({ rowsRead: 3600, rowsUsed: 3598, rowsSkipped: 2 });
    expect(staff.skippedReasons.map((r) => r.reason)).toContain('row has a different number of fields from the header');
    expect(report.sources.cpd.rowsRead).toBe(report.sources.cpd.rowsUsed + report.sources.cpd.rowsSkipped);
    expect(report.sources.cpd.rowsSkipped).toBe(1);
    expect(csv.staff?.rejects).toEqual([
      expect.objectContaining({ source: 'staff', file: files.staff, row: 23, message: 'has 2 fields but the header has 11' }),
    ]);
  });

  it('checks every file\'s header before reading any row, naming the file and the column', async () => {
    const survey = file('survey-no-ethnicity.csv', 'Ethnic group,harassmentFromPublic\nIndian,yes\n');
    const progress: number[] = [];
    const error = await inputError(
      reportFromCsv({ ...councilFiles, survey, cpd: join(dir, 'no-such.csv') }, { period }, { onProgress: (n) => progress.push(n) }),
    );
    expect(progress).toEqual([]); // no row was read: the problems were found from the headers
    expect(error.issues).toHaveLength(2);
    expect(error.issues[0]).toMatchObject({ source: 'cpd', message: `cannot be read from "${join(dir, 'no-such.csv')}": there is no such file` });
    expect(error.issues[1]).toMatchObject({ source: 'survey', field: 'ethnicity' });
    expect(error.message).toContain(`survey, field "ethnicity" is a required column but the file "${survey}" has no such column`);
  });

  it('needs a staff file, and checks the options before opening any file', async () => {
    const noStaff = await inputError(reportFromCsv({ cpd: councilFiles.cpd! }, { period }));
    expect(noStaff.issues).toEqual([{ source: 'staff', message: 'is missing: a report needs the staff CSV file' }]);
    const badOptions = await inputError(reportFromCsv({ staff: join(dir, 'absent.csv') }, { period: { start: '2024-04-01', end: 'never' } }));
    expect(badOptions.issues[0]).toMatchObject({ source: 'options' });
  });

  it('applies a column mapping and reports progress over all files, ending at the total rows read', async () => {
    const staff = file('hr.csv', 'Employee No,Ethnic origin,Grade\nE1,Indian,A\nE2,White British,B\nE3,Indian,A\n');
    const cases = file('hearings.csv', 'Employee No,Hearing date\nE1,2024-06-01\n');
    const progress: number[] = [];
    const { report, csv } = await reportFromCsv(
      { staff, disciplinaryCases: cases },
      { period },
      {
        columns: { staff: { 'Employee No': 'id', 'Ethnic origin': 'ethnicity', Grade: 'payBand' }, disciplinaryCases: { 'Employee No': 'staffId', 'Hearing date': 'date' } },
        onProgress: (n) => progress.push(n),
      },
    );
    expect(progress).toEqual([3, 4]); // 3 staff rows, then 3 + 1 case
    expect(csv.staff?.columns).toEqual({ 'Employee No': 'id', 'Ethnic origin': 'ethnicity', Grade: 'payBand' });
    // Metric 3 (disciplinary): focal (minority) 1 case among 2 Indian staff, reference 0 of 1 White British.
    const comparison = report.metrics[2]!.comparisons[0]!;
    expect([comparison.focal.count, comparison.focal.total, comparison.reference.count, comparison.reference.total]).toEqual([1, 2, 0, 1]);
  });

  it('agrees with readCsvDataset + computeReport on random small files with random bad cells, in both modes (property)', async () => {
    const ethnicities = ['White British', 'Indian', 'Black African', 'Not stated', '', 'Martian'];
    const cell = fc.oneof(
      { weight: 6, arbitrary: fc.constant('ok') },
      { weight: 1, arbitrary: fc.constantFrom('bad-date', 'short-row', 'unknown-staff') },
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom('A', 'B'), cell), { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(30), cell), { maxLength: 15 }),
        fc.constantFrom<'strict' | 'lenient'>('strict', 'lenient'),
        async (staffRows, caseRows, mode) => {
          run += 1;
          const staffLines = ['id,ethnicity,payBand,startDate'];
          staffRows.forEach(([e, band, kind], i) => {
            if (kind === 'short-row') staffLines.push(`S${i},${ethnicities[e]}`);
            else staffLines.push(`S${i},${ethnicities[e]},${band},${kind === 'bad-date' ? '2023-02-29' : '2020-01-01'}`);
          });
          const caseLines = ['staffId,date'];
          for (const [who, kind] of caseRows) {
            if (kind === 'short-row') caseLines.push(`S${who}`);
            else caseLines.push(`${kind === 'unknown-staff' ? 'X' : 'S'}${who},${kind === 'bad-date' ? '2024-13-01' : '2024-06-01'}`);
          }
          const files = { staff: file(`p${run}-staff.csv`, `${staffLines.join('\n')}\n`), disciplinaryCases: file(`p${run}-cases.csv`, `${caseLines.join('\n')}\n`) };
          const options: ReportOptions = { period, validation: mode, maxSkipped: 1 };
          let expected: unknown;
          try {
            expected = computeReport(await readCsvDataset(files, { mode }), options);
          } catch (error) {
            if (!(error instanceof WresInputError)) throw error;
            expected = error.issues;
          }
          let actual: unknown;
          try {
            actual = (await reportFromCsv(files, options)).report;
          } catch (error) {
            if (!(error instanceof WresInputError)) throw error;
            actual = error.issues;
          }
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 40, seed: 20250101 },
    );
  });
});
