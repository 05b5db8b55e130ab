/**
 * Benchmarks in the HTML report (issue 15): a "Benchmarks" section with a table of the council's
 * relative likelihoods beside each benchmark's pooled (Mantel-Haenszel) figure, as the Markdown
 * has them. Expected figures come from collateReports (checked against R metafor in
 * test/collate/metafor-vectors.test.ts), printed to two decimals.
 */
import { describe, expect, it } from 'vitest';
import { collateReports, computeReportFromCounts, renderHtml } from '../../src/index.js';
import { generateNation } from '../../examples/national/nation.js';

const nation = generateNation(11, 80);
const england = collateReports(nation);
const london = collateReports(nation.filter((entry) => entry.region === 'London'));
const period = { start: '2024-04-01', end: '2025-03-31' };
const council = nation.find((entry) => entry.region === 'London')!;
const benchmarks = [{ label: 'England', collation: england }, { label: 'London', collation: london }];

const text = (f: { ratio: number; lower: number; upper: number }) => `${f.ratio.toFixed(2)} (${f.lower.toFixed(2)} to ${f.upper.toFixed(2)})`;

describe('benchmarks in the HTML report', () => {
  it('draws a table of the council\'s figure beside each benchmark\'s, linked from the contents', () => {
    const report = computeReportFromCounts(council.counts, { period, benchmarks });
    const html = renderHtml(report);
    expect(html).toContain('<li><a href="#benchmarks">Benchmarks</a></li>');
    expect(html).toContain('<section id="benchmarks" aria-labelledby="benchmarks-h"><h2 id="benchmarks-h">Benchmarks</h2>');
    expect(html).toContain('<th scope="col">This council (95% CI)</th><th scope="col">England (95% CI)</th><th scope="col">London (95% CI)</th>');
    const own = report.metrics[2]!.comparisons[0]!.relativeLikelihood!;
    const national = england.metrics[2]!.comparisons[0]!.mantelHaenszel!;
    const regional = london.metrics[2]!.comparisons[0]!.mantelHaenszel!;
    expect(html).toContain(`<td class="n">3</td><td>Entered the formal disciplinary process</td><td>${text({ ratio: own.ratio!, lower: own.lower, upper: own.upper })}</td><td>${text(national)}</td><td>${text(regional)}</td>`);
  });

  it('says "withheld" where disclosure control withheld the council\'s figure, and keeps the benchmark\'s', () => {
    const published = computeReportFromCounts(council.counts, { period, benchmarks, disclosure: 'sc-wres-publication' });
    const withheld = published.metrics.flatMap((m) => m.comparisons.map((c) => ({ m, c }))).find(({ c }) => typeof c.relativeLikelihood === 'object' && c.relativeLikelihood !== null && 'suppressed' in c.relativeLikelihood);
    expect(withheld, 'the fixture council has a withheld ratio (metric 4, a handful of referrals)').toBeDefined();
    const html = renderHtml(published);
    const national = england.metrics[withheld!.m.number - 1]!.comparisons.find((c) => c.key === withheld!.c.key)!.mantelHaenszel!;
    expect(html).toMatch(new RegExp(`<td class="n">${withheld!.m.number}</td><td>[^<]+</td><td>withheld</td><td>${text(national).replace(/[()]/g, '\\$&')}</td>`));
  });

  it('has no benchmarks section without benchmarks', () => {
    const html = renderHtml(computeReportFromCounts(council.counts, { period }));
    expect(html).not.toContain('id="benchmarks"');
    expect(html).not.toContain('href="#benchmarks"');
  });
});
