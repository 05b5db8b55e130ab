/**
 * Builds reports from tallies, the way computeReport fills them (see the lead's brief), so the
 * disclosure tests can work on reports as data.
 */
import { readComparison } from '../../src/metrics/reading.js';
import { describeRepresentation } from '../../src/metrics/statements.js';
import { proportionDifference, proportionInterval, relativeLikelihood } from '../../src/stats/index.js';
import type {
  BandsTable,
  Comparison,
  FocalGroup,
  MetricId,
  MetricResult,
  SourceName,
  SourceSummary,
  WresReport,
} from '../../src/model/report.js';

export interface BandTally {
  band: string;
  minority: number;
  white: number;
  unknown: number;
}

export interface OutcomeTally {
  focal: { count: number; total: number };
  reference: { count: number; total: number };
}

export interface ReportTallies {
  bands: BandTally[];
  bandNotKnown: { minority: number; white: number; unknown: number };
  /** Senior managers by group (metric 9); at most the group's snapshot staff. */
  senior: { minority: number; white: number };
  /** Metric 3 (entered disciplinary) as a plain comparison. */
  disciplinary: OutcomeTally;
  disciplinaryUnknown: number;
  populationMinorityShare?: number;
}

export function comparison(key: string, tally: OutcomeTally, group: FocalGroup = 'minority'): Comparison {
  const side = ({ count, total }: { count: number; total: number }) => {
    const estimate = proportionInterval(count, total);
    return { count, total, proportion: estimate.proportion, lower: estimate.lower, upper: estimate.upper };
  };
  const rl = relativeLikelihood(tally);
  const difference = proportionDifference(tally);
  const { ratio, lower, upper, method, level, numerator, significant, nonAdverse } = rl;
  return {
    key,
    group,
    focal: side(tally.focal),
    reference: side(tally.reference),
    relativeLikelihood: { ratio, lower, upper, method, level, numerator, significant, nonAdverse },
    difference: { ...difference },
    statement: `${tally.focal.count} of ${tally.focal.total} minority ethnic staff and ${tally.reference.count} of ${tally.reference.total} white staff.`,
    reading: readComparison(rl, key === 'senior-management' ? 'good' : 'bad'),
  };
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function bandsTable(bands: BandTally[], bandNotKnown: ReportTallies['bandNotKnown']): BandsTable {
  const totals = { minority: 0, white: 0, unknown: 0, total: 0 };
  for (const band of bands) {
    totals.minority += band.minority;
    totals.white += band.white;
    totals.unknown += band.unknown;
  }
  totals.total = totals.minority + totals.white;
  const workforceMinorityShare = share(totals.minority, totals.total);
  return {
    rows: bands.map((band) => {
      const total = band.minority + band.white;
      const minorityShare = share(band.minority, total);
      return {
        band: band.band,
        minority: band.minority,
        white: band.white,
        unknown: band.unknown,
        total,
        minorityShare,
        differencePoints:
          minorityShare === null || workforceMinorityShare === null ? null : (minorityShare - workforceMinorityShare) * 100,
      };
    }),
    bandNotKnown: { ...bandNotKnown },
    totals,
    workforceMinorityShare,
  };
}

function metric(number: MetricResult['number'], comparisons: Comparison[], unknownEthnicity: number): MetricResult {
  return {
    number,
    id: `sc-wres-${number}` as MetricId,
    title: `Metric ${number}`,
    status: 'ok',
    comparisons,
    unknownEthnicity,
    population: 'staff',
  };
}

function source(rows: number): SourceSummary {
  return { present: true, rowsRead: rows, rowsUsed: rows, rowsSkipped: 0, skippedReasons: [], ethnicityCompleteness: 1 };
}

/** A report with metrics 1, 3 and 9 filled from tallies (other metrics are absent from `metrics`). */
export function buildReport(tallies: ReportTallies): WresReport {
  const bands = bandsTable(tallies.bands, tallies.bandNotKnown);
  const minorityAll = bands.totals.minority + bands.bandNotKnown.minority;
  const whiteAll = bands.totals.white + bands.bandNotKnown.white;
  const unknownAll = bands.totals.unknown + bands.bandNotKnown.unknown;
  const metric1 = metric(
    1,
    tallies.bands.map((band) =>
      comparison(`band:${band.band}`, {
        focal: { count: band.minority, total: bands.totals.minority },
        reference: { count: band.white, total: bands.totals.white },
      }),
    ),
    unknownAll,
  );
  metric1.bands = bands;
  const senior = comparison('senior-management', {
    focal: { count: tallies.senior.minority, total: minorityAll },
    reference: { count: tallies.senior.white, total: whiteAll },
  });
  const metric9 = metric(9, [senior], unknownAll);
  const seniorMinorityShare = share(tallies.senior.minority, tallies.senior.minority + tallies.senior.white);
  const workforceMinorityShare = share(minorityAll, minorityAll + whiteAll);
  const population = tallies.populationMinorityShare ?? null;
  metric9.representation = {
    seniorMinorityShare,
    workforceMinorityShare,
    vsWorkforcePoints:
      seniorMinorityShare === null || workforceMinorityShare === null ? null : (seniorMinorityShare - workforceMinorityShare) * 100,
    populationMinorityShare: population,
    vsPopulationPoints: seniorMinorityShare === null || population === null ? null : (seniorMinorityShare - population) * 100,
    statement: describeRepresentation('minority ethnic', { senior: seniorMinorityShare, workforce: workforceMinorityShare, population }),
  };
  const metric3 = metric(3, [comparison('entered-disciplinary', tallies.disciplinary)], tallies.disciplinaryUnknown);
  const sources = Object.fromEntries(
    (['staff', 'applications', 'disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd', 'survey'] as SourceName[]).map((name) => [
      name,
      source(name === 'staff' ? minorityAll + whiteAll + unknownAll : 0),
    ]),
  ) as Record<SourceName, SourceSummary>;
  return {
    library: { name: 'sc-wres', version: '0.0.0-test' },
    organisation: null,
    period: { start: '2024-04-01', end: '2025-03-31' },
    options: {
      standard: 'sc-wres',
      population: 'at-risk',
      scope: {},
      terminology: 'minority ethnic',
      whiteMinorities: 'white',
      breakdown: 'none',
      intervals: { proportion: 'wilson', ratio: 'koopman', difference: 'newcombe', level: 0.95 },
    },
    sources,
    unmatchedEthnicity: [
      { source: 'staff', value: 'Martian', count: 2 },
      { source: 'staff', value: 'W9', count: 14 },
    ],
    metrics: [metric1, metric3, metric9],
  };
}

/** Every number in a report with its JSON path, Suppressed objects reported as such. */
export function walkFigures(value: unknown, path: string, visit: (path: string, value: unknown) => void): void {
  if (value !== null && typeof value === 'object' && (value as { suppressed?: unknown }).suppressed === true) {
    visit(path, value);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkFigures(item, `${path}[${index}]`, visit));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkFigures(item, `${path}.${key}`, visit);
  } else {
    visit(path, value);
  }
}
