import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publish as applyDisclosureControl, ruleOf } from './rules.js';
import { auditLinkedTables } from '../../src/disclosure/audit-report.js';
import { auditTable, type AuditTable } from '../../src/disclosure/audit-table.js';
import { exposedByCut, secondarySuppressions, type NetworkArc } from '../../src/disclosure/network.js';
import { isSuppressed } from '../../src/disclosure/suppressed.js';
import { buildReport, type ReportTallies } from './fixture.js';

/**
 * A network as an audit table: every node except `o` (outside) is a sum relation "arcs in = arcs
 * out"; `o` balances by itself. Each node here has exactly one arc on one side, the total.
 */
function asAuditTable(arcs: readonly NetworkArc[], withheld: ReadonlySet<string>): AuditTable {
  const nodes = [...new Set(arcs.flatMap((arc) => [arc.from, arc.to]))].filter((node) => node !== 'o');
  const constraints = nodes.map((node) => {
    const into = arcs.filter((arc) => arc.to === node).map((arc) => arc.id);
    const out = arcs.filter((arc) => arc.from === node).map((arc) => arc.id);
    return out.length === 1 ? { parts: into, total: out[0]! } : { parts: out, total: into[0]! };
  });
  const cells = arcs.map((arc) =>
    withheld.has(arc.id) ? { id: arc.id, status: 'suppressed' as const, value: arc.value } : { id: arc.id, status: 'published' as const, value: arc.value },
  );
  return { cells, constraints };
}

const arc = (id: string, from: string, to: string, value: number, cost = 1): NetworkArc => ({ id, from, to, value, cost });

describe('the exact criterion on hand-worked residual graphs', () => {
  it('two withheld zeros side by side under a published 0 are both fixed at 0, though they form a cycle', () => {
    // x + y = t = 0 (published). The old bridge test called x, y safe (they lie on the cycle x, y).
    // Residual graph: x and y give o -> c only (a zero cannot go down), t is published: nothing
    // leads back from c to o, so neither can go up; neither can go down. Both are exactly 0.
    const arcs = [arc('x', 'o', 'c', 0), arc('y', 'o', 'c', 0), arc('t', 'c', 'o', 0)];
    expect(exposedByCut(arcs, new Set(['x', 'y']))).toEqual(['x', 'y']);
    expect(auditTable(asAuditTable(arcs, new Set(['x', 'y']))).exposed).toEqual(['x', 'y']);
  });

  it('two withheld zeros on a cycle running one way (a total and its only part) can both go up', () => {
    // Row total r = 0 (o -> n) and its only cell m = 0 (n -> o), both withheld: r = m is all a
    // reader knows, so (1, 1), (2, 2), ... fit. Residual: o -> n (r), n -> o (m): a cycle.
    const arcs = [arc('r', 'o', 'n', 0), arc('m', 'n', 'o', 0)];
    expect(exposedByCut(arcs, new Set(['r', 'm']))).toEqual([]);
    const audit = auditTable(asAuditTable(arcs, new Set(['r', 'm'])));
    expect(audit.ranges).toEqual([
      { id: 'r', min: 0, max: Number.POSITIVE_INFINITY, exact: false, value: 0 },
      { id: 'm', min: 0, max: Number.POSITIVE_INFINITY, exact: false, value: 0 },
    ]);
  });

  it('a zero beside a 3 under a published 3: the zero can only go up, the 3 only down, both are hidden', () => {
    // z + a = 3 with z = 0, a = 3 withheld. Residual: o -> c (z), o -> c (a), c -> o (a, as a >= 1).
    // z goes up along c -> o (a down): z in [0, 3]; a goes down along o -> c (z up): a in [0, 3].
    const arcs = [arc('z', 'o', 'c', 0), arc('a', 'o', 'c', 3), arc('t', 'c', 'o', 3)];
    expect(exposedByCut(arcs, new Set(['z', 'a']))).toEqual([]);
    const audit = auditTable(asAuditTable(arcs, new Set(['z', 'a'])));
    expect(audit.ranges.map(({ id, min, max }) => [id, min, max])).toEqual([
      ['z', 0, 3],
      ['a', 0, 3],
    ]);
  });

  it('protects two withheld zeros by withholding the published 1 beside them, crossed against its direction', () => {
    // The counterexample's unknown column as a network: three bands' unknown cells b0 = 0, b1 = 0,
    // b2 = 1 (o -> u) and their total T = 1 (u -> o). With b0 and b1 withheld they are fixed at 0
    // (as above). A residual cycle through b0 needs a way back from u to o: T forward (cost 1.001)
    // or b2 backwards (allowed as b2 = 1 >= 1; cost 1). b2 is cheaper; then b0 + b1 + b2 = 1 and
    // each of the three is 0 or 1 (LP audit: [0, 1] for each).
    const arcs = [arc('b0', 'o', 'u', 0), arc('b1', 'o', 'u', 0), arc('b2', 'o', 'u', 1), arc('T', 'u', 'o', 1, 1.001)];
    const extra = secondarySuppressions(arcs, new Set(['b0', 'b1']), new Set(['b0', 'b1']));
    expect(extra).toEqual(['b2']);
    const audit = auditTable(asAuditTable(arcs, new Set(['b0', 'b1', 'b2'])));
    expect(audit.ranges.map(({ id, min, max }) => [id, min, max])).toEqual([
      ['b0', 0, 1],
      ['b1', 0, 1],
      ['b2', 0, 1],
    ]);
  });

  it('does not cross a published zero against its direction: it withholds the total instead', () => {
    // As above but b2 = 0 too and T = 0: no cell can be crossed backwards, so the way back from u
    // to o is T forwards (withheld 0 can go up). Then b0 = b0 + ... and T move up together.
    const arcs = [arc('b0', 'o', 'u', 0), arc('b1', 'o', 'u', 0), arc('b2', 'o', 'u', 0), arc('T', 'u', 'o', 0, 1.001)];
    const extra = secondarySuppressions(arcs, new Set(['b0', 'b1']), new Set(['b0', 'b1']));
    expect(extra).toEqual(['T']);
    expect(exposedByCut(arcs, new Set(['b0', 'b1', 'T']))).toEqual([]);
    expect(auditTable(asAuditTable(arcs, new Set(['b0', 'b1', 'T']))).safe).toBe(true);
  });
});

describe('the counterexample the property test found (threshold 1, zeros withheld)', () => {
  // Three bands, nobody in them but one person of unknown ethnicity in band 3; nobody without a band.
  // With threshold 1 and suppressZeros every zero is withheld and every 1 is published, so the
  // unknown column reads: band 1 = ?, band 2 = ?, band 3 = 1, total = 1. The two withheld cells add
  // up to 1 - 1 = 0 and counts are never negative, so both are exactly 0 (the LP audit said so).
  // The old bridge test accepted them because they form a cycle; but moving a unit round it needs
  // one of them to go down from 0. The exact criterion sees that no residual edge leads back out of
  // the column node, and withholds band 3's 1 (cost 1, crossed downwards) rather than the total
  // (cost 1.001 times the tables it is in): band 1, 2 and 3 then are each 0 or 1.
  const tallies: ReportTallies = {
    bands: [
      { band: 'Band 1', minority: 0, white: 0, unknown: 0 },
      { band: 'Band 2', minority: 0, white: 0, unknown: 0 },
      { band: 'Band 3', minority: 0, white: 0, unknown: 1 },
    ],
    bandNotKnown: { minority: 0, white: 0, unknown: 0 },
    senior: { minority: 0, white: 0 },
    disciplinary: { focal: { count: 0, total: 0 }, reference: { count: 0, total: 0 } },
    disciplinaryUnknown: 0,
  };

  it('withholds band 3\'s unknown 1 and passes the LP audit', () => {
    const report = buildReport(tallies);
    const published = applyDisclosureControl(report, { threshold: 1, suppressZeros: true });
    const rows = published.metrics[0]!.bands!.rows;
    expect(rows.map((row) => isSuppressed(row.unknown))).toEqual([true, true, true]);
    expect(ruleOf(rows[2]!.unknown)).toBe('secondary');
    expect(published.metrics[0]!.bands!.totals.unknown).toBe(1);
    const audit = auditLinkedTables(published, report);
    expect(audit.exposed).toEqual([]);
    for (const index of [0, 1, 2]) {
      expect(audit.ranges.find((range) => range.id === `band[${index}].unknown`)).toMatchObject({ min: 0, max: 1, exact: false });
    }
  });
});

/** bands x {minority, white} with row, column and grand totals (as in network.test.ts), zeros allowed. */
function bandTable(rows: [number, number][]): NetworkArc[] {
  const arcs: NetworkArc[] = [arc('T', 'o', 'b', rows.reduce((s, [m, w]) => s + m + w, 0), 1.001)];
  rows.forEach(([m, w], i) => {
    arcs.push(arc(`t${i}`, 'b', `r${i}`, m + w, 1.0001), arc(`m${i}`, `r${i}`, 'M', m, 1 + m * 1e-9), arc(`w${i}`, `r${i}`, 'W', w, 1 + w * 1e-9));
  });
  arcs.push(arc('M', 'M', 'o', rows.reduce((s, [m]) => s + m, 0), 1.001), arc('W', 'W', 'o', rows.reduce((s, [, w]) => s + w, 0), 1.001));
  return arcs;
}

const rowsArbitrary = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), { minLength: 1, maxLength: 4 });

describe('the exact criterion against the LP audit (fast-check)', () => {
  it('exposedByCut names exactly the cells the LP audit finds exact, zeros included', () => {
    // The table is a network, so its constraint matrix is totally unimodular and the LP range of a
    // cell is its whole-number range: the two must agree cell for cell.
    fc.assert(
      fc.property(rowsArbitrary, fc.infiniteStream(fc.boolean()), (rows, coins) => {
        const arcs = bandTable(rows);
        const withheld = new Set(arcs.filter(() => coins.next().value as boolean).map((a) => a.id));
        const audit = auditTable(asAuditTable(arcs, withheld));
        expect(exposedByCut(arcs, withheld)).toEqual(audit.exposed);
      }),
      { numRuns: 400 },
    );
  });

  it('secondarySuppressions leaves no withheld cell exact when small cells and zeros are withheld', () => {
    fc.assert(
      fc.property(rowsArbitrary, fc.integer({ min: 1, max: 5 }), (rows, threshold) => {
        const arcs = bandTable(rows);
        const primary = new Set(arcs.filter((a) => a.value < threshold).map((a) => a.id));
        const extra = secondarySuppressions(arcs, primary, primary);
        const withheld = new Set([...primary, ...extra]);
        const audit = auditTable(asAuditTable(arcs, withheld));
        // A cell the table itself fixes (no cycle at all, e.g. a single band's total equals its
        // column total) cannot be hidden; every other withheld cell must have a range.
        const fixedByTable = new Set(exposedByCut(arcs, new Set(arcs.map((a) => a.id))));
        expect(audit.exposed.filter((id) => !fixedByTable.has(id))).toEqual([]);
        expect(exposedByCut(arcs, withheld).filter((id) => !fixedByTable.has(id))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
