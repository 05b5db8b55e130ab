// The HTML report in headless Chromium (issue 14, SPEC 13): for the example council and for a small
// team under sc-wres-publication, `wres report --format html` (the built CLI) loads with every
// request blocked and none made, and axe-core finds no WCAG 2.x A/AA violation. Then prints to PDF
// (A4) and checks that no table is wider than the printed page.
// Usage: node .ci/html-check.mjs [--keep DIR]   (DIR gets the HTML, PDF and screenshots)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const keepIndex = process.argv.indexOf('--keep');
const dir = keepIndex > 0 ? process.argv[keepIndex + 1] : mkdtempSync(join(tmpdir(), 'sc-wres-html-'));
mkdirSync(dir, { recursive: true });
const council = 'examples/council';
const bands = 'Scale 1-2,Scale 3-4,Scale 5-6,SO1-SO2,PO1-PO4,PO5-PO8,Senior management';

/** A small team: the first 40 staff of the example council, their cases and CPD, and 60 applications. */
function smallTeam() {
  const team = join(dir, 'team');
  mkdirSync(team, { recursive: true });
  const lines = (file) => readFileSync(join(council, file), 'utf8').trimEnd().split('\n');
  const staff = lines('staff.csv');
  const kept = staff.slice(0, 41);
  const ids = new Set(kept.slice(1).map((line) => line.split(',')[0]));
  writeFileSync(join(team, 'staff.csv'), `${kept.join('\n')}\n`);
  for (const file of ['disciplinary.csv', 'cpd.csv', 'fitness-to-practise.csv']) {
    const [header, ...rows] = lines(file);
    const column = header.split(',').indexOf('staffId');
    writeFileSync(join(team, file), `${[header, ...rows.filter((row) => ids.has(row.split(',')[column]))].join('\n')}\n`);
  }
  writeFileSync(join(team, 'applications.csv'), `${lines('applications.csv').slice(0, 61).join('\n')}\n`);
  return team;
}

function report(source, extra, period = '2024-04-01..2025-03-31', format = 'html') {
  const args = ['dist/cli.js', 'report', '--period', period, '--pay-bands', bands, '--format', format, ...extra];
  for (const [flag, file] of [['--staff', 'staff.csv'], ['--applications', 'applications.csv'], ['--disciplinary', 'disciplinary.csv'], ['--fitness-to-practise', 'fitness-to-practise.csv'], ['--cpd', 'cpd.csv']]) {
    args.push(flag, join(source, file));
  }
  return execFileSync('node', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const councilFlags = ['--survey', join(council, 'survey.csv'), '--organisation-name', 'Example Borough Council (synthetic)', '--population-minority-share', '0.46'];
// Last year's report, for the year-on-year table and chart and for `wres compare`.
const lastYear = join(dir, 'council-2023-24.json');
const thisYear = join(dir, 'council-2024-25.json');
writeFileSync(lastYear, report(council, councilFlags, '2023-04-01..2024-03-31', 'json'));
writeFileSync(thisYear, report(council, councilFlags, '2024-04-01..2025-03-31', 'json'));
const compare = execFileSync('node', ['dist/cli.js', 'compare', '--previous', lastYear, '--current', thisYear, '--format', 'html'], { encoding: 'utf8' });
const pages = [
  { name: 'council', html: report(council, [...councilFlags, '--actions', join(council, 'actions.yaml'), '--previous', lastYear]) },
  { name: 'compare', html: compare },
  { name: 'small-team', html: report(smallTeam(), ['--disclosure', 'sc-wres-publication', '--organisation-name', 'Example team (synthetic)']) },
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
let failed = false;
try {
  for (const { name, html } of pages) {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    // The page's Content-Security-Policy forbids scripts; bypass it only to inject axe-core.
    const page = await browser.newPage({ viewport: { width: 1000, height: 1300 }, bypassCSP: true });
    const requests = [];
    await page.route('**/*', (route) => {
      if (route.request().url() !== `file://${file}`) requests.push(route.request().url());
      return route.request().url() === `file://${file}` ? route.continue() : route.abort();
    });
    await page.goto(`file://${file}`);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return { violations: r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })), passes: r.passes.length };
    });
    // Requests other than the page itself: axe's script is injected inline, so there must be none.
    const made = requests.filter((url) => !url.startsWith('data:'));
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1000 });
    const overflowNarrow = await page.evaluate(() => [...document.querySelectorAll('table')].filter((t) => t.scrollWidth > t.parentElement.clientWidth + 1).map((t) => `${t.querySelector('caption')?.textContent}: ${t.scrollWidth} px in ${t.parentElement.clientWidth} px`));
    await page.pdf({ path: join(dir, `${name}.pdf`), preferCSSPageSize: true, printBackground: true });
    console.log(`${name}: ${html.length} bytes; axe: ${result.passes} rules passed, ${result.violations.length} violated; requests made: ${made.length}; tables wider than A4: ${overflowNarrow.length}`);
    for (const v of result.violations) console.log(`  axe ${v.id}: ${v.help} (${v.nodes.join('; ')})`);
    for (const url of made) console.log(`  request: ${url}`);
    for (const t of overflowNarrow) console.log(`  too wide: ${t}`);
    if (result.violations.length > 0 || made.length > 0 || overflowNarrow.length > 0) failed = true;
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`html check: files in ${dir}`);
if (failed) process.exit(1);
