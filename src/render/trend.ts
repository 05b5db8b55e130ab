/**
 * Year on year: each headline relative likelihood over the years given, and whether the latest
 * change is beyond chance (from {@link compareReports}), as a table (Markdown, HTML, CSV) and a chart.
 *
 * @module
 */
import type { FocalGroup, PublishedReport, WresReport } from '../model/report.js';
import { compareReports, type LikelihoodChange } from '../report/compare-reports.js';
import { periodLabel, trendPoints } from './chart-data.js';
import { csvField } from './csv.js';
import { escapeText, isSuppressed, keyLabel, ratio, suppressedInWords, type WordsOptions } from './format.js';
import { REPORT_STYLE } from './html-style.js';
import { levelPercent } from '../stats/level.js';
import { trendChart, type SvgFormat } from './svg-charts.js';

/**
 * A report with or without disclosure control applied.
 * @inline
 */
type AnyReport = WresReport | PublishedReport;

/** One headline comparison over the years. */
export interface TrendRow {
  metric: number;
  key: string;
  group: FocalGroup;
  label: string;
  /** The ratio with its interval in each year, earliest first, as text. */
  years: string[];
  /** The change from the year before the latest to the latest. */
  change: LikelihoodChange | null;
}

function ratioText(report: AnyReport, metricNumber: number, key: string, words: WordsOptions): string {
  const comparison = (report as PublishedReport).metrics.find((m) => m.number === metricNumber)?.comparisons.find((c) => c.key === key && c.group === 'minority');
  if (comparison === undefined) return 'not reported';
  const rl = comparison.relativeLikelihood;
  if (rl === null) return 'not calculated';
  if (isSuppressed(rl) || isSuppressed(rl.ratio)) return suppressedInWords();
  if (rl.ratio === null) return 'no ratio';
  return `${ratio(rl.ratio, words)} (${ratio(rl.lower, words)} to ${ratio(rl.upper, words)})`;
}

/**
 * The trend rows: one per minority comparison of the latest report (earlier reports first).
 *
 * @param reports Two or more reports, earliest first.
 */
export function trendRows(reports: readonly AnyReport[], words: WordsOptions = {}): TrendRow[] {
  const current = reports[reports.length - 1] as AnyReport;
  const previous = reports[reports.length - 2];
  const changes = previous === undefined ? [] : compareReports(previous, current).changes;
  const rows: TrendRow[] = [];
  for (const metric of (current as PublishedReport).metrics) {
    for (const comparison of metric.comparisons) {
      if (comparison.group !== 'minority') continue;
      rows.push({
        metric: metric.number,
        key: comparison.key,
        group: comparison.group,
        label: keyLabel(comparison.key),
        years: reports.map((report) => ratioText(report, metric.number, comparison.key, words)),
        change: changes.find((c) => c.metric === metric.id && c.key === comparison.key && c.group === 'minority') ?? null,
      });
    }
  }
  return rows;
}

/** The latest change in words: the ratio of ratios with its interval, and whether it is beyond chance. */
export function changeText(change: LikelihoodChange | null, words: WordsOptions = {}): string {
  if (change === null) return '–';
  if (change.ratioOfRatios === null) return `not tested: ${(change.reason ?? '').replace(/\.$/, '')}`;
  const size = `${ratio(change.ratioOfRatios, words)} times (${ratio(change.lower, words)} to ${ratio(change.upper, words)})`;
  return change.beyondChance ? `${size}: beyond chance` : `${size}: within chance`;
}

const periodsOf = (reports: readonly AnyReport[]): string[] => reports.map((report) => periodLabel(report.period));

/** How a trend is introduced: under its own heading (a report's section) or under the page's title. */
interface TrendIntro {
  /** `false` when the page's own title already says "Year on year" (`wres compare`). */
  heading: boolean;
  /** What the ratios compare and at which level, e.g. "(minority ethnic over white) ... 95%", when the page has not said it. */
  about?: { terminology: string; level: string };
}

const REPORT_SECTION: TrendIntro = { heading: true };

/** The sentence that opens the trend: what each row holds and what "change" means. */
function trendIntroText(intro: TrendIntro, escape: (text: string) => string): string {
  const what = intro.about === undefined
    ? 'Each headline relative likelihood in each year, with its confidence interval.'
    : `Each headline relative likelihood (${escape(intro.about.terminology)} over white) in each year, with its ${intro.about.level} confidence interval.`;
  return `${what} The change is this year's relative likelihood divided by last year's, with its confidence interval: "beyond chance" when the interval excludes 1`;
}

/** The trend as Markdown lines (a `## Year on year` section, or without the heading under a page title of its own). */
export function trendMarkdown(reports: readonly AnyReport[], words: WordsOptions, escape: (text: string) => string, intro: TrendIntro = REPORT_SECTION): string[] {
  const periods = periodsOf(reports);
  const rows = trendRows(reports, words);
  const header = ['Metric', 'Comparison', ...periods.map((p) => `${escape(p)} relative likelihood`), `Change ${escape(periods[periods.length - 2] ?? '')} to ${escape(periods[periods.length - 1] ?? '')}`];
  const lines = rows.map((row) => `| ${[String(row.metric), escape(row.label), ...row.years, changeText(row.change, words)].join(' | ')} |`);
  return [
    ...(intro.heading ? ['## Year on year', ''] : []),
    `${trendIntroText(intro, escape)} (the two years are compared as independent samples, Altman and Bland 2003).`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...lines,
    '',
  ];
}

/** The trend as an HTML section (a table and a chart), headed "Year on year" or, without a heading, labelled by the page's title (`h1`). */
export function trendHtml(reports: readonly AnyReport[], words: WordsOptions, svg: SvgFormat, intro: TrendIntro = REPORT_SECTION): string {
  const periods = periodsOf(reports);
  const rows = trendRows(reports, words);
  const head = ['Metric', 'Comparison', ...periods.map((p) => `${escapeText(p)} relative likelihood`), `Change, ${escapeText(periods[periods.length - 2] ?? '')} to ${escapeText(periods[periods.length - 1] ?? '')}`];
  const body = rows.map((row) => `<tr><td class="n">${row.metric}</td><th scope="row">${escapeText(row.label)}</th>${row.years.map((y) => `<td>${escapeText(y)}</td>`).join('')}<td>${escapeText(changeText(row.change, words))}</td></tr>`).join('');
  const points = trendPoints(reports);
  const chart = points.length === 0 ? '' : `<figure>${trendChart('chart-trend', points, svg, 'Each headline relative likelihood in each year as a dot with its confidence interval, on a log scale; the vertical line marks 1. The figures are in the table above.')}<figcaption>Relative likelihoods by year (log scale). The figures are in the table above.</figcaption></figure>`;
  const opening = intro.heading ? '<section id="trend" aria-labelledby="trend-h"><h2 id="trend-h">Year on year</h2>' : '<section id="trend" aria-labelledby="page-title">';
  return `${opening}<p>${trendIntroText(intro, escapeText)}.</p>`
    + `<div class="table-wrap" tabindex="0" role="region" aria-label="Relative likelihoods by year"><table><caption>Relative likelihoods by year</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table></div>${chart}</section>`;
}

/** Options of the `wres compare` renderers. */
export interface ComparisonRenderOptions {
  format: 'md' | 'html' | 'json' | 'csv';
  precision?: WordsOptions['precision'];
}

/**
 * Two reports compared (`wres compare --previous last.json --current this.json`): each headline
 * relative likelihood in both years and whether the change is beyond chance ({@link compareReports}).
 *
 * @param previous Last year's report.
 * @param current This year's report.
 * @param options The output format (`md`, `html`, `json` or `csv`) and the precision.
 * @returns The text.
 * @example
 * renderComparison(report2024, report2025, { format: 'md' }).split('\n')[0]; // '# Year on year: ...'
 */
export function renderComparison(previous: AnyReport, current: AnyReport, options: ComparisonRenderOptions): string {
  const words: WordsOptions = options.precision === undefined ? {} : { precision: options.precision };
  const comparison = compareReports(previous, current);
  if (options.format === 'json') return `${JSON.stringify(comparison, null, 2)}\n`;
  if (options.format === 'csv') {
    const columns = ['metric_id', 'key', 'group', 'previous', 'current', 'change', 'ratio_of_ratios', 'lower', 'upper', 'level', 'beyond_chance', 'reason'];
    const lines = comparison.changes.map((c) => [c.metric, c.key, c.group, c.previous, c.current, c.change, c.ratioOfRatios, c.lower, c.upper, c.level, c.beyondChance, c.reason].map((v) => csvField(v === null || v === undefined ? '' : v === Infinity ? '#DIV/0!' : String(v))).join(','));
    return `\uFEFF${[columns.join(','), ...lines].join('\r\n')}\r\n`;
  }
  const org = current.organisation?.name ?? current.organisation?.code;
  const title = `Year on year: ${org === undefined ? '' : `${org}, `}${periodLabel(previous.period)} to ${periodLabel(current.period)}`;
  const intro: TrendIntro = { heading: false, about: { terminology: current.options.terminology, level: levelPercent(current.options.intervals.level) } };
  if (options.format === 'md') {
    const escape = (text: string): string => text.replace(/[\\|[\]`<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
    return `${[`# ${escape(title)}`, '', ...trendMarkdown([previous, current], words, escape, intro)].join('\n').trimEnd()}\n`;
  }
  const svg: SvgFormat = { ratio: (value) => ratio(value, words), percent: (share) => `${share}` };
  return `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${escapeText(title)}</title><style>${REPORT_STYLE}</style></head><body><header><p class="lede">Social Care Workforce Race Equality Standard (SC-WRES)</p><h1 id="page-title">${escapeText(title)}</h1></header><main id="main">${trendHtml([previous, current], words, svg, intro)}</main></body></html>\n`;
}
