import { levelPercent } from '../stats/level.js';
import type { FocalGroup, GroupResult, RelativeLikelihoodResult } from '../model/report.js';
import { DEFAULT_PRECISION, formatCount, formatPercent, formatRatio as formatRatioText, roundHalfUp } from '../text/numbers.js';

/** What a sentence needs to know about its comparison. */
export interface StatementParts {
  group: FocalGroup;
  terminology: string;
  people: string;
  outcome: string;
  /** The outcome as a past-tense predicate ("were appointed from shortlisting"). */
  outcomePast: string;
  focal: GroupResult;
  reference: GroupResult;
  relativeLikelihood: RelativeLikelihoodResult | null;
}

const BROAD_GROUP_LABELS: Record<Exclude<FocalGroup, 'minority'>, string> = {
  asian: 'Asian',
  black: 'Black',
  mixed: 'mixed ethnicity',
  other: 'other ethnic group',
};

/** The words for a focal group: the chosen terminology, or a broad group's name. */
export function groupLabel(group: FocalGroup, terminology: string): string {
  return group === 'minority' ? terminology : BROAD_GROUP_LABELS[group];
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A ratio or limit as printed: two decimals rounded half-up, or two significant figures below 0.01; `infinity`. */
export function formatRatio(value: number): string {
  return formatRatioText(value, DEFAULT_PRECISION.ratio);
}

const n = formatCount;


/**
 * The comparison in words, with the chosen terminology, e.g. "Minority ethnic applicants were
 * 0.65 times as likely as white applicants to be appointed from shortlisting (95% CI 0.50 to 0.84).
 * This is statistically significant at the 95% level."
 */
export function describeComparison(parts: StatementParts): string {
  const focalWho = `${groupLabel(parts.group, parts.terminology)} ${parts.people}`;
  const referenceWho = `white ${parts.people}`;
  const { focal, reference, relativeLikelihood: rl } = parts;
  if (focal.total === 0 || reference.total === 0) {
    const missing = focal.total === 0 ? focalWho : referenceWho;
    return `The relative likelihood cannot be estimated: there were no ${missing} in the population.`;
  }
  if (rl === null || rl.ratio === null) {
    return `None of the ${n(focal.total)} ${focalWho} and none of the ${n(reference.total)} ${referenceWho} ${parts.outcomePast}, so the relative likelihood cannot be estimated.`;
  }
  const [top, bottom] = rl.numerator === 'focal' ? [focalWho, referenceWho] : [referenceWho, focalWho];
  const [topCounts, bottomCounts] = rl.numerator === 'focal' ? [focal, reference] : [reference, focal];
  const level = levelPercent(rl.level);
  const interval = `${level} CI ${formatRatio(rl.lower)} to ${formatRatio(rl.upper)}`;
  const significance = rl.significant
    ? ` This is statistically significant at the ${level} level.`
    : ` This is not statistically significant at the ${level} level.`;
  if (rl.ratio === Infinity) {
    return `${n(topCounts.count)} of ${n(topCounts.total)} ${top} ${parts.outcomePast}, against none of the ${n(bottomCounts.total)} ${bottom}, so the relative likelihood has no upper bound (${interval}).${significance}`;
  }
  if (rl.ratio === 0) {
    return `None of the ${n(topCounts.total)} ${top} ${parts.outcomePast}, against ${n(bottomCounts.count)} of ${n(bottomCounts.total)} ${bottom}: a relative likelihood of 0 (${interval}).${significance}`;
  }
  return `${capitalise(top)} were ${formatRatio(rl.ratio)} times as likely as ${bottom} ${parts.outcome} (${interval}).${significance}`;
}

const percentText = (share: number): string => formatPercent(share, DEFAULT_PRECISION.percent);
const pointsText = (points: number): string => {
  const size = roundHalfUp(Math.abs(points), DEFAULT_PRECISION.percent);
  return /[1-9]/.test(size) ? `${size} percentage points ${points < 0 ? 'lower' : 'higher'}` : 'no different';
};

/**
 * Metric 9 in words: the focal group's share of senior managers against its share of the workforce
 * and, when given, of the local population, e.g. "Minority ethnic staff were 18.8% of senior
 * managers of known ethnicity, against 43.7% of the workforce (24.9 percentage points lower) and
 * 46.0% of the local population (27.2 percentage points lower)."
 */
export function describeRepresentation(
  terminology: string,
  shares: { senior: number | null; workforce: number | null; population: number | null },
): string {
  const who = capitalise(`${terminology} staff`);
  if (shares.senior === null) return `The ${terminology} share of senior managers cannot be calculated: no senior manager of known ethnicity was counted.`;
  if (shares.workforce === null) return `${who} were ${percentText(shares.senior)} of senior managers of known ethnicity.`;
  const population = shares.population === null
    ? ''
    : ` and ${percentText(shares.population)} of the local population (${pointsText((shares.senior - shares.population) * 100)})`;
  return `${who} were ${percentText(shares.senior)} of senior managers of known ethnicity, against ${percentText(shares.workforce)} of the workforce (${pointsText((shares.senior - shares.workforce) * 100)})${population}.`;
}
