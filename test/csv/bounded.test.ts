/**
 * Bounded memory however many rows are bad (issue 13, item 2; SPEC 10a): a file keeps its first
 * 1,000 rejected rows in full and counts the rest by reason, in strict and lenient mode alike.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv, streamCsv } from '../../src/csv/parse.js';
import { reportFromCsv } from '../../src/csv/report.js';
import { csvFolder, inputError } from './helpers.js';

const folder = csvFolder('wres-bounded-');
const period = { start: '2024-04-01', end: '2025-03-31' };

/**
 * 10 good rows, 5,000 with a field too many, 2,000 with a badly placed quote, then `more` good
 * rows (so the bad rows stay under a lenient skip limit of 5%).
 */
function badFile(more = 0): string {
  const lines = ['id,ethnicity'];
  for (let i = 0; i < 10; i += 1) lines.push(`G${i},Indian`);
  for (let i = 0; i < 5000; i += 1) lines.push(`W${i},Indian,extra`);
  for (let i = 0; i < 2000; i += 1) lines.push(`Q${i},"Indian"x`);
  for (let i = 0; i < more; i += 1) lines.push(`M${i},Pakistani`);
  return `${lines.join('\n')}\n`;
}

describe('rejected rows are counted, and only the first kept', () => {
  it('keeps the first 1,000 rejects of a file and counts all 7,000 by reason', async () => {
    const summary = await streamCsv(badFile(), { source: 'staff', file: 's.csv' }, () => undefined);
    expect(summary.rowsRead).toBe(7010);
    expect(summary.rowsRejected).toBe(7000);
    expect(summary.rejects).toHaveLength(1000);
    // The first kept is the first bad row: header (1) + 10 good rows (2-11), so row 12.
    expect(summary.rejects[0]).toMatchObject({ row: 12, message: 'has 3 fields but the header has 2' });
    expect(summary.rejectReasons).toEqual([
      { reason: 'row has a different number of fields from the header', count: 5000 },
      { reason: 'row has a badly placed quote', count: 2000 },
    ]);
    const parsed = await parseCsv(badFile(), { source: 'staff' });
    expect(parsed.records).toHaveLength(10);
    expect(parsed.rejects).toHaveLength(1000);
  });

  it('in lenient mode, counts every rejected row in the report, with the kept examples capped', async () => {
    const staff = folder.file('staff.csv', badFile(200_000));
    const { report, csv } = await reportFromCsv({ staff }, { period, validation: 'lenient' });
    expect(report.sources.staff).toMatchObject({ rowsRead: 207_010, rowsUsed: 200_010, rowsSkipped: 7000 });
    expect(report.sources.staff.skippedReasons).toEqual([
      { reason: 'row has a different number of fields from the header', count: 5000 },
      { reason: 'row has a badly placed quote', count: 2000 },
    ]);
    expect(csv.staff?.rowsRejected).toBe(7000);
    expect(csv.staff?.rejects).toHaveLength(1000);
  });

  it('in strict mode, the error counts all 7,000 problems and keeps the first 1,000', async () => {
    const staff = folder.file('staff-strict.csv', badFile());
    const error = await inputError(reportFromCsv({ staff }, { period }));
    expect(error.issues).toHaveLength(1000);
    expect(error.message.split('\n')[0]).toBe('The CSV files have 7,000 problems; the first 1,000 are kept:');
  });
});
