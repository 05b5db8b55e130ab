import type { CollatedComparison } from '../model/collation.js';
import type { ComparisonDefinition } from '../metrics/definition.js';
import { formatRatio, groupLabel } from '../metrics/statements.js';
import type { TwoGroups } from '../stats/types.js';

/** A collated comparison in words (extra to the pinned shape). */
export interface CollatedStatements {
  /** How many councils differ significantly, each way: "In 12 of 76 councils minority ethnic staff were significantly more likely ...". */
  distribution: string;
  /** The crude and within-council ratios side by side, and why they differ when they do. */
  pooling: string;
  /** Whether councils differ more than chance explains (Q, p, I-squared); `null` with fewer than two councils. */
  heterogeneity: string | null;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;
const pValue = (p: number): string => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

/** Weighted correlation of the councils' focal share of the population with their overall rate. */
function shareRateCorrelation(tables: readonly TwoGroups[]): number {
  const points = tables.map(({ focal, reference }) => {
    const total = focal.total + reference.total;
    return { weight: total, share: focal.total / total, rate: (focal.count + reference.count) / total };
  });
  const sum = points.reduce((s, p) => s + p.weight, 0);
  const mean = (pick: (p: (typeof points)[number]) => number): number => points.reduce((s, p) => s + p.weight * pick(p), 0) / sum;
  const share = mean((p) => p.share);
  const rate = mean((p) => p.rate);
  const cov = mean((p) => (p.share - share) * (p.rate - rate));
  const spread = Math.sqrt(mean((p) => (p.share - share) ** 2) * mean((p) => (p.rate - rate) ** 2));
  return spread === 0 ? 0 : cov / spread;
}

/**
 * The sentences of one collated comparison. `numerator` says which group's rate is on top, so
 * "more likely" is said of the right group.
 */
export function describeCollatedComparison(
  comparison: Omit<CollatedComparison, 'statements'>,
  definition: Pick<ComparisonDefinition, 'people' | 'outcome'>,
  numerator: 'focal' | 'reference',
  terminology: string,
): CollatedStatements {
  const focalWho = `${groupLabel(comparison.group, terminology)} ${definition.people}`;
  const whiteWho = `white ${definition.people}`;
  const [top, bottom] = numerator === 'focal' ? [focalWho, whiteWho] : [whiteWho, focalWho];
  const n = comparison.organisations;
  const above = comparison.byOrganisation.filter((council) => council.lower > 1).length;
  const below = comparison.byOrganisation.filter((council) => council.upper < 1).length;
  const level = `${Number((comparison.crude.relativeLikelihood?.level ?? 0.95) * 100)}%`;
  const distribution = n === 0
    ? `No council had ${definition.people} in both groups, so no council's relative likelihood can be estimated.`
    : `In ${above} of ${n} councils ${top} were significantly more likely than ${bottom} ${definition.outcome}, and in ${below} significantly less likely (${level} intervals).`;

  const crude = comparison.crude.relativeLikelihood?.ratio ?? null;
  const pooled = comparison.mantelHaenszel;
  let pooling: string;
  if (pooled === null || crude === null) {
    pooling = 'There is no ratio pooled within councils: no council had the outcome in one of the groups.';
  } else {
    pooling = `From counts summed over all councils, ${top} were ${formatRatio(crude)} times as likely as ${bottom} ${definition.outcome}; comparing ${definition.people} within the same council (Mantel-Haenszel), ${formatRatio(pooled.ratio)} times (${level} CI ${formatRatio(pooled.lower)} to ${formatRatio(pooled.upper)}).`;
    if (crude < pooled.lower || crude > pooled.upper) {
      const tables = comparison.byOrganisation.map((council) => ({ focal: council.focal, reference: council.reference }));
      const r = shareRateCorrelation(tables);
      const higher = crude > pooled.ratio;
      const link = Math.abs(r) >= 0.3
        ? ` Councils where ${focalWho} are a larger share have ${r > 0 ? 'higher' : 'lower'} rates for all ${definition.people}, so summing the counts ${higher ? 'raises' : 'lowers'} the crude figure.`
        : ' The councils differ in their share of each group and in their rates for everyone, and summing the counts mixes those differences between councils into the figure.';
      pooling += ` The two differ.${link} The within-council figure answers the standard's question (are staff treated differently where they work?); the crude figure describes the nation as one workforce.`;
    }
  }

  const h = comparison.heterogeneity;
  const heterogeneity = h === null
    ? null
    : h.p < 0.05
      ? `Councils differ more than chance would explain (Cochran's Q = ${h.q.toFixed(1)} on ${h.df} degrees of freedom, ${pValue(h.p)}; I² = ${percent(h.i2)} of the variation is between councils).`
      : `Councils do not differ more than chance would explain (Cochran's Q = ${h.q.toFixed(1)} on ${h.df} degrees of freedom, ${pValue(h.p)}; I² = ${percent(h.i2)}).`;
  return { distribution, pooling, heterogeneity };
}
