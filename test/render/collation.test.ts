/**
 * The collation renderings with hostile council names: the name is text in every format (no HTML
 * element, no Markdown cell break, no spreadsheet formula), and the charts say in words what they show.
 */
import { describe, expect, it } from 'vitest';
import { collateReports, renderCollationCsv, renderCollationHtml, renderCollationMarkdown, type WresCounts } from '../../src/index.js';

const counts = (a: number, n1: number, c: number, n2: number): WresCounts => ({
  outcomes: { 'entered-disciplinary': { population: { minority: n1, white: n2, unknown: 0 }, outcome: { minority: a, white: c, unknown: 0 } } },
});
const HOSTILE = '=HYPERLINK("x")|<script>alert(1)</script>';
const collation = collateReports([
  { name: HOSTILE, region: 'A & B', counts: counts(40, 100, 5, 100) },
  { name: 'Northby', region: 'A & B', counts: counts(10, 100, 9, 100) },
  { name: 'Southby', counts: counts(12, 120, 10, 100) },
]);

describe('collation renderings', () => {
  it('HTML: names are text, the page loads nothing, each chart has a title and description', () => {
    const html = renderCollationHtml(collation);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A &amp; B');
    expect(html.match(/<svg [^>]*role="img" aria-labelledby="[^"]+"/g)).toHaveLength(2);
    expect(html).toContain('<desc');
    // The hostile council (40 of 100 against 5 of 100) lies above the funnel, and the caption says so.
    expect(collation.metrics[2]!.comparisons[0]!.byOrganisation[0]!.funnel).toMatch(/^above/);
    expect(html).toMatch(/0 councils above the 99.8% limit, 1 between the upper 95% and 99.8% limits|1 councils above the 99.8% limit, 0 between/);
  });

  it('Markdown: a name cannot end a table cell', () => {
    const markdown = renderCollationMarkdown(collation);
    expect(markdown).toContain('=HYPERLINK("x")\\|&lt;script&gt;');
  });

  it('CSV: a name cannot become a formula', () => {
    const csv = renderCollationCsv(collation);
    expect(csv).toContain(`"'=HYPERLINK(""x"")|<script>alert(1)</script>"`);
    expect(csv.split('\r\n').slice(1).filter((line) => line.includes(',council,')).length).toBe(3);
  });
});
