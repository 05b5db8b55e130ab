/**
 * The collation as one self-contained HTML page: the national table, then for each metric and
 * comparison its sentences, a forest plot and a funnel plot (inline SVG) with a table of the same
 * figures, then each region's or service's table. No scripts, no network requests.
 *
 * @module
 */
import { escapeAttribute, escapeText, longDate } from './format.js';
import { collationsOf, comparisonLabel, countText, METHOD_NOTE, nationalOf, ratioWithInterval, summaryCells, WITHHELD_TEXT, type AnyCollatedComparison, type AnyCollation, type CollationInput } from './collation-rows.js';
import { countPositions, forestPlotSvg, funnelPlotSvg } from './collation-svg.js';

const STYLE = `body{font-family:system-ui,sans-serif;max-width:72rem;margin:0 auto;padding:1rem;color:#1a1a1a;line-height:1.45}
table{border-collapse:collapse;margin:0.5rem 0 1rem;font-size:0.9rem}th,td{border:1px solid #bbb;padding:0.25rem 0.5rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}caption{text-align:left;font-weight:bold;padding:0.25rem 0}
figure{margin:1rem 0}svg{max-width:100%;height:auto}details{margin:0.5rem 0 1.5rem}summary{cursor:pointer}
a{color:#0b4f8a}:focus{outline:3px solid #f5a623}`;

function summaryTable(collation: AnyCollation, caption: string): string {
  const rows = collation.metrics.flatMap((metric) => metric.comparisons.map((comparison) => {
    const cells = summaryCells(comparison);
    return `<tr><td class="n">${metric.number}</td><th scope="row">${escapeText(comparisonLabel(comparison, collation.options.terminology))}</th><td class="n">${cells.councils}</td><td>${cells.crude}</td><td>${cells.within}</td><td>${cells.random}</td><td class="n">${cells.i2}</td><td class="n">${cells.above}</td><td class="n">${cells.below}</td></tr>`;
  }));
  return `<table><caption>${escapeText(caption)}</caption><thead><tr><th scope="col">Metric</th><th scope="col">Comparison</th><th scope="col">Councils</th><th scope="col">Crude (summed counts)</th><th scope="col">Within councils (Mantel-Haenszel)</th><th scope="col">Random effects</th><th scope="col">I²</th><th scope="col">Councils significantly higher</th><th scope="col">Councils significantly lower</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function councilTable(comparison: AnyCollatedComparison, title: string): string {
  const rows = comparison.byOrganisation.map((council) => `<tr><th scope="row">${escapeText(council.name)}</th><td>${escapeText(council.region ?? '')}</td><td class="n">${countText(council.focal.count, council.focal.total)}</td><td class="n">${countText(council.reference.count, council.reference.total)}</td><td>${ratioWithInterval(council)}</td><td>${typeof council.funnel === 'string' ? council.funnel : council.funnel === null ? '–' : WITHHELD_TEXT}</td></tr>`);
  return `<details><summary>The figures of every council (${comparison.byOrganisation.length})</summary><table><caption>${escapeText(title)}: councils</caption><thead><tr><th scope="col">Council</th><th scope="col">Region</th><th scope="col">Focal group</th><th scope="col">White</th><th scope="col">Relative likelihood</th><th scope="col">Funnel position</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
}

/**
 * Renders a collation (or one with regions or services) as a self-contained HTML page.
 *
 * @param input - From {@link collateReports} or {@link collateBy}.
 * @returns The HTML document.
 * @example
 * renderCollationHtml(collateReports(entries)).startsWith('<!DOCTYPE html>'); // true
 */
export function renderCollationHtml(input: CollationInput): string {
  const national = nationalOf(input);
  const level = `${Number((national.options.level * 100).toFixed(4))}%`;
  const title = 'SC-WRES: councils collated';
  const body: string[] = [`<h1>${title}</h1>`];
  body.push(`<p>${national.organisations} councils${national.period === null ? '' : `, ${escapeText(longDate(national.period.start))} to ${escapeText(longDate(national.period.end))}`}. Relative likelihoods of ${escapeText(national.options.terminology)} staff against white staff (above 1: more likely), with ${level} confidence intervals.</p>`);
  body.push('<nav aria-label="Contents"><ul>', ...national.metrics.filter((m) => m.comparisons.length > 0).map((m) => `<li><a href="#metric-${m.number}">Metric ${m.number}: ${escapeText(m.title)}</a></li>`), '<li><a href="#method">Method</a></li></ul></nav>');
  body.push('<h2>National figures</h2>', summaryTable(national, 'Every comparison, all councils'));
  for (const metric of national.metrics) {
    if (metric.comparisons.length === 0) continue;
    body.push(`<section id="metric-${metric.number}" aria-labelledby="metric-${metric.number}-h"><h2 id="metric-${metric.number}-h">Metric ${metric.number}: ${escapeText(metric.title)}</h2>`);
    metric.comparisons.forEach((comparison, i) => {
      const label = comparisonLabel(comparison, national.options.terminology);
      body.push(`<h3 id="${escapeAttribute(`m${metric.number}-${i}`)}">${escapeText(label)}</h3>`);
      body.push(`<p>${escapeText(comparison.statements.distribution)}</p><p>${escapeText(comparison.statements.pooling)}</p>`);
      if (comparison.statements.heterogeneity !== null) body.push(`<p>${escapeText(comparison.statements.heterogeneity)}</p>`);
      body.push(`<figure>${forestPlotSvg(comparison, `Forest plot: ${label}`)}<figcaption>Forest plot: each council's relative likelihood (squares, with intervals), lowest first, and the pooled figures (diamonds). Colours and shapes as in the funnel plot.</figcaption></figure>`);
      const funnel = funnelPlotSvg(comparison, `Funnel plot: ${label}`);
      if (funnel !== '') body.push(`<figure>${funnel}<figcaption>Funnel plot: ${escapeText(countPositions(comparison))}</figcaption></figure>`);
      body.push(councilTable(comparison, label));
    });
    body.push('</section>');
  }
  for (const { label, collation } of collationsOf(input).slice(1)) {
    body.push(`<h2>${escapeText(label)}</h2>`, summaryTable(collation, `${label}: ${collation.organisations} councils`));
  }
  body.push('<h2 id="method">Method</h2><ul>', ...METHOD_NOTE.map((note) => `<li>${escapeText(note)}</li>`), '</ul>');
  if ('disclosure' in national) body.push(`<p>Disclosure control (${escapeText(national.disclosure.policy)}): ${escapeText(national.disclosure.method)} ${national.disclosure.withheld} values are withheld.</p>`);
  return `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"><title>${title}</title><style>${STYLE}</style></head><body><main>${body.join('\n')}</main></body></html>\n`;
}
