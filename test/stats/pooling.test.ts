/**
 * The pooling statistics behind collateReports, on small cases whose values come from R 4.2.2 with
 * metafor 3.8.1 (the calls are written beside each expectation). The large-scale agreement is in
 * test/collate/metafor-vectors.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  chiSquareUpperTail,
  derSimonianLaird,
  funnelPosition,
  logRelativeLikelihoodEstimate,
  mantelHaenszelRatio,
} from '../../src/index.js';

describe('logRelativeLikelihoodEstimate (escalc measure = "RR")', () => {
  it('adds 0.5 to every cell of a table with a zero cell', () => {
    // R: escalc("RR", ai = 0, n1i = 37, ci = 4, n2i = 120): yi = -1.039020191, vi = 2.187641970
    const estimate = logRelativeLikelihoodEstimate({ focal: { count: 0, total: 37 }, reference: { count: 4, total: 120 } })!;
    expect(estimate.logRatio).toBeCloseTo(-1.039020191, 8);
    expect(estimate.variance).toBeCloseTo(2.18764197, 8);
    expect(estimate.adjusted).toBe(true);
  });

  it('leaves a table without zero cells as it is (hand: log(0.1/0.05) = 0.6931, 1/10 - 1/100 + 1/5 - 1/100 = 0.28)', () => {
    const estimate = logRelativeLikelihoodEstimate({ focal: { count: 10, total: 100 }, reference: { count: 5, total: 100 } })!;
    expect(estimate.logRatio).toBeCloseTo(Math.log(2), 12);
    expect(estimate.variance).toBeCloseTo(0.28, 12);
    expect(estimate.adjusted).toBe(false);
  });

  it('has no estimate for a group with nobody in it', () => {
    expect(logRelativeLikelihoodEstimate({ focal: { count: 0, total: 0 }, reference: { count: 4, total: 120 } })).toBeNull();
  });
});

describe('mantelHaenszelRatio (rma.mh measure = "RR")', () => {
  const tables = [
    { focal: { count: 10, total: 100 }, reference: { count: 5, total: 100 } },
    { focal: { count: 20, total: 50 }, reference: { count: 30, total: 150 } },
  ];

  it('pools with the Greenland-Robins variance', () => {
    // R: rma.mh(measure = "RR", ai = c(10, 20), n1i = c(100, 50), ci = c(5, 30), n2i = c(100, 150)): 2, 1.293864733, 3.091513275
    const pooled = mantelHaenszelRatio(tables)!;
    expect(pooled.ratio).toBeCloseTo(2, 12);
    expect(pooled.lower).toBeCloseTo(1.293864733, 8);
    expect(pooled.upper).toBeCloseTo(3.091513275, 8);
  });

  it('inverts when the groups swap', () => {
    const swapped = mantelHaenszelRatio(tables.map(({ focal, reference }) => ({ focal: reference, reference: focal })))!;
    expect(swapped.ratio).toBeCloseTo(0.5, 12);
    expect(swapped.upper).toBeCloseTo(1 / 1.293864733, 8);
  });

  it('gives no ratio when one group has no outcome in any stratum (rma.mh returns NA)', () => {
    expect(mantelHaenszelRatio([{ focal: { count: 0, total: 10 }, reference: { count: 3, total: 10 } }])).toBeNull();
  });
});

describe('derSimonianLaird (rma method = "DL")', () => {
  it('estimates tau-squared, Q, its p-value and I-squared', () => {
    // R: rma(yi = log(c(2, 0.8)), vi = c(0.1, 0.05), method = "DL"):
    // tau2 0.34479435266, QE 5.59725803546, QEp 0.01798860976, I2 82.13410935023, exp(b) 1.23086589074
    const random = derSimonianLaird([
      { logRatio: Math.log(2), variance: 0.1, adjusted: false },
      { logRatio: Math.log(0.8), variance: 0.05, adjusted: false },
    ])!;
    expect(random.tau2).toBeCloseTo(0.34479435266, 9);
    expect(random.heterogeneity.q).toBeCloseTo(5.59725803546, 9);
    expect(random.heterogeneity.p).toBeCloseTo(0.01798860976, 10);
    expect(random.heterogeneity.i2).toBeCloseTo(0.8213410935023, 9);
    expect(random.ratio).toBeCloseTo(1.23086589074, 9);
  });

  it('needs two strata', () => {
    expect(derSimonianLaird([{ logRatio: 0, variance: 1, adjusted: false }])).toBeNull();
  });
});

describe('chiSquareUpperTail', () => {
  it('matches R pchisq(q, df, lower.tail = FALSE), far into the tail', () => {
    expect(chiSquareUpperTail(50, 10) / 2.669083425e-7).toBeCloseTo(1, 8); // R: pchisq(50, 10, lower.tail = FALSE)
    expect(chiSquareUpperTail(0, 3)).toBe(1);
  });
});

describe('funnelPosition (Spiegelhalter 2005)', () => {
  it('places a log ratio against 95% and 99.8% limits at its own standard error', () => {
    // z = log(3) / 0.3 = 3.662 > qnorm(0.999) = 3.090232
    expect(funnelPosition({ logRatio: Math.log(3), variance: 0.09 }, 0)).toBe('above-99.8');
    // z = 0.7 / 0.3 = 2.333, between 1.959964 and 3.090232
    expect(funnelPosition({ logRatio: 0.7, variance: 0.09 }, 0)).toBe('above-95');
    expect(funnelPosition({ logRatio: -0.7, variance: 0.09 }, 0)).toBe('below-95');
    expect(funnelPosition({ logRatio: -1, variance: 0.09 }, 0)).toBe('below-99.8');
    expect(funnelPosition({ logRatio: 0.5, variance: 0.09 }, 0)).toBe('within');
  });
});
