/**
 * Year on year (SPEC 8a): last year's published report is known to the reader, so this year's is
 * protected against the differences between the two. A count published in both years whose
 * change is from 1 to threshold - 1 people is such a difference ("band SO1-SO2 had 30 minority
 * ethnic staff last year and 29 this year, and one person left": that person). Joint suppression:
 * this year's count is withheld (and protected in its tables like any withheld cell), until no
 * count published in both years changes by a small number. So is this year's staff at risk of a
 * group when it exceeds last year's staff in post by a small number (the joiners).
 *
 * Rounding the changed counts instead does not protect in this report: proportions and intervals
 * are published at full precision beside each count, and count = proportion x total gives it back
 * exactly; a perturbative method (ONS's cell key) needs record keys, which a report built from
 * counts does not have. See docs/disclosure.md for the measured cost.
 *
 * @module
 */
import type { PublishedReport, WresReport } from '../model/report.js';
import { protectReport } from './apply.js';
import { populationKey, publicationModel } from './intruder.js';
import { layoutReport } from './layout.js';
import type { DisclosurePolicy, PresetName } from './types.js';

const MAX_ROUNDS = 12;

/** A group's staff in post at the end of last year, when its published report gives it exactly. */
function inPost(last: (cell: string) => number | undefined, group: string): number | undefined {
  const snapshot = last(`snapshot.${group}`);
  if (snapshot !== undefined) return snapshot;
  const known = last(`totals.${group}`);
  const notKnown = last(`band-not-known.${group}`);
  return known !== undefined && notKnown !== undefined ? known + notKnown : undefined;
}

/**
 * Last year's published counts as the reader knows them: a rounded count is known exactly when
 * its printed interval gives it back (see intruder.ts), else as printed; undefined when withheld.
 */
function lastYearCounts(previous: PublishedReport): (cell: string) => number | undefined {
  const cells = layoutReport(previous, 'structure').cells;
  const model = previous.disclosure?.rounding !== null && previous.disclosure?.rounding !== undefined ? publicationModel([{ published: previous }], 'json') : undefined;
  return (cell) => {
    const figure = cells.get(cell);
    if (typeof figure !== 'number') return undefined;
    const variable = model?.variables.get(populationKey(previous, cell));
    return variable !== undefined && variable.lower === variable.upper ? variable.lower : figure;
  };
}

/**
 * This year's report protected against last year's published one (see the module comment).
 *
 * @param report This year's report from `computeReport` (not changed).
 * @param policy The policy.
 * @param previous Last year's published report (with the same pay bands and options).
 * @returns This year's published report.
 * @internal
 */
export function protectYearPair(report: WresReport, policy: PresetName | DisclosurePolicy, previous: PublishedReport): PublishedReport {
  const last = lastYearCounts(previous);
  const forced = new Set<string>();
  let result = protectReport(report, policy, forced);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const { threshold } = result.workings.policy;
    let changed = false;
    // This year's staff at risk minus last year's staff in post is the joiners (less those who
    // left on last year's final day, 0 when last year published no leavers): as small a count.
    for (const [cell, value] of result.workings.values) {
      const group = /^population\.(\w[\w-]*)$/.exec(cell)?.[1];
      if (group === undefined || result.workings.cellRules.has(cell) || forced.has(cell)) continue;
      const before = inPost(last, group);
      if (before !== undefined && value - before > 0 && value - before < threshold) {
        forced.add(cell);
        changed = true;
      }
    }
    for (const [cell, value] of result.workings.values) {
      if (result.workings.cellRules.has(cell) || forced.has(cell)) continue;
      const before = last(cell);
      if (before === undefined) continue;
      const difference = Math.abs(value - before);
      if (difference > 0 && difference < threshold) {
        forced.add(cell);
        changed = true;
      }
    }
    if (!changed) break;
    result = protectReport(report, policy, forced);
  }
  return result.published;
}
