import { METRICS } from '../metrics/registry.js';
import type { SourceName } from '../model/counts.js';
import { computeReport } from './compute-report.js';
import type { ReportOptions } from './options.js';
import type { MetricResult } from '../model/report.js';
import type { WresDataset } from '../schemas/index.js';

/** Computes one metric: the dataset's staff and the metric's own source only, without disclosure control. */
function computeMetric(number: number, dataset: WresDataset, options: ReportOptions): MetricResult {
  const definition = METRICS[number - 1]!;
  const sources: Partial<Record<SourceName, unknown>> = { staff: dataset.staff };
  if (definition.source !== 'staff') sources[definition.source] = dataset[definition.source];
  const subset = { ...sources, ...(dataset.organisation === undefined ? {} : { organisation: dataset.organisation }) } as WresDataset;
  return computeReport(subset, { ...options, disclosure: false }).metrics[number - 1]!;
}

/**
 * Metric 1 alone: representation in each pay band (snapshot staff).
 * @example
 * payBandRepresentation(dataset, { period, payBands: ['Scale 1-2', 'PO1-PO4'] }).comparisons[0].key; // 'band:Scale 1-2'
 */
export const payBandRepresentation = (dataset: WresDataset, options: ReportOptions): MetricResult => computeMetric(1, dataset, options);
/**
 * Metric 2 alone: relative likelihood of appointment from shortlisting.
 * @example
 * appointedFromShortlisting(dataset, { period }).comparisons[0].relativeLikelihood?.ratio; // e.g. 0.65
 */
export const appointedFromShortlisting = (dataset: WresDataset, options: ReportOptions): MetricResult => computeMetric(2, dataset, options);
/**
 * Metric 3 alone: relative likelihood of entering the formal disciplinary process.
 * @example
 * enteredDisciplinary(dataset, { period }).comparisons[0].key; // 'entered-disciplinary'
 */
export const enteredDisciplinary = (dataset: WresDataset, options: ReportOptions): MetricResult => computeMetric(3, dataset, options);
/**
 * Metric 4 alone: relative likelihood of a fitness-to-practise referral (regulated professionals).
 * @example
 * fitnessToPractiseReferral(dataset, { period }).comparisons[0].key; // 'fitness-to-practise-referral'
 */
export const fitnessToPractiseReferral = (dataset: WresDataset, options: ReportOptions): MetricResult => computeMetric(4, dataset, options);
/**
 * Metric 5 alone: relative likelihood of accessing funded non-mandatory CPD.
 * @example
 * accessedFundedCpd(dataset, { period }).comparisons[0].key; // 'accessed-funded-cpd'
 */
export const accessedFundedCpd = (dataset: WresDataset, options: ReportOptions): MetricResult => computeMetric(5, dataset, options);
/**
 * Metric 6 alone: harassment from people who use services, their relatives or the public.
 * @example
 * harassmentFromPublic(dataset, { period }).comparisons[0].key; // 'harassment-from-public'
 */
export const harassmentFromPublic = (dataset: WresDataset, options: ReportOptions): MetricResult => computeMetric(6, dataset, options);
/**
 * Metric 7 alone: harassment from colleagues and from managers.
 * @example
 * harassmentFromColleaguesAndManagers(dataset, { period }).comparisons.map((c) => c.key);
 * // ['harassment-from-colleagues', 'harassment-from-managers']
 */
export const harassmentFromColleaguesAndManagers = (dataset: WresDataset, options: ReportOptions): MetricResult => computeMetric(7, dataset, options);
/**
 * Metric 8 alone: relative likelihood of leaving the organisation.
 * @example
 * leftOrganisation(dataset, { period }).comparisons[0].key; // 'left-organisation'
 */
export const leftOrganisation = (dataset: WresDataset, options: ReportOptions): MetricResult => computeMetric(8, dataset, options);
/**
 * Metric 9 alone: representation in senior management.
 * @example
 * seniorManagement(dataset, { period }).representation?.vsWorkforcePoints; // e.g. -14.2
 */
export const seniorManagement = (dataset: WresDataset, options: ReportOptions): MetricResult => computeMetric(9, dataset, options);
