/**
 * The data behind the report's charts, shared by the Vega-Lite specs ({@link chartSpecs}) and the
 * SVG drawn into the HTML page, so both show the same numbers.
 *
 * @module
 */
import type { Figure, PublishedReport, Reading, WresReport } from '../model/report.js';
import { headlineFigures } from './headlines.js';
import { isSuppressed, keyLabel } from './format.js';

/** One relative likelihood with its interval (limits 0 and Infinity kept; the drawing clips them). */
export interface LikelihoodPoint {
  metric: number;
  label: string;
  ratio: number;
  lower: number;
  upper: number;
  reading: Reading | null;
}

/** One pay band's minority ethnic share. */
export interface BandShare {
  band: string;
  share: number;
}

/** Shares (0 to 1) to compare: senior managers, workforce, local population. */
export interface ShareBar {
  label: string;
  share: number;
}

/** One headline relative likelihood in one year. */
export interface TrendPoint {
  period: string;
  label: string;
  ratio: number;
  lower: number;
  upper: number;
}

const SHORT_LABELS: Record<string, string> = {
  'appointed-from-shortlisting': 'Appointed from shortlist',
  'entered-disciplinary': 'Disciplinary process',
  'fitness-to-practise-referral': 'Fitness-to-practise referral',
  'accessed-funded-cpd': 'Funded CPD',
  'harassment-from-public': 'Harassment from the public',
  'harassment-from-colleagues': 'Harassment from colleagues',
  'harassment-from-managers': 'Harassment from managers',
  'left-organisation': 'Left the organisation',
  'senior-management': 'Senior management',
};

/** A comparison key as a short chart label ("Harassment from managers", "Band PO1-PO4"). */
export function chartLabel(key: string): string {
  if (key.startsWith('band:')) return `Band ${key.slice('band:'.length)}`;
  return SHORT_LABELS[key] ?? keyLabel(key);
}

const num = (value: Figure | null | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Every published headline relative likelihood that has a ratio (0 included, Infinity left out: it cannot be drawn on a log scale). */
export function likelihoodPoints(report: WresReport | PublishedReport): LikelihoodPoint[] {
  return headlineFigures(report).flatMap((row) => {
    const r = row.ratio;
    if (r === null || r.value === null || !Number.isFinite(r.value)) return [];
    return [{ metric: row.metric.number, label: `${row.metric.number}. ${row.comparison === null ? row.label : chartLabel(row.comparison.key)}`, ratio: r.value, lower: r.lower, upper: r.upper, reading: row.reading === 'withheld' ? null : row.reading }];
  });
}

/** Metric 1: the minority ethnic share of each band, and of the workforce and the local population. */
export function bandShares(report: WresReport | PublishedReport): { bands: BandShare[]; workforce: number | null; population: number | null } | null {
  const metric = (report as PublishedReport).metrics[0];
  const table = metric?.bands;
  if (metric === undefined || table === undefined || metric.status === 'no-data') return null;
  const bands = table.rows.flatMap((row) => {
    const share = num(row.minorityShare);
    return share === null ? [] : [{ band: row.band, share }];
  });
  if (bands.length === 0) return null;
  return { bands, workforce: num(table.workforceMinorityShare), population: report.organisation?.populationMinorityShare ?? null };
}

/** Metric 9: the minority ethnic share of senior managers, of the workforce and of the local population. */
export function seniorShares(report: WresReport | PublishedReport): ShareBar[] | null {
  const rep = (report as PublishedReport).metrics[8]?.representation;
  if (rep === undefined) return null;
  const bars: ShareBar[] = [];
  const senior = num(rep.seniorMinorityShare);
  const workforce = num(rep.workforceMinorityShare);
  if (senior !== null) bars.push({ label: 'Senior managers', share: senior });
  if (workforce !== null) bars.push({ label: 'Workforce', share: workforce });
  if (rep.populationMinorityShare !== null) bars.push({ label: 'Local population', share: rep.populationMinorityShare });
  return bars.length > 0 ? bars : null;
}

/** A period as a short label: `2024-25` for an April-to-March year, else `start to end`. */
export function periodLabel(period: { start: string; end: string }): string {
  const s = /^(\d{4})-04-01$/.exec(period.start);
  const e = /^(\d{4})-03-31$/.exec(period.end);
  if (s && e && Number(e[1]) === Number(s[1]) + 1) return `${s[1]}-${String(Number(e[1]) % 100).padStart(2, '0')}`;
  return `${period.start} to ${period.end}`;
}

/** The headline relative likelihoods of several years (earliest first), for the trend chart. */
export function trendPoints(reports: readonly (WresReport | PublishedReport)[]): TrendPoint[] {
  const points: TrendPoint[] = [];
  for (const report of reports) {
    for (const metric of (report as PublishedReport).metrics) {
      if (metric.number === 1) continue;
      for (const comparison of metric.comparisons) {
        if (comparison.group !== 'minority') continue;
        const rl = comparison.relativeLikelihood;
        if (rl === null || isSuppressed(rl)) continue;
        const ratio = num(rl.ratio);
        const lower = num(rl.lower) ?? (rl.lower === Infinity ? null : 0);
        const upper = typeof rl.upper === 'number' ? rl.upper : null;
        if (ratio === null || ratio === 0 || lower === null || upper === null) continue;
        points.push({ period: periodLabel(report.period), label: `${metric.number}. ${chartLabel(comparison.key)}`, ratio, lower, upper });
      }
    }
  }
  return points;
}
