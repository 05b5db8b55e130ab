/**
 * The report as Markdown a council can paste into its SC-WRES action plan.
 *
 * @module
 */
import type { Benchmark } from '../model/collation.js';
import { benchmarkFigure, benchmarkText } from './benchmarks.js';
import { SOURCE_NAMES } from '../schemas/findings.js';
import type {
  BandsTable,
  Comparison,
  Figure,
  MetricResult,
  PublishedReport,
  Representation,
  SourceName,
  SourceSummary,
  WresReport,
} from '../model/report.js';
import { METHOD_LABELS, SOURCE_LABELS, standardText } from './labels.js';
import type { ActionPlan, MetricActions } from './action-plan.js';
import { trendMarkdown } from './trend.js';
import { headlineCells, headlineFigures, readingInWords } from './headlines.js';
import type { Precision } from '../text/numbers.js';
import {
  count,
  escapeMarkdown,
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
import { levelPercent } from '../stats/level.js';
import type { DocumentRenderOptions } from './document-options.js';

/** Options of {@link renderMarkdown}. */
export interface MarkdownRenderOptions extends DocumentRenderOptions {
  /** The document's title. Default `'Social Care Workforce Race Equality Standard (SC-WRES) report'`. */
  title?: string;
}

function methodLabel(method: string): string {
  return METHOD_LABELS[method] ?? escapeMarkdown(method);
}

/**
 * A table row. Every cell is either the renderer's own text or text from data or options already
 * passed through {@link escapeMarkdown} (which escapes pipes and flattens line breaks), so cells
 * are joined as they are: escaping here again would double the backslashes.
 */
function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: string[], rows: string[][]): string[] {
  return [row(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(row)];
}

/**
 * The term at the start of a sentence or a column: first letter upper case ("Minority ethnic").
 * Safe on escaped text: `&` and `\\` have no upper case, so an entity or an escape stays whole.
 */
function capital(text: string): string {
  return text.length > 0 ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
}

function interval(
  value: Figure | null,
  lower: Figure,
  upper: Figure,
  format: (v: Figure | null, o: WordsOptions) => string,
  words: WordsOptions,
): string {
  if (isSuppressed(value)) return format(value, words);
  if (value === null) return 'not estimable';
  return `${format(value, words)} (${format(lower, words)} to ${format(upper, words)})`;
}

function countOf(countValue: Figure, total: Figure, words: WordsOptions): string {
  return `${count(countValue, words)} of ${count(total, words)}`;
}

function ratioCell(comparison: Comparison<Figure>, words: WordsOptions, term: string): string {
  const rl = comparison.relativeLikelihood;
  if (rl === null) return 'not calculated';
  if (isSuppressed(rl)) return suppressedInWords(rl.code, words.threshold);
  const text = interval(rl.ratio, rl.lower, rl.upper, ratio, words);
  return rl.numerator === 'reference'
    ? `${text} (white ÷ ${groupLabel(comparison.group, term)})`
    : text;
}

function significanceCell(comparison: Comparison<Figure>, words: WordsOptions): string {
  const rl = comparison.relativeLikelihood;
  if (rl === null) return '–';
  if (isSuppressed(rl)) return suppressedInWords(rl.code, words.threshold);
  if (isSuppressed(rl.significant)) return suppressedInWords(rl.significant.code, words.threshold);
  if (rl.ratio === null) return '–';
  return rl.significant ? 'yes' : 'no';
}

function differenceCell(comparison: Comparison<Figure>, words: WordsOptions): string {
  const diff = comparison.difference;
  if (diff === null) return 'not calculated';
  if (isSuppressed(diff)) return suppressedInWords(diff.code, words.threshold);
  return interval(diff.value, diff.lower, diff.upper, points, words);
}

function comparisonTable(metric: MetricResult<Figure>, term: string, level: string, words: WordsOptions, benchmarks: readonly Benchmark[] = []): string[] {
  const header = [
    'Comparison',
    'Group',
    'Group count',
    `Group % (${level} CI)`,
    'White count',
    `White % (${level} CI)`,
    `Relative likelihood (${level} CI)`,
    'Significant',
    'Reading',
    `Difference, percentage points (${level} CI)`,
    ...benchmarks.map((benchmark) => `${escapeMarkdown(benchmark.label)}: relative likelihood within councils`),
  ];
  const rows = metric.comparisons.map((c) => [
    escapeMarkdown(keyLabel(c.key)),
    groupLabel(c.group, term),
    countOf(c.focal.count, c.focal.total, words),
    interval(c.focal.proportion, c.focal.lower, c.focal.upper, percent, words),
    countOf(c.reference.count, c.reference.total, words),
    interval(c.reference.proportion, c.reference.lower, c.reference.upper, percent, words),
    ratioCell(c, words, term),
    significanceCell(c, words),
    isSuppressed(c.reading) ? suppressedInWords() : readingInWords(c.reading, c.relativeLikelihood !== null && !isSuppressed(c.relativeLikelihood) && c.relativeLikelihood.ratio !== null),
    differenceCell(c, words),
    ...benchmarks.map((benchmark) => benchmarkText(benchmarkFigure(benchmark, metric.number, c))),
  ]);
  return table(header, rows);
}

function bandsSection(bands: BandsTable<Figure>, term: string, words: WordsOptions): string[] {
  const header = ['Pay band', capital(term), 'White', 'Unknown ethnicity', 'Known total', `${capital(term)} share`, 'Versus workforce (pp)'];
  const rows = bands.rows.map((b) => [
    escapeMarkdown(b.band),
    count(b.minority, words),
    count(b.white, words),
    count(b.unknown, words),
    count(b.total, words),
    percent(b.minorityShare, words),
    pointsValue(b.differencePoints, words),
  ]);
  rows.push([
    'Band not known',
    count(bands.bandNotKnown.minority, words),
    count(bands.bandNotKnown.white, words),
    count(bands.bandNotKnown.unknown, words),
    '–',
    '–',
    '–',
  ]);
  rows.push([
    'All known bands',
    count(bands.totals.minority, words),
    count(bands.totals.white, words),
    count(bands.totals.unknown, words),
    count(bands.totals.total, words),
    percent(bands.workforceMinorityShare, words),
    '–',
  ]);
  return [
    `**Pay bands.** Staff in post on the last day of the period, by band. The ${term} share of the workforce (staff of known ethnicity and known band) is ${percent(bands.workforceMinorityShare, words)}.`,
    '',
    ...table(header, rows),
  ];
}

/**
 * Why metric 9's workforce share can differ from metric 1's: metric 1 counts staff with a known
 * pay band, metric 9 all staff in post (of known ethnicity).
 */
function seniorTotalsNote(metric: MetricResult<Figure>, term: string): string {
  const senior = metric.comparisons.find((c) => c.group === 'minority');
  const staff = senior === undefined ? '' : ` (${count(senior.focal.total)} ${term} and ${count(senior.reference.total)} white staff)`;
  return `Metric 9 counts every member of staff in post on the last day of the period whose ethnicity is known${staff}, whether or not their pay band is recorded; metric 1 counts only staff with a known pay band, so its workforce share and its senior management band can differ slightly from the figures here.`;
}

function representationSection(rep: Representation<Figure>, term: string, words: WordsOptions): string[] {
  const lines = [
    '**Representation in senior management.**',
    '',
    `- ${capital(term)} share of senior managers: ${percent(rep.seniorMinorityShare, words)}`,
    `- ${capital(term)} share of the workforce: ${percent(rep.workforceMinorityShare, words)}`,
    `- Difference from the workforce: ${pointsText(rep.vsWorkforcePoints, words)}`,
  ];
  if (rep.populationMinorityShare === null) {
    lines.push('- Local population share: not given (supply it to compare senior management with the local population).');
  } else {
    lines.push(`- ${capital(term)} share of the local population: ${percent(rep.populationMinorityShare, words)}`);
    lines.push(`- Difference from the local population: ${pointsText(rep.vsPopulationPoints, words)}`);
  }
  if (typeof rep.statement === 'string') lines.push('', escapeMarkdown(rep.statement));
  return lines;
}

/** The report's percentage-point fields (bands, representation) are already in points (3.2, not 0.032). */
function pointsValue(value: Figure | null, words: WordsOptions): string {
  if (value === null || isSuppressed(value)) return points(value, words);
  return points(value / 100, words);
}

function pointsText(value: Figure | null, words: WordsOptions): string {
  const text = pointsValue(value, words);
  return value === null || isSuppressed(value) ? text : `${text} percentage points`;
}

function statusLine(metric: MetricResult<Figure>): string {
  switch (metric.status) {
    case 'ok':
      return '**Status:** calculated.';
    case 'no-data':
      return `**Status:** no data. ${metric.reason === undefined ? 'The data for this metric were not supplied.' : escapeMarkdown(metric.reason)}`;
    case 'not-estimable':
      return `**Status:** not estimable. ${metric.reason === undefined ? 'A group had no one in it.' : escapeMarkdown(metric.reason)}`;
    default:
      return `**Status:** ${escapeMarkdown(metric.status)}.`;
  }
}

function metricSection(metric: MetricResult<Figure>, term: string, level: string, words: WordsOptions, benchmarks: readonly Benchmark[] = []): string[] {
  const lines: string[] = [`## Metric ${metric.number}: ${metric.title}`, '', statusLine(metric), ''];
  if (metric.population) lines.push(`**Population:** ${escapeMarkdown(metric.population)}.`.replace(/\.\.$/, '.'), '');
  if (metric.comparisons.length > 0) {
    lines.push(...comparisonTable(metric, term, level, words, benchmarks), '');
    const statements = metric.comparisons.map((c) =>
      isSuppressed(c.statement)
        ? `- ${escapeMarkdown(keyLabel(c.key))} (${groupLabel(c.group, term)}): statement ${suppressedInWords(c.statement.code, words.threshold)}.`
        : `- ${escapeMarkdown(c.statement)}`,
    );
    lines.push(...statements, '');
  }
  if (metric.bands) lines.push(...bandsSection(metric.bands, term, words), '');
  if (metric.representation) lines.push(...representationSection(metric.representation, term, words), '', seniorTotalsNote(metric, term), '');
  lines.push(`Records left out because their ethnicity is unknown: ${count(metric.unknownEthnicity, words)}.`, '');
  if (metric.skippedRows !== undefined) {
    const skipped = metric.skippedRows.map((s) => `${s.rows} ${SOURCE_LABELS[s.source]?.toLowerCase() ?? escapeMarkdown(s.source)} ${s.rows === 1 ? 'row' : 'rows'}`);
    lines.push(`Rows skipped as invalid, which this metric could not count: ${skipped.join(', ')}.`, '');
  }
  return lines;
}

function actionsSection(actions: MetricActions | undefined): string[] {
  if (actions === undefined) return [];
  const list = (items: string[]): string[] => (items.length === 0 ? ['None listed.'] : items.map((item) => `- ${escapeMarkdown(item)}`));
  const lines = ["### What we've achieved", '', ...list(actions.achieved), '', "### What we're working towards", '', ...list(actions.workingTowards), ''];
  for (const [label, value] of [['Lead', actions.lead], ['Target', actions.target], ['Due', actions.due]] as const) {
    if (value !== undefined) lines.push(`**${label}:** ${escapeMarkdown(value)}`, '');
  }
  return lines;
}

/** The summary: one row per headline figure (see {@link headlineFigures}). */
function summarySection(report: PublishedReport, level: string, words: WordsOptions): string[] {
  const term = escapeMarkdown(report.options.terminology);
  const rows = headlineFigures(report).map((figure) => {
    const cells = headlineCells(figure, words);
    return [cells.metric, escapeMarkdown(cells.label), cells.focal, cells.reference, cells.ratio, cells.reading, cells.nonAdverse];
  });
  return [
    '## Summary',
    '',
    `One row per headline figure: the ${term} and white percentages, the relative likelihood with its ${level} confidence interval, what it means for ${term} staff given the outcome (the reading), and whether the ratio is inside NHS England's 0.80 to 1.25 non-adverse range.`,
    '',
    ...table(['Metric', 'Comparison', capital(term), 'White', `Relative likelihood (${level} CI)`, 'Reading', 'Within 0.80 to 1.25'], rows),
    '',
  ];
}

function completenessSection(sources: Record<SourceName, SourceSummary>): string[] {
  const header = ['Source', 'Supplied', 'Rows read', 'Rows used', 'Rows skipped', 'Ethnicity known', 'Also left out'];
  const rows: string[][] = [];
  const reasons: string[] = [];
  for (const name of SOURCE_NAMES) {
    const s = sources[name];
    if (!s) continue;
    const leftOut: string[] = [];
    if (s.excludedNotDirect) leftOut.push(`${s.excludedNotDirect} not directly employed`);
    if (s.excludedOutOfScope) leftOut.push(`${s.excludedOutOfScope} outside the service in scope`);
    if (s.excludedOutsidePeriod) leftOut.push(`${s.excludedOutsidePeriod} dated outside the period`);
    if (s.rowsLeftOut) leftOut.push(`${count(s.rowsLeftOut)} rows of the export left out by the profile's "keep" rules (not in rows read)`);
    if (s.rowsMerged) leftOut.push(`${count(s.rowsMerged)} rows merged into another row of the same person by the profile's "duplicates" (not in rows read)`);
    rows.push([
      SOURCE_LABELS[name],
      s.present ? 'yes' : 'no',
      s.present ? count(s.rowsRead) : '–',
      s.present ? count(s.rowsUsed) : '–',
      s.present ? count(s.rowsSkipped) : '–',
      s.ethnicityCompleteness === null ? '–' : percent(s.ethnicityCompleteness),
      leftOut.length > 0 ? leftOut.join('; ') : '–',
    ]);
    for (const r of s.skippedReasons) reasons.push(`- ${SOURCE_LABELS[name]}: ${r.count} skipped: ${escapeMarkdown(r.reason)}`);
  }
  const lines = ['## Data completeness', '', ...table(header, rows), ''];
  if (reasons.length > 0) lines.push('Rows skipped as invalid, and why:', '', ...reasons, '');
  return lines;
}

/**
 * Unrecognised ethnicity values. Disclosure control drops the values seen fewer than `threshold`
 * times (a rare spelling can identify a person), so a published report's empty list does not mean
 * every value was recognised; it says which values are not listed instead.
 */
function unmatchedSection(report: PublishedReport): string[] {
  const threshold = report.disclosure?.threshold;
  const withheldRare = threshold !== undefined && threshold > 1;
  if (report.unmatchedEthnicity.length === 0) {
    const text = withheldRare
      ? `Unrecognised ethnicity values seen fewer than ${threshold} times are not listed, to protect small numbers; none was seen ${threshold} times or more.`
      : 'Every ethnicity value was recognised.';
    return ['## Ethnicity values not recognised', '', text, ''];
  }
  return [
    '## Ethnicity values not recognised',
    '',
    'These values did not match any known category and were counted as unknown. Add them to the ethnicity mapping to include them.',
    '',
    ...table(
      ['Source', 'Value', 'Records'],
      report.unmatchedEthnicity.map((u) => [
        SOURCE_LABELS[u.source] ?? escapeMarkdown(u.source),
        escapeMarkdown(JSON.stringify(u.value)),
        escapeMarkdown(u.count),
      ]),
    ),
    '',
    ...(withheldRare ? [`Values seen fewer than ${threshold} times are not listed, to protect small numbers.`, ''] : []),
  ];
}

/** What the threshold withholds, in words: nothing at threshold 1 (the `none` policy), else "Counts from 1 to N". */
function thresholdText(threshold: number): string {
  if (threshold <= 1) return 'No count is withheld for being small';
  return threshold === 2 ? 'Counts of 1 are not published' : `Counts from 1 to ${threshold - 1} are not published`;
}

function disclosureSection(report: PublishedReport): string[] {
  const d = report.disclosure;
  if (!d) {
    return [
      '## Disclosure control',
      '',
      'Disclosure control was not applied: small numbers are shown as they are and could identify people. Apply a disclosure policy (for example `sc-wres-publication`) before publishing this report.',
      '',
    ];
  }
  const total = d.withheld;
  return [
    '## Disclosure control',
    '',
    `Policy: **${escapeMarkdown(d.policy)}**. ${thresholdText(d.threshold)}${d.rounding ? `, and other counts are rounded to the nearest ${d.rounding} (percentages are computed from the unrounded counts)` : ''}.`,
    '',
    escapeMarkdown(d.method),
    '',
    `${total} ${total === 1 ? 'value was' : 'values were'} withheld, each shown as "${suppressedInWords('withheld')}". The report does not say which rule withheld which value, since that would narrow it down.`,
    '',
  ];
}

/**
 * The report as Markdown: title, organisation, period, standard and terminology; for each metric a
 * heading, its status (and reason), a table of the comparisons (counts, percentages with
 * confidence intervals, relative likelihood with its interval and significance, difference in
 * percentage points), the comparison statements, metric 1's pay-band table and metric 9's
 * representation; then data completeness per source, unrecognised ethnicity values (under
 * disclosure control, those seen fewer than the threshold are not listed, and the text says so),
 * and the disclosure control applied, with withheld values in words ("fewer than 10").
 *
 * Percentages have one decimal place, ratios two; `∞` marks an unbounded limit.
 *
 * @param report A report from `computeReport`, or a published report after disclosure control.
 * @param options The title.
 * @returns Markdown text ending with a newline.
 * @example
 * renderMarkdown(report).split('\n')[0]; // '# Social Care Workforce Race Equality Standard (SC-WRES) report'
 */
export function renderMarkdown(report: WresReport | PublishedReport, options: MarkdownRenderOptions = {}): string {
  const published = report as PublishedReport;
  const term = escapeMarkdown(published.options.terminology);
  const level = levelPercent(published.options.intervals.level);
  const words: WordsOptions = { threshold: published.disclosure?.threshold ?? 10, ...(options.precision === undefined ? {} : { precision: options.precision }) };
  const org = published.organisation;
  const orgText = escapeMarkdown(org?.name ? `${org.name}${org.code ? ` (${org.code})` : ''}` : org?.code ?? 'not given');
  const iv = published.options.intervals;
  const lines: string[] = [
    `# ${escapeMarkdown(options.title ?? 'Social Care Workforce Race Equality Standard (SC-WRES) report')}`,
    '',
    ...table(
      ['', ''],
      [
        ['Organisation', orgText],
        ['Period', `${longDate(published.period.start)} to ${longDate(published.period.end)}`],
        ['Standard', standardText(published, term)],
        ['Terminology', `"${term}" is the group compared with white staff.`],
        [
          'White minority groups',
          published.options.whiteMinorities === 'minority'
            ? `White Irish, Gypsy or Irish Traveller, Roma and other White backgrounds are counted as ${term}.`
            : 'All White categories are counted as white.',
        ],
        [
          'Population for metrics 3, 4, 5 and 8',
          published.options.population === 'snapshot'
            ? 'staff in post on the last day of the period'
            : 'staff employed at any time in the period',
        ],
        ['Service', escapeMarkdown(published.options.scope.service ?? 'all services')],
        [
          'Confidence intervals',
          `${level}: proportions ${methodLabel(iv.proportion)}, relative likelihoods ${methodLabel(iv.ratio)}, differences ${methodLabel(iv.difference)}`,
        ],
        ['Produced by', escapeMarkdown(`${published.library.name} ${published.library.version}`)],
      ],
    ),
    '',
    `**How to read this report.** A relative likelihood of 1 means ${term} and white staff are equally likely to experience the outcome. A relative likelihood is significant when its ${level} confidence interval does not include 1. Staff whose ethnicity is unknown are left out of every rate and counted separately.`,
    '',
  ];
  if (published.options.breakdown === 'broad-groups') {
    lines.push(`Each comparison is also shown for the Asian, Black, Mixed and Other groups, each against white staff.`, '');
  }
  if (options.actions?.foreword !== undefined) lines.push('## Foreword', '', ...options.actions.foreword.split(/\n\s*\n/).flatMap((p) => [escapeMarkdown(p), '']));
  lines.push(...summarySection(published, level, words));
  if (options.previous !== undefined && options.previous.length > 0) lines.push(...trendMarkdown([...options.previous, published], words, escapeMarkdown));
  if (published.benchmarks !== undefined && published.benchmarks.length > 0) {
    lines.push(`**Benchmarks.** Beside each relative likelihood: ${published.benchmarks.map((b) => escapeMarkdown(b.label)).join(', ')}, pooled within councils (Mantel-Haenszel), so each council's staff are compared with colleagues of their own council.`, '');
  }
  for (const metric of published.metrics) {
    lines.push(...metricSection(metric, term, level, words, published.benchmarks));
    lines.push(...actionsSection(options.actions?.metrics[String(metric.number) as keyof ActionPlan['metrics']]));
  }
  lines.push(...completenessSection(published.sources));
  lines.push(...unmatchedSection(published));
  lines.push(...disclosureSection(published));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
