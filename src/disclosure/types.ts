/** Names of the built-in disclosure policies. */
export type PresetName = 'sc-wres-publication' | 'ons-10-5' | 'nhs-digital' | 'none';

/**
 * A disclosure-control policy. Every field is optional; missing fields take the defaults shown.
 */
export interface DisclosurePolicy {
  /** A name shown in the report's disclosure summary. Default `'custom'`. */
  name?: string;
  /** Counts below this (and above zero) are suppressed. Default 10. */
  threshold?: number;
  /** Suppress true zeros too. Default false. */
  suppressZeros?: boolean;
  /** Also suppress a count whose complement (total minus count) is below the threshold. Default true. */
  complements?: boolean;
  /** Add secondary suppressions in tables with totals (metric 1). Default true. */
  secondary?: boolean;
  /** Round published counts to this base (e.g. 5); null or absent for no rounding. */
  rounding?: number | null;
}

/** A policy with every field filled in, as {@link resolvePolicy} returns it. */
export interface ResolvedPolicy {
  name: string;
  threshold: number;
  suppressZeros: boolean;
  complements: boolean;
  secondary: boolean;
  rounding: number | null;
}
