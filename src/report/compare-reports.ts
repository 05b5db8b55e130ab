import { normalQuantile } from '../stats/index.js';
import type { Comparison, FocalGroup, MetricId, PublishedReport, WresReport } from '../model/report.js';

/** How one comparison's relative likelihood changed between two reports. */
export interface LikelihoodChange {
  /** The metric the comparison belongs to. */
  metric: MetricId;
  /** The comparison's pinned key, for example `left-organisation`. */
  key: string;
  /** The focal group compared with white. */
  group: FocalGroup;
  /** Last year's relative likelihood; `null` when absent, withheld or not estimable. */
  previous: number | null;
  /** This year's relative likelihood; `null` when withheld or not estimable. */
  current: number | null;
  /** current minus previous relative likelihood; `null` when either is missing or unbounded, or when the two reports put different groups on top of the ratio (SC-WRES and NHS WRES directions). */
  change: number | null;
  /** current / previous relative likelihood, with its confidence interval (log scale, Katz variances). */
  ratioOfRatios: number | null;
  /** Lower confidence limit of `ratioOfRatios`. */
  lower: number | null;
  /** Upper confidence limit of `ratioOfRatios`. */
  upper: number | null;
  /** The confidence level of the interval. */
  level: number;
  /** True when the interval of the ratio of ratios excludes 1: more change than chance would explain. */
  beyondChance: boolean;
  /** Why no test was possible (withheld figures, zero cells, a comparison missing from one year). */
  reason?: string;
}

/** Result of {@link compareReports}. */
export interface ReportComparison {
  /** The earlier report's period. */
  previousPeriod: { start: string; end: string };
  /** The later report's period. */
  currentPeriod: { start: string; end: string };
  /** One entry per comparison of the current report, in its order. */
  changes: LikelihoodChange[];
}

/**
 * A report with or without disclosure control applied.
 * @inline
 */
type AnyReport = WresReport | PublishedReport;
type AnyComparison = AnyReport['metrics'][number]['comparisons'][number];

interface Cells {
  ratio: number;
  numerator: 'focal' | 'reference';
  variance: number;
}

/** The ratio and its Katz log-variance 1/a - 1/n1 + 1/c - 1/n2, when every figure is published and non-zero. */
function cellsOf(comparison: AnyComparison): Cells | string {
  const figures = [comparison.focal.count, comparison.focal.total, comparison.reference.count, comparison.reference.total];
  if (figures.some((figure) => typeof figure !== 'number')) return 'some figures were withheld by disclosure control';
  const [a, n1, c, n2] = figures as number[] as [number, number, number, number];
  const rl = comparison.relativeLikelihood;
  if (rl === null || 'suppressed' in rl || typeof rl.ratio !== 'number') return 'the relative likelihood could not be estimated';
  if (a === 0 || c === 0 || !Number.isFinite(rl.ratio)) return 'a group had no one with the outcome, so the change cannot be tested';
  return { ratio: rl.ratio, numerator: rl.numerator, variance: 1 / a - 1 / n1 + 1 / c - 1 / n2 };
}

/**
 * Year-on-year change: for every comparison present in both reports (matched by metric, key and
 * group), the change in the relative likelihood and whether it is beyond what chance would explain.
 * The test compares the two log relative likelihoods as independent estimates:
 * z = (ln RL₂ − ln RL₁) / √(v₁ + v₂), with Katz's variance v = 1/a − 1/n₁ + 1/c − 1/n₂
 * (Altman and Bland 2003, "Interaction revisited: the difference between two estimates", BMJ 326:219).
 *
 * @param previous Last year's report.
 * @param current This year's report.
 * @param options `level` of the interval (default: the current report's level).
 * @returns One entry per comparison in the current report.
 * @example
 * const change = compareReports(report2024, report2025).changes[0];
 * change.ratioOfRatios; // e.g. 0.81: the relative likelihood fell by a fifth
 * change.beyondChance;  // false when the interval includes 1
 */
export function compareReports(previous: AnyReport, current: AnyReport, options: { level?: number } = {}): ReportComparison {
  const level = options.level ?? current.options.intervals.level;
  if (!(level > 0 && level < 1)) throw new RangeError(`compareReports: level must be between 0 and 1 (got ${level})`);
  const z = normalQuantile(1 - (1 - level) / 2);
  const earlier = new Map<string, AnyComparison>();
  for (const metric of previous.metrics) {
    for (const comparison of metric.comparisons) earlier.set(`${metric.id}|${comparison.key}|${comparison.group}`, comparison);
  }
  const changes: LikelihoodChange[] = [];
  for (const metric of current.metrics) {
    for (const comparison of metric.comparisons) {
      const before = earlier.get(`${metric.id}|${comparison.key}|${comparison.group}`);
      const change: LikelihoodChange = {
        metric: metric.id,
        key: comparison.key,
        group: comparison.group,
        previous: before === undefined ? null : ratioOf(before),
        current: ratioOf(comparison),
        change: null,
        ratioOfRatios: null,
        lower: null,
        upper: null,
        level,
        beyondChance: false,
      };
      // A difference of two ratios means something only when both put the same group on top.
      const sameDirection = before !== undefined && numeratorOf(before) === numeratorOf(comparison);
      if (sameDirection && change.previous !== null && change.current !== null && Number.isFinite(change.previous) && Number.isFinite(change.current)) {
        change.change = change.current - change.previous;
      }
      const now = cellsOf(comparison);
      const then = before === undefined ? 'the comparison is not in the previous report' : cellsOf(before);
      if (typeof then === 'string' || typeof now === 'string') {
        change.reason = typeof then === 'string' ? `Previous year: ${then}.` : `This year: ${now as string}.`;
      } else if (then.numerator !== now.numerator) {
        change.reason = 'The two reports put different groups on top of the ratio (SC-WRES and NHS WRES directions).';
      } else {
        const logRatio = Math.log(now.ratio) - Math.log(then.ratio);
        const halfWidth = z * Math.sqrt(now.variance + then.variance);
        change.ratioOfRatios = Math.exp(logRatio);
        change.lower = Math.exp(logRatio - halfWidth);
        change.upper = Math.exp(logRatio + halfWidth);
        change.beyondChance = change.lower > 1 || change.upper < 1;
      }
      changes.push(change);
    }
  }
  return { previousPeriod: { ...previous.period }, currentPeriod: { ...current.period }, changes };
}

function numeratorOf(comparison: AnyComparison | Comparison): string | null {
  const rl = comparison.relativeLikelihood;
  if (rl === null || 'suppressed' in rl) return null;
  return rl.numerator;
}

function ratioOf(comparison: AnyComparison | Comparison): number | null {
  const rl = comparison.relativeLikelihood;
  if (rl === null || 'suppressed' in rl) return null;
  return typeof rl.ratio === 'number' ? rl.ratio : null;
}
