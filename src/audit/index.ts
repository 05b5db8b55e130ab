/**
 * The intruder audit (`sc-wres/audit`): what an intruder who knows the policy and this library can
 * work out from a publication. Separate from the core because it loads HiGHS, a WebAssembly
 * integer-programming solver of about 3.5 MB, asynchronously; it runs in Node, Deno and browsers.
 *
 * @module
 */
import { publicationModel, type PrintedPrecision } from '../disclosure/intruder.js';
import type { PublishedReport, WresReport } from '../model/report.js';
import { solveIntruder, type IntruderAudit } from './solve.js';

export type { IntruderAudit, IntruderRange } from './solve.js';
export type { PrintedPrecision } from '../disclosure/intruder.js';

/** Options of {@link auditReport}. */
export interface AuditOptions {
  /**
   * How the reader reads the numbers: `'json'` (default; JSON and CSV print full precision) or
   * `'markdown'` (percentages with one decimal).
   */
  precision?: PrintedPrecision;
  /**
   * Whether the intruder takes the services' reports of a publication to cover the whole council
   * (each whole-council cell is the sum of the services'). Default true, the stricter reading.
   */
  scopesPartition?: boolean;
}

/**
 * The intruder's audit of a publication (SPEC 8a): the smallest and largest whole-number value of
 * every withheld cell over all tables consistent with everything published, at its printed
 * precision: every count (exact, or within its rounding), every sum relation between populations
 * (bands and totals, band not known, staff in post, at risk and leavers, broad groups within
 * minority, White minorities), every published proportion and share, the `sources` block (rows
 * and exclusions bound the people counted, completeness gives unknown outcomes), unknown counts,
 * and regulated professionals within the staff at risk. Several reports on the same data (a
 * publication) are one model: reports with the same scope and population share their cells.
 * `safe` is true only when no withheld cell is determined exactly.
 *
 * @param published A published report, or every report of a publication.
 * @param original The report(s) before disclosure control, in the same order (optional): each
 *   range then carries the true value.
 * @param options The printed precision.
 * @returns The audit: `safe`, every withheld cell's range, the exposed ones.
 * @throws {RangeError} When the publication contradicts itself (no whole-number table fits it).
 * @example
 * import { auditReport } from 'sc-wres/audit';
 * const audit = await auditReport(applyDisclosureControl(report, 'sc-wres-publication'), report);
 * audit.safe;       // true
 * audit.ranges[0];  // { id: '*|at-risk|any|band[5].unknown', min: 0, max: 118, exact: false, value: 9 } (the example council)
 */
export async function auditReport(
  published: PublishedReport | readonly PublishedReport[],
  original?: WresReport | readonly WresReport[],
  options: AuditOptions = {},
): Promise<IntruderAudit> {
  const reports = Array.isArray(published) ? (published as readonly PublishedReport[]) : [published as PublishedReport];
  const originals = original === undefined ? [] : Array.isArray(original) ? (original as readonly WresReport[]) : [original as WresReport];
  const model = publicationModel(
    reports.map((report, index) => (originals[index] === undefined ? { published: report } : { published: report, original: originals[index]! })),
    options.precision ?? 'json',
    options.scopesPartition === undefined ? {} : { scopesPartition: options.scopesPartition },
  );
  return solveIntruder(model);
}
