import { describe, expect, it } from 'vitest';
import { applyDisclosureControl } from '../../src/disclosure/apply.js';
import { auditLinkedTables } from '../../src/disclosure/audit-report.js';
import { buildReport, type ReportTallies } from './fixture.js';

/** A report with `bandCount` bands, every fourth band with a small minority count. */
function manyBands(bandCount: number): ReportTallies {
  return {
    bands: Array.from({ length: bandCount }, (_, index) => ({
      band: `Grade ${index + 1}`,
      minority: index % 4 === 0 ? 1 + (index % 9) : 20 + (index % 37),
      white: 15 + ((index * 7) % 50),
      unknown: index % 3,
    })),
    bandNotKnown: { minority: 4, white: 30, unknown: 2 },
    senior: { minority: 12, white: 40 },
    disciplinary: { focal: { count: 12, total: 400 }, reference: { count: 20, total: 900 } },
    disciplinaryUnknown: 5,
  };
}

function medianMilliseconds(run: () => void, repeats: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

// Speed is measured by `npm run bench`, not asserted here: a wall-clock bound in a unit test fails
// on a busy machine for reasons that are not the code's. These tests check that large tables are
// handled at all, and log the time for whoever reads the output.
describe('disclosure control works on the report, not the records', () => {
  it('handles 200 bands (50 with small cells), withholding every small cell', () => {
    const report = buildReport(manyBands(200));
    const median = medianMilliseconds(() => applyDisclosureControl(report, 'sc-wres-publication'), 3);
    console.log(`applyDisclosureControl, 200 bands: median ${median.toFixed(1)} ms`);
    const published = applyDisclosureControl(report, 'sc-wres-publication');
    expect(published.disclosure?.withheld).toBeGreaterThanOrEqual(50);
  });

  it('handles a typical council table (8 bands), and its audit passes', () => {
    const report = buildReport(manyBands(8));
    const median = medianMilliseconds(() => applyDisclosureControl(report, 'sc-wres-publication'), 5);
    console.log(`applyDisclosureControl, 8 bands: median ${median.toFixed(2)} ms`);
    expect(auditLinkedTables(applyDisclosureControl(report, 'sc-wres-publication'), report).safe).toBe(true);
  });

  it('a 40-band table passes the LP audit too (timed; the audit is a check, not part of publishing)', () => {
    // Two LPs per withheld cell: about 20 s for 200 bands on the shared machine, so 40 here.
    const report = buildReport(manyBands(40));
    const published = applyDisclosureControl(report, 'sc-wres-publication');
    const start = performance.now();
    const audit = auditLinkedTables(published, report);
    console.log(`auditLinkedTables, 40 bands: ${(performance.now() - start).toFixed(0)} ms for ${audit.ranges.length} withheld cells`);
    expect(audit.exposed).toEqual([]);
  });
});

describe('performance through computeReport: many bands with the broad-group breakdown', () => {
  it('adds little to computeReport on 150 bands, 20,000 staff, breakdown on (timed; generous bound)', async () => {
    const { computeReport } = await import('../../src/report/compute-report.js');
    const values = ['White British', 'White British', 'White Irish', 'Black African', 'Asian - Indian', 'Pakistani', 'Mixed White and Asian', 'Arab', 'Not stated', 'Chinese'];
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648; // fixed-seed LCG
    const bands = Array.from({ length: 150 }, (_, index) => `Grade ${index + 1}`);
    const staff = Array.from({ length: 20000 }, (_, index) => ({
      id: `s${index}`,
      ethnicity: values[Math.floor(random() * values.length)]!,
      payBand: bands[Math.floor(random() ** 2 * bands.length)]!,
      seniorManager: random() < 0.05,
      startDate: '2018-01-01',
      ...(random() < 0.1 ? { endDate: '2024-10-01' } : {}),
    }));
    const pick = (): string => `s${Math.floor(random() * staff.length)}`;
    const data = { staff, disciplinaryCases: Array.from({ length: 300 }, () => ({ staffId: pick(), date: '2024-06-01' })) };
    const options = { period: { start: '2024-04-01', end: '2025-03-31' }, breakdown: 'broad-groups' as const, payBands: bands };
    const raw = computeReport(data, options);
    const plain = medianMilliseconds(() => computeReport(data, options), 7);
    const apply = medianMilliseconds(() => applyDisclosureControl(raw, 'sc-wres-publication'), 7);
    console.log(`computeReport, 150 bands, 20,000 staff, breakdown: ${plain.toFixed(1)} ms; applyDisclosureControl on it: ${apply.toFixed(1)} ms`);
    expect(apply).toBeLessThan(500);
    const published = applyDisclosureControl(raw, 'sc-wres-publication');
    expect(published.disclosure!.withheld).toBeGreaterThan(0);
  });
});
