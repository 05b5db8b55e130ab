import { solve, type Coefficients, type Constraint } from 'yalps';

/** One cell of a table to audit. */
export interface AuditCell {
  id: string;
  /**
   * `published`: its value is known to the reader; `suppressed`: withheld (its range is reported);
   * `unpublished`: never published (an unknown of the sums, not reported).
   */
  status: 'published' | 'suppressed' | 'unpublished';
  /** The published value; for a suppressed cell, its true value when known (reported, never used as a bound). */
  value?: number;
  /** For a published cell rounded to a base: the true value is any whole number that rounds to `value`. */
  rounding?: number;
}

/** A sum relation: the cells in `parts` add up to the cell `total`. */
export interface AuditConstraint {
  parts: string[];
  total: string;
}

/** A table as cells and sum relations between them. */
export interface AuditTable {
  cells: AuditCell[];
  constraints: AuditConstraint[];
}

/** What a reader can tell about one suppressed cell. */
export interface CellRange {
  id: string;
  /** Smallest value consistent with what is published (whole number). */
  min: number;
  /** Largest value consistent with what is published (`Infinity` when unbounded). */
  max: number;
  /** True when `min === max`: the cell can be worked out exactly. */
  exact: boolean;
  /** The cell's true value when it was given. */
  value?: number;
}

/** Result of {@link auditTable}. */
export interface TableAudit {
  /** True when no suppressed cell can be worked out exactly. */
  safe: boolean;
  ranges: CellRange[];
  /** Ids of suppressed cells that can be worked out exactly. */
  exposed: string[];
}

const EPSILON = 1e-7;

function boundsOf(cell: AuditCell): Constraint | null {
  if (cell.status !== 'published') return null;
  const value = cell.value;
  if (value === undefined || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`auditTable: published cell "${cell.id}" needs a finite, non-negative value (got ${String(value)}).`);
  }
  if (cell.rounding === undefined || cell.rounding === 1) return { equal: value };
  // Round half up: values v with floor(v / b + 1/2) * b = value, i.e. value - b/2 <= v < value + b/2.
  const base = cell.rounding;
  const lowest = Math.max(0, Math.ceil(value - base / 2));
  const highest = Math.ceil(value + base / 2) - 1;
  return { min: lowest, max: highest };
}

/**
 * The feasible range of every suppressed cell of a table, from what is published.
 *
 * A reader knows the published cells (exactly, or within a rounding interval), that every cell is
 * a non-negative number and that each sum relation holds. For each suppressed cell the audit
 * minimises and maximises it over that polytope with the simplex solver of `yalps` (two linear
 * programmes per cell). Limits are rounded inwards to whole numbers; for the tables this library
 * builds (sum relations of a network, which are totally unimodular) the LP limits are whole
 * numbers attained by whole-number tables, so a range of one value means the cell is disclosed
 * and a wider range means it is not (Cox 1980; Fischetti and Salazar 1999 on the attacker problem).
 *
 * @param table Cells (published or suppressed) and sum relations.
 * @returns Each suppressed cell's range, the ids of exposed cells, and `safe`.
 * @throws {RangeError} When a relation names an unknown cell, a published cell has no valid value,
 *   or the published values contradict the relations.
 * @example
 * // 3 + x = 10 with x withheld: x is exactly 7.
 * auditTable({
 *   cells: [{ id: 'a', status: 'published', value: 3 }, { id: 'x', status: 'suppressed' }, { id: 't', status: 'published', value: 10 }],
 *   constraints: [{ parts: ['a', 'x'], total: 't' }],
 * }); // { safe: false, ranges: [{ id: 'x', min: 7, max: 7, exact: true }], exposed: ['x'] }
 */
export function auditTable(table: AuditTable): TableAudit {
  const known = new Set<string>();
  for (const cell of table.cells) {
    if (known.has(cell.id)) throw new RangeError(`auditTable: cell "${cell.id}" is listed twice.`);
    known.add(cell.id);
  }
  const coefficients = new Map<string, Map<string, number>>();
  for (const cell of table.cells) coefficients.set(cell.id, new Map());
  const constraints = new Map<string, Constraint>();
  table.constraints.forEach((relation, index) => {
    const key = `sum${index}`;
    for (const id of [...relation.parts, relation.total]) {
      if (!known.has(id)) throw new RangeError(`auditTable: constraint ${index} names unknown cell "${id}".`);
    }
    for (const part of relation.parts) {
      const row = coefficients.get(part)!;
      row.set(key, (row.get(key) ?? 0) + 1);
    }
    const row = coefficients.get(relation.total)!;
    row.set(key, (row.get(key) ?? 0) - 1);
    constraints.set(key, { equal: 0 });
  });
  for (const cell of table.cells) {
    const bounds = boundsOf(cell);
    if (bounds === null) continue;
    const key = `fix:${cell.id}`;
    coefficients.get(cell.id)!.set(key, 1);
    constraints.set(key, bounds);
  }
  const solveFor = (id: string, direction: 'minimize' | 'maximize'): number => {
    const variables = new Map<string, Coefficients>();
    for (const [cellId, row] of coefficients) {
      const entries = [...row];
      if (cellId === id) entries.push(['objective', 1]);
      variables.set(cellId, entries);
    }
    const solution = solve({ direction, objective: 'objective', constraints, variables });
    if (solution.status === 'unbounded') return Number.POSITIVE_INFINITY;
    if (solution.status !== 'optimal') {
      throw new RangeError(`auditTable: the published values are inconsistent with the relations (solver: ${solution.status}).`);
    }
    return solution.result;
  };
  const ranges: CellRange[] = [];
  for (const cell of table.cells) {
    if (cell.status !== 'suppressed') continue;
    const low = solveFor(cell.id, 'minimize');
    const high = solveFor(cell.id, 'maximize');
    const min = Math.ceil(low - EPSILON) + 0; // + 0 turns -0 into 0
    const max = high === Number.POSITIVE_INFINITY ? high : Math.floor(high + EPSILON);
    const range: CellRange = { id: cell.id, min, max, exact: min === max };
    if (cell.value !== undefined) range.value = cell.value;
    ranges.push(range);
  }
  const exposed = ranges.filter((range) => range.exact).map((range) => range.id);
  return { safe: exposed.length === 0, ranges, exposed };
}
