/**
 * `wres collate` as Skills for Care would run it: on the synthetic nation's file of entries and on
 * councils' own JSON reports from `wres report --format json`, in every format, and on bad files.
 * Expected figures come from collateReports, checked against R metafor in test/collate.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIo, run } from '../../src/cli/run.js';
import { collateReports, computeReportFromCounts, renderJson } from '../../src/index.js';
import { COLLATION_CSV_COLUMNS } from '../../src/render/collation-csv.js';
import { generateNation } from '../../examples/national/nation.js';

const dir = mkdtempSync(join(tmpdir(), 'wres-collate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(): CliIo & { out: string; err: string } {
  const sink = {
    out: '',
    err: '',
    stdout: (text: string) => { sink.out += text; },
    stderr: (text: string) => { sink.err += text; },
    stderrIsTTY: false,
    env: {},
    version: '9.9.9',
  };
  return sink;
}

const nation = generateNation(7, 80);
const nationFile = join(dir, 'nation.json');
writeFileSync(nationFile, JSON.stringify(nation));
const expected = collateReports(nation);

describe('wres collate', () => {
  it('prints the national report in Markdown with the distribution sentence', async () => {
    const sink = io();
    expect(await run(['collate', nationFile], sink)).toBe(0);
    const disciplinary = expected.metrics[2]!.comparisons[0]!;
    const above = disciplinary.byOrganisation.filter((council) => council.lower > 1).length;
    expect(sink.out).toContain(`In ${above} of 160 councils minority ethnic staff were significantly more likely than white staff to enter the formal disciplinary process`);
    expect(sink.out).toContain('| 3 | Entered the formal disciplinary process | 160 |');
    expect(sink.err).toBe('');
  });

  it('prints exactly the collation as JSON, and one row per council in CSV', async () => {
    const json = io();
    expect(await run(['collate', nationFile, '--format', 'json'], json)).toBe(0);
    expect(JSON.parse(json.out)).toEqual(JSON.parse(renderJson(expected as never)));
    const csv = io();
    expect(await run(['collate', nationFile, '--format', 'csv'], csv)).toBe(0);
    const rows = Papa.parse<Record<string, string>>(csv.out.trim(), { header: true }).data;
    expect(Object.keys(rows[0]!)).toEqual([...COLLATION_CSV_COLUMNS]);
    const councils = rows.filter((row) => row.key === 'entered-disciplinary' && row.row === 'council');
    expect(councils).toHaveLength(160);
    const mh = rows.find((row) => row.key === 'entered-disciplinary' && row.row === 'mantel-haenszel')!;
    expect(Number(mh.ratio)).toBe(expected.metrics[2]!.comparisons[0]!.mantelHaenszel!.ratio);
  });

  it('collates by region: the national table and one per region', async () => {
    const sink = io();
    expect(await run(['collate', nationFile, '--by', 'region', '--format', 'md'], sink)).toBe(0);
    expect(sink.out).toContain('## Region: London');
    expect(sink.out).toContain('## Region: North East');
  });

  it('writes self-contained HTML with a forest and a funnel plot per comparison', async () => {
    const out = join(dir, 'national.html');
    const sink = io();
    expect(await run(['collate', nationFile, '--format', 'html', '--out', out], sink)).toBe(0);
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(out, 'utf8');
    const comparisons = expected.metrics.reduce((n, metric) => n + metric.comparisons.length, 0);
    expect(html.match(/<svg /g)).toHaveLength(2 * comparisons);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('reads councils\' own JSON reports, naming each by its organisation and service', async () => {
    const files = ['Northby', 'Southby'].map((name, i) => {
      const report = computeReportFromCounts({
        organisation: { name },
        outcomes: { 'entered-disciplinary': { population: { minority: 100 + i * 50, white: 200, unknown: 4 }, outcome: { minority: 12 + i, white: 10, unknown: 0 } } },
      }, { period: { start: '2024-04-01', end: '2025-03-31' }, scope: { service: 'adults' } });
      const path = join(dir, `${name}.json`);
      writeFileSync(path, renderJson(report));
      return path;
    });
    const sink = io();
    expect(await run(['collate', ...files, '--format', 'json'], sink)).toBe(0);
    const collation = JSON.parse(sink.out);
    expect(collation.period).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(collation.metrics[2].comparisons[0].byOrganisation.map((c: { name: string }) => c.name)).toEqual(['Northby (adults)', 'Southby (adults)']);
  });

  it('names the file and entry of bad input, exits 2 and writes nothing', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([nation[0], { name: 'Broken', counts: { outcomes: { 'entered-disciplinary': { population: { minority: 5, white: 5, unknown: 0 }, outcome: { minority: 9, white: 1, unknown: 0 } } } } }]));
    const sink = io();
    expect(await run(['collate', bad, join(dir, 'missing.json'), '--format', 'csv'], sink)).toBe(2);
    expect(sink.err).toContain('missing.json" cannot be read: there is no such file');
    const second = io();
    expect(await run(['collate', bad], second)).toBe(2);
    expect(second.err).toContain(`${bad} entry 1`);
    expect(second.err).toContain('counts.outcomes.entered-disciplinary.outcome.minority');
    expect(second.out).toBe('');
    const flags = io();
    expect(await run(['collate', '--format', 'pdf', '--by', 'county'], flags)).toBe(2);
    expect(flags.err).toContain('--format must be one of md, html, json, csv');
    expect(flags.err).toContain('--by must be region or service');
    expect(flags.err).toContain('No files given');
  });
});

describe('wres collate --disclosure', () => {
  it('publishes: small council counts withheld in every format, no number where one was withheld', async () => {
    const small = generateNation(3, 80).map((entry) => ({
      ...entry,
      counts: {
        outcomes: {
          'fitness-to-practise-referral': entry.counts.outcomes['fitness-to-practise-referral']!,
        },
      },
    }));
    const file = join(dir, 'small.json');
    writeFileSync(file, JSON.stringify(small));
    for (const format of ['md', 'html', 'csv', 'json']) {
      const sink = io();
      expect(await run(['collate', file, '--by', 'region', '--disclosure', 'sc-wres-publication', '--format', format], sink), format).toBe(0);
      expect(sink.out, format).toMatch(/withheld/);
    }
    const json = io();
    await run(['collate', file, '--disclosure', 'sc-wres-publication', '--format', 'json'], json);
    const published = JSON.parse(json.out);
    const councils = published.metrics[3].comparisons[0].byOrganisation as { focal: { count: unknown } }[];
    const withheld = councils.filter((council) => typeof council.focal.count !== 'number');
    expect(withheld.length).toBeGreaterThan(0);
    // Every published council count is 0 or at least 10 (the threshold), and the disclosure note says how many were withheld.
    expect(councils.every((council) => typeof council.focal.count !== 'number' || council.focal.count === 0 || council.focal.count >= 10)).toBe(true);
    expect(published.disclosure.withheld).toBeGreaterThan(0);
  });
});

describe('wres report --benchmarks', () => {
  it('puts the national pooled figure beside the council\'s own, read from wres collate --format json', async () => {
    const national = join(dir, 'national-benchmark.json');
    expect(await run(['collate', nationFile, '--format', 'json', '--out', national], io())).toBe(0);
    const staff = join(dir, 'staff.csv');
    const cases = join(dir, 'cases.csv');
    const rows = ['id,ethnicity,startDate'];
    for (let i = 0; i < 60; i += 1) rows.push(`s${i},${i % 2 === 0 ? 'White British' : 'Black African'},2020-01-01`);
    writeFileSync(staff, `${rows.join('\n')}\n`);
    writeFileSync(cases, 'staffId,date\ns1,2024-06-01\ns3,2024-07-01\ns2,2024-08-01\n');
    const sink = io();
    const code = await run(['report', '--staff', staff, '--disciplinary', cases, '--period', '2024-04-01..2025-03-31', '--benchmarks', `England=${national}`, '--format', 'csv'], sink);
    expect(sink.err).toBe('');
    expect(code).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(sink.out.trim(), { header: true }).data;
    const row = parsed.find((r) => r.key === 'entered-disciplinary')!;
    expect(row.benchmark_1_label).toBe('England');
    expect(Number(row.benchmark_1_ratio)).toBe(expected.metrics[2]!.comparisons[0]!.mantelHaenszel!.ratio);
    const bad = io();
    expect(await run(['report', '--staff', staff, '--period', '2024-04-01..2025-03-31', '--benchmarks', 'England'], bad)).toBe(2);
    expect(bad.err).toContain('--benchmarks takes LABEL=FILE items');
  });
});
