/**
 * Tests of which rule withheld a value: the published report no longer says (every value is
 * `withheld`, SPEC 8a), so these read the analyst's workings that `protectReport` keeps.
 */
import { protectReport, type WithheldRule } from '../../src/disclosure/apply.js';
import { isSuppressed } from '../../src/disclosure/suppressed.js';
import type { DisclosurePolicy, PresetName } from '../../src/disclosure/types.js';
import type { PublishedReport, WresReport } from '../../src/model/report.js';

const rules = new WeakMap<object, WithheldRule>();

/** `applyDisclosureControl`, remembering the rule behind every withheld object for {@link ruleOf}. */
export function publish(report: WresReport, policy: PresetName | DisclosurePolicy): PublishedReport {
  const { published, workings } = protectReport(report, policy);
  for (const [object, entry] of workings.withheld) rules.set(object, entry.rule);
  return published;
}

/** The rule that withheld a value of a report from {@link publish}; undefined when it is published. */
export function ruleOf(value: unknown): WithheldRule | undefined {
  return isSuppressed(value) ? rules.get(value) : undefined;
}
