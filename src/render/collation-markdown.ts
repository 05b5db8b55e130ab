/**
 * The national collation as Markdown: the national table, then each metric's comparisons in
 * words with the councils outside the funnel limits, then the same table for each region or service.
 *
 * @module
 */
import { escapeMarkdown, longDate } from './format.js';
import { collationsOf, comparisonLabel, countText, METHOD_NOTE, nationalOf, ratioWithInterval, summaryCells, type AnyCollation, type CollationInput } from './collation-rows.js';

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

function summaryTable(collation: AnyCollation): string[] {
  const lines = [
    row(['Metric', 'Comparison', 'Councils', 'Crude (summed counts)', 'Within councils (MH)', 'Random effects', 'I²', 'Councils significantly higher', 'lower']),
    row(['---', '---', '---:', '---', '---', '---', '---:', '---:', '---:']),
  ];
  for (const metric of collation.metrics) {
    for (const comparison of metric.comparisons) {
      const cells = summaryCells(comparison);
      lines.push(row([String(metric.number), escapeMarkdown(comparisonLabel(comparison, collation.options.terminology)), cells.councils, cells.crude, cells.within, cells.random, cells.i2, cells.above, cells.below]));
    }
  }
  return lines;
}

/**
 * Renders a collation (or one with regions or services) as Markdown.
 *
 * @param input - From {@link collateReports} or {@link collateBy}.
 * @returns Markdown text ending with a newline.
 * @example
 * renderCollationMarkdown(collateReports(entries)).split('\n')[0]; // '# SC-WRES: councils collated'
 */
export function renderCollationMarkdown(input: CollationInput): string {
  const national = nationalOf(input);
  const level = `${Number((national.options.level * 100).toFixed(4))}%`;
  const lines: string[] = ['# SC-WRES: councils collated', ''];
  lines.push(`${national.organisations} councils${national.period === null ? '' : `, ${longDate(national.period.start)} to ${longDate(national.period.end)}`}. Relative likelihoods of ${escapeMarkdown(national.options.terminology)} staff against white staff (above 1: more likely), with ${level} confidence intervals.`, '');
  lines.push('## National figures', '', ...summaryTable(national), '');
  for (const metric of national.metrics) {
    if (metric.comparisons.length === 0) continue;
    lines.push(`## Metric ${metric.number}: ${escapeMarkdown(metric.title)}`, '');
    for (const comparison of metric.comparisons) {
      lines.push(`### ${escapeMarkdown(comparisonLabel(comparison, national.options.terminology))}`, '');
      lines.push(escapeMarkdown(comparison.statements.distribution), '', escapeMarkdown(comparison.statements.pooling), '');
      if (comparison.heterogeneity !== null) lines.push(escapeMarkdown(comparison.statements.heterogeneity ?? ''), '');
      const outside = comparison.byOrganisation.filter((council) => typeof council.funnel === 'string' && council.funnel !== 'within');
      if (outside.length > 0) {
        lines.push(`Councils outside the 95% funnel limits around the within-council ratio (${outside.length} of ${comparison.organisations}):`, '');
        lines.push(row(['Council', 'Region', 'Focal', 'Reference', 'Relative likelihood', 'Funnel']), row(['---', '---', '---:', '---:', '---', '---']));
        for (const council of outside) {
          lines.push(row([escapeMarkdown(council.name), escapeMarkdown(council.region ?? ''), countText(council.focal.count, council.focal.total), countText(council.reference.count, council.reference.total), ratioWithInterval(council), String(council.funnel)]));
        }
        lines.push('');
      }
    }
  }
  for (const { label, collation } of collationsOf(input).slice(1)) {
    lines.push(`## ${escapeMarkdown(label)}`, '', `${collation.organisations} councils.`, '', ...summaryTable(collation), '');
  }
  lines.push('## Method', '', ...METHOD_NOTE.map((note) => `- ${note}`), '');
  if ('disclosure' in national) lines.push(`Disclosure control (${escapeMarkdown(national.disclosure.policy)}): ${escapeMarkdown(national.disclosure.method)} ${national.disclosure.withheld} values are withheld.`, '');
  return `${lines.join('\n')}`;
}
