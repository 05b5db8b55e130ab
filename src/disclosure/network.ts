/**
 * Secondary suppression on tables whose sum relations form a network.
 *
 * A table with published totals is written as a circulation: each cell is an arc and each sum
 * relation ("the parts add up to the total") is a node where the flow in equals the flow out
 * (Cox 1980, 1995: the network-flow view of two-way tables with margins). Every arc not fixed by a
 * published number is *free*; counts are whole numbers and never negative.
 *
 * The exact criterion (integer flows). Take the true table x. Any other table x' that agrees with
 * every published cell differs from x by a circulation d = x' - x on the free arcs, and d splits
 * into cycles that each move their arcs the same way d does (conformal decomposition). So a free
 * cell can take another value if and only if it lies on a cycle of the *residual graph* of the
 * free arcs: a free arc p -> q with value x gives an edge p -> q always (one more person in it)
 * and an edge q -> p only when x >= 1 (one fewer, which needs someone there). A free cell
 * e = u -> v is therefore NOT exactly determined iff
 *   (a) v reaches u in the residual graph without using e (e can go up by one), or
 *   (b) x_e >= 1 and u reaches v without using e (e can go down by one);
 * otherwise the published cells fix it. Pushing one unit round such a cycle keeps every published
 * cell and every sum, so the cell has at least two possible values. When every free cell is at
 * least 1 this is the familiar bridge test (a cell is exposed iff it is a bridge of the free arcs);
 * with zeros it is stricter: a cycle of zero cells protects nothing, since none of them can go down.
 * The LP audit in `audit-table.ts` checks the same thing by linear programming.
 *
 * @module
 */

/** One cell of a table as an arc between two sum relations. */
export interface NetworkArc {
  /** Cell identifier, unique in the network. */
  id: string;
  /** Relation node the arc leaves (where it is a part, or the total it flows out of). */
  from: string;
  /** Relation node the arc enters. */
  to: string;
  /** The true value of the cell. */
  value: number;
  /** Cost of withholding it when it is published (1 for an ordinary cell, a little more for totals). */
  cost: number;
  /** A published cell that must stay published (its value is given away anyway): detours avoid it. */
  locked?: boolean;
}

interface Graph {
  nodeCount: number;
  ends: [number, number][];
  /** Every arc at each node (both ends), for the detour search. */
  adjacency: { arc: number; other: number }[][];
}

function buildGraph(arcs: readonly NetworkArc[]): Graph {
  const nodeIndex = new Map<string, number>();
  const indexOf = (node: string): number => {
    let index = nodeIndex.get(node);
    if (index === undefined) {
      index = nodeIndex.size;
      nodeIndex.set(node, index);
    }
    return index;
  };
  const ends: [number, number][] = arcs.map((arc) => [indexOf(arc.from), indexOf(arc.to)]);
  const adjacency: { arc: number; other: number }[][] = Array.from({ length: nodeIndex.size }, () => []);
  ends.forEach(([a, b], arc) => {
    adjacency[a]?.push({ arc, other: b });
    if (a !== b) adjacency[b]?.push({ arc, other: a });
  });
  return { nodeCount: nodeIndex.size, ends, adjacency };
}

/**
 * The residual graph of the free arcs and searches in it. Each residual edge records the arc it
 * comes from, so a search can leave one cell out.
 *
 * {@link Residual.determined} answers most cells in constant time after two linear passes: a free
 * zero (one-way arc u -> v) can go up iff u and v are in the same strongly connected component of
 * the residual graph (a path back from v to u never needs the arc itself); a free cell of at least
 * 1 that lies on a cycle of such two-way cells (not a bridge of them) can move both ways. Only a
 * two-way cell that is a bridge of the two-way cells, yet not of all free cells, needs a search.
 */
class Residual {
  /** Residual edges out of each node: `arc` is the cell, `to` the node the edge leads to. */
  private readonly out: { arc: number; to: number }[][];
  private readonly seen: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;
  private component: Int32Array | null = null;
  private twoWayBridges: Set<number> | null = null;
  private freeBridges: Set<number> | null = null;

  constructor(
    private readonly graph: Graph,
    private readonly arcs: readonly NetworkArc[],
    private readonly free: readonly boolean[],
  ) {
    this.out = Array.from({ length: graph.nodeCount }, () => []);
    graph.ends.forEach(([from, to], arc) => {
      if (!free[arc] || from === to) return;
      this.out[from]!.push({ arc, to });
      if (arcs[arc]!.value >= 1) this.out[to]!.push({ arc, to: from });
    });
    this.seen = new Int32Array(graph.nodeCount);
    this.queue = new Int32Array(graph.nodeCount);
  }

  /** Whether `goal` can be reached from `start` along residual edges of cells other than `skip`. */
  reaches(start: number, goal: number, skip: number): boolean {
    if (start === goal) return true;
    this.stamp += 1;
    const stamp = this.stamp;
    this.seen[start] = stamp;
    this.queue[0] = start;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const node = this.queue[head]!;
      head += 1;
      for (const { arc, to } of this.out[node]!) {
        if (arc === skip || this.seen[to] === stamp) continue;
        if (to === goal) return true;
        this.seen[to] = stamp;
        this.queue[tail] = to;
        tail += 1;
      }
    }
    return false;
  }

  /** Whether free cell `arc` can go up by one, and down by one, keeping every published cell. */
  moves(arc: number): { up: boolean; down: boolean } {
    const [from, to] = this.graph.ends[arc]!;
    const up = this.reaches(to, from, arc);
    const down = this.arcs[arc]!.value >= 1 && this.reaches(from, to, arc);
    return { up, down };
  }

  /** Whether free cell `arc` is fixed by the published cells (it can move neither way). */
  determined(arc: number): boolean {
    const [from, to] = this.graph.ends[arc]!;
    if (from === to) return false;
    if (this.arcs[arc]!.value < 1) {
      this.component ??= strongComponents(this.out);
      return this.component[from] !== this.component[to];
    }
    this.twoWayBridges ??= undirectedBridges(this.graph, (index) => this.free[index] === true && this.arcs[index]!.value >= 1);
    if (!this.twoWayBridges.has(arc)) return false;
    this.freeBridges ??= undirectedBridges(this.graph, (index) => this.free[index] === true);
    if (this.freeBridges.has(arc)) return true;
    const { up, down } = this.moves(arc);
    return !up && !down;
  }
}

/**
 * Strongly connected components of a directed graph given by its out-edges (Tarjan's algorithm,
 * iterative so deep tables do not overflow the stack). Returns each node's component number.
 */
function strongComponents(out: readonly { to: number }[][]): Int32Array {
  const nodeCount = out.length;
  const order = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const component = new Int32Array(nodeCount).fill(-1);
  const onStack = new Uint8Array(nodeCount);
  const stack: number[] = [];
  let counter = 0;
  let components = 0;
  for (let root = 0; root < nodeCount; root += 1) {
    if (order[root] !== -1) continue;
    const frames: { node: number; next: number }[] = [{ node: root, next: 0 }];
    order[root] = counter;
    low[root] = counter;
    counter += 1;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const edges = out[frame.node]!;
      if (frame.next < edges.length) {
        const next = edges[frame.next]!.to;
        frame.next += 1;
        if (order[next] === -1) {
          order[next] = counter;
          low[next] = counter;
          counter += 1;
          stack.push(next);
          onStack[next] = 1;
          frames.push({ node: next, next: 0 });
        } else if (onStack[next] === 1) {
          low[frame.node] = Math.min(low[frame.node]!, order[next]!);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] === order[frame.node]) {
        for (;;) {
          const member = stack.pop()!;
          onStack[member] = 0;
          component[member] = components;
          if (member === frame.node) break;
        }
        components += 1;
      }
    }
  }
  return component;
}

/**
 * The arcs, among those `included`, that are bridges of the undirected multigraph they form (lie
 * on no cycle of included arcs). Tarjan's bridge algorithm, iterative.
 */
function undirectedBridges(graph: Graph, included: (arc: number) => boolean): Set<number> {
  const nodeCount = graph.nodeCount;
  const order = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const bridges = new Set<number>();
  let counter = 0;
  for (let root = 0; root < nodeCount; root += 1) {
    if (order[root] !== -1) continue;
    // Stack frames: node, arc used to enter it, position in its adjacency list.
    const stack: { node: number; via: number; next: number }[] = [{ node: root, via: -1, next: 0 }];
    order[root] = counter;
    low[root] = counter;
    counter += 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const neighbours = graph.adjacency[frame.node]!;
      if (frame.next < neighbours.length) {
        const { arc, other } = neighbours[frame.next]!;
        frame.next += 1;
        if (arc === frame.via || !included(arc)) continue;
        if (order[other] === -1) {
          order[other] = counter;
          low[other] = counter;
          counter += 1;
          stack.push({ node: other, via: arc, next: 0 });
        } else {
          low[frame.node] = Math.min(low[frame.node]!, order[other]!);
        }
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent !== undefined) {
          low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
          if (low[frame.node]! > order[parent.node]!) bridges.add(frame.via);
        }
      }
    }
  }
  return bridges;
}

/** A binary heap of (distance, node), smallest distance first and then smallest node: deterministic. */
class NodeHeap {
  private readonly items: [number, number][] = [];

  get size(): number {
    return this.items.length;
  }

  private less(a: [number, number], b: [number, number]): boolean {
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }

  push(item: [number, number]): void {
    const items = this.items;
    items.push(item);
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.less(items[index]!, items[parent]!)) break;
      [items[index], items[parent]] = [items[parent]!, items[index]!];
      index = parent;
    }
  }

  pop(): [number, number] {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let smallest = index;
        if (left < items.length && this.less(items[left]!, items[smallest]!)) smallest = left;
        if (right < items.length && this.less(items[right]!, items[smallest]!)) smallest = right;
        if (smallest === index) break;
        [items[index], items[smallest]] = [items[smallest]!, items[index]!];
        index = smallest;
      }
    }
    return top;
  }
}

/** Extra cost of withholding a published zero: it can only go up, so it hides less than a positive cell. */
const ZERO_PENALTY = 1000;

/**
 * Cheapest directed path from `start` to `goal` avoiding `target`, along which every arc can move
 * the way the path runs: forward always, backward only when the cell is at least 1. Free arcs cost
 * nothing, a published cell its `cost` (plus {@link ZERO_PENALTY} for a zero); locked cells are
 * avoided. Dijkstra's algorithm, ties broken by node order, so the result is deterministic.
 * Returns the arcs of the path with its cost, or null when there is none.
 */
function cheapestPath(
  graph: Graph,
  arcs: readonly NetworkArc[],
  free: readonly boolean[],
  target: number,
  start: number,
  goal: number,
): { path: number[]; cost: number } | null {
  const distance = new Float64Array(graph.nodeCount).fill(Number.POSITIVE_INFINITY);
  const viaArc = new Int32Array(graph.nodeCount).fill(-1);
  const done = new Uint8Array(graph.nodeCount);
  const heap = new NodeHeap();
  distance[start] = 0;
  heap.push([0, start]);
  while (heap.size > 0) {
    const [reached, node] = heap.pop();
    if (done[node] === 1 || reached > distance[node]!) continue;
    if (node === goal) break;
    done[node] = 1;
    for (const { arc, other } of graph.adjacency[node]!) {
      if (arc === target || done[other] === 1) continue;
      const cell = arcs[arc]!;
      const forward = graph.ends[arc]![0] === node;
      if (!forward && cell.value < 1) continue;
      if (!free[arc] && cell.locked === true) continue;
      const step = free[arc] ? 0 : cell.cost + (cell.value > 0 ? 0 : ZERO_PENALTY);
      const through = reached + step;
      if (through < distance[other]! - 1e-12) {
        distance[other] = through;
        viaArc[other] = arc;
        heap.push([through, other]);
      }
    }
  }
  if (distance[goal] === Number.POSITIVE_INFINITY) return null;
  const path: number[] = [];
  let node = goal;
  while (node !== start) {
    const arc = viaArc[node]!;
    path.push(arc);
    const [a, b] = graph.ends[arc]!;
    node = a === node ? b : a;
  }
  return { path, cost: distance[goal]! };
}

/**
 * The cheapest set of cells to withhold so that `target` (free, exactly determined) lies on a
 * residual cycle: a path back from its head to its tail (it can then go up), or, when it is at
 * least 1, from its tail to its head (it can go down); the cheaper of the two, up on a tie.
 */
function cheapestCycle(graph: Graph, arcs: readonly NetworkArc[], free: readonly boolean[], target: number): number[] | null {
  const [from, to] = graph.ends[target]!;
  const up = cheapestPath(graph, arcs, free, target, to, from);
  const down = arcs[target]!.value >= 1 ? cheapestPath(graph, arcs, free, target, from, to) : null;
  if (up === null) return down?.path ?? null;
  if (down === null || up.cost <= down.cost + 1e-12) return up.path;
  return down.path;
}

/**
 * Adds the fewest withheld cells it can find so that no cell in `required` can be worked out
 * exactly from the published ones (the exact criterion in the module comment: each lies on a
 * residual cycle of withheld or never-published cells).
 *
 * Method: while a required or added cell is exactly determined, take the first one in table order
 * and withhold the cheapest residual cycle through it (shortest path back between its ends; a
 * withheld or unpublished cell costs 0, a published cell its `cost`, a published zero 1000 more;
 * a cell can be crossed in its own direction always and against it only when it is at least 1).
 * Then drop, newest first, every added cell that is no longer needed. Greedy: exact on the
 * hand-worked tables in the tests, not proven minimal in general (optimal cell suppression is
 * NP-hard).
 *
 * @param arcs The table as a network.
 * @param free Ids of cells that are withheld or never published.
 * @param required Ids of withheld cells that must not be recoverable (subset of `free`).
 * @returns Ids of the cells to withhold in addition, in table order.
 * @example
 * // See test/disclosure/network.test.ts for a 3x2 table worked by hand: withholding m0 = 3 in
 * // rows (3, 20), (15, 25), (12, 30) adds ['w0', 'm1', 'w1'].
 */
export function secondarySuppressions(
  arcs: readonly NetworkArc[],
  free: ReadonlySet<string>,
  required: ReadonlySet<string>,
): string[] {
  const graph = buildGraph(arcs);
  const isFree = arcs.map((arc) => free.has(arc.id));
  const mustProtect = arcs.map((arc) => required.has(arc.id) && free.has(arc.id));
  const added: number[] = [];
  const hopeless = new Set<number>();
  const firstExposed = (residual: Residual): number => {
    for (let arc = 0; arc < arcs.length; arc += 1) {
      if (mustProtect[arc] && !hopeless.has(arc) && residual.determined(arc)) return arc;
    }
    return -1;
  };
  for (let round = 0; round <= arcs.length; round += 1) {
    const target = firstExposed(new Residual(graph, arcs, isFree));
    if (target === -1) break;
    const cycle = cheapestCycle(graph, arcs, isFree, target);
    if (cycle === null) {
      // No cycle can reach it: the table itself fixes this cell; nothing can hide it.
      hopeless.add(target);
      continue;
    }
    for (const arc of cycle) {
      if (!isFree[arc]) {
        isFree[arc] = true;
        mustProtect[arc] = true;
        added.push(arc);
      }
    }
  }
  // Pruning: an added cell is dropped when everything still to be protected can still move.
  for (let position = added.length - 1; position >= 0; position -= 1) {
    const arc = added[position]!;
    isFree[arc] = false;
    mustProtect[arc] = false;
    if (firstExposed(new Residual(graph, arcs, isFree)) !== -1) {
      isFree[arc] = true;
      mustProtect[arc] = true;
    }
  }
  return arcs.filter((_, index) => isFree[index] && !free.has(arcs[index]!.id)).map((arc) => arc.id);
}

/**
 * Ids of the free cells that the published cells fix exactly (the exact criterion for whole,
 * non-negative counts in the module comment: no residual cycle of free cells lets the cell go up
 * or down by one). When every free cell is at least 1 these are the bridges of the free arcs.
 *
 * @param arcs The table as a network.
 * @param free Ids of cells that are withheld or never published.
 * @returns Ids of free cells whose value is fixed by the published cells, in table order.
 * @example
 * // A cell alone in its row with a published row total is exposed:
 * exposedByCut([{ id: 'a', from: 'r', to: 'c', value: 3, cost: 1 }, { id: 't', from: 'o', to: 'r', value: 3, cost: 1 },
 *   { id: 'c', from: 'c', to: 'o', value: 3, cost: 1 }], new Set(['a'])); // ['a']
 * // Two withheld zeros side by side under a published total of 0 are both fixed at 0, though they form a cycle:
 * exposedByCut([{ id: 'x', from: 'o', to: 'c', value: 0, cost: 1 }, { id: 'y', from: 'o', to: 'c', value: 0, cost: 1 },
 *   { id: 't', from: 'c', to: 'o', value: 0, cost: 1 }], new Set(['x', 'y'])); // ['x', 'y']
 */
export function exposedByCut(arcs: readonly NetworkArc[], free: ReadonlySet<string>): string[] {
  const graph = buildGraph(arcs);
  const residual = new Residual(graph, arcs, arcs.map((arc) => free.has(arc.id)));
  return arcs.filter((arc, index) => free.has(arc.id) && residual.determined(index)).map((arc) => arc.id);
}

/**
 * Whether each of `ids` (free cells of the table) can go up by one, and down by one, along a
 * residual cycle of the free cells (the exact criterion in the module comment).
 *
 * @param arcs The table as a network.
 * @param free Ids of cells that are withheld or never published.
 * @param ids The free cells to ask about.
 * @returns For each id found in the table, whether it can go up and whether it can go down.
 * @example
 * // z (0) and a (3) under a published total t = 3: z can only go up, a only down.
 * residualMoves([{ id: 'z', from: 'o', to: 'c', value: 0, cost: 1 }, { id: 'a', from: 'o', to: 'c', value: 3, cost: 1 },
 *   { id: 't', from: 'c', to: 'o', value: 3, cost: 1 }], new Set(['z', 'a']), ['z', 'a']);
 * // Map { 'z' => { up: true, down: false }, 'a' => { up: false, down: true } }
 */
export function residualMoves(arcs: readonly NetworkArc[], free: ReadonlySet<string>, ids: readonly string[]): Map<string, { up: boolean; down: boolean }> {
  const graph = buildGraph(arcs);
  const residual = new Residual(graph, arcs, arcs.map((arc) => free.has(arc.id)));
  const wanted = new Set(ids);
  const moves = new Map<string, { up: boolean; down: boolean }>();
  arcs.forEach((arc, index) => {
    if (!wanted.has(arc.id) || !free.has(arc.id) || moves.has(arc.id)) return;
    const [from, to] = graph.ends[index]!;
    moves.set(arc.id, from === to ? { up: true, down: arc.value >= 1 } : residual.moves(index));
  });
  return moves;
}
