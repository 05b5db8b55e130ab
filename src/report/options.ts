import type { DisclosurePolicy, PresetName } from '../disclosure/types.js';
import type { DifferenceMethod, ProportionMethod, RatioMethod } from '../stats/types.js';
import type { Standard } from '../model/report.js';
import type { Collation } from '../model/collation.js';

/** Options of {@link computeReport} (names pinned by the specification). */
export interface ReportOptions {
  /** The reporting period, inclusive ISO dates (or Date objects). Required. */
  period: { start: string | Date; end: string | Date };
  /** Direction of the relative likelihoods. Default `'sc-wres'` (all minority over white). */
  standard?: Standard;
  /** Pay band labels in order (lowest first). */
  payBands?: string[];
  /** Salary thresholds, ascending: `[30000, 70000]` gives three bands. */
  salaryBands?: number[];
  /** Population for metrics 3, 4, 5 and 8. Default `'at-risk'`. */
  population?: 'at-risk' | 'snapshot';
  /** Restrict to one service, e.g. `{ service: 'children' }`. */
  scope?: { service?: string };
  /** How ethnicity values are classified and named. */
  ethnicity?: {
    /** Where the White minority categories (all White but White British) count. Default `'white'`; `'minority'` is the ONS "including White minorities" grouping. */
    whiteMinorities?: 'white' | 'minority';
    /** Label of the focal group in every sentence. Default `'minority ethnic'`. */
    terminology?: string;
    /** Raw value to category; takes precedence over the built-in tables. */
    mapping?: Record<string, string>;
  };
  /** `'broad-groups'` adds Asian, Black, Mixed and Other, each against White. Default `'none'`. */
  breakdown?: 'none' | 'broad-groups';
  /** Confidence interval methods and level. */
  intervals?: {
    /** Interval of each group's proportion. Default `'wilson'`. */
    proportion?: ProportionMethod;
    /** Interval of the relative likelihood. Default `'koopman'`. */
    ratio?: RatioMethod;
    /** Interval of the difference of proportions. Default `'newcombe'`. */
    difference?: DifferenceMethod;
    /** Confidence level, in (0, 1). Default 0.95. */
    level?: number;
  };
  /**
   * National or regional collations to put beside the council's figures: each comparison's pooled
   * (Mantel-Haenszel) relative likelihood is carried in `report.benchmarks` and shown by every renderer.
   */
  benchmarks?: { label: string; collation: Collation }[];
  /** Apply disclosure control to the result. Default false. */
  disclosure?: PresetName | DisclosurePolicy | false;
  /** Validation mode: `'strict'` (default) rejects the dataset on any bad record; `'lenient'` skips bad records and counts them. */
  validation?: 'strict' | 'lenient';
  /**
   * Record keys that are not fields of their source: `'error'` (default; a misspelt `ethnicOrigin`
   * would otherwise make everyone unknown) or `'ignore'` (dropped).
   */
  unknownKeys?: 'error' | 'ignore';
  /**
   * In lenient mode, the largest share of a source's rows that may be skipped as invalid, from 0
   * to 1; default 0.05 (5%). More, or every row of a source, is an input error: a report built
   * from what is left would not count what the user meant (SPEC 10a).
   */
  maxSkipped?: number;
}
