/**
 * Year on year (issue 14): `wres report --previous` adds the trend, `renderComparison` renders
 * `compareReports`. Expected figures are hand calculations on the fixture's counts: the same
 * report twice has a ratio of ratios of exactly 1, within chance.
 */
import { describe, expect, it } from 'vitest';
import { chartSpecs, compareReports, renderComparison, renderHtml, renderMarkdown } from '../../src/index.js';
import { councilReport } from './fixtures.js';

describe('year on year', () => {
  const last = { ...councilReport(), period: { start: '2023-04-01', end: '2024-03-31' } };
  const now = councilReport();

  it('adds a table of each year\'s relative likelihoods and the change to Markdown and HTML', () => {
    const md = renderMarkdown(now, { previous: [last] });
    expect(md).toContain('## Year on year');
    expect(md).toContain('| Metric | Comparison | 2023-24 relative likelihood | 2024-25 relative likelihood | Change 2023-24 to 2024-25 |');
    expect(md).toMatch(/\| Appointed from shortlisting \| 0\.56 \(0\.36 to 0\.85\) \| 0\.56 \(0\.36 to 0\.85\) \| 1\.00 times \([0-9.]+ to [0-9.]+\): within chance \|/);
    const html = renderHtml(now, { previous: [last] });
    expect(html).toContain('<h2 id="trend-h">Year on year</h2>');
    expect(html).toContain('<title id="chart-trend-title">');
    expect(Object.keys(chartSpecs(now, { previous: [last] }))).toContain('trend');
  });

  it('renders compareReports in each format', () => {
    const changes = compareReports(last, now).changes;
    const json = JSON.parse(renderComparison(last, now, { format: 'json' })) as { changes: unknown[] };
    expect(json.changes).toHaveLength(changes.length);
    const csv = renderComparison(last, now, { format: 'csv' });
    expect(csv.startsWith('\uFEFFmetric_id,key,group,previous,current,change,ratio_of_ratios')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(changes.length + 1);
    expect(renderComparison(last, now, { format: 'md' }).split('\n')[0]).toBe('# Year on year: Northbrook Council, 2023-24 to 2024-25');
    const html = renderComparison(last, now, { format: 'html' });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('within chance');
  });

  it('says "Year on year" once in wres compare, in its title, and names the groups and level there', () => {
    const md = renderComparison(last, now, { format: 'md' });
    expect(md.match(/Year on year/g)).toHaveLength(1);
    expect(md.split('\n').filter((line) => line.startsWith('#'))).toEqual(['# Year on year: Northbrook Council, 2023-24 to 2024-25']);
    // The fixture's options: terminology "minority ethnic", level 0.95.
    expect(md.split('\n')[2]).toBe('Each headline relative likelihood (minority ethnic over white) in each year, with its 95% confidence interval. The change is this year\'s relative likelihood divided by last year\'s, with its confidence interval: "beyond chance" when the interval excludes 1 (the two years are compared as independent samples, Altman and Bland 2003).');
    const html = renderComparison(last, now, { format: 'html' });
    expect(html.match(/<h[1-6][^>]*>[^<]*Year on year/g)).toEqual(['<h1 id="page-title">Year on year']);
    expect(html).toContain('<section id="trend" aria-labelledby="page-title"><p>Each headline relative likelihood (minority ethnic over white) in each year, with its 95% confidence interval.');
    // A report's own section keeps its heading.
    expect(renderMarkdown(now, { previous: [last] }).match(/^## Year on year$/gm)).toHaveLength(1);
  });
});
