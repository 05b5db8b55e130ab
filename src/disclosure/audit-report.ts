import type { Figure, WresReport } from '../model/report.js';
import { auditTable, type AuditCell, type AuditConstraint, type AuditTable, type TableAudit } from './audit-table.js';
import { layoutReport } from './layout.js';
import type { NetworkArc } from './network.js';

/**
 * The sum relations of a network: at every node except `outside`, the arcs in add up to the arcs
 * out. Every node of the report's tables has a single arc on one side, which becomes the total.
 */
function relationsOf(arcs: readonly NetworkArc[]): AuditConstraint[] {
  const incoming = new Map<string, string[]>();
  const outgoing = new Map<string, string[]>();
  for (const arc of arcs) {
    if (arc.from === arc.to) continue;
    outgoing.set(arc.from, [...(outgoing.get(arc.from) ?? []), arc.id]);
    incoming.set(arc.to, [...(incoming.get(arc.to) ?? []), arc.id]);
  }
  const nodes = [...new Set(arcs.flatMap((arc) => [arc.from, arc.to]))].filter((node) => node !== 'outside');
  return nodes.map((node) => {
    const into = incoming.get(node) ?? [];
    const out = outgoing.get(node) ?? [];
    if (out.length === 1) return { parts: into, total: out[0]! };
    if (into.length === 1) return { parts: out, total: into[0]! };
    throw new RangeError(`auditLinkedTables: table node "${node}" has no single total.`);
  });
}

/**
 * Every table of a published report with sum relations, as one table for {@link auditTable}:
 * metric 1 (bands by group, totals, band not known and metric 9's staff totals) and, with a
 * broad-group breakdown, the broad groups adding up to minority in every comparison and in the
 * band table. Cells that are never published (people without the outcome, white minorities
 * counted as minority, broad groups with no known band) are `unpublished` unknowns.
 *
 * @param published A report after disclosure control.
 * @param original The report before it, to attach true values to the withheld cells (optional).
 * @returns The table, or `null` when no counts are linked by sums.
 * @example
 * snapshotTable(published)?.constraints.length; // 3 bands, no breakdown, no leavers: 1 (bands add to total) + 3 rows + 3 columns + 3 snapshot totals = 10
 */
export function snapshotTable(published: WresReport<Figure>, original?: WresReport): AuditTable | null {
  const layout = layoutReport(published, 'structure');
  if (layout.tables.length === 0) return null;
  const truth = original === undefined ? undefined : layoutReport(original as WresReport<Figure>, 'value');
  const rounding = published.disclosure?.rounding ?? null;
  const cells: AuditCell[] = [];
  const seen = new Set<string>();
  for (const arc of layout.tables.flat()) {
    if (seen.has(arc.id)) continue;
    seen.add(arc.id);
    if (layout.hidden.has(arc.id)) {
      cells.push({ id: arc.id, status: 'unpublished' });
      continue;
    }
    const figure = layout.cells.get(arc.id);
    if (typeof figure === 'number') {
      cells.push(rounding === null ? { id: arc.id, status: 'published', value: figure } : { id: arc.id, status: 'published', value: figure, rounding });
      continue;
    }
    const value = truth?.cells.get(arc.id);
    cells.push(typeof value === 'number' ? { id: arc.id, status: 'suppressed', value } : { id: arc.id, status: 'suppressed' });
  }
  const constraints = layout.tables.flatMap((arcs) => relationsOf(arcs));
  return { cells, constraints };
}

/**
 * A quick linear check of a published report's linked tables (the check `applyDisclosureControl`
 * protects against). The intruder's audit, over everything published and with whole numbers, is
 * `auditReport` in `sc-wres/audit`. This one: builds its linked tables (see {@link snapshotTable}) from what the
 * report publishes and finds the feasible range of every withheld cell (see {@link auditTable}).
 *
 * @param published A report after disclosure control.
 * @param original Optional: the report before disclosure control; each range then carries the true value.
 * @returns The audit (`safe: true` and no ranges when no counts are linked by sums).
 * @example
 * auditLinkedTables(applyDisclosureControl(report, 'sc-wres-publication')).safe; // true
 */
export function auditLinkedTables(published: WresReport<Figure>, original?: WresReport): TableAudit {
  const table = snapshotTable(published, original);
  if (table === null) return { safe: true, ranges: [], exposed: [] };
  return auditTable(table);
}
