/**
 * The "Ethnicity values not recognised" section under disclosure control. Disclosure control drops
 * unmatched values seen fewer than `threshold` times from `report.unmatchedEthnicity`
 * (src/disclosure/apply.ts), so a published report's empty list must not be read as "every value
 * was recognised".
 */
import { describe, expect, it } from 'vitest';
import { applyDisclosureControl } from '../../src/disclosure/index.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { computeReport } from '../../src/report/compute-report.js';
import { councilReport, publishedReport } from './fixtures.js';

const ALL_RECOGNISED = 'Every ethnicity value was recognised.';
const NONE_LISTED_10 =
  'Unrecognised ethnicity values seen fewer than 10 times are not listed, to protect small numbers; none was seen 10 times or more.';
const NOTE_10 = 'Values seen fewer than 10 times are not listed, to protect small numbers.';

/** The section's text, from its heading to the next heading. */
function unmatchedSection(markdown: string): string {
  const start = markdown.indexOf('## Ethnicity values not recognised');
  expect(start).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** Staff for a one-year report: `recognised` White British and `misspelt` "Whte British". */
function staff(recognised: number, misspelt: number) {
  return [
    ...Array.from({ length: recognised }, (_, i) => ({ id: `w${i}`, ethnicity: 'White British' })),
    ...Array.from({ length: misspelt }, (_, i) => ({ id: `m${i}`, ethnicity: 'Whte British' })),
  ];
}
const period = { start: '2024-04-01', end: '2025-03-31' };

describe('renderMarkdown: unrecognised ethnicity values', () => {
  it('says every value was recognised when the list is empty and no disclosure control was applied', () => {
    const report = { ...councilReport(), unmatchedEthnicity: [] };
    expect(unmatchedSection(renderMarkdown(report))).toContain(ALL_RECOGNISED);
  });

  it('with disclosure control and an empty list, says values seen fewer than the threshold are not listed', () => {
    const report = publishedReport(); // threshold 10; "Whte British" (3 records) dropped
    expect(report.unmatchedEthnicity).toEqual([]);
    const section = unmatchedSection(renderMarkdown(report));
    expect(section).toContain(NONE_LISTED_10);
    expect(section).not.toContain(ALL_RECOGNISED);
  });

  it('uses the policy threshold in the sentence', () => {
    const base = publishedReport();
    const report = { ...base, unmatchedEthnicity: [], disclosure: { ...base.disclosure!, threshold: 8 } };
    expect(unmatchedSection(renderMarkdown(report))).toContain(
      'Unrecognised ethnicity values seen fewer than 8 times are not listed, to protect small numbers; none was seen 8 times or more.',
    );
  });

  it('with disclosure control and listed values, lists them and notes that rarer ones are not listed', () => {
    const report = { ...publishedReport(), unmatchedEthnicity: [{ source: 'staff' as const, value: 'Whte British', count: 12 }] };
    const section = unmatchedSection(renderMarkdown(report));
    expect(section).toContain('| Staff | "Whte British" | 12 |');
    expect(section).toContain(NOTE_10);
  });

  it('without disclosure control, lists the values with no note about withheld ones', () => {
    const section = unmatchedSection(renderMarkdown(councilReport())); // fixture: "Whte British" x 3
    expect(section).toContain('| Staff | "Whte British" | 3 |');
    expect(section).not.toContain('not listed');
  });

  describe('end to end: computeReport, then applyDisclosureControl', () => {
    it('a value seen 3 times (below the threshold of 10) is dropped, and the text says so', () => {
      const report = computeReport({ staff: staff(40, 3) }, { period });
      expect(report.unmatchedEthnicity).toEqual([{ source: 'staff', value: 'Whte British', count: 3 }]);
      const published = applyDisclosureControl(report, 'sc-wres-publication');
      expect(published.unmatchedEthnicity).toEqual([]); // 3 < 10: withheld
      const section = unmatchedSection(renderMarkdown(published));
      expect(section).toContain(NONE_LISTED_10);
      expect(section).not.toContain(ALL_RECOGNISED);
    });

    it('a value seen 12 times (at least the threshold) stays listed, with the note', () => {
      const published = applyDisclosureControl(computeReport({ staff: staff(40, 12) }, { period }), 'sc-wres-publication');
      // Listed with its count rounded to 10, like the sources block's row counts.
      expect(published.unmatchedEthnicity).toEqual([{ source: 'staff', value: 'Whte British', count: 10 }]);
      const section = unmatchedSection(renderMarkdown(published));
      expect(section).toContain('| Staff | "Whte British" | 10 |');
      expect(section).toContain(NOTE_10);
    });

    it("policy 'none' (threshold 1) withholds nothing, so an empty list still means every value was recognised", () => {
      const published = applyDisclosureControl(computeReport({ staff: staff(40, 0) }, { period }), 'none');
      expect(published.disclosure?.threshold).toBe(1);
      expect(unmatchedSection(renderMarkdown(published))).toContain(ALL_RECOGNISED);
    });
  });
});
