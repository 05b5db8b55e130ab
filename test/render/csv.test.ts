import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import fc from 'fast-check';
import { CSV_COLUMNS, csvField, renderCsv } from '../../src/render/csv.js';
import { councilReport, publishedReport } from './fixtures.js';

function parse(text: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('renderCsv', () => {
  it('has the documented header and one row per comparison (metrics without comparisons get one status row)', () => {
    const text = renderCsv(councilReport());
    // A UTF-8 byte order mark first, so Excel on Windows reads the file as UTF-8.
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = parse(text);
    // Fixture: metric 1 has 2 comparisons, metrics 2, 3, 8, 9 one each, metrics 4-7 none (4 status rows): 2+4+4 = 10.
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r['metric_number'])).toEqual(['1', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(rows[3]!['status']).toBe('ok');
    expect(rows[4]).toMatchObject({ metric_id: 'sc-wres-4', status: 'no-data', key: '', ratio: '' });
  });
  it('writes full-precision numbers, Infinity, and empty cells for missing values', () => {
    const rows = parse(renderCsv(councilReport()));
    const band = rows[0]!;
    expect(band).toMatchObject({ key: 'band:Scale 1-2', group: 'minority', focal_count: '120', focal_total: '400', focal_proportion: '0.3', ratio: '1.5', ratio_method: 'koopman', ratio_significant: 'true', difference: '0.1' });
    const metric3 = rows[3]!;
    expect(metric3).toMatchObject({ ratio: '', ratio_lower: '1.5', ratio_upper: '#DIV/0!', reference_count: '0' });
  });
  it('quotes fields with commas, quotes and bars as RFC 4180 requires, and they parse back intact', () => {
    const text = renderCsv(councilReport());
    expect(text).toContain('"band:PO1-PO4, ""senior"" | practitioners"');
    expect(parse(text)[1]!['key']).toBe('band:PO1-PO4, "senior" | practitioners');
  });
  it('marks every withheld cell [withheld], whatever rule withheld it', () => {
    const rows = parse(renderCsv(publishedReport()));
    const metric3 = rows[3]!;
    for (const column of ['focal_count', 'focal_proportion', 'ratio', 'ratio_upper', 'difference_level', 'unknown_ethnicity']) {
      expect(metric3[column], column).toBe('[withheld]');
    }
    expect(metric3['reference_count']).toBe('0');
  });
  it('csvField round-trips any text through a standard parser (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 2, maxLength: 4 }), (fields) => {
        const line = fields.map(csvField).join(',');
        const parsed = Papa.parse<string[]>(`${line}\r\n`, { newline: '\r\n', delimiter: ',' }).data[0];
        return JSON.stringify(parsed) === JSON.stringify(fields);
      }),
    );
  });
});
