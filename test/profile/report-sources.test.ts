/**
 * The report's `sources` block says what an import profile left out (`keep`) and merged
 * (`duplicates`), beside the rows read (SPEC 12); a published report rounds them like every other
 * row count (SPEC 8a); the Markdown's data-completeness table names them. Hand counts: 40 primary
 * assignments, 13 relief assignments left out by keep, 3 repeated rows of the same people merged.
 */
import { describe, expect, it } from 'vitest';
import { applyProfile, parseProfile, profileReportInput, rawTable } from '../../src/profile/index.js';
import { computeReport } from '../../src/report/compute-report.js';
import { renderMarkdown } from '../../src/render/markdown.js';

const header = ['Employee Number', 'Ethnic Origin', 'Assignment'];
const rows = [
  ...Array.from({ length: 40 }, (_, i) => [`E${i}`, i % 3 === 0 ? 'Indian' : 'White British', 'Primary']),
  ...Array.from({ length: 13 }, (_, i) => [`R${i}`, 'White British', 'Relief']),
  ...Array.from({ length: 3 }, (_, i) => [`E${i}`, i % 3 === 0 ? 'Indian' : 'White British', 'Primary']),
];
const profile = parseProfile({
  sources: {
    staff: {
      columns: { id: 'Employee Number', ethnicity: 'Ethnic Origin' },
      keep: [{ column: 'Assignment', in: ['Primary'] }],
      duplicates: 'first',
    },
  },
});
const input = () => profileReportInput(applyProfile(profile, { staff: rawTable('staff.xlsx, sheet Staff', header, rows) }));
const period = { start: '2024-04-01', end: '2025-03-31' };

describe('rows a profile left out or merged, in the report', () => {
  it('are counted in sources beside rowsRead, not in it', () => {
    const report = computeReport(input(), { period });
    expect(report.sources.staff).toMatchObject({ rowsRead: 40, rowsUsed: 40, rowsSkipped: 0, rowsLeftOut: 13, rowsMerged: 3 });
    // A source with nothing left out or merged has neither field.
    expect(computeReport({ staff: [{ id: 'a', ethnicity: 'Indian' }] }, { period }).sources.staff).not.toHaveProperty('rowsLeftOut');
  });

  it('are rounded in a published report like rowsRead (nhs-digital: base 10, so 13 -> 10 and 3 -> 0)', () => {
    const published = computeReport(input(), { period, disclosure: 'nhs-digital' });
    expect(published.sources.staff).toMatchObject({ rowsRead: 40, rowsLeftOut: 10, rowsMerged: 0 });
  });

  it('are named in the Markdown\'s data-completeness table', () => {
    const markdown = renderMarkdown(computeReport(input(), { period }));
    expect(markdown).toContain('13 rows of the export left out by the profile\'s "keep" rules (not in rows read); 3 rows merged into another row of the same person by the profile\'s "duplicates" (not in rows read)');
  });
});
