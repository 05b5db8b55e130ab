/**
 * SPEC 10a, the core's checks (issue 11 and 13): each case is an input error with a sentence
 * naming the values and counts, never a report that quietly counted something else.
 */
import { describe, expect, it } from 'vitest';
import { WresInputError } from '../../src/errors.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { computeReport } from '../../src/report/compute-report.js';
import type { ReportOptions } from '../../src/report/options.js';

const period = { start: '2024-04-01', end: '2025-03-31' };

function messageOf(dataset: Parameters<typeof computeReport>[0], options: Omit<ReportOptions, 'period'> = {}): string {
  try {
    computeReport(dataset, { period, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(WresInputError);
    return (error as Error).message;
  }
  throw new Error('computeReport accepted the input');
}

/** n staff of each group with the given fields. */
function staff(n: number, fields: Record<string, unknown> = {}, prefix = 's') {
  return Array.from({ length: 2 * n }, (_, i) => ({ id: `${prefix}${i}`, ethnicity: i < n ? 'White British' : 'Indian', ...fields }));
}

describe('categorical values match ignoring case, spaces and punctuation', () => {
  it('puts "Senior Management" staff in the payBands label "Senior management" (one band, not two)', () => {
    const report = computeReport({ staff: staff(3, { payBand: 'Senior Management' }) }, { period, payBands: ['Senior management'] });
    expect(report.metrics[0]!.bands!.rows.map((r) => [r.band, r.total])).toEqual([['Senior management', 6]]);
  });
  it('keeps the first spelling seen of a band found in the data', () => {
    const records = [...staff(1, { payBand: 'PO1-PO4' }), ...staff(1, { payBand: 'po1 po4' }, 't')];
    const report = computeReport({ staff: records }, { period });
    expect(report.metrics[0]!.bands!.rows.map((r) => [r.band, r.total])).toEqual([['PO1-PO4', 4]]);
  });
  it('matches services and employment the same way', () => {
    const report = computeReport({ staff: staff(2, { service: "Adults' Services", employment: ' DIRECT ' }) }, { period, scope: { service: 'adults services' } });
    expect(report.metrics[7]!.comparisons[0]!.focal.total).toBe(2);
  });
});

describe('employment values the library does not know', () => {
  it('lists every distinct value with its count and the mapping that would fix it', () => {
    const records = [...staff(3, { employment: 'Permanent' }), ...staff(1, { employment: 'Fixed Term' }, 'f'), ...staff(1, { employment: 'agency' }, 'a')];
    expect(messageOf({ staff: records })).toContain(
      'staff, field "employment" has 2 values the library does not know: "Permanent" (6 records), "Fixed Term" (2 records). ' +
        'The known values are direct (counted, as is a blank), and agency, bank, relief, sessional, casual, locum, contractor, volunteer, other (left out as not directly employed). ' +
        'Map each value to one of them, for example in an import profile: "values": { "employment": {"Permanent": "direct", "Fixed Term": "direct"} }',
    );
  });
});

describe('filters that keep nothing', () => {
  it('rejects scope.service matching no staff record, listing the services there are', () => {
    const records = [...staff(2, { service: 'adults' }), ...staff(1, { service: 'children' }, 'c')];
    expect(messageOf({ staff: records }, { scope: { service: 'adult' } })).toContain(
      'options, field "scope.service": "adult" matches no staff record\'s service (compared ignoring case, spaces and punctuation); the staff records\' services are "adults" (4 records), "children" (2 records).',
    );
  });
  it('rejects payBands labels no record carries, listing the records\' bands not in payBands', () => {
    const records = [...staff(2, { payBand: 'PO1' }), ...staff(1, { payBand: 'PO5' }, 'p'), ...staff(1, { payBand: 'Scale 1-2' }, 'q')];
    expect(messageOf({ staff: records }, { payBands: ['Scale 1-2', 'PO1-PO4', 'PO5-PO8'] })).toContain(
      'options, field "payBands" has 2 bands that no staff record carries (compared ignoring case, spaces and punctuation): "PO1-PO4", "PO5-PO8"; the staff records\' bands not in payBands are "PO1" (4 records), "PO5" (2 records).',
    );
  });
});

describe('skipped rows in lenient mode', () => {
  it('rejects a source with every row skipped', () => {
    const records = staff(3, { startDate: '31/03/2024' });
    expect(messageOf({ staff: records }, { validation: 'lenient' })).toContain(
      'staff: all 6 rows were skipped as invalid (most often: field "startDate" is not a date in the form YYYY-MM-DD; it looks like DD/MM/YYYY: read the file through an import profile with "dates": "DD/MM/YYYY", see docs/profiles.md, 6 rows), so there is nothing to report',
    );
  });
  it('rejects more than 5% skipped by default, and accepts it under a raised maxSkipped', () => {
    // Hand count: 2 bad of 20 rows = 10%, over 5%, under 20%.
    const records = [...staff(9), ...staff(1, { startDate: 'soon' }, 'b')];
    expect(messageOf({ staff: records }, { validation: 'lenient' })).toContain(
      'staff: 2 of 20 rows (10%) were skipped as invalid (most often: field "startDate" is not a date in the form YYYY-MM-DD, 2 rows), more than the limit of 5%',
    );
    const report = computeReport({ staff: records }, { period, validation: 'lenient', maxSkipped: 0.2 });
    expect(report.sources.staff.rowsSkipped).toBe(2);
  });
  it('says in each metric how many rows of its sources were skipped', () => {
    const records = [...staff(9), ...staff(1, { startDate: 'soon' }, 'b')];
    const cases = [{ staffId: 's0', date: '2024-05-01' }, { staffId: 'nobody', date: '2024-05-01' }];
    const report = computeReport({ staff: records, disciplinaryCases: cases }, { period, validation: 'lenient', maxSkipped: 0.5 });
    expect(report.metrics[0]!.skippedRows).toEqual([{ source: 'staff', rows: 2 }]);
    expect(report.metrics[2]!.skippedRows).toEqual([
      { source: 'disciplinaryCases', rows: 1 },
      { source: 'staff', rows: 2 },
    ]);
    expect(report.metrics[1]!.skippedRows).toBeUndefined();
    expect(renderMarkdown(report)).toContain('Rows skipped as invalid, which this metric could not count: 1 disciplinary cases row, 2 staff rows.');
  });
});
