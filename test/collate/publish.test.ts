/**
 * A published collation attacked as an intruder would: from every published council count and
 * every published sum (national, regional), can a withheld council count be worked out? Two
 * intruders: the library's linear-programming audit (auditTable, yalps), over the sums, each
 * council's count within its published total and, in metric 1, each council's bands adding up to
 * its group total; and a brute-force one that also knows which rule withheld each cell (a small
 * count is 1 to 9, a small complement within 9 of the total) and enumerates every table.
 */
import { describe, expect, it } from 'vitest';
import {
  auditTable,
  collateBy,
  collateReports,
  isSuppressed,
  publishCollation,
  type AuditCell,
  type AuditConstraint,
  type CollationEntry,
  type PublishedCollation,
  type WresCounts,
} from '../../src/index.js';
import { mulberry32 } from '../../examples/council/council.js';

const THRESHOLD = 10;

/** A small nation: councils with few staff, so that many counts are below 10. */
function smallNation(seed: number, councils: number): CollationEntry[] {
  const random = mulberry32(seed);
  const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  return Array.from({ length: councils }, (_, i) => {
    const minority = int(8, 60);
    const white = int(8, 80);
    const outcome = (n: number, p: number): number => Array.from({ length: n }, () => random() < p).filter(Boolean).length;
    const bandsOf = (n: number): number[] => {
      const a = outcome(n, 0.5);
      const b = outcome(n - a, 0.6);
      return [a, b, n - a - b];
    };
    const minorityBands = bandsOf(minority);
    const whiteBands = bandsOf(white);
    const counts: WresCounts = {
      bands: {
        labels: ['Low', 'Middle', 'High'],
        staff: [0, 1, 2].map((b) => ({ minority: minorityBands[b]!, white: whiteBands[b]!, unknown: 0 })),
        bandNotKnown: { minority: 0, white: 0, unknown: 0 },
      },
      outcomes: {
        'entered-disciplinary': { population: { minority, white, unknown: 0 }, outcome: { minority: outcome(minority, 0.1), white: outcome(white, 0.06), unknown: 0 } },
        'accessed-funded-cpd': { population: { minority, white, unknown: 0 }, outcome: { minority: outcome(minority, 0.85), white: outcome(white, 0.9), unknown: 0 } },
      },
    };
    return { name: `Council ${i}`, region: `Region ${i % 3}`, counts };
  });
}

/** The LP intruder over one published comparison kind, with the true values to compare. */
function lpAudit(published: PublishedCollation, trueCollation: ReturnType<typeof collateReports>, groupOf: (name: string) => string): string[] {
  const exposed: string[] = [];
  for (const [m, metric] of published.metrics.entries()) {
    for (const kind of ['focal', 'reference'] as const) {
      const cells: AuditCell[] = [];
      const constraints: AuditConstraint[] = [];
      const rows = new Map<string, string[]>();
      const groupSums = new Map<string, { parts: string[]; value: number }>();
      metric.comparisons.forEach((comparison, c) => {
        const truth = trueCollation.metrics[m]!.comparisons[c]!;
        comparison.byOrganisation.forEach((council, i) => {
          const id = `${c}:${council.name}`;
          const count = council[kind].count;
          const value = truth.byOrganisation[i]![kind].count;
          cells.push(isSuppressed(count) ? { id, status: 'suppressed', value } : { id, status: 'published', value: count });
          cells.push({ id: `${id}:rest`, status: 'unpublished' }, { id: `${id}:total`, status: 'published', value: council[kind].total });
          constraints.push({ parts: [id, `${id}:rest`], total: `${id}:total` });
          rows.set(council.name, [...(rows.get(council.name) ?? []), id]);
          const key = `${c}:${groupOf(council.name)}`;
          const sum = groupSums.get(key) ?? { parts: [], value: 0 };
          sum.parts.push(id);
          sum.value += value;
          groupSums.set(key, sum);
        });
        if (isSuppressed(comparison.crude.focal.count)) for (const key of [...groupSums.keys()].filter((k) => k.startsWith(`${c}:`))) groupSums.delete(key);
      });
      for (const [key, sum] of groupSums) {
        cells.push({ id: `sum:${key}`, status: 'published', value: sum.value });
        constraints.push({ parts: sum.parts, total: `sum:${key}` });
      }
      if (metric.number === 1) {
        // Each council's bands add up to its group's staff with a known band (published as the comparisons' total).
        for (const [name, ids] of rows) {
          const total = metric.comparisons[0]!.byOrganisation.find((council) => council.name === name)![kind].total;
          cells.push({ id: `row:${name}`, status: 'published', value: total });
          constraints.push({ parts: ids, total: `row:${name}` });
        }
      }
      if (!cells.some((cell) => cell.status === 'suppressed')) continue;
      const audit = auditTable({ cells, constraints });
      exposed.push(...audit.exposed.map((id) => `metric ${metric.number} ${kind} ${id}`));
    }
  }
  return exposed;
}

/** The rule-aware brute-force intruder for one group's sum: enumerates every assignment of the withheld cells. */
function bruteForceExposed(values: number[], totals: number[], hidden: boolean[]): number[] {
  const rangeOf = (value: number, total: number): number[] => {
    if (value > 0 && value < THRESHOLD) return Array.from({ length: Math.min(THRESHOLD - 1, total) }, (_, k) => k + 1);
    if (total - value > 0 && total - value < THRESHOLD) return Array.from({ length: THRESHOLD - 1 }, (_, k) => total - 1 - k).filter((v) => v >= 0);
    return Array.from({ length: total + 1 }, (_, k) => k);
  };
  const indices = hidden.flatMap((h, i) => (h ? [i] : []));
  const target = indices.reduce((s, i) => s + values[i]!, 0);
  const seen = indices.map(() => new Set<number>());
  const ranges = indices.map((i) => rangeOf(values[i]!, totals[i]!));
  const walk = (j: number, sum: number, chosen: number[]): void => {
    if (sum > target) return;
    if (j === indices.length) {
      if (sum === target) chosen.forEach((v, k) => seen[k]!.add(v));
      return;
    }
    for (const v of ranges[j]!) walk(j + 1, sum + v, [...chosen, v]);
  };
  if (indices.length <= 4) walk(0, 0, []);
  else return [];
  return indices.filter((_, k) => seen[k]!.size === 1);
}

describe('publishCollation', () => {
  it('withholds small council counts with everything built from them', () => {
    const collation = collateReports(smallNation(1, 12));
    const published = publishCollation(collation);
    const council = published.metrics[2]!.comparisons[0]!.byOrganisation.find((c) => isSuppressed(c.focal.count))!;
    expect(council).toBeDefined();
    expect(isSuppressed(council.ratio) && isSuppressed(council.lower) && isSuppressed(council.upper) && isSuppressed(council.funnel)).toBe(true);
    expect(council.focal.count).toEqual({ suppressed: true, code: 'withheld', reason: 'Withheld to protect a small number of people.' });
    expect(published.disclosure.withheld).toBeGreaterThan(0);
    expect(() => publishCollation(collation, 'ons-10-5')).toThrow(/rounds counts/);
  });

  it('never lets the LP intruder work out a withheld council count from national sums (40 seeded nations)', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const collation = collateReports(smallNation(seed, 3 + (seed % 9)));
      const published = publishCollation(collation);
      expect(lpAudit(published, collation, () => 'all'), `seed ${seed}`).toEqual([]);
    }
  });

  it('never lets the LP intruder work out a withheld count from national and regional sums read together (20 seeded nations)', () => {
    for (let seed = 100; seed < 120; seed += 1) {
      const entries = smallNation(seed, 4 + (seed % 8));
      const byRegion = collateBy(entries, 'region');
      const published = publishCollation(byRegion);
      const regionOf = new Map(entries.map((entry) => [entry.name, entry.region!]));
      expect(lpAudit(published.national, byRegion.national, (name) => regionOf.get(name)!), `seed ${seed}`).toEqual([]);
      // The regions' collations show exactly the national pattern of each council.
      for (const group of published.groups) {
        for (const [m, metric] of group.collation.metrics.entries()) {
          for (const [c, comparison] of metric.comparisons.entries()) {
            const national = published.national.metrics[m]!.comparisons.find((n) => n.key === comparison.key)!;
            for (const council of comparison.byOrganisation) {
              const same = national.byOrganisation.find((n) => n.name === council.name)!;
              expect(isSuppressed(council.focal.count), `seed ${seed} ${group.label} ${c}`).toBe(isSuppressed(same.focal.count));
            }
          }
        }
      }
    }
  });

  it('never lets a rule-aware intruder pin a withheld count by enumeration (metrics 3 and 5, 60 seeded nations)', () => {
    let checked = 0;
    for (let seed = 200; seed < 260; seed += 1) {
      const collation = collateReports(smallNation(seed, 3 + (seed % 5)));
      const published = publishCollation(collation);
      for (const m of [2, 4]) {
        const comparison = published.metrics[m]!.comparisons[0]!;
        if (isSuppressed(comparison.crude.focal.count)) continue;
        const truth = collation.metrics[m]!.comparisons[0]!;
        for (const kind of ['focal', 'reference'] as const) {
          const hidden = comparison.byOrganisation.map((council) => isSuppressed(council[kind].count));
          if (!hidden.some(Boolean)) continue;
          checked += 1;
          const exposed = bruteForceExposed(truth.byOrganisation.map((c) => c[kind].count), truth.byOrganisation.map((c) => c[kind].total), hidden);
          expect(exposed, `seed ${seed} metric ${m + 1} ${kind}`).toEqual([]);
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
