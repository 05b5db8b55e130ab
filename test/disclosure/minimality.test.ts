import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exposedByCut, secondarySuppressions, type NetworkArc } from '../../src/disclosure/network.js';

/** bands x {minority, white} with row, column and grand totals, as in network.test.ts. */
function table(rows: [number, number][]): NetworkArc[] {
  const arcs: NetworkArc[] = [{ id: 'T', from: 'o', to: 'b', value: rows.reduce((s, [m, w]) => s + m + w, 0), cost: 1.001 }];
  rows.forEach(([m, w], i) => {
    arcs.push({ id: `t${i}`, from: 'b', to: `r${i}`, value: m + w, cost: 1.0001 });
    arcs.push({ id: `m${i}`, from: `r${i}`, to: 'M', value: m, cost: 1 });
    arcs.push({ id: `w${i}`, from: `r${i}`, to: 'W', value: w, cost: 1 });
  });
  arcs.push({ id: 'M', from: 'M', to: 'o', value: rows.reduce((s, [m]) => s + m, 0), cost: 1.001 });
  arcs.push({ id: 'W', from: 'W', to: 'o', value: rows.reduce((s, [, w]) => s + w, 0), cost: 1.001 });
  return arcs;
}

/** The fewest extra cells, by trying every set of published positive cells in order of size. */
function exhaustiveMinimum(arcs: NetworkArc[], primary: Set<string>): number {
  const candidates = arcs.filter((arc) => !primary.has(arc.id) && arc.value > 0).map((arc) => arc.id);
  for (let size = 0; size <= candidates.length; size += 1) {
    const choose = (start: number, chosen: string[]): boolean => {
      if (chosen.length === size) return exposedByCut(arcs, new Set([...primary, ...chosen])).length === 0;
      for (let i = start; i < candidates.length; i += 1) if (choose(i + 1, [...chosen, candidates[i]!])) return true;
      return false;
    };
    if (choose(0, [])) return size;
  }
  return Number.POSITIVE_INFINITY;
}

describe('secondarySuppressions against exhaustive search', () => {
  it('adds no more cells than the exhaustive minimum on random tables of 2 to 4 bands', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 })), { minLength: 2, maxLength: 4 }),
        (rows) => {
          const arcs = table(rows);
          // Primary: interior cells below 10 (all cells are at least 1 here, so the cut criterion is exact).
          const primary = new Set(arcs.filter((arc) => /^[mw]\d/.test(arc.id) && arc.value < 10).map((arc) => arc.id));
          const extra = secondarySuppressions(arcs, primary, primary);
          expect(exposedByCut(arcs, new Set([...primary, ...extra]))).toEqual([]);
          expect(extra.length).toBe(exhaustiveMinimum(arcs, primary));
        },
      ),
      { numRuns: 150 },
    );
  });
});
