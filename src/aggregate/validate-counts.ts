import { previewValue, unknownKeyMessage, WresInputError, type InputIssue } from '../errors.js';
import type { GroupTally, OutcomeKey, SourceName, WresCounts } from '../model/counts.js';
import { CategoryKeys } from './categories.js';

const OUTCOME_KEYS: readonly OutcomeKey[] = [
  'appointed-from-shortlisting', 'entered-disciplinary', 'fitness-to-practise-referral', 'accessed-funded-cpd',
  'harassment-from-public', 'harassment-from-colleagues', 'harassment-from-managers', 'left-organisation', 'senior-management',
];
const GROUPS = ['minority', 'white', 'unknown', 'asian', 'black', 'mixed', 'other'] as const;
const BROAD = ['asian', 'black', 'mixed', 'other'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// Safe integers only: from 2^53 on, counts are not exact and the statistics would throw.
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const COUNT_MESSAGE = 'must be a whole number of people, 0 or more and less than 2^53';
const SOURCES: readonly SourceName[] = ['staff', 'applications', 'disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd', 'survey'];
const COUNTS_KEYS = ['outcomes', 'bands', 'sources', 'unmatchedEthnicity', 'organisation'];
const SUMMARY_COUNTS = ['rowsRead', 'rowsUsed', 'rowsSkipped', 'excludedNotDirect', 'excludedOutOfScope', 'excludedOutsidePeriod', 'excludedNotInPopulation', 'excludedNotFundedNonMandatory', 'rowsLeftOut', 'rowsMerged'];
const SUMMARY_KEYS = ['present', 'skippedReasons', 'ethnicityCompleteness', ...SUMMARY_COUNTS];
const ORGANISATION_KEYS = ['name', 'code', 'populationMinorityShare'];

/**
 * Checks pre-aggregated counts before they are reported: whole non-negative numbers below 2^53,
 * outcomes no larger than their populations, broad groups no larger than `minority`, a complete
 * band table with distinct labels, broad groups present when a breakdown is asked for, and the
 * optional `sources`, `unmatchedEthnicity` and `organisation` in their documented shapes.
 * Every problem is thrown together in one {@link WresInputError} (source `'dataset'`, field a path).
 */
export function validateCounts(counts: unknown, breakdown: 'none' | 'broad-groups' = 'none'): WresCounts {
  const issues: InputIssue[] = [];
  const problem = (field: string, message: string, value?: unknown): void => {
    issues.push(value === undefined ? { source: 'dataset', field, message } : { source: 'dataset', field, value: previewValue(value), message });
  };
  const tally = (path: string, value: unknown): GroupTally | null => {
    if (!isRecord(value)) {
      problem(path, 'must be an object of counts by group: { minority, white, unknown }');
      return null;
    }
    for (const group of GROUPS) {
      const count = value[group];
      if (count === undefined && !['minority', 'white', 'unknown'].includes(group)) continue;
      if (!isCount(count)) problem(`${path}.${group}`, COUNT_MESSAGE, count);
    }
    const broadSum = BROAD.reduce((sum, group) => sum + (isCount(value[group]) ? value[group] : 0), 0);
    if (isCount(value.minority) && broadSum > value.minority) {
      problem(path, `has broad groups adding up to ${broadSum}, more than minority (${value.minority})`);
    }
    return value as unknown as GroupTally;
  };
  if (!isRecord(counts)) throw new WresInputError([{ source: 'dataset', message: 'counts must be an object with `outcomes` (and optionally `bands`)' }]);
  for (const key of Object.keys(counts)) {
    if (!COUNTS_KEYS.includes(key)) problem(key, unknownKeyMessage(key, COUNTS_KEYS, 'part of the counts'));
  }
  const withoutBroadGroups = (path: string, value: unknown): void => {
    if (breakdown === 'broad-groups' && isRecord(value) && BROAD.some((group) => value[group] === undefined)) {
      problem(path, `has no ${BROAD.filter((group) => value[group] === undefined).join(', ')} counts, which the breakdown 'broad-groups' needs: give them, or report without the breakdown`);
    }
  };
  if (!isRecord(counts.outcomes)) problem('outcomes', 'is required: an object keyed by comparison key');
  else {
    for (const [key, value] of Object.entries(counts.outcomes)) {
      if (!(OUTCOME_KEYS as readonly string[]).includes(key)) {
        problem(`outcomes.${key}`, `is not a comparison key (expected one of ${OUTCOME_KEYS.join(', ')})`);
        continue;
      }
      if (!isRecord(value)) {
        problem(`outcomes.${key}`, 'must be { population, outcome }');
        continue;
      }
      const population = tally(`outcomes.${key}.population`, value.population);
      const outcome = tally(`outcomes.${key}.outcome`, value.outcome);
      withoutBroadGroups(`outcomes.${key}.population`, value.population);
      if (population === null || outcome === null) continue;
      for (const group of GROUPS) {
        const p = population[group];
        const o = outcome[group];
        if (isCount(p) && isCount(o) && o > p) {
          problem(`outcomes.${key}.outcome.${group}`, `is larger than the population (${p})`, o);
        }
      }
    }
  }
  if (counts.bands !== undefined) {
    const bands = counts.bands;
    if (!isRecord(bands) || !Array.isArray(bands.labels) || !Array.isArray(bands.staff)) {
      problem('bands', 'must be { labels: string[], staff: GroupTally[], bandNotKnown: GroupTally }');
    } else {
      if (bands.labels.length !== bands.staff.length) problem('bands.staff', `must have one tally per label (${bands.labels.length})`);
      const keys = new CategoryKeys();
      const seen = new Map<string, number>();
      bands.labels.forEach((label, i) => {
        if (typeof label !== 'string' || label.trim() === '') {
          problem(`bands.labels.${i}`, 'must be a band label', label);
          return;
        }
        const first = seen.get(keys.of(label));
        if (first !== undefined) problem(`bands.labels.${i}`, `repeats band ${first} (labels are compared ignoring case, spaces and punctuation)`, label);
        else seen.set(keys.of(label), i);
      });
      bands.staff.forEach((value, i) => withoutBroadGroups(`bands.staff.${i}`, value));
      bands.staff.forEach((value, i) => tally(`bands.staff.${i}`, value));
      tally('bands.bandNotKnown', bands.bandNotKnown);
    }
  }
  if (counts.organisation !== undefined) {
    const organisation = counts.organisation;
    if (!isRecord(organisation)) problem('organisation', 'must be an object: { name, code, populationMinorityShare }');
    else {
      for (const key of Object.keys(organisation)) {
        if (!ORGANISATION_KEYS.includes(key)) problem(`organisation.${key}`, unknownKeyMessage(key, ORGANISATION_KEYS, 'organisation field'));
      }
      for (const key of ['name', 'code'] as const) {
        const text = organisation[key];
        if (text !== undefined && (typeof text !== 'string' || text.trim() === '')) problem(`organisation.${key}`, 'must be non-empty text', text);
      }
      const share = organisation.populationMinorityShare;
      if (share !== undefined && !(typeof share === 'number' && share >= 0 && share <= 1)) {
        problem('organisation.populationMinorityShare', 'must be a share between 0 and 1', share);
      }
    }
  }
  if (counts.sources !== undefined) checkSources(counts.sources, problem);
  if (counts.unmatchedEthnicity !== undefined) {
    const list = counts.unmatchedEthnicity;
    if (!Array.isArray(list)) problem('unmatchedEthnicity', 'must be a list of { source, value, count }');
    else {
      list.forEach((entry: unknown, i) => {
        const path = `unmatchedEthnicity.${i}`;
        if (!isRecord(entry)) return problem(path, 'must be { source, value, count }');
        if (!SOURCES.includes(entry.source as SourceName)) problem(`${path}.source`, `must be one of ${SOURCES.join(', ')}`, entry.source);
        if (typeof entry.value !== 'string') problem(`${path}.value`, 'must be the raw value as text', entry.value);
        if (!isCount(entry.count) || entry.count === 0) problem(`${path}.count`, 'must be a whole number of records, 1 or more', entry.count);
      });
    }
  }
  if (issues.length > 0) throw new WresInputError(issues, `The counts have ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}:`);
  return counts as unknown as WresCounts;
}

type Problem = (field: string, message: string, value?: unknown) => void;

/** `sources`: each a known source with the summary fields of a report's `sources`. */
function checkSources(sources: unknown, problem: Problem): void {
  if (!isRecord(sources)) {
    problem('sources', 'must be an object keyed by source');
    return;
  }
  for (const [source, summary] of Object.entries(sources)) {
    const path = `sources.${source}`;
    if (!SOURCES.includes(source as SourceName)) {
      problem(path, unknownKeyMessage(source, SOURCES, 'source'));
      continue;
    }
    if (!isRecord(summary)) {
      problem(path, 'must be { present, rowsRead, rowsUsed, rowsSkipped, skippedReasons, ethnicityCompleteness }');
      continue;
    }
    for (const key of Object.keys(summary)) {
      if (!SUMMARY_KEYS.includes(key)) problem(`${path}.${key}`, unknownKeyMessage(key, SUMMARY_KEYS, 'source summary field'));
    }
    if (summary.present !== undefined && typeof summary.present !== 'boolean') problem(`${path}.present`, 'must be true or false', summary.present);
    for (const key of SUMMARY_COUNTS) {
      const value = summary[key];
      if (value !== undefined && !isCount(value)) problem(`${path}.${key}`, COUNT_MESSAGE.replace('people', 'rows'), value);
    }
    const { rowsRead, rowsUsed, rowsSkipped } = summary;
    if (isCount(rowsRead) && isCount(rowsUsed) && isCount(rowsSkipped) && rowsUsed + rowsSkipped !== rowsRead) {
      problem(path, `has rowsUsed (${rowsUsed}) + rowsSkipped (${rowsSkipped}) different from rowsRead (${rowsRead})`);
    }
    const completeness = summary.ethnicityCompleteness;
    if (completeness !== undefined && completeness !== null && !(typeof completeness === 'number' && completeness >= 0 && completeness <= 1)) {
      problem(`${path}.ethnicityCompleteness`, 'must be a share between 0 and 1, or null', completeness);
    }
    const reasons = summary.skippedReasons;
    if (reasons !== undefined && (!Array.isArray(reasons) || reasons.some((r: unknown) => !isRecord(r) || typeof r.reason !== 'string' || !isCount(r.count)))) {
      problem(`${path}.skippedReasons`, 'must be a list of { reason: text, count: whole number }');
    }
  }
}
