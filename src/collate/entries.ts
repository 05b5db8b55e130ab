import { WresInputError, type InputIssue } from '../errors.js';
import type { WresCounts } from '../model/counts.js';
import type { Comparison, MetricResult, WresReport } from '../model/report.js';
import { validateCounts } from '../aggregate/validate-counts.js';
import { evaluateMetric, type EvaluationContext } from '../metrics/evaluate.js';
import { METRICS } from '../metrics/registry.js';

/**
 * One council to collate: its unpublished report, or its counts (pinned shape). `service` is extra:
 * the service the figures cover ("adults", "children"), for collating by service; a report's
 * `options.scope.service` is used when it is not given.
 */
export type CollationEntry =
  | { name: string; region?: string; service?: string; report: WresReport }
  | { name: string; region?: string; service?: string; counts: WresCounts };

/** A council's comparisons, read from its report or evaluated from its counts. */
export interface CouncilComparisons {
  name: string;
  region?: string;
  service?: string;
  metrics: readonly MetricResult[];
  report: WresReport | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Checks one comparison's counts (the only figures collation reads from a report). */
function comparisonIssues(comparison: Comparison, path: string): { field: string; value: unknown; message: string }[] {
  const found: { field: string; value: unknown; message: string }[] = [];
  for (const side of ['focal', 'reference'] as const) {
    const group: unknown = comparison[side];
    if (!isRecord(group)) {
      found.push({ field: `${path}.${side}`, value: group, message: 'must be a group object with count and total' });
      continue;
    }
    if (isRecord(group.count) || isRecord(group.total)) {
      found.push({ field: `${path}.${side}`, value: undefined, message: 'is withheld: this is a published report. Collate councils\' unpublished reports (withheld cells cannot be pooled), then publish the collation' });
    } else if (!isCount(group.total)) found.push({ field: `${path}.${side}.total`, value: group.total, message: 'must be a whole number of people, 0 or more' });
    else if (!isCount(group.count) || group.count > group.total) {
      found.push({ field: `${path}.${side}.count`, value: group.count, message: `must be a whole number from 0 to the total (${group.total})` });
    }
  }
  return found;
}

function reportIssues(report: unknown): { field: string; value: unknown; message: string }[] {
  if (!isRecord(report) || !Array.isArray(report.metrics)) {
    return [{ field: 'report', value: report, message: 'must be a council\'s report as computeReport returns it (with metrics)' }];
  }
  if (report.disclosure !== undefined) {
    return [{ field: 'report.disclosure', value: undefined, message: 'is present: this report was published with disclosure control. Collate councils\' unpublished reports (withheld cells cannot be pooled), then publish the collation' }];
  }
  return (report.metrics as unknown[]).flatMap((metric, m) => {
    if (!isRecord(metric) || !Array.isArray(metric.comparisons)) {
      return [{ field: `report.metrics[${m}]`, value: metric, message: 'must be a metric result with comparisons' }];
    }
    return (metric.comparisons as Comparison[]).flatMap((comparison, c) => comparisonIssues(comparison, `report.metrics[${m}].comparisons[${c}]`));
  });
}

/**
 * Checks the entries and reads each council's comparisons: from its report as it stands, or by
 * evaluating the nine metrics on its counts with the collation's settings. Every problem is thrown
 * together, located by entry.
 */
export function readEntries(entries: unknown, context: EvaluationContext): CouncilComparisons[] {
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new WresInputError([{ source: 'collation', value: entries, message: 'must be a list of at least one council: { name, region?, report } or { name, region?, counts }' }]);
  }
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>();
  const councils: CouncilComparisons[] = [];
  entries.forEach((entry: unknown, index) => {
    const problem = (field: string, message: string, value?: unknown): void => {
      issues.push({ source: 'collation', index, field, ...(value === undefined ? {} : { value }), message });
    };
    if (!isRecord(entry)) return problem('entry', 'must be an object { name, region?, report } or { name, region?, counts }', entry);
    const { name, region, service } = entry;
    if (typeof name !== 'string' || name.trim() === '') problem('name', 'must be the council\'s name, a non-empty string', name);
    else if (seen.has(name)) problem('name', `is the same as entry ${seen.get(name)}'s; each council must appear once`, name);
    else seen.set(name, index);
    if (region !== undefined && (typeof region !== 'string' || region.trim() === '')) problem('region', 'must be a non-empty string when given', region);
    if (service !== undefined && (typeof service !== 'string' || service.trim() === '')) problem('service', 'must be a non-empty string when given', service);
    const hasReport = 'report' in entry;
    if (hasReport === 'counts' in entry) return problem('entry', 'must have exactly one of report and counts');
    const scoped = hasReport && isRecord(entry.report) && isRecord(entry.report.options) && isRecord(entry.report.options.scope)
      ? entry.report.options.scope.service : undefined;
    const serviceOf = typeof service === 'string' ? service : typeof scoped === 'string' ? scoped : undefined;
    const base = { name: String(name), ...(typeof region === 'string' ? { region } : {}), ...(serviceOf === undefined ? {} : { service: serviceOf }) };
    if (hasReport) {
      const found = reportIssues(entry.report);
      for (const issue of found) problem(issue.field, issue.message, issue.value);
      if (found.length === 0) councils.push({ ...base, metrics: (entry.report as WresReport).metrics, report: entry.report as WresReport });
      return;
    }
    try {
      const counts = validateCounts(entry.counts);
      const populationMinorityShare = counts.organisation?.populationMinorityShare ?? null;
      // Collation reads only the counts of each comparison, so the councils' own intervals use the closed-form Katz ratio interval (fast).
      const fast = { ...context, populationMinorityShare, intervals: { ...context.intervals, ratio: 'katz-log' as const } };
      const metrics = METRICS.map((definition) => evaluateMetric(definition, counts, fast));
      councils.push({ ...base, metrics, report: null });
    } catch (error) {
      if (!(error instanceof WresInputError)) throw error;
      for (const issue of error.issues) problem(`counts${issue.field === undefined ? '' : `.${issue.field}`}`, issue.message, issue.value);
    }
  });
  if (issues.length > 0) throw new WresInputError(issues, `${issues.length} problem${issues.length === 1 ? '' : 's'} in the councils to collate`);
  return councils;
}
