import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvDataset } from '../../src/csv/read.js';
import { csvFolder, inputError } from './helpers.js';

const { dir, file } = csvFolder('wres-csv-');

const staffText =
  'id,ethnicity,payBand,seniorManager,startDate,endDate\r\n' +
  '1,White British,Scale 1-2,no,2020-01-01,\r\n' +
  '2,"Black, Black British, Caribbean or African: African",PO1-PO4,yes,2019-05-01,\r\n' +
  '\r\n' +
  '3,Indian,Scale 1-2,n,2021-03-01,2024-09-30\r\n';

describe('readCsvDataset', () => {
  it('reads and validates files, passing CSV row numbers through', async () => {
    const staff = file('staff.csv', staffText);
    const cases = file('cases.csv', 'staffId,date\n2,2024-06-01\n');
    const result = await readCsvDataset({ staff, disciplinaryCases: cases }, { organisation: { name: 'Northbrook' } });
    expect(result.dataset.staff).toHaveLength(3);
    expect(result.dataset.staff[1]).toMatchObject({ id: '2', seniorManager: true, payBand: 'PO1-PO4' });
    expect(result.dataset.staff[2]).toMatchObject({ id: '3', endDate: '2024-09-30', seniorManager: false });
    expect(result.dataset.organisation).toEqual({ name: 'Northbrook' });
    expect(result.sources.staff).toMatchObject({ present: true, rowsRead: 3, rowsUsed: 3, rowsSkipped: 0 });
    expect(result.sources.cpd.present).toBe(false);
    expect(result.csv.staff).toMatchObject({ rowsRead: 3, ignoredColumns: [], rejects: [] });
  });

  it('rejects an impossible date in strict mode, naming the source, the physical row and the column', async () => {
    const staff = file('bad-date.csv', `${staffText}4,Indian,Scale 1-2,no,2024-02-30,\r\n`);
    const error = await inputError(readCsvDataset({ staff }));
    // Row 6: header 1, records 2 and 3, blank line 4, record 5, this record 6.
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ source: 'staff', row: 6, field: 'startDate', value: '2024-02-30' });
    expect(error.issues[0]).not.toHaveProperty('index');
    expect(error.message).toContain('staff CSV row 6, field "startDate": "2024-02-30"');
  });

  it('lists every problem from every file at once, CSV-level and schema-level, in row order', async () => {
    const staff = file('many.csv', 'id,ethnicity,startDate\n1,Indian,2024-13-01\n2,Indian\n3,Indian,2024-01-01\n');
    const cpd = file('cpd-bad.csv', 'staffId,date,funded,mandatory\n3,2024-05-01,perhaps,no\n99,2024-05-01,yes,no\n');
    const error = await inputError(readCsvDataset({ staff, cpd }));
    expect(error.issues.map((i) => [i.source, i.row, i.field])).toEqual([
      ['staff', 2, 'startDate'],
      ['staff', 3, undefined],
      ['cpd', 2, 'funded'],
      ['cpd', 3, 'staffId'],
    ]);
  });

  it('skips bad rows in lenient mode and counts them: rows read = used + skipped', async () => {
    const staff = file('lenient.csv', 'id,ethnicity,startDate\n1,Indian,2024-13-01\n2,Indian\n3,Indian,2024-01-01\n4,White British,\n');
    const result = await readCsvDataset({ staff }, { mode: 'lenient' });
    expect(result.dataset.staff.map((s) => s.id)).toEqual(['3', '4']);
    expect(result.sources.staff).toMatchObject({ rowsRead: 4, rowsUsed: 2, rowsSkipped: 2 });
    expect(result.sources.staff.skippedReasons.map((r) => r.count).reduce((a, b) => a + b, 0)).toBe(2);
    expect(result.sources.staff.skippedReasons.map((r) => r.reason)).toContain('row has a different number of fields from the header');
    expect(result.csv.staff!.rejects).toHaveLength(1);
  });

  it('reports unreadable files and missing columns as input errors naming the file', async () => {
    const noEthnicity = file('no-eth.csv', 'id,grade\n1,A\n');
    const error = await inputError(readCsvDataset({ staff: noEthnicity, cpd: join(dir, 'missing.csv'), survey: dir }));
    expect(error.issues.map((i) => i.source)).toEqual(['staff', 'cpd', 'survey']);
    expect(error.issues[0]!.message).toContain('no-eth.csv" has no such column');
    expect(error.issues[1]!.message).toContain('there is no such file');
    expect(error.issues[2]!.message).toContain('it is not a file');
  });

  it('applies a column mapping per source and reports progress over all files', async () => {
    const staff = file('mapped.csv', 'Employee No,Ethnic origin,Grade\nE1,White British,A\nE2,Indian,B\n');
    const seen: number[] = [];
    const result = await readCsvDataset(
      { staff },
      { columns: { staff: { 'Employee No': 'id', 'Ethnic origin': 'ethnicity', Grade: 'payBand' } }, onProgress: (n) => seen.push(n) },
    );
    expect(result.dataset.staff).toEqual([
      { id: 'E1', ethnicity: 'White British', payBand: 'A' },
      { id: 'E2', ethnicity: 'Indian', payBand: 'B' },
    ]);
    expect(seen.at(-1)).toBe(2);
  });
});
