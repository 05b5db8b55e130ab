/**
 * What the collation renderings share: the collations to show (national, then each region or
 * service), and the figures of a summary row in words.
 *
 * @module
 */
import type { CollationByGroup } from '../collate/collate-by.js';
import type { PublishedCollatedComparison, PublishedCollation, PublishedCollationByGroup } from '../collate/publish.js';
import type { CollatedComparison, Collation } from '../model/collation.js';
import type { Figure } from '../model/report.js';
import { fixed, groupLabel, isSuppressed, keyLabel } from './format.js';

/** A collation, plain or published. */
export type AnyCollation = Collation | PublishedCollation;
/** A collated comparison, plain or published. */
export type AnyCollatedComparison = CollatedComparison | PublishedCollatedComparison;
/** A collation on its own, or with one per region or service; plain or published (publishCollation). */
export type CollationInput = AnyCollation | CollationByGroup | PublishedCollationByGroup;

/** Words for a withheld figure in the collation renderings. */
export const WITHHELD_TEXT = 'withheld';

/** "12 of 340", with "withheld" for a withheld count. */
export function countText(count: Figure, total: Figure): string {
  return `${isSuppressed(count) ? WITHHELD_TEXT : count} of ${isSuppressed(total) ? WITHHELD_TEXT : total}`;
}

/** A council's published numbers, or `null` when they are withheld. */
export function shownFigures(council: { ratio: Figure; lower: Figure; upper: Figure }): { ratio: number; lower: number; upper: number } | null {
  const { ratio, lower, upper } = council;
  return typeof ratio === 'number' && typeof lower === 'number' && typeof upper === 'number' ? { ratio, lower, upper } : null;
}

/** The national collation and the groups' collations, in the order they are shown. */
export function collationsOf(input: CollationInput): { label: string; collation: AnyCollation }[] {
  if ('national' in input) return [{ label: 'All councils', collation: input.national }, ...input.groups.map((group) => ({ label: `${input.by === 'region' ? 'Region' : 'Service'}: ${group.label}`, collation: group.collation }))];
  return [{ label: 'All councils', collation: input }];
}

/** The national collation of the input. */
export const nationalOf = (input: CollationInput): AnyCollation => ('national' in input ? input.national : input);

/** A ratio with its interval, "1.14 (1.06 to 1.22)", or "–" without one. */
export function ratioWithInterval(figure: { ratio: Figure | null; lower: Figure; upper: Figure } | Figure | null): string {
  if (figure === null || typeof figure === 'number') return '–';
  if (isSuppressed(figure)) return WITHHELD_TEXT;
  const { ratio, lower, upper } = figure;
  if (ratio === null) return '–';
  if (isSuppressed(ratio) || isSuppressed(lower) || isSuppressed(upper)) return WITHHELD_TEXT;
  return `${fixed(ratio, 2)} (${fixed(lower, 2)} to ${fixed(upper, 2)})`;
}

/** The comparison's label: the key in words, with the focal group when it is a broad group. */
export function comparisonLabel(comparison: AnyCollatedComparison, terminology: string): string {
  const key = keyLabel(comparison.key);
  return comparison.group === 'minority' ? key : `${key} (${groupLabel(comparison.group, terminology)})`;
}

/** One summary row: what every rendering's national table shows for a comparison. */
export function summaryCells(comparison: AnyCollatedComparison): { councils: string; crude: string; within: string; random: string; i2: string; above: string; below: string } {
  return {
    councils: String(comparison.organisations),
    crude: ratioWithInterval(comparison.crude.relativeLikelihood as Parameters<typeof ratioWithInterval>[0]),
    within: ratioWithInterval(comparison.mantelHaenszel),
    random: ratioWithInterval(comparison.randomEffects),
    i2: comparison.heterogeneity === null ? '–' : `${Math.round(comparison.heterogeneity.i2 * 100)}%`,
    above: String(comparison.byOrganisation.filter((council) => (shownFigures(council)?.lower ?? 0) > 1).length),
    below: String(comparison.byOrganisation.filter((council) => (shownFigures(council)?.upper ?? Infinity) < 1).length),
  };
}

/** The method in a few sentences, for the notes of every rendering. */
export const METHOD_NOTE = [
  'Crude: the councils\' counts summed, as if the nation were one council (the figure published nationally until now).',
  'Within councils: the Mantel-Haenszel relative likelihood, which compares staff only with staff of the same council (Greenland-Robins interval); it answers the standard\'s question when councils differ in their mix of staff and in their rates for everyone.',
  'Random effects: the DerSimonian-Laird average of the councils\' log ratios, allowing the true ratio to vary between councils (tau-squared); I² is the share of the variation between councils that is more than chance.',
  'A council is "significantly" more (less) likely when its own interval lies wholly above (below) 1. Its position on the funnel plot compares its ratio with the within-council ratio at its own precision: outside the 95% limits one council in 20 would be by chance, outside the 99.8% limits one in 500 (Spiegelhalter 2005).',
  'Figures agree with R\'s metafor (rma.mh, escalc, rma with method "DL") to 1e-6; with a zero cell, a council\'s ratio is computed after adding 0.5 to each cell, as metafor does.',
];
