/**
 * Year on year (SPEC 8a): last year's published report is known to the reader, so this year's is
 * protected against the differences between the two. A count published in both years whose
 * change is from 1 to threshold - 1 people is such a difference ("band SO1-SO2 had 30 minority
 * ethnic staff last year and 29 this year, and one person left": that person). Joint suppression:
 * this year's count is withheld (and protected in its tables like any withheld cell), until no
 * count published in both years changes by a small number.
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
import { layoutReport } from './layout.js';
import type { DisclosurePolicy, PresetName } from './types.js';

const MAX_ROUNDS = 12;

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
  const before = layoutReport(previous, 'structure').cells;
  const forced = new Set<string>();
  let result = protectReport(report, policy, forced);
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const { threshold } = result.workings.policy;
    let changed = false;
    for (const [cell, value] of result.workings.values) {
      if (result.workings.cellRules.has(cell) || forced.has(cell)) continue;
      const last = before.get(cell);
      if (typeof last !== 'number') continue;
      const difference = Math.abs(value - last);
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
