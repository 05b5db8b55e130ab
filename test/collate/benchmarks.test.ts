/**
 * A council's report with national and regional benchmarks: the pooled (Mantel-Haenszel) figure
 * of each of its comparisons, carried in the JSON and shown in the Markdown and CSV. Expected
 * figures come from collateReports (checked against R metafor in metafor-vectors.test.ts).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { WresInputError, collateReports, computeReportFromCounts, renderCsv, renderMarkdown } from '../../src/index.js';
import { generateNation } from '../../examples/national/nation.js';

const nation = generateNation(11, 80);
const england = collateReports(nation);
const london = collateReports(nation.filter((entry) => entry.region === 'London'));
const period = { start: '2024-04-01', end: '2025-03-31' };
const council = nation.find((entry) => entry.region === 'London')!;
const report = computeReportFromCounts(council.counts, { period, benchmarks: [{ label: 'England', collation: england }, { label: 'London', collation: london }] });

describe('benchmarks in a council report', () => {
  it('carries each comparison\'s pooled figure', () => {
    const national = england.metrics[2]!.comparisons[0]!.mantelHaenszel!;
    const figure = report.benchmarks![0]!.figures.find((f) => f.key === 'entered-disciplinary')!;
    expect(report.benchmarks!.map((b) => b.label)).toEqual(['England', 'London']);
    expect(figure).toEqual({ metric: 3, key: 'entered-disciplinary', group: 'minority', ...national, organisations: 160 });
  });

  it('shows the pooled figure beside the council\'s own in Markdown and CSV', () => {
    const national = england.metrics[2]!.comparisons[0]!.mantelHaenszel!;
    const markdown = renderMarkdown(report);
    const row = markdown.split('\n').find((line) => line.startsWith('| Entered the formal disciplinary process'))!;
    expect(row.endsWith(`| ${national.ratio.toFixed(2)} (${national.lower.toFixed(2)} to ${national.upper.toFixed(2)}) | ${london.metrics[2]!.comparisons[0]!.mantelHaenszel!.ratio.toFixed(2)} (${london.metrics[2]!.comparisons[0]!.mantelHaenszel!.lower.toFixed(2)} to ${london.metrics[2]!.comparisons[0]!.mantelHaenszel!.upper.toFixed(2)}) |`)).toBe(true);
    const rows = Papa.parse<Record<string, string>>(renderCsv(report).trim(), { header: true }).data;
    const csvRow = rows.find((r) => r.key === 'entered-disciplinary')!;
    expect(csvRow.benchmark_1_label).toBe('England');
    expect(Number(csvRow.benchmark_1_ratio)).toBe(national.ratio);
    expect(csvRow.benchmark_2_label).toBe('London');
  });

  it('keeps the benchmarks in a published report, and leaves a plain report unchanged', () => {
    const published = computeReportFromCounts(council.counts, { period, disclosure: 'sc-wres-publication', benchmarks: [{ label: 'England', collation: england }] });
    expect(published.benchmarks![0]!.figures.length).toBe(report.benchmarks![0]!.figures.length);
    const plain = computeReportFromCounts(council.counts, { period });
    expect(plain.benchmarks).toBeUndefined();
    expect(renderCsv(plain).split('\r\n')[0]).not.toContain('benchmark');
  });

  it('names a bad benchmark option', () => {
    expect(() => computeReportFromCounts(council.counts, { period, benchmarks: [{ label: '', collation: england }, { label: 'X', collation: {} as never }] }))
      .toThrow(WresInputError);
    expect(() => computeReportFromCounts(council.counts, { period, benchmarks: [{ label: 'X', collation: {} as never }] }))
      .toThrow(/benchmarks\.0\.collation/);
  });
});
