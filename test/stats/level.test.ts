/**
 * Levels close to 1 (issue 13, item 14): `--level 0.9999999999999999` gave NaN limits ("not a
 * number%") and levels from about 0.99999995 printed as "100% CI". Levels whose normal quantile is
 * not finite are rejected; the others are printed exactly.
 */
import { describe, expect, it } from 'vitest';
import { WresInputError } from '../../src/errors.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { computeReport } from '../../src/report/compute-report.js';
import { levelPercent, MAX_LEVEL } from '../../src/stats/level.js';
import { normalQuantile } from '../../src/stats/normal-quantile.js';
import { relativeLikelihood } from '../../src/stats/ratio/relative-likelihood.js';

const period = { start: '2024-04-01', end: '2025-03-31' };
const staff = [
  ...Array.from({ length: 30 }, (_, i) => ({ id: `w${i}`, ethnicity: 'White British', endDate: i < 4 ? '2024-06-01' : undefined })),
  ...Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, ethnicity: 'Black African', endDate: i < 7 ? '2024-06-01' : undefined })),
];

describe('confidence levels close to 1', () => {
  it('takes 1 - 2^-52 as the highest level: its quantile is finite, the next double up is not', () => {
    // Hand: 1 - (1 - (1 - 2^-52)) / 2 = 1 - 2^-53 is a double; for 1 - 2^-53 it is 1 - 2^-54, which rounds to 1.
    expect(MAX_LEVEL).toBe(0.9999999999999998);
    expect(Number.isFinite(normalQuantile(1 - (1 - MAX_LEVEL) / 2))).toBe(true);
    expect(normalQuantile(1 - (1 - 0.9999999999999999) / 2)).toBe(Infinity);
  });
  it('rejects 0.9999999999999999 as an input error with a sentence', () => {
    const attempt = () => computeReport({ staff }, { period, intervals: { level: 0.9999999999999999 } });
    expect(attempt).toThrow(WresInputError);
    expect(attempt).toThrow('options, field "intervals.level": 0.9999999999999999 is too close to 1: its normal quantile is not finite (the highest level is 0.9999999999999998).');
    expect(() => relativeLikelihood({ focal: { count: 7, total: 20 }, reference: { count: 4, total: 30 } }, { level: 0.9999999999999999 })).toThrow(RangeError);
  });
  it('prints levels exactly: 0.99999995 is 99.999995%, never 100%', () => {
    expect(levelPercent(0.95)).toBe('95%');
    expect(levelPercent(0.9)).toBe('90%');
    expect(levelPercent(0.05)).toBe('5%');
    expect(levelPercent(0.999)).toBe('99.9%');
    expect(levelPercent(0.99999995)).toBe('99.999995%');
    expect(levelPercent(MAX_LEVEL)).toBe('99.99999999999998%');
    const markdown = renderMarkdown(computeReport({ staff }, { period, intervals: { level: 0.99999995 } }));
    expect(markdown).toContain('99.999995% CI');
    expect(markdown).not.toContain('100% CI');
  });
  it('gives finite limits and no NaN at the highest level', () => {
    const report = computeReport({ staff }, { period, intervals: { level: MAX_LEVEL } });
    const rl = report.metrics[7]!.comparisons[0]!.relativeLikelihood!;
    expect(rl.lower).toBeGreaterThan(0);
    expect(rl.upper).toBeGreaterThan(rl.ratio!);
    expect(JSON.stringify(report, (_k, v) => (Number.isNaN(v) ? 'NaN' : v))).not.toContain('"NaN"');
  });
});
