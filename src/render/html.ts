/**
 * The report as one self-contained HTML page: the council's SC-WRES document. It makes no network
 * request and needs no script; charts are inline SVG with a text alternative and their data in a
 * table; a print stylesheet lays it out on A4, so printing to PDF from a browser gives the document.
 *
 * @module
 */
import { SOURCE_NAMES } from '../schemas/findings.js';
import type { Comparison, Figure, MetricResult, PublishedReport, WresReport } from '../model/report.js';
import type { Precision } from '../text/numbers.js';
import { bandShares, likelihoodPoints, seniorShares } from './chart-data.js';
import {
  count,
  escapeAttribute,
  escapeText,
  groupLabel,
  isSuppressed,
  keyLabel,
  longDate,
  percent,
  points,
  ratio,
  suppressedInWords,
  type WordsOptions,
} from './format.js';
import { headlineCells, headlineFigures, readingInWords } from './headlines.js';
import { REPORT_STYLE } from './html-style.js';
import { trendHtml } from './trend.js';
import { benchmarkRows } from './benchmarks.js';
import type { ActionPlan, MetricActions } from './action-plan.js';
import { METHOD_LABELS, SOURCE_LABELS, standardText } from './labels.js';
import { likelihoodChart, shareChart, type SvgFormat } from './svg-charts.js';
import { levelPercent } from '../stats/level.js';
import type { DocumentRenderOptions } from './document-options.js';

/** Options of {@link renderHtml}. */
export interface HtmlRenderOptions extends DocumentRenderOptions {
  /** The page's title. Default `'Workforce Race Equality Standard report'` after the organisation's name. */
  title?: string;
}

/** Context every part of the page needs. */
interface Page {
  report: PublishedReport;
  /** The terminology, escaped for HTML. */
  term: string;
  level: string;
  words: WordsOptions;
  svg: SvgFormat;
  actions: ActionPlan | undefined;
}

const capital = (text: string): string => (text.length > 0 ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text);

function tableHtml(caption: string, header: string[], rows: string[][], options: { numeric?: number[]; rowHeader?: boolean } = {}): string {
  const numeric = new Set(options.numeric ?? []);
  // Withheld cells say so in one word, so a published table still fits an A4 page; a note says why.
  const phrase = escapeText(suppressedInWords());
  const withheld = rows.some((cells) => cells.some((cell) => cell.includes(phrase)));
  if (withheld) rows = rows.map((cells) => cells.map((cell) => cell.split(phrase).join('withheld')));
  const head = header.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell, i) => {
    if (i === 0 && options.rowHeader !== false) return `<th scope="row">${cell}</th>`;
    return `<td${numeric.has(i) ? ' class="n"' : ''}>${cell}</td>`;
  }).join('')}</tr>`).join('');
  const note = withheld ? `<p class="note">“withheld”: ${phrase}, by disclosure control.</p>` : '';
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="${escapeAttribute(caption.replace(/<[^>]*>/g, ''))}"><table><caption>${caption}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>${note}`;
}

function readingHtml(text: string, reading: unknown): string {
  const kind = reading === 'adverse' ? ' reading-adverse' : reading === 'favourable' ? ' reading-favourable' : '';
  return `<span class="reading${kind}">${escapeText(text)}</span>`;
}

function intervalText(value: Figure | null, lower: Figure, upper: Figure, format: (v: Figure | null, o: WordsOptions) => string, words: WordsOptions): string {
  if (isSuppressed(value)) return format(value, words);
  if (value === null) return 'not estimable';
  return `${format(value, words)} (${format(lower, words)} to ${format(upper, words)})`;
}

function summarySection(page: Page): string {
  const { report, term, level, words } = page;
  const rows = headlineFigures(report).map((figure) => {
    const cells = headlineCells(figure, words);
    return [cells.metric, escapeText(cells.label), escapeText(cells.focal), escapeText(cells.reference), escapeText(cells.ratio), readingHtml(cells.reading, figure.reading), escapeText(cells.nonAdverse)];
  });
  const counts = { adverse: 0, favourable: 0, none: 0 };
  for (const figure of headlineFigures(report)) {
    if (figure.reading === 'adverse') counts.adverse += 1;
    else if (figure.reading === 'favourable') counts.favourable += 1;
    else if (figure.reading === 'no-significant-difference') counts.none += 1;
  }
  const points = likelihoodPoints(report);
  const chart = points.length === 0 ? '' : `<figure>${likelihoodChart('chart-rl', points, page.svg, `Each headline relative likelihood (${term} over white) as a dot with its ${level} confidence interval as a line, on a log scale. The vertical line marks 1 (equally likely) and the grey band the 0.80 to 1.25 non-adverse range. ${counts.adverse} figures are adverse. The figures are in the summary table.`)}<figcaption>Relative likelihoods with their ${level} confidence intervals (log scale). Right of the line at 1: ${term} staff more likely than white staff to have the outcome. The figures are in the summary table above.</figcaption></figure>`;
  return `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>`
    + `<p>Of the headline figures, <strong>${counts.adverse}</strong> ${counts.adverse === 1 ? 'is' : 'are'} adverse for ${term} staff (significantly worse off than white staff), <strong>${counts.favourable}</strong> favourable and <strong>${counts.none}</strong> show no significant difference. Adverse means more likely to have a bad outcome (disciplinary action, fitness-to-practise referral, harassment, leaving, a lower pay band) or less likely to have a good one (appointment, funded training, a higher pay band, senior management).</p>`
    + tableHtml(`Headline figures, ${escapeText(report.period.start)} to ${escapeText(report.period.end)}`, ['Metric', 'Comparison', `${capital(term)} staff`, 'White staff', `Relative likelihood (${level} CI)`, 'Reading', 'Within 0.80 to 1.25'], rows, { numeric: [0], rowHeader: false })
    + chart
    + '</section>';
}

/** The council's relative likelihoods beside its benchmarks' pooled figures (issue 15), when it has benchmarks. */
function benchmarksSection(page: Page): string {
  const { report, term, level, words } = page;
  const rows = benchmarkRows(report, words);
  if (rows.length === 0) return '';
  const labels = (report.benchmarks ?? []).map((b) => escapeText(b.label));
  return `<section id="benchmarks" aria-labelledby="benchmarks-h"><h2 id="benchmarks-h">Benchmarks</h2>`
    + `<p>Each relative likelihood (${term} over white) beside the same figure for ${labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}` : labels[0]}, pooled within councils (Mantel-Haenszel), so each council's staff are compared with colleagues of their own council. All with ${level} confidence intervals; "–" where a benchmark has no figure.</p>`
    + tableHtml('Relative likelihoods: this council and the benchmarks', ['Metric', 'Comparison', `This council (${level} CI)`, ...labels.map((label) => `${label} (${level} CI)`)], rows.map((row) => [String(row.metric), row.comparison, row.council, ...row.benchmarks].map(escapeText)), { numeric: [0], rowHeader: false })
    + '</section>';
}

function statusHtml(metric: MetricResult<Figure>): string {
  if (metric.status === 'ok') return metric.reason === undefined ? '' : `<p class="status">${escapeText(metric.reason)}</p>`;
  const label = metric.status === 'no-data' ? 'No data' : 'Not estimable';
  const reason = metric.reason ?? (metric.status === 'no-data' ? 'The data for this metric were not supplied.' : 'A group had no one in it.');
  return `<p class="status"><strong>${label}.</strong> ${escapeText(reason)}</p>`;
}

function comparisonTable(metric: MetricResult<Figure>, page: Page): string {
  const { report, term, level, words } = page;
  const rows = metric.comparisons.map((c: Comparison<Figure>) => {
    const rl = c.relativeLikelihood;
    const diff = c.difference;
    const rlText = rl === null ? 'not calculated' : isSuppressed(rl) ? suppressedInWords() : intervalText(rl.ratio, rl.lower, rl.upper, ratio, words) + (rl.numerator === 'reference' ? ` (white ÷ ${groupLabel(c.group, report.options.terminology)})` : '');
    const hasRatio = rl !== null && !isSuppressed(rl) && rl.ratio !== null;
    const nonAdverse = rl === null || isSuppressed(rl) || isSuppressed(rl.nonAdverse) || rl.nonAdverse === null ? '–' : rl.nonAdverse ? 'yes' : 'no';
    const reading = isSuppressed(c.reading) ? suppressedInWords() : readingInWords(c.reading, hasRatio);
    const diffText = diff === null ? 'not calculated' : isSuppressed(diff) ? suppressedInWords() : intervalText(diff.value, diff.lower, diff.upper, points, words);
    const side = (g: Comparison<Figure>['focal']): string => `${escapeText(intervalText(g.proportion, g.lower, g.upper, percent, words))}<br>${escapeText(count(g.count, words))} of ${escapeText(count(g.total, words))}`;
    const label = metric.comparisons.some((other) => other.group !== 'minority') ? `${keyLabel(c.key)}: ${groupLabel(c.group, report.options.terminology)}` : keyLabel(c.key);
    return [escapeText(label), side(c.focal), side(c.reference), escapeText(rlText), readingHtml(reading, isSuppressed(c.reading) ? null : c.reading), nonAdverse, escapeText(diffText)];
  });
  return tableHtml(`Metric ${metric.number}: figures`, ['Comparison', `${capital(term)} % (${level} CI), count`, `White % (${level} CI), count`, `Relative likelihood (${level} CI)`, 'Reading', 'Within 0.80 to 1.25', `Difference, percentage points (${level} CI)`], rows);
}

function bandsHtml(metric: MetricResult<Figure>, page: Page): string {
  const bands = metric.bands;
  if (bands === undefined) return '';
  const { term, words } = page;
  const pp = (value: Figure | null): string => (value === null || isSuppressed(value) ? points(value, words) : points(value / 100, words));
  const rows = bands.rows.map((b) => [escapeText(b.band), count(b.minority, words), count(b.white, words), count(b.unknown, words), count(b.total, words), percent(b.minorityShare, words), pp(b.differencePoints)].map((cell, i) => (i === 0 ? cell : escapeText(cell))));
  rows.push(['Band not known', count(bands.bandNotKnown.minority, words), count(bands.bandNotKnown.white, words), count(bands.bandNotKnown.unknown, words), '–', '–', '–'].map(escapeText));
  rows.push(['All known bands', count(bands.totals.minority, words), count(bands.totals.white, words), count(bands.totals.unknown, words), count(bands.totals.total, words), percent(bands.workforceMinorityShare, words), '–'].map(escapeText));
  const data = bandShares(page.report);
  const references = data === null ? [] : [
    ...(data.workforce === null ? [] : [{ label: 'Workforce', share: data.workforce }]),
    ...(data.population === null ? [] : [{ label: 'Local population', share: data.population }]),
  ];
  const chart = data === null ? '' : `<figure>${shareChart('chart-bands', `${capital(page.report.options.terminology)} share of each pay band`, data.bands, references, page.svg, `Bars: the ${term} share of staff in each pay band, lowest band first. Dashed line: the ${term} share of the workforce${data.population === null ? '' : '; dotted line: of the local population'}. The figures are in the table below.`)}<figcaption>${capital(term)} share of staff in each pay band (lowest first), against the workforce${data.population === null ? '' : ' and the local population'}. The figures are in the table below.</figcaption></figure>`;
  return `<h3>Pay bands</h3><p>Staff in post on the last day of the period, by band. The ${term} share of the workforce (staff of known ethnicity and known band) is ${escapeText(percent(bands.workforceMinorityShare, words))}.</p>`
    + chart
    + tableHtml('Staff by pay band', ['Pay band', capital(term), 'White', 'Unknown ethnicity', 'Known total', `${capital(term)} share`, 'Versus workforce (percentage points)'], rows, { numeric: [1, 2, 3, 4, 5, 6] });
}

function representationHtml(metric: MetricResult<Figure>, page: Page): string {
  const rep = metric.representation;
  if (rep === undefined) return '';
  const { term, words } = page;
  const pp = (value: Figure | null): string => (value === null ? '–' : isSuppressed(value) ? suppressedInWords() : `${points(value / 100, words)} percentage points`);
  const items = [
    [`${capital(term)} share of senior managers`, percent(rep.seniorMinorityShare, words)],
    [`${capital(term)} share of the workforce`, percent(rep.workforceMinorityShare, words)],
    ['Difference from the workforce', pp(rep.vsWorkforcePoints)],
    ...(rep.populationMinorityShare === null
      ? [['Local population share', 'not given']]
      : [[`${capital(term)} share of the local population`, percent(rep.populationMinorityShare, words)], ['Difference from the local population', pp(rep.vsPopulationPoints)]]),
  ];
  const bars = seniorShares(page.report);
  const chart = bars === null ? '' : `<figure>${shareChart('chart-senior', `${capital(page.report.options.terminology)} share of senior management`, bars, [], page.svg, `Bars: the ${term} share of senior managers, of the workforce and of the local population. The figures are in the list below.`)}<figcaption>${capital(term)} share of senior managers, of the workforce and of the local population.</figcaption></figure>`;
  const senior = metric.comparisons.find((c) => c.group === 'minority');
  const staff = senior === undefined ? '' : ` (${escapeText(count(senior.focal.total, words))} ${term} and ${escapeText(count(senior.reference.total, words))} white staff)`;
  return `<h3>Representation in senior management</h3>${chart}<dl class="meta">${items.map(([k, v]) => `<dt>${k}</dt><dd>${escapeText(v)}</dd>`).join('')}</dl>`
    + (typeof rep.statement === 'string' ? `<p>${escapeText(rep.statement)}</p>` : '')
    + `<p class="note">Metric 9 counts every member of staff in post on the last day of the period whose ethnicity is known${staff}, whether or not their pay band is recorded; metric 1 counts only staff with a known pay band, so its figures for the senior management band can differ slightly from these.</p>`;
}

function actionsHtml(actions: MetricActions | undefined): string {
  if (actions === undefined) return '';
  const list = (items: string[]): string => (items.length === 0 ? '<p>None listed.</p>' : `<ul>${items.map((item) => `<li>${escapeText(item)}</li>`).join('')}</ul>`);
  const meta = ([['Lead', actions.lead], ['Target', actions.target], ['Due', actions.due]] as const).filter(([, v]) => v !== undefined);
  return `<div class="actions"><h3>What we've achieved</h3>${list(actions.achieved)}<h3>What we're working towards</h3>${list(actions.workingTowards)}`
    + (meta.length === 0 ? '' : `<dl class="meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${escapeText(v)}</dd>`).join('')}</dl>`)
    + '</div>';
}

function metricSection(metric: MetricResult<Figure>, page: Page): string {
  const parts = [`<section id="metric-${metric.number}" aria-labelledby="metric-${metric.number}-h"><h2 id="metric-${metric.number}-h">Metric ${metric.number}: ${escapeText(metric.title)}</h2>`, statusHtml(metric)];
  if (metric.population) parts.push(`<p><strong>Population:</strong> ${escapeText(metric.population.replace(/\.$/, ''))}.</p>`);
  if (metric.comparisons.length > 0) {
    parts.push(comparisonTable(metric, page));
    const sentences = metric.comparisons.map((c) => (isSuppressed(c.statement) ? `${escapeText(keyLabel(c.key))}: ${suppressedInWords()}.` : escapeText(c.statement)));
    parts.push(`<ul>${sentences.map((s) => `<li>${s}</li>`).join('')}</ul>`);
  }
  parts.push(bandsHtml(metric, page), representationHtml(metric, page));
  parts.push(actionsHtml(page.actions?.metrics[String(metric.number) as keyof ActionPlan['metrics']]));
  parts.push(`<p class="note">Records left out because their ethnicity is unknown: ${escapeText(count(metric.unknownEthnicity, page.words))}.</p>`);
  parts.push('</section>');
  return parts.join('');
}

function dataSection(page: Page): string {
  const { report, words } = page;
  const rows: string[][] = [];
  for (const name of SOURCE_NAMES) {
    const s = report.sources[name];
    if (!s) continue;
    rows.push([SOURCE_LABELS[name], s.present ? 'yes' : 'no', s.present ? count(s.rowsRead) : '–', s.present ? count(s.rowsUsed) : '–', s.present ? count(s.rowsSkipped) : '–', s.ethnicityCompleteness === null ? '–' : percent(s.ethnicityCompleteness, words)].map(escapeText));
  }
  const unmatched = report.unmatchedEthnicity.length === 0
    ? '<p>No unrecognised ethnicity values are listed.</p>'
    : tableHtml('Ethnicity values not recognised (counted as unknown)', ['Source', 'Value', 'Records'], report.unmatchedEthnicity.map((u) => [escapeText(SOURCE_LABELS[u.source] ?? u.source), escapeText(JSON.stringify(u.value)), escapeText(count(u.count))]), { numeric: [2] });
  const d = report.disclosure;
  const disclosure = d === undefined
    ? '<p><strong>Disclosure control was not applied:</strong> small numbers are shown as they are and could identify people. Apply a disclosure policy (for example <code>sc-wres-publication</code>) before publishing this report.</p>'
    : `<p>Policy: <strong>${escapeText(d.policy)}</strong>. Counts from 1 to ${d.threshold - 1} are not published${d.rounding ? `, and other counts are rounded to the nearest ${d.rounding}` : ''}. ${escapeText(d.method)}</p><p>${d.withheld} ${d.withheld === 1 ? 'value was' : 'values were'} withheld, each shown as "${suppressedInWords()}".</p>`;
  const iv = report.options.intervals;
  return `<section id="data" aria-labelledby="data-h"><h2 id="data-h">About the data</h2>`
    + tableHtml('Records read and used, by source', ['Source', 'Supplied', 'Rows read', 'Rows used', 'Rows skipped', 'Ethnicity known'], rows, { numeric: [2, 3, 4, 5] })
    + unmatched
    + `<h3>Disclosure control</h3>${disclosure}`
    + `<h3>Method</h3><p>${standardText(report, page.term)} Confidence intervals: ${page.level}; proportions ${escapeText(METHOD_LABELS[iv.proportion] ?? iv.proportion)}, relative likelihoods ${escapeText(METHOD_LABELS[iv.ratio] ?? iv.ratio)}, differences ${escapeText(METHOD_LABELS[iv.difference] ?? iv.difference)}. A relative likelihood is significant when its confidence interval does not include 1. Staff whose ethnicity is unknown are left out of every rate and counted separately.</p>`
    + '</section>';
}

/**
 * The report as one self-contained HTML page (SPEC 13): a summary of the headline figures with
 * their readings and a chart of every relative likelihood, then each metric's figures, sentences
 * and charts (pay bands, senior management), then the data's completeness, disclosure control and
 * method. No script and no network request; a print stylesheet for A4; WCAG 2.2 AA.
 *
 * @param report A report from `computeReport`, or a published report after disclosure control.
 * @param options The title and the precision of ratios and percentages.
 * @returns The HTML document, starting `<!DOCTYPE html>`.
 * @example
 * renderHtml(report).startsWith('<!DOCTYPE html>'); // true
 */
export function renderHtml(report: WresReport | PublishedReport, options: HtmlRenderOptions = {}): string {
  const published = report as PublishedReport;
  const words: WordsOptions = { threshold: published.disclosure?.threshold ?? 10, ...(options.precision === undefined ? {} : { precision: options.precision }) };
  const page: Page = {
    report: published,
    term: escapeText(published.options.terminology),
    level: levelPercent(published.options.intervals.level),
    words,
    svg: { ratio: (value) => ratio(value, words), percent: (share) => percent(share, words) },
    actions: options.actions,
  };
  const org = published.organisation?.name ?? published.organisation?.code;
  const title = options.title ?? `${org === undefined ? '' : `${org}: `}Workforce Race Equality Standard report`;
  const period = `${longDate(published.period.start)} to ${longDate(published.period.end)}`;
  const nav = ['<li><a href="#summary">Summary</a></li>', ...(options.previous?.length ? ['<li><a href="#trend">Year on year</a></li>'] : []), ...(benchmarkRows(published, words).length > 0 ? ['<li><a href="#benchmarks">Benchmarks</a></li>'] : []), ...published.metrics.map((m) => `<li><a href="#metric-${m.number}">Metric ${m.number}: ${escapeText(m.title)}</a></li>`), '<li><a href="#data">About the data</a></li>'];
  const body = [
    '<a class="skip" href="#main">Skip to the report</a>',
    `<header><p class="lede">Social Care Workforce Race Equality Standard (SC-WRES)</p><h1>${escapeText(title)}</h1><p class="lede">${escapeText(period)}${published.options.scope.service ? ` · ${escapeText(published.options.scope.service)}` : ''}</p></header>`,
    '<main id="main">',
    `<nav aria-label="Contents"><h2 id="contents-h">Contents</h2><ol>${nav.join('')}</ol></nav>`,
    ...(options.actions?.foreword === undefined ? [] : [`<section id="foreword" aria-labelledby="foreword-h"><h2 id="foreword-h">Foreword</h2>${options.actions.foreword.split(/\n\s*\n/).map((p) => `<p>${escapeText(p)}</p>`).join('')}</section>`]),
    summarySection(page),
    ...(options.previous === undefined || options.previous.length === 0 ? [] : [trendHtml([...options.previous, published], words, page.svg)]),
    benchmarksSection(page),
    ...published.metrics.map((metric) => metricSection(metric, page)),
    dataSection(page),
    '</main>',
    `<footer><p>Produced with ${escapeText(published.library.name)} ${escapeText(published.library.version)} from the council's records. ${published.disclosure === undefined ? 'Not yet checked for disclosure: do not publish.' : `Disclosure control: ${escapeText(published.disclosure.policy)}.`}</p></footer>`,
  ];
  return `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><title>${escapeText(title)}</title><style>${REPORT_STYLE}</style></head><body>${body.join('\n')}</body></html>\n`;
}
