import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/report/compute-report.js';
import { computeReportFromCounts } from '../../src/report/compute-from-counts.js';
import type { WresCounts } from '../../src/model/counts.js';
import { fixtureDataset, period } from '../metrics/fixture.js';

/** The fixture's counts, worked out by hand in test/metrics/fixture.ts (broad groups included). */
const t = (minority: number, white: number, unknown: number, broad: { asian?: number; black?: number; mixed?: number; other?: number } = {}) =>
  ({ minority, white, unknown, asian: 0, black: 0, mixed: 0, other: 0, ...broad });

const fixtureCounts: WresCounts = {
  organisation: { name: 'Test Council', populationMinorityShare: 0.4 },
  bands: {
    labels: ['Scale 1-2', 'PO1', 'Senior'],
    staff: [t(1, 1, 0, { black: 1 }), t(1, 2, 1, { asian: 1 }), t(0, 1, 0)],
    bandNotKnown: t(1, 0, 0, { asian: 1 }),
  },
  outcomes: {
    'appointed-from-shortlisting': { population: t(3, 2, 0, { black: 2, asian: 1 }), outcome: t(1, 1, 0, { black: 1 }) },
    'entered-disciplinary': { population: t(4, 4, 1, { black: 2, asian: 2 }), outcome: t(1, 1, 0, { black: 1 }) },
    'fitness-to-practise-referral': { population: t(1, 2, 0, { asian: 1 }), outcome: t(1, 0, 0, { asian: 1 }) },
    'accessed-funded-cpd': { population: t(4, 4, 1, { black: 2, asian: 2 }), outcome: t(1, 1, 0, { asian: 1 }) },
    'harassment-from-public': { population: t(1, 2, 1, { black: 1 }), outcome: t(1, 1, 1, { black: 1 }) },
    'harassment-from-colleagues': { population: t(2, 2, 0, { black: 1, asian: 1 }), outcome: t(2, 0, 0, { black: 1, asian: 1 }) },
    'harassment-from-managers': { population: t(2, 1, 0, { black: 1, asian: 1 }), outcome: t(1, 0, 0, { asian: 1 }) },
    'left-organisation': { population: t(4, 4, 1, { black: 2, asian: 2 }), outcome: t(1, 0, 0, { black: 1 }) },
    'senior-management': { population: t(3, 4, 1, { black: 1, asian: 2 }), outcome: t(0, 1, 0) },
  },
};

describe('computeReportFromCounts (the counts-level entry)', () => {
  it('gives the same metrics as computeReport on the records the counts came from', () => {
    const options = { period, payBands: ['Scale 1-2', 'PO1', 'Senior'], breakdown: 'broad-groups' as const };
    const fromRecords = computeReport(fixtureDataset(), options);
    const fromCounts = computeReportFromCounts(fixtureCounts, options);
    expect(fromCounts.metrics).toEqual(fromRecords.metrics);
  });

  it('gives the same published report under disclosure control', () => {
    const options = { period, payBands: ['Scale 1-2', 'PO1', 'Senior'], disclosure: 'sc-wres-publication' as const };
    expect(computeReportFromCounts(fixtureCounts, options).metrics).toEqual(computeReport(fixtureDataset(), options).metrics);
  });

  it('reports a metric without counts as no-data', () => {
    const report = computeReportFromCounts({ outcomes: { 'entered-disciplinary': fixtureCounts.outcomes['entered-disciplinary']! } }, { period });
    expect(report.metrics.map((m) => m.status)).toEqual(['no-data', 'no-data', 'ok', 'no-data', 'no-data', 'no-data', 'no-data', 'no-data', 'no-data']);
    // 1 of 4 against 1 of 4 (see fixture.ts)
    expect(report.metrics[2]!.comparisons[0]!.relativeLikelihood!.ratio).toBe(1);
  });

  it('rejects impossible counts, naming every one', () => {
    const bad = {
      outcomes: {
        'entered-disciplinary': { population: { minority: 3, white: 4, unknown: 0 }, outcome: { minority: 5, white: -1, unknown: 0 } },
        'made-up-key': { population: { minority: 1, white: 1, unknown: 0 }, outcome: { minority: 0, white: 0, unknown: 0 } },
      },
    };
    expect(() => computeReportFromCounts(bad as unknown as WresCounts, { period })).toThrow(
      /outcomes\.entered-disciplinary\.outcome\.white[\s\S]*outcomes\.entered-disciplinary\.outcome\.minority": 5 is larger than the population \(3\)|outcomes\.entered-disciplinary\.outcome\.minority[\s\S]*made-up-key/,
    );
    try {
      computeReportFromCounts(bad as unknown as WresCounts, { period });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/outcome\.white": -1 must be a whole number/);
      expect(message).toMatch(/outcome\.minority": 5 is larger than the population \(3\)/);
      expect(message).toMatch(/outcomes\.made-up-key" is not a comparison key/);
    }
  });
});
