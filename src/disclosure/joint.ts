/**
 * Which withheld cells the linked tables fix *together*.
 *
 * Each table is a network, and within one table a cell can move iff it lies on a residual cycle
 * (see `network.ts`). Tables share cells, though, and a cell that can move in each table alone may
 * be fixed by all of them together: it may move only up in one table and only down in another, or
 * its cycles in one table may need a shared cell to move a way another table forbids. The joint
 * question is a linear one. Let x be the true values; a reader who knows the published cells, the
 * sums and that counts are never negative cannot tell x from x + t d (small t > 0) for any
 * direction d with: every sum relation of every table holding for d, d = 0 on published cells and
 * d >= 0 on unknown cells that are 0. A cell is fixed iff d_c = 0 for every such d (its linear
 * programming range is one point; this is what the LP audit in `audit-report.ts` checks).
 *
 * The directions form a polyhedral cone. The zeros that can go up are found with one or two linear
 * programmes (yalps, simplex), not two per cell: maximise the number of zeros (each scored up to
 * 1) that go up in one direction, and repeat over the zeros not yet moved until none moves. On
 * the linear space where the zeros that cannot move stay 0, the sign limits on the others no
 * longer bind, so a cell of at least 1 is fixed iff that space fixes it, which Gauss-Jordan
 * elimination tells. A quick test first settles most cells without either (a cycle through the
 * cell in each of its tables, the same way round, through cells in no other table). Parts linked
 * only within one table are answered by the residual-graph test, which is exact there.
 *
 * @module
 */
import { solve, type Coefficients, type Constraint } from 'yalps';
import { exposedByCut, residualMoves, type NetworkArc } from './network.js';

const OUTSIDE = 'outside';
const EPSILON = 1e-7;

/** A sum relation over unknown cells: coefficient +1 for a cell into the node, -1 out of it. */
type Relation = Map<string, number>;

function find(parent: Map<string, string>, id: string): string {
  let root = id;
  while (parent.get(root) !== root) root = parent.get(root)!;
  for (let node = id; node !== root; ) {
    const next = parent.get(node)!;
    parent.set(node, root);
    node = next;
  }
  return root;
}

/**
 * Ids, among `cells`, that no direction moves (see the module comment). Zeros by linear
 * programming: a programme scores (up to 1 each) the zeros not yet seen to move, and is repeated
 * over those left until it moves none of them; cells of at least 1 then by elimination.
 *
 * @param cells The unknown cells of one connected part of the tables, with their true values.
 * @param relations The sum relations among them.
 * @param undecided The cells not yet known to move or not (the others are not asked about).
 * @param known Cells already known to be fixed.
 * @returns The cells that cannot move.
 */
function fixedByProgramme(
  cells: ReadonlyMap<string, number>,
  relations: readonly Relation[],
  undecided: ReadonlySet<string>,
  known: ReadonlySet<string>,
): Set<string> {
  const constraints = new Map<string, Constraint>();
  const rows = new Map<string, [string, number][]>();
  relations.forEach((relation, index) => {
    constraints.set(`sum${index}`, { equal: 0 });
    for (const [id, sign] of relation) rows.set(id, [...(rows.get(id) ?? []), [`sum${index}`, sign]]);
  });
  for (const [id, value] of cells) {
    constraints.set(`up-cap:${id}`, { max: 1 });
    if (value >= 1) constraints.set(`down-cap:${id}`, { max: 1 });
  }
  const moved = new Set([...cells.keys()].filter((id) => !undecided.has(id) && !known.has(id)));
  const run = (objective: (id: string, side: 'up' | 'down') => number, scoreZeros: boolean): number => {
    const variables = new Map<string, Coefficients>();
    const extra = new Map<string, Constraint>();
    for (const [id, value] of cells) {
      const own = rows.get(id) ?? [];
      const zeroScore = scoreZeros && value < 1 && !moved.has(id) && !known.has(id);
      variables.set(`up:${id}`, [...own, [`up-cap:${id}`, 1], ['score', objective(id, 'up')], ...(zeroScore ? [[`gain:${id}`, -1]] as [string, number][] : [])]);
      if (value >= 1) variables.set(`down:${id}`, [...own.map(([key, sign]): [string, number] => [key, -sign]), [`down-cap:${id}`, 1], ['score', objective(id, 'down')]]);
      if (zeroScore) {
        // gain <= up, gain <= 1: the cell scores when it goes up.
        extra.set(`gain:${id}`, { max: 0 });
        extra.set(`gain-cap:${id}`, { max: 1 });
        variables.set(`gains:${id}`, [[`gain:${id}`, 1], [`gain-cap:${id}`, 1], ['score', 1]]);
      }
    }
    const solution = solve({ direction: 'maximize', objective: 'score', constraints: new Map([...constraints, ...extra]), variables });
    if (solution.status !== 'optimal') throw new RangeError(`jointlyFixed: the direction programme is ${solution.status}.`);
    const change = new Map<string, number>();
    for (const [name, amount] of solution.variables) {
      const colon = name.indexOf(':');
      const side = name.slice(0, colon);
      if (side !== 'up' && side !== 'down') continue;
      const id = name.slice(colon + 1);
      change.set(id, (change.get(id) ?? 0) + (side === 'up' ? amount : -amount));
    }
    for (const [id, amount] of change) if (Math.abs(amount) > EPSILON) moved.add(id);
    return solution.result;
  };
  // Zeros: repeat, scoring only the zeros not yet seen to move, until a programme moves none.
  const zeros = (): string[] => [...cells].filter(([id, value]) => value < 1 && !moved.has(id)).map(([id]) => id);
  for (let before = zeros().filter((id) => !known.has(id)).length; before > 0; ) {
    run(() => 0, true);
    const after = zeros().filter((id) => !known.has(id)).length;
    if (after === before) break;
    before = after;
  }
  // The zeros left cannot move (d = 0 on them in every direction). On the other cells the sign
  // limits no longer bind (adding a large multiple of a direction that moves every movable zero
  // up keeps any change in sign), so a cell of at least 1 is fixed iff it is fixed on the linear
  // space {d : every sum holds, d = 0 on the fixed zeros}.
  const stuck = new Set(zeros());
  const open = [...cells.keys()].filter((id) => !stuck.has(id));
  for (const id of fixedOnSubspace(open, relations)) if (!moved.has(id)) stuck.add(id);
  return stuck;
}

/**
 * The columns that every solution of the homogeneous system `relations` (over the cells `open`;
 * other cells held at 0) has at 0: those whose unit vector is a combination of the rows, found by
 * Gauss-Jordan elimination (partial pivoting; the coefficients are small whole numbers).
 */
function fixedOnSubspace(open: readonly string[], relations: readonly Relation[]): string[] {
  const column = new Map(open.map((id, index) => [id, index]));
  const rows: Float64Array[] = [];
  for (const relation of relations) {
    const row = new Float64Array(open.length);
    let any = false;
    for (const [id, sign] of relation) {
      const index = column.get(id);
      if (index === undefined || sign === 0) continue;
      row[index] = row[index]! + sign;
      any = true;
    }
    if (any) rows.push(row);
  }
  const pivotRow: number[] = [];
  const pivotColumn: number[] = [];
  let rank = 0;
  for (let col = 0; col < open.length && rank < rows.length; col += 1) {
    let best = rank;
    for (let r = rank + 1; r < rows.length; r += 1) if (Math.abs(rows[r]![col]!) > Math.abs(rows[best]![col]!)) best = r;
    if (Math.abs(rows[best]![col]!) <= EPSILON) continue;
    [rows[rank], rows[best]] = [rows[best]!, rows[rank]!];
    const pivot = rows[rank]!;
    const scale = pivot[col]!;
    for (let c = col; c < open.length; c += 1) pivot[c] = pivot[c]! / scale;
    for (let r = 0; r < rows.length; r += 1) {
      if (r === rank) continue;
      const row = rows[r]!;
      const factor = row[col]!;
      if (Math.abs(factor) <= EPSILON) continue;
      for (let c = col; c < open.length; c += 1) row[c] = row[c]! - factor * pivot[c]!;
    }
    pivotRow.push(rank);
    pivotColumn.push(col);
    rank += 1;
  }
  const fixed: string[] = [];
  pivotColumn.forEach((col, index) => {
    const row = rows[pivotRow[index]!]!;
    let alone = true;
    for (let c = 0; c < open.length && alone; c += 1) if (c !== col && Math.abs(row[c]!) > EPSILON) alone = false;
    if (alone) fixed.push(open[col]!);
  });
  return fixed;
}

/**
 * A quick sufficient test: `id` moves if, in every table it is in, a residual cycle through it runs
 * the same way (up in all, or down in all) using, besides itself, only unknown cells of that table
 * that are in no other table. Those cycles together change nothing else that is shared, so they
 * are a direction of the tables together.
 */
function movesAlone(
  tables: readonly (readonly NetworkArc[])[],
  tablesOf: ReadonlyMap<string, ReadonlySet<number>>,
  unknown: ReadonlySet<string>,
  id: string,
): boolean {
  let up = true;
  let down = true;
  for (const table of tablesOf.get(id)!) {
    const arcs = tables[table]!;
    const own = new Set(arcs.filter((arc) => arc.id === id || (unknown.has(arc.id) && tablesOf.get(arc.id)!.size === 1)).map((arc) => arc.id));
    const moves = residualMoves(arcs, own, [id]).get(id)!;
    up &&= moves.up;
    down &&= moves.down;
    if (!up && !down) return false;
  }
  return true;
}

/**
 * The unknown cells that the linked tables fix together: no change to them keeps every published
 * cell, every sum of every table and every count non-negative (the linear programming range of
 * each is a single value, the LP audit's definition of "exact"). A cell shared by two tables may
 * move in each alone and still be fixed by both together.
 *
 * The unknown cells are split into parts linked by sums; a part within one table is answered by
 * the residual-graph test ({@link exposedByCut}), a part spanning several tables by a few linear
 * programmes (module comment).
 *
 * @param tables The linked tables (a cell id shared between tables is one cell).
 * @param unknown Ids of the cells a reader does not know: withheld ones and never-published ones.
 * @returns Ids of unknown cells fixed by the tables together, in order of first appearance.
 * @throws {RangeError} If the solver fails (it cannot for consistent tables: d = 0 is a direction).
 * @example
 * // Cell z (0) is the only unknown under total 5 in table A (z + a = 5, a = 5 published), but
 * // shares nothing, so it is fixed: jointlyFixed([[...A]], new Set(['z'])) is ['z'].
 * // See test/disclosure/joint.test.ts for a cell that moves in each of two tables but not in both.
 */
export function jointlyFixed(tables: readonly (readonly NetworkArc[])[], unknown: ReadonlySet<string>): string[] {
  const values = new Map<string, number>();
  const order: string[] = [];
  const tablesOf = new Map<string, Set<number>>();
  const parent = new Map<string, string>();
  const relations = new Map<string, Relation>();
  tables.forEach((arcs, table) => {
    for (const arc of arcs) {
      if (!unknown.has(arc.id) || arc.from === arc.to) continue;
      if (!values.has(arc.id)) {
        values.set(arc.id, arc.value);
        order.push(arc.id);
        parent.set(arc.id, arc.id);
      }
      tablesOf.set(arc.id, (tablesOf.get(arc.id) ?? new Set()).add(table));
      for (const [node, sign] of [[arc.from, -1], [arc.to, 1]] as const) {
        if (node === OUTSIDE) continue;
        const key = `${table}:${node}`;
        const relation = relations.get(key) ?? relations.set(key, new Map()).get(key)!;
        relation.set(arc.id, (relation.get(arc.id) ?? 0) + sign);
      }
    }
  });
  for (const relation of relations.values()) {
    const [first, ...rest] = relation.keys();
    for (const id of rest) parent.set(find(parent, id), find(parent, first!));
  }
  const parts = new Map<string, string[]>();
  for (const id of order) {
    const root = find(parent, id);
    parts.set(root, [...(parts.get(root) ?? []), id]);
  }
  const fixed = new Set<string>();
  for (const members of parts.values()) {
    const partTables = new Set(members.flatMap((id) => [...tablesOf.get(id)!]));
    if (partTables.size === 1) {
      const arcs = tables[[...partTables][0]!]!;
      const memberSet = new Set(members);
      for (const id of exposedByCut(arcs, memberSet)) fixed.add(id);
      continue;
    }
    const memberSet = new Set(members);
    // A cell that one table fixes by itself is fixed; a cell with private cycles moves.
    const fixedAlone = new Set([...partTables].flatMap((table) => exposedByCut(tables[table]!, unknown)));
    for (const id of members) if (fixedAlone.has(id)) fixed.add(id);
    const undecided = new Set(members.filter((id) => !fixedAlone.has(id) && !movesAlone(tables, tablesOf, memberSet, id)));
    if (undecided.size === 0) continue;
    const partRelations = [...relations.values()].filter((relation) => memberSet.has(relation.keys().next().value!));
    const cells = new Map(members.map((id) => [id, values.get(id)!]));
    for (const id of fixedByProgramme(cells, partRelations, undecided, fixedAlone)) fixed.add(id);
  }
  return order.filter((id) => fixed.has(id));
}
