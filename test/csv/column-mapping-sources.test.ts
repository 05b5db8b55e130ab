/**
 * The column mapping's source names (issue 13, item 17): the API's `columns` option accepts the
 * same names as the CLI's `--columns` file (dataset keys and the flag names) and, like it, rejects
 * a key that names no source (before, the API ignored it and read every column unmapped).
 */
import { describe, expect, it } from 'vitest';
import { readCsvDataset, reportFromCsv } from '../../src/csv/index.js';
import { columnMappingBySource } from '../../src/csv/fields.js';
import { csvFolder, inputError } from './helpers.js';

const folder = csvFolder('wres-mapping-');
const period = { start: '2024-04-01', end: '2025-03-31' };
const staff = folder.file('staff.csv', 'Employee No,Ethnic origin\nS1,Indian\nS2,White British\n');
const cases = folder.file('cases.csv', 'Employee No,Hearing date\nS1,2024-06-01\n');
const staffMapping = { 'Employee No': 'id', 'Ethnic origin': 'ethnicity' };

describe('column mapping source names', () => {
  it('accepts the CLI flag names in the API: "disciplinary" maps the disciplinary cases file', async () => {
    const { report } = await reportFromCsv(
      { staff, disciplinaryCases: cases },
      { period },
      { columns: { staff: staffMapping, disciplinary: { 'Employee No': 'staffId', 'Hearing date': 'date' } } as never },
    );
    // Hand count: S1 (Indian) had the one case.
    expect(report.metrics[2]!.comparisons[0]!.focal).toMatchObject({ count: 1, total: 1 });
  });
  it('rejects a key that names no source, naming the nearest, in reportFromCsv and readCsvDataset', async () => {
    const columns = { staf: staffMapping } as never;
    const message = 'options, field "columns.staf" is not a known source of a column mapping: did you mean "staff"?';
    expect((await inputError(reportFromCsv({ staff }, { period }, { columns }))).message).toContain(message);
    expect((await inputError(readCsvDataset({ staff }, { columns }))).message).toContain(message);
  });
  it('rejects a mapping that is not header -> field text', () => {
    expect(columnMappingBySource({ staff: { 'Employee No': 1 } }).problems[0]).toMatchObject({
      field: 'columns.staff',
      message: 'must map column headers to field names, e.g. { "Employee No": "id" }',
    });
  });
});
