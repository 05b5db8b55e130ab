/**
 * The collation's charts as inline SVG (no scripts, no network): a forest plot of every council's
 * relative likelihood with the pooled figures, and a funnel plot of councils against the limits
 * around the pooled ratio. Each chart has a title and a description for screen readers, and a
 * table of the same figures sits beside it in the HTML.
 *
 * @module
 */
import type { FunnelPosition, OrganisationResult } from '../model/collation.js';
import { shownFigures, type AnyCollatedComparison } from './collation-rows.js';
import { criticalValue } from '../stats/normal-quantile.js';
import { escapeText } from './format.js';

const Z95 = criticalValue('funnelPlotSvg', 0.95);
const Z998 = criticalValue('funnelPlotSvg', 0.998);
const FONT = 'font-family="system-ui, sans-serif" font-size="11"';
/** Colours with at least 4.5:1 contrast on white; positions also differ by shape, not colour alone. */
const COLOUR: Record<FunnelPosition | 'none', string> = {
  'above-99.8': '#a50f15',
  'above-95': '#cb4b16',
  within: '#4a4a4a',
  'below-95': '#1f6fb2',
  'below-99.8': '#08306b',
  none: '#4a4a4a',
};

const round = (value: number): string => (Math.round(value * 10) / 10).toString();
const label = (value: number): string => {
  if (value === Infinity) return '∞';
  if (value >= 1) return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return String(Number(value.toPrecision(2)));
};

/** A log-scale axis: from ratio to x (or y) in pixels. */
function logScale(low: number, high: number, from: number, to: number): (ratio: number) => number {
  const a = Math.log(low);
  const b = Math.log(high);
  return (ratio) => from + ((Math.log(Math.min(high, Math.max(low, ratio))) - a) / (b - a)) * (to - from);
}

/** Round ratios on a log axis between low and high: 0.1, 0.2, 0.5, 1, 2, 5, ... */
function ticks(low: number, high: number): number[] {
  const found: number[] = [];
  for (let power = -3; power <= 3; power += 1) {
    for (const step of [1, 2, 5]) {
      const tick = step * 10 ** power;
      if (tick >= low * 0.999 && tick <= high * 1.001) found.push(tick);
    }
  }
  return found;
}

function range(values: number[]): [number, number] {
  const finite = values.filter((value) => Number.isFinite(value) && value > 0);
  // Limits beyond 0.05 and 20 are cut at the edge: the plot is for the bulk of councils.
  const low = Math.max(0.05, Math.min(0.5, ...finite) / 1.1);
  const high = Math.min(20, Math.max(2, ...finite) * 1.1);
  return [low, high];
}

/**
 * A forest plot of one collated comparison: one row per council (sorted by its ratio), its ratio
 * as a square and its interval as a line, then diamonds for the Mantel-Haenszel and random-effects
 * pooled ratios, on a log scale with a line at 1 (no difference).
 *
 * @param comparison - A collated comparison.
 * @param title - The chart's title (plain text; it is escaped here).
 * @returns An `<svg>` element as text.
 */
export function forestPlotSvg(comparison: AnyCollatedComparison, title: string): string {
  const councils = plotted(comparison).sort((a, b) => a.ratio - b.ratio);
  const row = councils.length > 60 ? 7 : 16;
  const labelWidth = councils.length > 60 ? 0 : 190;
  const width = 640;
  const top = 24;
  const plotLeft = labelWidth + 10;
  const plotRight = width - 20;
  const pooledRow = 18;
  const bodyHeight = councils.length * row + pooledRow * 3;
  const height = top + bodyHeight + 40;
  const [low, high] = range([...councils.flatMap((c) => [c.lower, c.upper]), comparison.mantelHaenszel?.lower ?? 1, comparison.mantelHaenszel?.upper ?? 1]);
  const x = logScale(low, high, plotLeft, plotRight);
  const id = `forest-${Math.abs(hash(title))}`;
  const parts: string[] = [];
  const axisY = top + bodyHeight;
  for (const tick of ticks(low, high)) {
    parts.push(`<line x1="${round(x(tick))}" x2="${round(x(tick))}" y1="${top - 6}" y2="${axisY}" stroke="${tick === 1 ? '#222' : '#ddd'}" stroke-width="1"/>`);
    parts.push(`<text x="${round(x(tick))}" y="${axisY + 14}" text-anchor="middle">${label(tick)}</text>`);
  }
  councils.forEach((council, i) => {
    const y = top + i * row + row / 2;
    const colour = COLOUR[council.funnel ?? 'none'];
    parts.push(`<line x1="${round(x(council.lower))}" x2="${round(x(council.upper))}" y1="${round(y)}" y2="${round(y)}" stroke="${colour}" stroke-width="1"/>`);
    const size = Math.max(2, row / 3);
    parts.push(`<rect x="${round(x(council.ratio) - size / 2)}" y="${round(y - size / 2)}" width="${round(size)}" height="${round(size)}" fill="${colour}"><title>${escapeText(council.name)}: ${label(council.ratio)} (${label(council.lower)} to ${label(council.upper)})</title></rect>`);
    if (labelWidth > 0) parts.push(`<text x="${labelWidth}" y="${round(y + 4)}" text-anchor="end">${escapeText(council.name)}</text>`);
  });
  const diamond = (pooled: { ratio: number; lower: number; upper: number } | null, name: string, i: number): void => {
    if (pooled === null) return;
    const y = top + councils.length * row + pooledRow * (1 + i) + pooledRow / 2;
    const h = 5;
    parts.push(`<polygon points="${round(x(pooled.lower))},${round(y)} ${round(x(pooled.ratio))},${round(y - h)} ${round(x(pooled.upper))},${round(y)} ${round(x(pooled.ratio))},${round(y + h)}" fill="#111"><title>${name}: ${label(pooled.ratio)} (${label(pooled.lower)} to ${label(pooled.upper)})</title></polygon>`);
    parts.push(`<text x="${labelWidth > 0 ? labelWidth : plotLeft}" y="${round(y + 4)}" text-anchor="${labelWidth > 0 ? 'end' : 'start'}" font-weight="bold">${name}</text>`);
  };
  diamond(comparison.mantelHaenszel, 'Within councils (Mantel-Haenszel)', 0);
  diamond(comparison.randomEffects, 'Random effects (DerSimonian-Laird)', 1);
  const description = `${councils.length} councils' relative likelihoods with their intervals, sorted from lowest to highest, on a log scale with a line at 1 (no difference)${comparison.mantelHaenszel === null ? '' : `; pooled within councils ${label(comparison.mantelHaenszel.ratio)}`}. The table below gives the same figures.`;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT}>`
    + `<title id="${id}-t">${escapeText(title)}</title><desc id="${id}-d">${escapeText(description)}</desc>`
    + `<rect width="${width}" height="${height}" fill="#fff"/>${parts.join('')}`
    + `<text x="${round((plotLeft + plotRight) / 2)}" y="${height - 6}" text-anchor="middle">Relative likelihood (log scale)</text></svg>`;
}

/**
 * A funnel plot of one collated comparison (Spiegelhalter 2005): each council's ratio against its
 * precision (1 / standard error of its log ratio), with the pooled Mantel-Haenszel ratio as the
 * centre line and the 95% and 99.8% limits narrowing as precision grows. Councils above the limits
 * are drawn as upward triangles, below as downward triangles, within as circles.
 *
 * @param comparison - A collated comparison with a pooled ratio.
 * @param title - The chart's title (plain text; it is escaped here).
 * @returns An `<svg>` element as text, or an empty string without a pooled ratio.
 */
export function funnelPlotSvg(comparison: AnyCollatedComparison, title: string): string {
  const pooled = comparison.mantelHaenszel;
  if (pooled === null || plotted(comparison).length === 0) return '';
  const width = 640;
  const height = 360;
  const left = 50;
  const right = width - 20;
  const top = 20;
  const bottom = height - 40;
  const points = plotted(comparison).map((council) => {
    const se = (Math.log(council.upper) - Math.log(council.ratio)) / zOf(comparison);
    return { council, precision: 1 / se };
  });
  const maxPrecision = Math.max(...points.map((p) => p.precision)) * 1.05;
  const [low, high] = range(plotted(comparison).map((c) => c.ratio).concat([pooled.ratio * Math.exp(-Z998 / (maxPrecision / 6)), pooled.ratio * Math.exp(Z998 / (maxPrecision / 6))]));
  const y = logScale(low, high, bottom, top);
  const x = (precision: number): number => left + (precision / maxPrecision) * (right - left);
  const centre = Math.log(pooled.ratio);
  const parts: string[] = [];
  for (const tick of ticks(low, high)) {
    parts.push(`<line x1="${left}" x2="${right}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="#eee"/>`);
    parts.push(`<text x="${left - 6}" y="${round(y(tick) + 4)}" text-anchor="end">${label(tick)}</text>`);
  }
  for (const [z, dash] of [[Z95, '4 3'], [Z998, '']] as const) {
    for (const sign of [1, -1]) {
      const path: string[] = [];
      for (let step = 1; step <= 60; step += 1) {
        const precision = (maxPrecision * step) / 60;
        path.push(`${step === 1 ? 'M' : 'L'}${round(x(precision))},${round(y(Math.exp(centre + sign * z / precision)))}`);
      }
      parts.push(`<path d="${path.join(' ')}" fill="none" stroke="#555" stroke-width="1"${dash === '' ? '' : ` stroke-dasharray="${dash}"`}/>`);
    }
  }
  parts.push(`<line x1="${left}" x2="${right}" y1="${round(y(pooled.ratio))}" y2="${round(y(pooled.ratio))}" stroke="#111" stroke-width="1.5"/>`);
  for (const { council, precision } of points) {
    const px = x(precision);
    const py = y(council.ratio);
    const colour = COLOUR[council.funnel ?? 'none'];
    const tip = `<title>${escapeText(council.name)}: ${label(council.ratio)}, ${council.funnel ?? 'not placed'}</title>`;
    if (council.funnel?.startsWith('above')) parts.push(`<polygon points="${round(px)},${round(py - 4)} ${round(px - 4)},${round(py + 3)} ${round(px + 4)},${round(py + 3)}" fill="${colour}">${tip}</polygon>`);
    else if (council.funnel?.startsWith('below')) parts.push(`<polygon points="${round(px)},${round(py + 4)} ${round(px - 4)},${round(py - 3)} ${round(px + 4)},${round(py - 3)}" fill="${colour}">${tip}</polygon>`);
    else parts.push(`<circle cx="${round(px)}" cy="${round(py)}" r="2.5" fill="none" stroke="${colour}">${tip}</circle>`);
  }
  const counts = countPositions(comparison);
  const id = `funnel-${Math.abs(hash(title))}`;
  const description = `Each council's relative likelihood against its precision, with the pooled ratio ${label(pooled.ratio)} as the centre line and 95% (dashed) and 99.8% (solid) limits. ${counts}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${FONT}>`
    + `<title id="${id}-t">${escapeText(title)}</title><desc id="${id}-d">${escapeText(description)}</desc>`
    + `<rect width="${width}" height="${height}" fill="#fff"/>${parts.join('')}`
    + `<text x="${round((left + right) / 2)}" y="${height - 6}" text-anchor="middle">Precision (1 / standard error of the log ratio)</text>`
    + `<text x="12" y="${round((top + bottom) / 2)}" text-anchor="middle" transform="rotate(-90 12 ${round((top + bottom) / 2)})">Relative likelihood</text></svg>`;
}

function zOf(comparison: AnyCollatedComparison): number {
  return criticalValue('funnelPlotSvg', comparison.mantelHaenszel?.level ?? 0.95);
}

/** The councils whose figures are published, as plain results (a withheld council is not drawn). */
function plotted(comparison: AnyCollatedComparison): OrganisationResult[] {
  return comparison.byOrganisation.flatMap((council) => {
    const shown = shownFigures(council);
    if (shown === null || typeof council.focal.count !== 'number' || typeof council.reference.count !== 'number') return [];
    const funnel = typeof council.funnel === 'string' || council.funnel === null ? council.funnel : null;
    return [{ ...council, ...shown, focal: { count: council.focal.count, total: council.focal.total }, reference: { count: council.reference.count, total: council.reference.total }, funnel }];
  });
}

/** The funnel positions in words: "2 councils above the 99.8% limit, 10 above the 95% limit, ...". */
export function countPositions(comparison: AnyCollatedComparison): string {
  const count = (position: FunnelPosition): number => comparison.byOrganisation.filter((c) => c.funnel === position).length;
  const withheld = comparison.byOrganisation.length - plotted(comparison).length;
  const above998 = count('above-99.8');
  const above95 = count('above-95');
  const below95 = count('below-95');
  const below998 = count('below-99.8');
  const within = count('within');
  return `${above998} councils above the 99.8% limit, ${above95} between the upper 95% and 99.8% limits, ${within} within the 95% limits, ${below95} between the lower 95% and 99.8% limits and ${below998} below the 99.8% limit${withheld > 0 ? `; ${withheld} councils' figures are withheld and not drawn` : ''}.`;
}

/** A small stable number from text, for element ids. */
function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}
