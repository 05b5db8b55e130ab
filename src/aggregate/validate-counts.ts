import { WresInputError, type InputIssue } from '../errors.js';
import type { GroupTally, OutcomeKey, WresCounts } from '../model/counts.js';

const OUTCOME_KEYS: readonly OutcomeKey[] = [
  'appointed-from-shortlisting', 'entered-disciplinary', 'fitness-to-practise-referral', 'accessed-funded-cpd',
  'harassment-from-public', 'harassment-from-colleagues', 'harassment-from-managers', 'left-organisation', 'senior-management',
];
const GROUPS = ['minority', 'white', 'unknown', 'asian', 'black', 'mixed', 'other'] as const;
const BROAD = ['asian', 'black', 'mixed', 'other'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * Checks pre-aggregated counts before they are reported: whole non-negative numbers, outcomes no
 * larger than their populations, broad groups no larger than `minority`, and a complete band table.
 * Every problem is thrown together in one {@link WresInputError} (source `'dataset'`, field a path).
 */
export function validateCounts(counts: unknown): WresCounts {
  const issues: InputIssue[] = [];
  const problem = (field: string, message: string, value?: unknown): void => {
    issues.push(value === undefined ? { source: 'dataset', field, message } : { source: 'dataset', field, value, message });
  };
  const tally = (path: string, value: unknown): GroupTally | null => {
    if (!isRecord(value)) {
      problem(path, 'must be an object of counts by group: { minority, white, unknown }');
      return null;
    }
    for (const group of GROUPS) {
      const count = value[group];
      if (count === undefined && !['minority', 'white', 'unknown'].includes(group)) continue;
      if (!isCount(count)) problem(`${path}.${group}`, 'must be a whole number of people, 0 or more', count);
    }
    const broadSum = BROAD.reduce((sum, group) => sum + (isCount(value[group]) ? value[group] : 0), 0);
    if (isCount(value.minority) && broadSum > value.minority) {
      problem(path, `has broad groups adding up to ${broadSum}, more than minority (${value.minority})`);
    }
    return value as unknown as GroupTally;
  };
  if (!isRecord(counts)) throw new WresInputError([{ source: 'dataset', message: 'counts must be an object with `outcomes` (and optionally `bands`)' }]);
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
      bands.labels.forEach((label, i) => {
        if (typeof label !== 'string' || label.trim() === '') problem(`bands.labels.${i}`, 'must be a band label', label);
      });
      bands.staff.forEach((value, i) => tally(`bands.staff.${i}`, value));
      tally('bands.bandNotKnown', bands.bandNotKnown);
    }
  }
  const share = isRecord(counts.organisation) ? counts.organisation.populationMinorityShare : undefined;
  if (share !== undefined && !(typeof share === 'number' && share >= 0 && share <= 1)) {
    problem('organisation.populationMinorityShare', 'must be a share between 0 and 1', share);
  }
  if (issues.length > 0) throw new WresInputError(issues, `The counts have ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}:`);
  return counts as unknown as WresCounts;
}
