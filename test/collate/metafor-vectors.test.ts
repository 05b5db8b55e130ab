/**
 * collateReports against R's metafor on 2,500 random collations (2 to 150 councils; tiny, small,
 * medium and large councils; zero cells in either group, in both, and full cells; homogeneous and
 * heterogeneous true ratios; levels 0.95 and 0.9). The vectors were written by
 * test/collate/fixtures/generate.R (its provenance block names the R and metafor versions):
 * rma.mh(measure = "RR") for the Mantel-Haenszel ratio, escalc(measure = "RR") then
 * rma(method = "DL") for the councils' log ratios, Q, its p-value, I-squared, tau-squared and the
 * random-effects ratio, and the funnel position of each council as the script computes it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collateReports, type CollatedComparison, type CollationEntry } from '../../src/index.js';

interface Vector {
  scenario: string;
  level: number;
  a: number[];
  n1: number[];
  c: number[];
  n2: number[];
  mh: { ratio: number; lower: number; upper: number } | null;
  dl: { ratio: number; lower: number; upper: number; tau2: number; q: number; df: number; p: number; i2: number };
  org: { yi: number[]; vi: number[]; funnel?: string[] };
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/metafor-vectors.json', import.meta.url), 'utf8')) as {
  provenance: { r: string; metafor: string; collations: number };
  collations: Vector[];
};

/** Relative agreement to 1e-6, with an absolute floor of 1e-12 for figures that are 0 in R (tau2, I-squared, Q of identical councils). */
function close(actual: number, expected: number, what: string): void {
  const tolerance = Math.max(1e-6 * Math.abs(expected), 1e-12);
  if (!(Math.abs(actual - expected) <= tolerance)) expect.fail(`${what}: ${actual}, metafor ${expected}`);
}

function collate(vector: Vector): CollatedComparison {
  const entries: CollationEntry[] = vector.a.map((a, i) => ({
    name: `Council ${i + 1}`,
    counts: {
      outcomes: {
        'entered-disciplinary': {
          population: { minority: vector.n1[i]!, white: vector.n2[i]!, unknown: 0 },
          outcome: { minority: a, white: vector.c[i]!, unknown: 0 },
        },
      },
    },
  }));
  const collation = collateReports(entries, { intervals: { level: vector.level } });
  return collation.metrics[2]!.comparisons[0]!;
}

describe('collateReports agrees with R metafor', () => {
  it('has the vectors with their provenance', () => {
    expect(fixture.provenance.metafor).toBe('3.8.1');
    expect(fixture.provenance.r).toMatch(/^R version 4\./);
    expect(fixture.collations.length).toBe(fixture.provenance.collations);
    expect(fixture.collations.length).toBeGreaterThanOrEqual(2000);
    const sizes = fixture.collations.map((vector) => vector.a.length);
    expect(Math.min(...sizes)).toBe(2);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(140);
  });

  it('matches every pooled figure, heterogeneity statistic, council ratio and funnel position to 1e-6', () => {
    let mhNull = 0;
    let zeroCells = 0;
    for (const [index, vector] of fixture.collations.entries()) {
      const where = `collation ${index} (${vector.scenario}, k = ${vector.a.length}, level ${vector.level})`;
      const result = collate(vector);
      expect(result.organisations, where).toBe(vector.a.length);
      if (vector.mh === null) {
        mhNull += 1;
        expect(result.mantelHaenszel, where).toBeNull();
      } else {
        close(result.mantelHaenszel!.ratio, vector.mh.ratio, `${where} MH ratio`);
        close(result.mantelHaenszel!.lower, vector.mh.lower, `${where} MH lower`);
        close(result.mantelHaenszel!.upper, vector.mh.upper, `${where} MH upper`);
      }
      const random = result.randomEffects!;
      close(random.ratio, vector.dl.ratio, `${where} DL ratio`);
      close(random.lower, vector.dl.lower, `${where} DL lower`);
      close(random.upper, vector.dl.upper, `${where} DL upper`);
      close(random.tau2, vector.dl.tau2, `${where} tau2`);
      const heterogeneity = result.heterogeneity!;
      close(heterogeneity.q, vector.dl.q, `${where} Q`);
      expect(heterogeneity.df, where).toBe(vector.dl.df);
      close(heterogeneity.p, vector.dl.p, `${where} Q p-value`);
      close(heterogeneity.i2, vector.dl.i2, `${where} I-squared`);
      result.byOrganisation.forEach((council, i) => {
        close(Math.log(council.ratio), vector.org.yi[i]!, `${where} council ${i} log ratio`);
        const z = vector.level === 0.9 ? 1.6448536269514722 : 1.959963984540054; // R: qnorm(0.95), qnorm(0.975)
        close(council.upper, Math.exp(vector.org.yi[i]! + z * Math.sqrt(vector.org.vi[i]!)), `${where} council ${i} upper`);
        if (vector.a[i] === 0 || vector.c[i] === 0) zeroCells += 1;
      });
      expect(result.byOrganisation.map((council) => council.funnel), where)
        .toEqual(vector.org.funnel ?? vector.a.map(() => null));
    }
    // The vectors exercise what they claim to: collations without a pooled MH ratio and many zero cells.
    expect(mhNull).toBeGreaterThan(0);
    expect(zeroCells).toBeGreaterThan(500);
  });
});
