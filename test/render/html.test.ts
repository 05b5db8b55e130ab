/**
 * renderHtml and chartSpecs (issue 14, SPEC 13) on the example council's report: every headline
 * figure of the JSON appears in the page, the page is self-contained (no script, no URL to fetch),
 * text from data is escaped, and the Vega-Lite specs compile with vega-lite. The browser checks
 * (axe-core, no request made, A4 print) run in .ci/html-check.mjs, which CI runs.
 */
import { COUNCIL_PAY_BANDS as PAY_BANDS, exampleCouncilReport } from '../examples/council-fixture.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from 'vega-lite';
import { applyDisclosureControl, chartSpecs, renderHtml } from '../../src/index.js';
import type { WresReport } from '../../src/model/report.js';
import { formatPercent, formatRatio } from '../../src/text/numbers.js';
import { councilReport } from './fixtures.js';

let report: WresReport;
let html: string;
beforeAll(async () => {
  report = await exampleCouncilReport();
  html = renderHtml(report);
});

/** The page's text with tags removed and entities read back, as a reader sees it. */
function visibleText(page: string): string {
  return page.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ');
}

describe('renderHtml', () => {
  it('shows every headline figure of the JSON: each minority comparison\'s ratio, limits, percentages and reading', () => {
    const summary = visibleText(html.slice(html.indexOf('id="summary"'), html.indexOf('id="metric-1"')));
    let checked = 0;
    for (const metric of report.metrics) {
      for (const c of metric.comparisons.filter((comparison) => comparison.group === 'minority')) {
        const rl = c.relativeLikelihood!;
        expect(summary).toContain(`${formatRatio(rl.ratio!)} (${formatRatio(rl.lower)} to ${formatRatio(rl.upper)})`);
        expect(summary).toContain(formatPercent(c.focal.proportion!));
        expect(summary).toContain(formatPercent(c.reference.proportion!));
        checked += 1;
      }
    }
    // 7 pay bands + metrics 2 to 6 + two parts of metric 7 + metrics 8 and 9.
    expect(checked).toBe(16);
    // The worked example of docs/reading-the-results.md: appointment 0.60 (0.44 to 0.80), adverse.
    expect(summary).toMatch(/Appointed from shortlisting 18\.1% \(53 of 293\) 30\.4% \(92 of 303\) 0\.60 \(0\.44 to 0\.80\) Adverse no/);
    expect(summary).toMatch(/Entered the formal disciplinary process 3\.6% \(46 of 1,285\) 2\.0% \(33 of 1,621\) 1\.76 \(1\.14 to 2\.72\) Adverse no/);
  });

  it('is one self-contained page: no script, nothing fetched, a language, a title, and a chart with a text alternative per chart', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(?:src|href)="(?!#)/);
    expect(html).toContain('<html lang="en-GB">');
    const charts = html.match(/<svg [^>]*role="img" aria-labelledby="([^"]+)"/g) ?? [];
    expect(charts).toHaveLength(3);
    for (const id of ['chart-rl', 'chart-bands', 'chart-senior']) {
      expect(html).toContain(`<title id="${id}-title">`);
      expect(html).toContain(`<desc id="${id}-desc">`);
    }
  });

  it('explains why metric 9 counts more staff than metric 1', () => {
    expect(visibleText(html)).toContain('Metric 9 counts every member of staff in post on the last day of the period whose ethnicity is known (1,119 minority ethnic and 1,440 white staff)');
  });

  it('escapes text from data (band labels, organisation names) everywhere, including the charts', () => {
    const hostile = councilReport();
    hostile.organisation = { name: '<script>alert(1)</script>' };
    const page = renderHtml(hostile);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('prints ratios and percentages at the chosen precision', () => {
    const page = visibleText(renderHtml(report, { precision: { ratio: 1, percent: 0 } }));
    expect(page).toContain('0.6 (0.4 to 0.8)');
    expect(page).toContain('18% (53 of 293)');
  });

  it('says where figures were withheld in a published report, and still has no script', () => {
    const published = applyDisclosureControl(councilReport(), 'sc-wres-publication');
    const page = renderHtml(published);
    expect(visibleText(page)).toContain('withheld to protect a small number');
    expect(page).not.toMatch(/<script/i);
  });
});

describe('chartSpecs', () => {
  it('returns the pinned charts, each of which compiles with vega-lite', () => {
    const specs = chartSpecs(report, { previous: [report] });
    expect(Object.keys(specs).sort()).toEqual(['payBands', 'relativeLikelihoods', 'seniorManagement', 'trend']);
    for (const spec of Object.values(specs)) {
      const compiled = compile(spec as Parameters<typeof compile>[0]);
      expect(compiled.spec).toHaveProperty('marks');
    }
  });

  it('draws the data the report holds: band shares, every finite headline ratio', () => {
    const specs = chartSpecs(report);
    const bands = (specs.payBands!['layer'] as { data: { values: { band: string; share: number }[] } }[])[0]!.data.values;
    expect(bands.map((b) => b.band)).toEqual(PAY_BANDS);
    expect(bands[0]!.share).toBeCloseTo(156 / 267, 12);
    const ratios = (specs.relativeLikelihoods!['data'] as { values: { ratio: number }[] }).values;
    expect(ratios).toHaveLength(16);
  });
});
