/**
 * Words shared by the Markdown and HTML reports: source names, interval methods, the standard.
 *
 * @module
 */
import type { PublishedReport, SourceName } from '../model/report.js';

/** The sources' names for people. */
export const SOURCE_LABELS: Record<SourceName, string> = {
  staff: 'Staff',
  applications: 'Applications',
  disciplinaryCases: 'Disciplinary cases',
  fitnessToPractiseReferrals: 'Fitness-to-practise referrals',
  cpd: 'CPD records',
  survey: 'Survey responses',
};

/** The interval methods' names for people. */
export const METHOD_LABELS: Record<string, string> = {
  wilson: 'Wilson score',
  'clopper-pearson': 'Clopper-Pearson exact',
  jeffreys: 'Jeffreys',
  'agresti-coull': 'Agresti-Coull',
  koopman: 'Koopman asymptotic score',
  'miettinen-nurminen': 'Miettinen-Nurminen score',
  'katz-log': 'Katz log',
  'adjusted-log': 'adjusted log (0.5 added)',
  newcombe: 'Newcombe hybrid score',
};

/** The standard's direction in a sentence; `term` must already be escaped for the output format. */
export function standardText(report: PublishedReport, term: string): string {
  if (report.options.standard === 'nhs-wres') {
    return `NHS WRES direction: relative likelihoods are ${term} over white, except appointment from shortlisting and access to CPD, which are white over ${term} (as the NHS WRES reports them).`;
  }
  return `SC-WRES: every relative likelihood is the ${term} rate divided by the white rate; above 1 means ${term} staff are more likely than white staff to experience the outcome.`;
}
