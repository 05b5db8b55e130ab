/**
 * The collation's HTML in headless Chromium (/usr/bin/chromium, via playwright-core), as a reader
 * opens it: no network request, a language, headings that do not skip a level, every chart with an
 * accessible name and description, every table with header cells, and the funnel plot's points
 * drawn for exactly the councils whose figures are published.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collateBy, publishCollation, renderCollationHtml } from '../../src/index.js';
import { generateNation } from '../../examples/national/nation.js';

const dir = mkdtempSync(join(tmpdir(), 'wres-collation-html-'));
let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('collation HTML in a browser', () => {
  it('loads nothing, is navigable, and names every chart', async () => {
    const published = publishCollation(collateBy(generateNation(9, 80), 'region'));
    const file = join(dir, 'national.html');
    writeFileSync(file, renderCollationHtml(published));
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(`file://${file}`);
    // Runs in the page (a string, so that the Node type check needs no DOM types).
    const facts = (await page.evaluate(`(() => {
      const headings = [...document.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName.slice(1)));
      const skipped = headings.some((level, i) => i > 0 && level > headings[i - 1] + 1);
      const charts = [...document.querySelectorAll('svg[role="img"]')].map((svg) => {
        const ids = (svg.getAttribute('aria-labelledby') || '').split(' ');
        return ids.map((id) => (document.getElementById(id) || {}).textContent || '').join(' | ');
      });
      const tablesWithoutHeaders = [...document.querySelectorAll('table')].filter((table) => table.querySelectorAll('th').length === 0).length;
      const trianglesAndCircles = [...document.querySelectorAll('svg[aria-labelledby^="funnel-"]')].map((svg) => svg.querySelectorAll('circle, polygon').length);
      return { lang: document.documentElement.lang, first: headings[0], skipped, charts, tablesWithoutHeaders, trianglesAndCircles, scripts: document.querySelectorAll('script').length };
    })()`)) as { lang: string; first: number; skipped: boolean; charts: string[]; tablesWithoutHeaders: number; trianglesAndCircles: number[]; scripts: number };
    expect(requests).toEqual([]);
    expect(facts.lang).toBe('en-GB');
    expect(facts.first).toBe(1);
    expect(facts.skipped).toBe(false);
    expect(facts.scripts).toBe(0);
    expect(facts.tablesWithoutHeaders).toBe(0);
    expect(facts.charts.length).toBeGreaterThan(20);
    for (const name of facts.charts) expect(name).toMatch(/^(Forest|Funnel) plot: .+ \| .{40,}/);
    const comparisons = published.national.metrics.flatMap((metric) => metric.comparisons).filter((comparison) => comparison.mantelHaenszel !== null);
    const shown = comparisons.map((comparison) => comparison.byOrganisation.filter((council) => typeof council.ratio === 'number').length);
    expect(facts.trianglesAndCircles).toEqual(shown);
    await page.close();
  });
});
