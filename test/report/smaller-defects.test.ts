/**
 * Issue 13, item 16 (the core's parts): the summary of `--disclosure none`, custom policies whose
 * rounding would publish the threshold below itself, and compareReports across ratio directions.
 */
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../src/disclosure/policy.js';
import { WresInputError } from '../../src/errors.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { compareReports } from '../../src/report/compare-reports.js';
import { computeReport } from '../../src/report/compute-report.js';

const period = { start: '2024-04-01', end: '2025-03-31' };
const staff = [
  ...Array.from({ length: 20 }, (_, i) => ({ id: `w${i}`, ethnicity: 'White British' })),
  ...Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, ethnicity: 'Indian' })),
];
/** Applications: 20 white shortlisted, 10 appointed; 20 minority shortlisted, 5 appointed. */
const applications = [
  ...Array.from({ length: 20 }, (_, i) => ({ ethnicity: 'White British', shortlisted: true, appointed: i < 10, date: '2024-06-01' })),
  ...Array.from({ length: 20 }, (_, i) => ({ ethnicity: 'Indian', shortlisted: true, appointed: i < 5, date: '2024-06-01' })),
];

describe('the disclosure summary of the none policy', () => {
  it('does not say "Counts from 1 to 0 are not published"', () => {
    const markdown = renderMarkdown(computeReport({ staff }, { period, disclosure: 'none' }));
    expect(markdown).not.toContain('Counts from 1 to 0');
    expect(markdown).toContain('Policy: **none**. No count is withheld for being small.');
  });
});

describe('custom policies with rounding', () => {
  it('rejects threshold 6 with rounding 5 (6 people would be published as "5"), naming a safe threshold', () => {
    const attempt = () => resolvePolicy({ threshold: 6, rounding: 5 });
    expect(attempt).toThrow(WresInputError);
    // Hand: 6 and 7 round to 5 (below 6); 8 rounds to 10, so 8 is the smallest safe threshold.
    expect(attempt).toThrow(
      'options, field "disclosure.rounding": 5 would publish a count of 6 (the threshold) as 5, below the threshold: choose a threshold that rounds to itself or above (8 with rounding 5), or a smaller rounding base.',
    );
    expect(() => resolvePolicy({ threshold: 2, rounding: 5 })).toThrow(/a count of 2 \(the threshold\) as 0/);
  });
  it('accepts the presets and thresholds that round to themselves or above', () => {
    expect(resolvePolicy('nhs-digital')).toMatchObject({ threshold: 8, rounding: 5 });
    expect(resolvePolicy({ threshold: 3, rounding: 5 })).toMatchObject({ threshold: 3, rounding: 5 });
    expect(resolvePolicy({ threshold: 10, rounding: 5 })).toMatchObject({ threshold: 10, rounding: 5 });
  });
});

describe('compareReports across ratio directions', () => {
  it('leaves change null when one report is SC-WRES and the other NHS WRES (metric 2 points the other way)', () => {
    const sc = computeReport({ staff, applications }, { period, standard: 'sc-wres' });
    const nhs = computeReport({ staff, applications }, { period, standard: 'nhs-wres' });
    // Hand: SC-WRES 0.25 / 0.5 = 0.5; NHS WRES 0.5 / 0.25 = 2: a "change" of 1.5 would mean nothing.
    const change = compareReports(sc, nhs).changes.find((c) => c.key === 'appointed-from-shortlisting')!;
    expect(change.previous).toBeCloseTo(0.5, 12);
    expect(change.current).toBeCloseTo(2, 12);
    expect(change.change).toBeNull();
    expect(change.reason).toContain('different groups on top of the ratio');
    const same = compareReports(sc, sc).changes.find((c) => c.key === 'appointed-from-shortlisting')!;
    expect(same.change).toBe(0);
  });
});
