// CI check of the browser example (run by .ci/examples): bundles app.mts (build.mjs fails on any Node
// builtin), serves examples/browser from a static server on 127.0.0.1, and drives Debian's Chromium
// with playwright-core: picks the example council's raw exports (xlsx, Windows-1252, UTF-16, ...)
// and their import profile, computes the report, and checks what the page shows; then a profile
// whose file is not picked; then the clean CSV files without a profile, and a bad staff file, which
// must show the problem's row and field. Every request the page makes must go to the local server,
// with no request body (nothing uploaded).
//
//   node examples/browser/check.mjs [--screenshot /tmp/sc-wres-browser.png]
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { buildBrowserExample } from './build.mjs';

const { values } = parseArgs({ options: { screenshot: { type: 'string', default: join(tmpdir(), 'sc-wres-browser.png') } } });
const here = fileURLToPath(new URL('.', import.meta.url));
const council = fileURLToPath(new URL('../council/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const { bytes } = await buildBrowserExample();
console.log(`bundle: ${(bytes / 1024).toFixed(0)} KiB, no Node builtins`);

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(join(here, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
  const file = path.endsWith(sep) ? join(path, 'index.html') : path;
  if (!file.startsWith(here) || request.method !== 'GET') {
    response.writeHead(403).end();
    return;
  }
  try {
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const profile = mkdtempSync(join(tmpdir(), 'sc-wres-chromium-'));
const work = mkdtempSync(join(tmpdir(), 'sc-wres-browser-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1280, height: 900 },
  locale: 'en-GB',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

try {
  const page = context.pages()[0] ?? (await context.newPage());
  const problems = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  let refusedEval = 0;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The page's CSP has no 'unsafe-eval'; @stdlib's feature checks try eval/Function and fall back.
    if (/'script-src' was not explicitly set|unsafe-eval/.test(message.text())) refusedEval++;
    else problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method(), body: request.postData() }));

  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Ready'));

  // The raw exports and their profile: the library reads each file and applies the profile in the page.
  const raw = join(council, 'raw');
  const exportsPicked = ['staff.xlsx', 'applications.csv', 'casework.csv', 'ftp-referrals.csv', 'lms.txt', 'survey.csv'].map((f) => join(raw, f));
  await page.setInputFiles('#profile', join(raw, 'profile.yaml'));
  await page.setInputFiles('#exports', exportsPicked);
  let started = performance.now();
  await page.click('#run');
  await page.waitForSelector('#output:not([hidden])', { timeout: 60_000 });
  console.log(`report from the raw exports and their profile computed in the page in ${Math.round(performance.now() - started)} ms`);
  assert.match(await page.textContent('#status'), /Report computed from 3600 staff records, sc-wres-publication disclosure control applied/);
  const rawRow = async (key) => page.$$eval(`#summary tr[data-key="${key}"] td`, (tds) => tds.map((td) => td.textContent));
  // The same figures as the clean CSVs (examples/council/README.md).
  assert.deepEqual(await rawRow('appointed-from-shortlisting'), ['2', 'Appointed from shortlisting', '53 of 293', '92 of 303', '0.60 (0.44 to 0.80)']);
  assert.deepEqual(await rawRow('entered-disciplinary'), ['3', 'Entered the formal disciplinary process', '46 of 1285', '33 of 1621', '1.76 (1.14 to 2.72)']);
  assert.deepEqual(await rawRow('left-organisation'), ['8', 'Left the organisation', '169 of 1285', '185 of 1621', '1.15 (0.95 to 1.40)']);

  // A profile whose file was not picked: the page says which.
  await page.setInputFiles('#exports', exportsPicked.filter((f) => !f.endsWith('lms.txt')));
  await page.click('#run');
  await page.waitForSelector('#status.error');
  assert.match(await page.textContent('#status'), /profile\.yaml names files you have not picked: lms\.txt \(cpd\)/);
  assert.ok(await page.isHidden('#output'));
  await page.setInputFiles('#profile', []);
  await page.setInputFiles('#exports', []);

  const files = {
    staff: 'staff.csv',
    applications: 'applications.csv',
    disciplinary: 'disciplinary.csv',
    'fitness-to-practise': 'fitness-to-practise.csv',
    cpd: 'cpd.csv',
    survey: 'survey.csv',
  };
  for (const [id, file] of Object.entries(files)) await page.setInputFiles(`#file-${id}`, join(council, file));
  await page.fill('#pay-bands', 'Scale 1-2, Scale 3-4, Scale 5-6, SO1-SO2, PO1-PO4, PO5-PO8, Senior management');
  await page.fill('#organisation', 'Example Borough Council (synthetic)');
  await page.fill('#population-share', '46');
  started = performance.now();
  await page.click('#run');
  await page.waitForSelector('#output:not([hidden])', { timeout: 60_000 });
  console.log(`report computed in the page in ${Math.round(performance.now() - started)} ms`);

  const status = await page.textContent('#status');
  assert.match(status, /Report computed from 3600 staff records, sc-wres-publication disclosure control applied/);

  // Nine metric sections in the rendered report, in order.
  const headings = await page.$$eval('#report h2', (hs) => hs.map((h) => h.textContent));
  const metricHeadings = headings.filter((h) => /^Metric \d:/.test(h));
  assert.deepEqual(metricHeadings.map((h) => h.slice(0, 8)), [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Metric ${n}`));

  // Summary table. Metric 2: 53 of 293 vs 92 of 303, RL 0.60 (0.44 to 0.80) (examples/council/README.md).
  const row = async (key) => page.$$eval(`#summary tr[data-key="${key}"] td`, (tds) => tds.map((td) => td.textContent));
  assert.deepEqual(await row('appointed-from-shortlisting'), ['2', 'Appointed from shortlisting', '53 of 293', '92 of 303', '0.60 (0.44 to 0.80)']);
  // Metric 4 has 8 and 7 referrals: withheld under sc-wres-publication.
  assert.deepEqual(await row('fitness-to-practise-referral'), ['4', 'Referred to fitness to practise', 'withheld of 223', 'withheld of 452', 'withheld']);
  // Labels, not internal keys.
  assert.doesNotMatch(await page.textContent('#summary'), /band:|entered-disciplinary|appointed-from/);
  const metrics = await page.$$eval('#summary tr[data-metric]', (trs) => [...new Set(trs.map((tr) => tr.dataset.metric))]);
  assert.deepEqual(metrics, ['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  const reportText = await page.textContent('#report');
  assert.match(reportText, /Minority ethnic applicants were 0\.60 times as likely as white applicants/);
  assert.match(reportText, /withheld to protect a small number/);
  assert.ok(await page.isVisible('#download-json'));
  // The HTML view: the council's document (renderHtml) in a sandboxed frame, and its download.
  const documentHtml = await page.$eval('#html-view', (frame) => frame.srcdoc);
  assert.match(documentHtml, /<h2 id="summary-h">Summary<\/h2>/);
  assert.doesNotMatch(documentHtml, /<script/i);
  assert.ok(await page.isVisible('#download-html'));

  await page.screenshot({ path: values.screenshot, fullPage: false });
  const reportShot = values.screenshot.replace(/(\.png)?$/, '-report.png');
  await page.evaluate(() => document.getElementById('summary')?.scrollIntoView());
  await page.screenshot({ path: reportShot, fullPage: false });
  console.log(`screenshots: ${values.screenshot}, ${reportShot}`);

  // A bad staff file: an impossible date on CSV row 3.
  const lines = readFileSync(join(council, 'staff.csv'), 'utf8').split('\n');
  lines[2] = lines[2].replace('2022-04-11', '2022-02-30');
  const bad = join(work, 'staff.csv');
  writeFileSync(bad, lines.join('\n'));
  await page.setInputFiles('#file-staff', bad);
  await page.click('#run');
  await page.waitForSelector('#status.error');
  const error = await page.textContent('#status');
  assert.match(error, /staff/);
  assert.match(error, /row 3/);
  assert.match(error, /startDate/);
  assert.ok(await page.isHidden('#output'));

  assert.deepEqual(problems, [], 'no page or console errors');
  console.log(`eval/Function refused by the page's CSP (feature checks in @stdlib): ${refusedEval}`);
  for (const r of requests) {
    assert.ok(r.url.startsWith(`${origin}/`), `request left the page's server: ${r.url}`);
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    assert.equal(r.body ?? null, null, `request with a body: ${r.url}`);
  }
  console.log(`requests: ${requests.length}, all GET to ${origin}`);
  console.log('browser example: ok');
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
