/**
 * Small hand-written SVG charts for the HTML page: no script, no dependency, a few kilobytes each.
 * Every chart has a title and description for screen readers (`role="img"`), direct labels on every
 * mark, and its data in a table next to it on the page.
 *
 * @module
 */
import { CHART_COLOURS } from './chart-colours.js';
import type { BandShare, LikelihoodPoint, ShareBar, TrendPoint } from './chart-data.js';
import { escapeAttribute, escapeText } from './format.js';

/** How the chart's numbers are printed (the page's own formatters, so chart and tables agree). */
export interface SvgFormat {
  ratio: (value: number) => string;
  percent: (share: number) => string;
}

const FONT = 'font-family="inherit" font-size="13"';
const WIDTH = 720;

function frame(id: string, title: string, description: string, height: number, body: string): string {
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">`
    + `<title id="${id}-title">${escapeText(title)}</title><desc id="${id}-desc">${escapeText(description)}</desc>${body}</svg>`;
}

function text(x: number, y: number, content: string, attributes = ''): string {
  const fill = /\bfill=/.test(attributes) ? '' : ' fill="#0B0C0C"';
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${FONT}${fill} ${attributes}>${escapeText(content)}</text>`;
}

/** Labels longer than the label column are cut with an ellipsis (the full label is in the table). */
function fit(label: string, max = 38): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/**
 * Relative likelihoods with their intervals on a log scale, the line at 1 and the 0.80-1.25 band.
 */
export function likelihoodChart(id: string, points: readonly LikelihoodPoint[], format: SvgFormat, description: string): string {
  const left = 300;
  const right = WIDTH - 150;
  const top = 30;
  const row = 26;
  const min = 0.05;
  const max = 20;
  const x = (value: number): number => left + ((Math.log(Math.min(Math.max(value, min), max)) - Math.log(min)) / (Math.log(max) - Math.log(min))) * (right - left);
  const height = top + points.length * row + 40;
  const parts: string[] = [];
  parts.push(`<rect x="${x(0.8).toFixed(1)}" y="${top - 6}" width="${(x(1.25) - x(0.8)).toFixed(1)}" height="${points.length * row + 6}" fill="${CHART_COLOURS.band}"/>`);
  parts.push(text(x(1), top - 12, '0.80 to 1.25', 'text-anchor="middle" font-size="11"'));
  for (const tick of [0.1, 0.25, 0.5, 1, 2, 4, 10]) {
    const tx = x(tick);
    parts.push(`<line x1="${tx.toFixed(1)}" x2="${tx.toFixed(1)}" y1="${top + points.length * row}" y2="${top + points.length * row + 5}" stroke="${CHART_COLOURS.reference}"/>`);
    parts.push(text(tx, top + points.length * row + 18, String(tick), 'text-anchor="middle" font-size="11"'));
  }
  parts.push(`<line x1="${x(1).toFixed(1)}" x2="${x(1).toFixed(1)}" y1="${top - 6}" y2="${top + points.length * row}" stroke="${CHART_COLOURS.reference}" stroke-width="1.5"/>`);
  parts.push(text((left + right) / 2, height - 6, 'Relative likelihood (log scale); less likely ← 1 → more likely', 'text-anchor="middle" font-size="11"'));
  points.forEach((p, i) => {
    const y = top + i * row + row / 2;
    parts.push(text(left - 8, y + 4, fit(p.label), 'text-anchor="end"'));
    const lo = x(p.lower);
    const hi = x(p.upper);
    parts.push(`<line x1="${lo.toFixed(1)}" x2="${hi.toFixed(1)}" y1="${y}" y2="${y}" stroke="${CHART_COLOURS.primary}" stroke-width="2.5"/>`);
    if (p.upper > max) parts.push(`<path d="M${hi.toFixed(1)} ${y - 5} l7 5 l-7 5 z" fill="${CHART_COLOURS.primary}"/>`);
    parts.push(`<circle cx="${x(p.ratio).toFixed(1)}" cy="${y}" r="5.5" fill="${CHART_COLOURS.primary}"/>`);
    const reading = p.reading === 'adverse' ? ' adverse' : p.reading === 'favourable' ? ' favourable' : '';
    parts.push(text(right + 14, y + 4, `${format.ratio(p.ratio)}${reading}`, p.reading === 'adverse' ? 'font-weight="700"' : ''));
  });
  return frame(id, 'Relative likelihoods with their confidence intervals', description, height, parts.join(''));
}

/** Horizontal bars of shares (0 to 1) with direct labels, and optional reference lines. */
export function shareChart(
  id: string,
  title: string,
  bars: readonly (BandShare | ShareBar)[],
  references: readonly { label: string; share: number }[],
  format: SvgFormat,
  description: string,
): string {
  const left = 200;
  const right = WIDTH - 70;
  // Room above the bars for the reference lines' labels, when there are any.
  const top = references.length === 0 ? 8 : 34;
  const row = 28;
  const x = (share: number): number => left + Math.min(Math.max(share, 0), 1) * (right - left);
  const height = top + bars.length * row + 30;
  const parts: string[] = [];
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(text(x(tick), top + bars.length * row + 18, format.percent(tick).replace(/\.0+%$/, '%'), 'text-anchor="middle" font-size="11"'));
  }
  bars.forEach((bar, i) => {
    const label = 'band' in bar ? bar.band : bar.label;
    const y = top + i * row;
    parts.push(text(left - 8, y + row / 2 + 4, fit(label, 26), 'text-anchor="end"'));
    parts.push(`<rect x="${left}" y="${y + 4}" width="${Math.max(x(bar.share) - left, 1).toFixed(1)}" height="${row - 8}" fill="${CHART_COLOURS.primary}"/>`);
    // The value inside the bar's end (white on dark blue) when there is room, else after it.
    const inside = bar.share >= 0.12;
    parts.push(text(inside ? x(bar.share) - 6 : x(bar.share) + 5, y + row / 2 + 4, format.percent(bar.share), inside ? 'text-anchor="end" fill="#FFFFFF" font-weight="700"' : ''));
  });
  references.forEach((reference, i) => {
    const rx = x(reference.share);
    const dash = i === 0 ? '6 3' : '2 3';
    const colour = i === 0 ? CHART_COLOURS.reference : CHART_COLOURS.secondary;
    parts.push(`<line x1="${rx.toFixed(1)}" x2="${rx.toFixed(1)}" y1="${top - 4}" y2="${top + bars.length * row}" stroke="${colour}" stroke-width="2" stroke-dasharray="${dash}"/>`);
    parts.push(text(rx, top - 10 - i * 13, `${reference.label} ${format.percent(reference.share)}`, `text-anchor="middle" font-size="11" fill="${colour}"`));
  });
  return frame(id, title, description, height + (references.length > 1 ? 13 : 0), parts.join(''));
}

/** The headline relative likelihoods over the years: one small panel per figure, a dot and interval per year. */
export function trendChart(id: string, points: readonly TrendPoint[], format: SvgFormat, description: string): string {
  // In metric order ("3. Disciplinary process" before "10. ..."), whichever year first had the figure.
  const labels = [...new Set(points.map((p) => p.label))].sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  const periods = [...new Set(points.map((p) => p.period))];
  const left = 300;
  const right = WIDTH - 110;
  const lineHeight = 16;
  const min = 0.05;
  const max = 20;
  const x = (value: number): number => left + ((Math.log(Math.min(Math.max(value, min), max)) - Math.log(min)) / (Math.log(max) - Math.log(min))) * (right - left);
  const parts: string[] = [];
  let y = 24;
  for (const label of labels) {
    parts.push(text(8, y + 4, fit(label, 40), 'font-weight="700"'));
    const blockTop = y - 8;
    for (const period of periods) {
      const p = points.find((point) => point.label === label && point.period === period);
      parts.push(text(left - 8, y + 4, period, 'text-anchor="end"'));
      if (p !== undefined) {
        parts.push(`<line x1="${x(p.lower).toFixed(1)}" x2="${x(p.upper).toFixed(1)}" y1="${y}" y2="${y}" stroke="${CHART_COLOURS.primary}" stroke-width="2"/>`);
        parts.push(`<circle cx="${x(p.ratio).toFixed(1)}" cy="${y}" r="4.5" fill="${CHART_COLOURS.primary}"/>`);
        parts.push(text(right + 10, y + 4, format.ratio(p.ratio)));
      } else parts.push(text(left + 4, y + 4, 'not available', 'font-size="11"'));
      y += lineHeight;
    }
    parts.push(`<line x1="${x(1).toFixed(1)}" x2="${x(1).toFixed(1)}" y1="${blockTop}" y2="${y - 8}" stroke="${CHART_COLOURS.reference}"/>`);
    y += 10;
  }
  for (const tick of [0.1, 0.5, 1, 2, 10]) parts.push(text(x(tick), y + 6, String(tick), 'text-anchor="middle" font-size="11"'));
  return frame(id, 'Relative likelihoods over the years', description, y + 16, parts.join(''));
}

/** An id safe in HTML (attribute and fragment), from any text. */
export function safeId(text: string): string {
  return escapeAttribute(text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''));
}
