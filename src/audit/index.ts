/**
 * The intruder audit (`sc-wres/audit`): what an intruder who knows the policy and this library can
 * work out from a publication. Separate from the core because it loads HiGHS, a WebAssembly
 * integer-programming solver of about 3.5 MB, asynchronously; it runs in Node, Deno and browsers.
 *
 * @module
 */
import { publicationModel, type PrintedPrecision } from '../disclosure/intruder.js';
import { yearPairModel } from '../disclosure/year-pair-model.js';
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

/**
 * The intruder's audit of two years' published reports on the same organisation (SPEC 8a, year on
 * year): both years' figures, and the people between them (each band's staff in post last year,
 * minus leavers, plus joiners, is this year's; staff at risk this year are last year's in post
 * plus joiners; leavers within each year's published leavers), with the intruder assuming nobody
 * changed band. `safe` is true only when no withheld cell of either year is determined exactly and
 * no flow of people (leavers or joiners of a band and group) is found to be from 1 to threshold - 1.
 *
 * @param published Last year's published report and this year's (protected with `{ previous }`).
 * @param original Their reports before disclosure control (optional: true values in the ranges).
 * @param options The printed precision.
 * @returns The audit: ranges of withheld cells (ids prefixed `previous:` or `current:`) and of the
 *   flows (`pair|left|Grade 2|minority`, ...).
 * @throws {RangeError} When the two years contradict each other or the assumption (no whole-number
 *   flows fit them, for example when staff changed band).
 * @example
 * import { auditYearPair } from 'sc-wres/audit';
 * const current = applyDisclosureControl(thisYear, 'sc-wres-publication', { previous });
 * (await auditYearPair({ previous, current })).safe; // true
 */
export async function auditYearPair(
  published: { previous: PublishedReport; current: PublishedReport },
  original: { previous?: WresReport; current?: WresReport } = {},
  options: Pick<AuditOptions, 'precision'> = {},
): Promise<IntruderAudit> {
  return solveIntruder(yearPairModel(published, original, options.precision ?? 'json'));
}
