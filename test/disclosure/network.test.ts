import { describe, expect, it } from 'vitest';
import { auditTable, type AuditTable } from '../../src/disclosure/audit-table.js';
import { exposedByCut, secondarySuppressions, type NetworkArc } from '../../src/disclosure/network.js';

/**
 * A bands x {minority, white} table with row totals, column totals and a grand total, as a network:
 * outside -> bands (grand total) -> row (row total) -> column (cell) -> outside (column total).
 */
function twoColumnTable(rows: [number, number][]): NetworkArc[] {
  const arcs: NetworkArc[] = [];
  const grand = rows.reduce((sum, [m, w]) => sum + m + w, 0);
  arcs.push({ id: 'T', from: 'outside', to: 'bands', value: grand, cost: 1.001 });
  rows.forEach(([m, w], index) => {
    arcs.push({ id: `t${index}`, from: 'bands', to: `row${index}`, value: m + w, cost: 1.0001 });
    arcs.push({ id: `m${index}`, from: `row${index}`, to: 'minority', value: m, cost: 1 + m * 1e-9 });
    arcs.push({ id: `w${index}`, from: `row${index}`, to: 'white', value: w, cost: 1 + w * 1e-9 });
  });
  arcs.push({ id: 'M', from: 'minority', to: 'outside', value: rows.reduce((s, [m]) => s + m, 0), cost: 1.001 });
  arcs.push({ id: 'W', from: 'white', to: 'outside', value: rows.reduce((s, [, w]) => s + w, 0), cost: 1.001 });
  return arcs;
}

/** The same table as cells and sum relations for the LP audit. */
function asAuditTable(arcs: NetworkArc[], withheld: Set<string>): AuditTable {
  const rowCount = arcs.filter((arc) => arc.id.startsWith('t')).length;
  const constraints = [
    { parts: Array.from({ length: rowCount }, (_, i) => `t${i}`), total: 'T' },
    ...Array.from({ length: rowCount }, (_, i) => ({ parts: [`m${i}`, `w${i}`], total: `t${i}` })),
    { parts: Array.from({ length: rowCount }, (_, i) => `m${i}`), total: 'M' },
    { parts: Array.from({ length: rowCount }, (_, i) => `w${i}`), total: 'W' },
  ];
  return {
    cells: arcs.map((arc) =>
      withheld.has(arc.id) ? { id: arc.id, status: 'suppressed' as const, value: arc.value } : { id: arc.id, status: 'published' as const, value: arc.value },
    ),
    constraints,
  };
}

describe('the classic case: one withheld cell recoverable from its totals', () => {
  // Band A: 3 minority, 20 white (23); B: 15, 25 (40); C: 12, 30 (42). Columns 30 and 75, total 105.
  const arcs = twoColumnTable([
    [3, 20],
    [15, 25],
    [12, 30],
  ]);

  it('withholding only the 3 leaves it recoverable: 23 - 20 = 3 (hand calculation)', () => {
    const audit = auditTable(asAuditTable(arcs, new Set(['m0'])));
    expect(audit.safe).toBe(false);
    expect(audit.ranges).toEqual([{ id: 'm0', min: 3, max: 3, exact: true, value: 3 }]);
    expect(exposedByCut(arcs, new Set(['m0']))).toEqual(['m0']);
  });

  it('needs exactly three more cells: one in the same row, one in the same column, and the fourth corner', () => {
    // Row A must lose another cell, or 23 - 20 gives the 3 back: its white cell (20).
    // Column "minority" must lose another cell, or 30 - 15 - 12 gives it back: band B (15) or C (12).
    // That band's row then has one withheld cell and its row total: its white cell (the fourth corner)
    // goes too. Rows A and B then form the cycle m0 -> w0 -> w1 -> m1 that moves all four by +-1.
    // Band B is chosen over C because its two cells are smaller in sum (15 + 25 = 40 < 12 + 30 = 42).
    const extra = secondarySuppressions(arcs, new Set(['m0']), new Set(['m0']));
    expect(extra).toEqual(['m1', 'w0', 'w1'].sort((a, b) => arcs.findIndex((x) => x.id === a) - arcs.findIndex((x) => x.id === b)));
    const withheld = new Set(['m0', ...extra]);
    const audit = auditTable(asAuditTable(arcs, withheld));
    expect(audit.safe).toBe(true);
    // Hand calculation: m0 + w0 = 23, m1 + w1 = 40, m0 + m1 = 30 - 12 = 18, w0 + w1 = 75 - 30 = 45.
    // With m0 = a: w0 = 23 - a >= 0, m1 = 18 - a >= 0, w1 = 22 + a >= 0, so a is anywhere in [0, 18].
    expect(audit.ranges.find((range) => range.id === 'm0')).toEqual({ id: 'm0', min: 0, max: 18, exact: false, value: 3 });
    expect(audit.ranges.find((range) => range.id === 'w1')).toEqual({ id: 'w1', min: 22, max: 40, exact: false, value: 25 });
  });

  it('two small cells in different rows and the same column need only their row partners', () => {
    // m0 = 3 and m2 = 4 withheld: the cycle m0 -> w0 -> w2 -> m2 needs w0 and w2 only.
    const table = twoColumnTable([
      [3, 20],
      [15, 25],
      [4, 30],
    ]);
    const extra = secondarySuppressions(table, new Set(['m0', 'm2']), new Set(['m0', 'm2']));
    expect(extra).toEqual(['w0', 'w2']);
  });

  it('with a single band the totals must go: there is no other row to hide the cell in', () => {
    // One band of 3 minority and 40 white: the minority column total equals the cell, so it must go.
    // Two cycles of four cells exist: m0 -> M -> T -> t0 (totals M, T, t0) and m0 -> M -> W -> w0
    // (M, W and the white cell). Both add 3 cells; the second keeps the row total and adds an
    // ordinary cell instead of a row total, so it is the cheaper. Check by hand: m0 = M, w0 = W,
    // m0 + w0 = 43 (published row total): m0 can be anything in [0, 43].
    const table = twoColumnTable([[3, 40]]);
    const extra = secondarySuppressions(table, new Set(['m0']), new Set(['m0']));
    expect(extra.sort()).toEqual(['M', 'W', 'w0']);
    expect(auditTable(asAuditTable(table, new Set(['m0', ...extra]))).ranges.find((r) => r.id === 'm0')).toMatchObject({ min: 0, max: 43, exact: false });
    expect(auditTable(asAuditTable(table, new Set(['m0', ...extra]))).safe).toBe(true);
  });
});

describe('auditTable', () => {
  it('gives the range a reader can deduce, e.g. x + y = 10 with both withheld is [0, 10]', () => {
    const audit = auditTable({
      cells: [
        { id: 'x', status: 'suppressed' },
        { id: 'y', status: 'suppressed' },
        { id: 't', status: 'published', value: 10 },
      ],
      constraints: [{ parts: ['x', 'y'], total: 't' }],
    });
    expect(audit).toEqual({
      safe: true,
      exposed: [],
      ranges: [
        { id: 'x', min: 0, max: 10, exact: false },
        { id: 'y', min: 0, max: 10, exact: false },
      ],
    });
  });

  it('reports an unbounded cell as Infinity', () => {
    const audit = auditTable({ cells: [{ id: 'x', status: 'suppressed' }], constraints: [] });
    expect(audit.ranges[0]).toEqual({ id: 'x', min: 0, max: Number.POSITIVE_INFINITY, exact: false });
  });

  it('treats a rounded published cell as the whole numbers that round to it', () => {
    // a + x = t, a published as 10 (true 8..12 with base 5), t = 20 exactly: x in [8, 12].
    const audit = auditTable({
      cells: [
        { id: 'a', status: 'published', value: 10, rounding: 5 },
        { id: 'x', status: 'suppressed' },
        { id: 't', status: 'published', value: 20 },
      ],
      constraints: [{ parts: ['a', 'x'], total: 't' }],
    });
    expect(audit.ranges[0]).toMatchObject({ id: 'x', min: 8, max: 12, exact: false });
  });

  it('rejects an unknown cell in a relation and contradictory totals', () => {
    expect(() => auditTable({ cells: [{ id: 'a', status: 'published', value: 1 }], constraints: [{ parts: ['a'], total: 'b' }] })).toThrow(
      /unknown cell "b"/,
    );
    expect(() =>
      auditTable({
        cells: [
          { id: 'a', status: 'published', value: 5 },
          { id: 'x', status: 'suppressed' },
          { id: 't', status: 'published', value: 3 },
        ],
        constraints: [{ parts: ['a', 'x'], total: 't' }],
      }),
    ).toThrow(/inconsistent/);
  });
});
