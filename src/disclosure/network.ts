/**
 * Secondary suppression on tables whose sum relations form a network.
 *
 * A table with published totals is written as a circulation: each cell is an arc and each sum
 * relation ("the parts add up to the total") is a node where the flow in equals the flow out
 * (Cox 1980, 1995: the network-flow view of two-way tables with margins). Every arc not fixed by a
 * published number is *free*. Because such constraint matrices are totally unimodular, a free
 * cell can be worked out exactly from the published numbers if and only if its arc is a bridge of
 * the free arcs (then the cut around it fixes its value); an arc that lies on a cycle of free arcs
 * whose values are all at least 1 can move by one unit up and down along the cycle, so at least
 * three values are feasible. The audit in `audit.ts` checks the same thing by linear programming.
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
  /** A cell that can never be withheld (it is never published, or its value is fixed): detours avoid it. */
  locked?: boolean;
}

interface Graph {
  nodeIndex: Map<string, number>;
  ends: [number, number][];
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
  return { nodeIndex, ends, adjacency };
}

/**
 * Indices of the arcs, among those marked `free`, that are bridges of the free subgraph
 * (lie on no cycle of free arcs). Tarjan's bridge algorithm on the undirected multigraph,
 * iterative so deep tables do not overflow the stack.
 */
function freeBridges(graph: Graph, free: readonly boolean[]): Set<number> {
  const nodeCount = graph.adjacency.length;
  const order = new Array<number>(nodeCount).fill(-1);
  const low = new Array<number>(nodeCount).fill(0);
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
        if (!free[arc] || arc === frame.via) continue;
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

/**
 * Cheapest path between the two ends of `target` that avoids it; free arcs cost nothing.
 * Dijkstra's algorithm with ties broken by node and arc order, so the result is deterministic.
 */
function cheapestDetour(
  graph: Graph,
  arcs: readonly NetworkArc[],
  free: readonly boolean[],
  target: number,
): number[] | null {
  const [start, goal] = graph.ends[target]!;
  const nodeCount = graph.adjacency.length;
  const distance = new Array<number>(nodeCount).fill(Number.POSITIVE_INFINITY);
  const viaArc = new Array<number>(nodeCount).fill(-1);
  const done = new Array<boolean>(nodeCount).fill(false);
  distance[start] = 0;
  for (;;) {
    let node = -1;
    for (let candidate = 0; candidate < nodeCount; candidate += 1) {
      if (!done[candidate] && distance[candidate]! < Number.POSITIVE_INFINITY) {
        if (node === -1 || distance[candidate]! < distance[node]!) node = candidate;
      }
    }
    if (node === -1) return null;
    if (node === goal) break;
    done[node] = true;
    for (const { arc, other } of graph.adjacency[node]!) {
      if (arc === target || done[other]) continue;
      if (!free[arc] && arcs[arc]!.locked === true) continue;
      const step = free[arc] ? 0 : arcs[arc]!.cost;
      const through = distance[node]! + step;
      if (through < distance[other]! - 1e-12) {
        distance[other] = through;
        viaArc[other] = arc;
      }
    }
  }
  const path: number[] = [];
  let node = goal;
  while (node !== start) {
    const arc = viaArc[node]!;
    path.push(arc);
    const [a, b] = graph.ends[arc]!;
    node = a === node ? b : a;
  }
  return path;
}

/**
 * Adds the fewest withheld cells it can find so that every cell in `required` lies on a cycle of
 * withheld (or never-published) cells, i.e. cannot be worked out exactly from the published ones.
 *
 * Method: while a required or added arc is a bridge of the free arcs, take the first one in table
 * order and withhold the cheapest detour between its ends (shortest path, free arcs cost 0, a
 * published cell costs its `cost`; published zeros cost 1000 more, as a cycle through a zero can
 * only move one way). Then drop, newest first, every added cell that is no longer needed.
 * Greedy: exact on the hand-worked tables in the tests, not proven minimal in general (optimal
 * cell suppression is NP-hard).
 *
 * @param arcs The table as a network.
 * @param free Ids of cells that are withheld or never published.
 * @param required Ids of withheld cells that must not be recoverable (subset of `free`).
 * @returns Ids of the cells to withhold in addition, in table order.
 * @example
 * // See test/disclosure/network.test.ts for a 3x2 table worked by hand.
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
  const costed = arcs.map((arc) => ({ ...arc, cost: arc.value > 0 ? arc.cost : arc.cost + 1000 }));
  for (let round = 0; round <= arcs.length; round += 1) {
    const bridges = freeBridges(graph, isFree);
    let target = -1;
    for (let arc = 0; arc < arcs.length; arc += 1) {
      if (mustProtect[arc] && bridges.has(arc) && !hopeless.has(arc)) {
        target = arc;
        break;
      }
    }
    if (target === -1) break;
    const detour = cheapestDetour(graph, costed, isFree, target);
    if (detour === null) {
      // A bridge of the whole table carries a flow fixed by the table itself; nothing can hide it.
      hopeless.add(target);
      continue;
    }
    for (const arc of detour) {
      if (!isFree[arc]) {
        isFree[arc] = true;
        mustProtect[arc] = true;
        added.push(arc);
      }
    }
  }
  // Pruning: an added cell is dropped when everything still to be protected stays on a cycle.
  for (let position = added.length - 1; position >= 0; position -= 1) {
    const arc = added[position]!;
    isFree[arc] = false;
    mustProtect[arc] = false;
    const bridges = freeBridges(graph, isFree);
    const stillSafe = mustProtect.every((needed, index) => !needed || hopeless.has(index) || !bridges.has(index));
    if (!stillSafe) {
      isFree[arc] = true;
      mustProtect[arc] = true;
    }
  }
  return arcs.filter((_, index) => isFree[index] && !free.has(arcs[index]!.id)).map((arc) => arc.id);
}

/**
 * Ids of the free cells that can be worked out exactly (bridges of the free arcs): the proven
 * criterion behind {@link secondarySuppressions}, valid when every free cell is at least 1.
 *
 * @param arcs The table as a network.
 * @param free Ids of cells that are withheld or never published.
 * @returns Ids of free cells whose value is fixed by the published cells, in table order.
 * @example
 * // A cell alone in its row with a published row total is exposed:
 * exposedByCut([{ id: 'a', from: 'r', to: 'c', value: 3, cost: 1 }, { id: 't', from: 'o', to: 'r', value: 3, cost: 1 },
 *   { id: 'c', from: 'c', to: 'o', value: 3, cost: 1 }], new Set(['a'])); // ['a']
 */
export function exposedByCut(arcs: readonly NetworkArc[], free: ReadonlySet<string>): string[] {
  const graph = buildGraph(arcs);
  const bridges = freeBridges(graph, arcs.map((arc) => free.has(arc.id)));
  return arcs.filter((_, index) => bridges.has(index)).map((arc) => arc.id);
}
