/**
 * Year on year (SPEC 8a): last year's published report is known to the reader. Regression test
 * from issue 12's one-leaver year pair, and the rule on the example council's two years.
 */
import { describe, expect, it } from 'vitest';
import { auditYearPair } from '../../src/audit/index.js';
import { applyDisclosureControl } from '../../src/disclosure/apply.js';
import { layoutReport } from '../../src/disclosure/layout.js';
import { isSuppressed } from '../../src/disclosure/suppressed.js';
import type { PublishedReport } from '../../src/model/report.js';
import { computeReport } from '../../src/report/compute-report.js';
import type { WresDataset } from '../../src/schemas/index.js';

type Staff = WresDataset['staff'][number];
const LAST_YEAR = { start: '2023-04-01', end: '2024-03-31' };
const THIS_YEAR = { start: '2024-04-01', end: '2025-03-31' };
const BANDS = ['Grade 1', 'Grade 2'];

function people(first: number, count: number, ethnicity: string, payBand: string): Staff[] {
  return Array.from({ length: count }, (_, index) => ({ id: `p${first + index}`, ethnicity, payBand, startDate: '2020-01-01' }));
}

/** Counts published in both years whose difference is from 1 to 9 people. */
function smallDifferences(previous: PublishedReport, current: PublishedReport): string[] {
  const before = layoutReport(previous, 'structure').cells;
  return [...layoutReport(current, 'structure').cells]
    .filter(([cell, value]) => {
      const last = before.get(cell);
      return typeof value === 'number' && typeof last === 'number' && value !== last && Math.abs(value - last) < 10;
    })
    .map(([cell]) => cell);
}

/**
 * Grade 2: 30 minority ethnic and 40 white staff last year; one minority ethnic member left in
 * October 2024, so 29 this year; Grade 1: 50 and 60. Nobody else joined or left (issue 12).
 */
function oneLeaverTeam(): Staff[] {
  const staff = [
    ...people(1, 30, 'Black African', 'Grade 2'),
    ...people(100, 40, 'White British', 'Grade 2'),
    ...people(200, 50, 'Black African', 'Grade 1'),
    ...people(300, 60, 'White British', 'Grade 1'),
  ];
  staff[0] = { ...staff[0]!, endDate: '2024-10-01' };
  return staff;
}

describe('year on year', () => {
  it('the one-leaver year pair: the band that lost one person is not published beside last year', () => {
    // Grade 2: 30 minority ethnic and 40 white staff last year; one minority ethnic member left in
    // October 2024, so 29 this year. Nobody else joined or left. Last year's 30 and this year's 29
    // would show that the one leaver was minority ethnic and in Grade 2 (issue 12).
    const staff = oneLeaverTeam();
    const previous = applyDisclosureControl(computeReport({ staff }, { period: LAST_YEAR, payBands: BANDS }), 'sc-wres-publication');
    const current = computeReport({ staff }, { period: THIS_YEAR, payBands: BANDS });
    expect(current.metrics[0]!.bands!.rows[1]!.minority).toBe(29);
    expect(previous.metrics[0]!.bands!.rows[1]!.minority).toBe(30);

    const alone = applyDisclosureControl(current, 'sc-wres-publication');
    expect(smallDifferences(previous, alone)).toContain('band[1].minority');

    const protectedPair = applyDisclosureControl(current, 'sc-wres-publication', { previous });
    expect(smallDifferences(previous, protectedPair)).toEqual([]);
    expect(isSuppressed(protectedPair.metrics[0]!.bands!.rows[1]!.minority)).toBe(true);
    // Grade 1 did not change: it stays published.
    expect(protectedPair.metrics[0]!.bands!.rows[0]!.minority).toBe(50);
  });

  it('the one-leaver year pair, audited jointly: the intruder pins the leaver before, nothing after', async () => {
    // Same team as above. Last year nobody left (a published 0), so nobody left on its final day;
    // at risk this year 80 minority = last year's 80 in post, so nobody joined; then Grade 2's
    // 30 -> 29 is one minority ethnic leaver from Grade 2, exactly.
    const staff = oneLeaverTeam();
    const lastRaw = computeReport({ staff }, { period: LAST_YEAR, payBands: BANDS });
    const previous = applyDisclosureControl(lastRaw, 'sc-wres-publication');
    const current = computeReport({ staff }, { period: THIS_YEAR, payBands: BANDS });
    const alone = await auditYearPair({ previous, current: applyDisclosureControl(current, 'sc-wres-publication') }, { previous: lastRaw, current });
    expect(alone.exposed).toEqual(['pair|left|Grade 2|minority']);
    expect(alone.ranges.find((range) => range.id === 'pair|left|Grade 2|minority')).toMatchObject({ min: 1, max: 1 });
    const together = await auditYearPair({ previous, current: applyDisclosureControl(current, 'sc-wres-publication', { previous }) }, { previous: lastRaw, current });
    expect(together.safe).toBe(true);
    // Grade 2 is withheld this year: anything from 0 to all 30 of last year's may have left it.
    expect(together.ranges.find((range) => range.id === 'pair|left|Grade 2|minority')).toMatchObject({ min: 0, max: 30 });
  }, 30_000);

  it('one white joiner under nhs-digital: rounding hides the change, the intervals give it back', async () => {
    // 50 minority ethnic and 9 white staff in post all along; one white member joins in June 2024.
    // nhs-digital prints 9 and 10 both as 10, but each proportion's interval is computed from the
    // unrounded count and gives 9 and 10 back; nobody left last year (a published 0), so the
    // white staff at risk this year minus those in post last year is the one joiner.
    const staff = [...people(1, 50, 'Black African', 'Grade 1'), ...people(100, 9, 'White British', 'Grade 1')];
    staff.push({ id: 'joiner', ethnicity: 'White British', payBand: 'Grade 1', startDate: '2024-06-01' });
    const lastRaw = computeReport({ staff }, { period: LAST_YEAR, payBands: ['Grade 1'] });
    const previous = applyDisclosureControl(lastRaw, 'nhs-digital');
    const current = computeReport({ staff }, { period: THIS_YEAR, payBands: ['Grade 1'] });
    const leavers = (report: PublishedReport) => report.metrics.find((metric) => metric.id === 'sc-wres-8')!.comparisons[0]!;
    expect([leavers(previous).reference.count, leavers(previous).reference.total]).toEqual([0, 10]);
    const alone = applyDisclosureControl(current, 'nhs-digital');
    expect(leavers(alone).reference.total).toBe(10);
    expect((await auditYearPair({ previous, current: alone }, { previous: lastRaw, current })).exposed).toContain('pair|joiners|white');
    const protectedPair = applyDisclosureControl(current, 'nhs-digital', { previous });
    expect(isSuppressed(leavers(protectedPair).reference.total)).toBe(true);
    expect((await auditYearPair({ previous, current: protectedPair }, { previous: lastRaw, current })).exposed).toEqual([]);
  }, 30_000);

  it('refuses a list of policies with a single report', () => {
    const report = computeReport({ staff: people(1, 20, 'White British', 'Grade 1') }, { period: THIS_YEAR });
    expect(() => applyDisclosureControl(report, ['none', 'none'] as never)).toThrow(/one policy for one report/);
  });
});
