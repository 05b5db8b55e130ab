import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditTable, type AuditTable } from '../../src/disclosure/audit-table.js';
import { jointlyFixed } from '../../src/disclosure/joint.js';
import { exposedByCut, type NetworkArc } from '../../src/disclosure/network.js';

const arc = (id: string, from: string, to: string, value: number): NetworkArc => ({ id, from, to, value, cost: 1 });

/** Linked network tables as one audit table: every node but `outside` of every table is a sum relation. */
function asAuditTable(tables: readonly NetworkArc[][], unknown: ReadonlySet<string>): AuditTable {
  const values = new Map(tables.flat().map((cell) => [cell.id, cell.value]));
  const cells = [...values].map(([id, value]) =>
    unknown.has(id) ? { id, status: 'suppressed' as const, value } : { id, status: 'published' as const, value });
  const constraints = tables.flatMap((arcs) => {
    const nodes = [...new Set(arcs.flatMap((cell) => [cell.from, cell.to]))].filter((node) => node !== 'outside');
    return nodes.map((node) => {
      const into = arcs.filter((cell) => cell.to === node).map((cell) => cell.id);
      const out = arcs.filter((cell) => cell.from === node).map((cell) => cell.id);
      return out.length === 1 ? { parts: into, total: out[0]! } : { parts: out, total: into[0]! };
    });
  });
  return { cells, constraints };
}

describe('jointlyFixed: cells that linked tables fix together', () => {
  it('finds a shared cell that can only go down in one table and only up in the other', () => {
    // Table A: s + p = 2 (total published), s = 2 and p = 0 withheld: p can only go up, so s only down.
    // Table B: s = q + r with r = 2 published and q = 0 withheld: q can only go up, so s only up.
    // Each table alone lets s move (the residual test finds a cycle in each), but together
    // p = 2 - s >= 0 and q = s - 2 >= 0 give s = 2, p = 0, q = 0 (hand calculation; LP audit below).
    const a = [arc('s', 'outside', 'a', 2), arc('p', 'outside', 'a', 0), arc('tA', 'a', 'outside', 2)];
    const b = [arc('s', 'outside', 'b', 2), arc('q', 'b', 'outside', 0), arc('r', 'b', 'outside', 2)];
    const unknown = new Set(['s', 'p', 'q']);
    expect(exposedByCut(a, unknown)).toEqual([]);
    expect(exposedByCut(b, unknown)).toEqual([]);
    expect(jointlyFixed([a, b], unknown)).toEqual(['s', 'p', 'q']);
    expect(auditTable(asAuditTable([a, b], unknown)).exposed).toEqual(['s', 'p', 'q']);
  });

  it('lets the same shared cell move when one table allows both ways', () => {
    // As above but p = 1 and the total 3: s in [2, 3] (p = 3 - s >= 0, q = s - 2 >= 0), p and q in [0, 1].
    const a = [arc('s', 'outside', 'a', 2), arc('p', 'outside', 'a', 1), arc('tA', 'a', 'outside', 3)];
    const b = [arc('s', 'outside', 'b', 2), arc('q', 'b', 'outside', 0), arc('r', 'b', 'outside', 2)];
    const unknown = new Set(['s', 'p', 'q']);
    expect(jointlyFixed([a, b], unknown)).toEqual([]);
    expect(auditTable(asAuditTable([a, b], unknown)).ranges.map(({ id, min, max }) => [id, min, max])).toEqual([
      ['s', 2, 3],
      ['p', 0, 1],
      ['q', 0, 1],
    ]);
  });

  it('answers a table linked to no other by the residual test (a cell alone under its total is fixed)', () => {
    const a = [arc('x', 'outside', 'a', 3), arc('y', 'outside', 'a', 4), arc('t', 'a', 'outside', 7)];
    expect(jointlyFixed([a], new Set(['x']))).toEqual(['x']);
    expect(jointlyFixed([a], new Set(['x', 'y']))).toEqual([]);
  });

  it('agrees cell for cell with the LP audit on random pairs of tables sharing cells (fast-check)', () => {
    // Two tables, each "parts add up to a total" twice over (two rows, a row total each, a grand
    // total), sharing some cells; values 0 to 3 so zeros are common; random cells unknown.
    const tableArbitrary = fc.record({
      values: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
      shared: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
      unknown: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
    });
    fc.assert(
      fc.property(tableArbitrary, ({ values, shared, unknown }) => {
        // Table A: rows a0 = x0 + x1 + x2, a1 = x3 + x4 + x5, grand total = a0 + a1.
        // Table B: a column sum B = x0 + y1 (x0 shared when shared[0]), and x3 + y2 = C, and with
        // shared[2] also the row total a1 as a part of D = a1 + y3.
        const [x0, x1, x2, x3, x4, x5] = values as [number, number, number, number, number, number];
        const a = [
          arc('x0', 'r0', 'outside', x0), arc('x1', 'r0', 'outside', x1), arc('x2', 'r0', 'outside', x2),
          arc('x3', 'r1', 'outside', x3), arc('x4', 'r1', 'outside', x4), arc('x5', 'r1', 'outside', x5),
          arc('a0', 'g', 'r0', x0 + x1 + x2), arc('a1', 'g', 'r1', x3 + x4 + x5), arc('G', 'outside', 'g', x0 + x1 + x2 + x3 + x4 + x5),
        ];
        const first = shared[0] ? 'x0' : 'z0';
        const b = [
          arc(first, 'outside', 'c', x0), arc('y1', 'outside', 'c', x1), arc('B', 'c', 'outside', x0 + x1),
          arc(shared[1] ? 'x3' : 'z3', 'outside', 'd', x3), arc('y2', 'outside', 'd', x2), arc('C', 'd', 'outside', x3 + x2),
          arc(shared[2] ? 'a1' : 'z1', 'outside', 'e', x3 + x4 + x5), arc('y3', 'outside', 'e', x5), arc('D', 'e', 'outside', x3 + x4 + x5 + x5),
        ];
        const ids = [...new Set([...a, ...b].map((cell) => cell.id))];
        const hidden = new Set(ids.filter((_, index) => unknown[index % unknown.length]));
        const expected = auditTable(asAuditTable([a, b], hidden)).exposed;
        expect(jointlyFixed([a, b], hidden).sort()).toEqual([...expected].sort());
      }),
      { numRuns: 300, seed: 20240611 },
    );
  });
});
