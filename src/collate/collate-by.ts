import { WresInputError } from '../errors.js';
import type { Collation } from '../model/collation.js';
import { collateReports } from './collate-reports.js';
import type { CollationEntry } from './entries.js';
import type { CollateOptions } from './options.js';

/** A national collation with the same collation for each region or service. */
export interface CollationByGroup {
  /** What the groups are. */
  by: 'region' | 'service';
  /** All councils together. */
  national: Collation;
  /** One collation per region (or service), in order of first appearance; councils without one are in the national figures only. */
  groups: { label: string; collation: Collation }[];
}

/**
 * Collates all councils, then each region's (or service's) councils apart, with the same options.
 *
 * @param entries - The councils, as for {@link collateReports}; each needs a `region` (or a `service`) to be in a group.
 * @param by - `'region'` or `'service'`.
 * @param options - As for {@link collateReports}.
 * @returns The national collation and one per group.
 * @throws {WresInputError} When the entries are invalid, or no entry has a region (service).
 * @example
 * const { groups } = collateBy([
 *   { name: 'A', region: 'London', counts: { outcomes: {} } },
 *   { name: 'B', region: 'North East', counts: { outcomes: {} } },
 * ], 'region');
 * groups.map((group) => group.label); // ['London', 'North East']
 */
export function collateBy(entries: readonly CollationEntry[], by: 'region' | 'service', options?: CollateOptions): CollationByGroup {
  const national = collateReports(entries, options);
  const labelOf = (entry: CollationEntry): string | undefined =>
    by === 'region' ? entry.region : entry.service ?? ('report' in entry ? entry.report.options?.scope?.service : undefined);
  const labels = [...new Set(entries.map(labelOf).filter((label): label is string => label !== undefined))];
  if (labels.length === 0) {
    throw new WresInputError([{ source: 'collation', field: by, message: `is not given for any council, so they cannot be collated by ${by}` }]);
  }
  return {
    by,
    national,
    groups: labels.map((label) => ({ label, collation: collateReports(entries.filter((entry) => labelOf(entry) === label), options) })),
  };
}
