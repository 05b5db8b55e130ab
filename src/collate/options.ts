import { WresInputError } from '../errors.js';
import type { ReportOptionsSummary, Standard } from '../model/report.js';
import { resolveOptions } from '../report/resolve-options.js';
import type { ReportOptions } from '../report/options.js';

/** Options of {@link collateReports}. Unset ones are taken from the first council's report, else the report defaults. */
export interface CollateOptions {
  /** Direction of the relative likelihoods. Default: the first report's, else `'sc-wres'`. */
  standard?: Standard;
  /** Label of the focal group in the crude comparisons' sentences. Default: the first report's, else `'minority ethnic'`. */
  terminology?: string;
  /** Interval methods of the crude comparisons, and the level of every interval (pooled ones too). */
  intervals?: ReportOptions['intervals'];
}

/** The settings a collation uses, defaults filled in. */
export type ResolvedCollateOptions = Pick<ReportOptionsSummary, 'standard' | 'terminology' | 'intervals'>;

const KNOWN = new Set(['standard', 'terminology', 'intervals']);
// resolveOptions checks the settings a collation shares with a report; the period is not one of them.
const ANY_PERIOD = { start: '2000-01-01', end: '2000-12-31' };

/** Checks the options and fills in defaults from the first report, then the report defaults. */
export function resolveCollateOptions(options: unknown, first: ReportOptionsSummary | undefined): ResolvedCollateOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new WresInputError([{ source: 'options', value: options, message: 'must be an object { standard?, terminology?, intervals? }' }]);
  }
  const given = (options ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(given).filter((key) => !KNOWN.has(key));
  if (unknown.length > 0) {
    throw new WresInputError(unknown.map((field) => ({ source: 'options', field, message: 'is not an option of collateReports (standard, terminology, intervals)' })));
  }
  const standard = given.standard ?? first?.standard;
  const terminology = given.terminology ?? first?.terminology;
  const intervals = { ...first?.intervals, ...(given.intervals as object | undefined) };
  const resolved = resolveOptions({
    period: ANY_PERIOD,
    ...(standard === undefined ? {} : { standard }),
    ...(terminology === undefined ? {} : { ethnicity: { terminology } }),
    intervals,
  });
  return { standard: resolved.standard, terminology: resolved.terminology, intervals: resolved.intervals };
}
