import type { Benchmark, BenchmarkFigure, Collation } from '../model/collation.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the `benchmarks` option and keeps of each collation only what the report carries: every
 * comparison's Mantel-Haenszel figure. Problems go to `problem` with the option's path.
 */
export function resolveBenchmarks(value: unknown, problem: (field: string, message: string, value?: unknown) => void): Benchmark[] | undefined {
  if (!Array.isArray(value)) {
    problem('benchmarks', 'must be a list of { label, collation } (collation from collateReports)', value);
    return undefined;
  }
  const labels = new Set<string>();
  const benchmarks: Benchmark[] = [];
  value.forEach((item: unknown, i) => {
    if (!isRecord(item)) return problem(`benchmarks.${i}`, 'must be { label, collation }', item);
    const { label, collation } = item;
    if (typeof label !== 'string' || label.trim() === '') return problem(`benchmarks.${i}.label`, 'must be a name such as "England" or "London"', label);
    if (labels.has(label)) return problem(`benchmarks.${i}.label`, 'is used by an earlier benchmark; each needs its own label', label);
    labels.add(label);
    if (!isRecord(collation) || !Array.isArray(collation.metrics)) {
      return problem(`benchmarks.${i}.collation`, 'must be a collation from collateReports (with metrics)', collation);
    }
    const figures: BenchmarkFigure[] = [];
    for (const metric of (collation as unknown as Collation).metrics) {
      for (const comparison of metric.comparisons ?? []) {
        const pooled = comparison.mantelHaenszel;
        if (!isRecord(pooled) || typeof pooled.ratio !== 'number') continue;
        figures.push({
          metric: metric.number,
          key: comparison.key,
          group: comparison.group,
          ratio: pooled.ratio,
          lower: pooled.lower,
          upper: pooled.upper,
          level: pooled.level,
          organisations: comparison.organisations,
        });
      }
    }
    benchmarks.push({ label, figures });
  });
  return benchmarks;
}
