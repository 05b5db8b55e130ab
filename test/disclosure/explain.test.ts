/**
 * explainDisclosure: the analyst's unpublished workings (SPEC 8a). The published report says only
 * "withheld"; the workings give the rule, what it protects, and what would publish each headline.
 */
import { exampleCouncilReport } from '../examples/council-fixture.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyDisclosureControl } from '../../src/disclosure/apply.js';
import { explainDisclosure } from '../../src/disclosure/explain.js';
import { isSuppressed } from '../../src/disclosure/suppressed.js';
import type { WresReport } from '../../src/model/report.js';

let report: WresReport;
beforeAll(async () => {
  report = await exampleCouncilReport();
});

function allWithheld(value: unknown): unknown[] {
  if (isSuppressed(value)) return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(allWithheld);
}

describe('one code in the published report', () => {
  it('gives every withheld value the same code and sentence, and the summary only the total', () => {
    const published = applyDisclosureControl(report, 'sc-wres-publication');
    const withheld = allWithheld(published);
    expect(withheld.length).toBeGreaterThan(0);
    expect(new Set(withheld.map((value) => JSON.stringify(value)))).toEqual(
      new Set(['{"suppressed":true,"code":"withheld","reason":"Withheld to protect a small number of people."}']),
    );
    expect(published.disclosure!.withheld).toBe(withheld.length);
    expect(Object.keys(published.disclosure!).sort()).toEqual(['method', 'policy', 'rounding', 'sourceRounding', 'threshold', 'withheld']);
  });
});

describe('explainDisclosure on the example council', () => {
  it('gives each withheld value its rule, true value and what it protects', () => {
    const explanation = explainDisclosure(report, 'sc-wres-publication');
    expect(explanation.withheld).toBe(applyDisclosureControl(report, 'sc-wres-publication').disclosure!.withheld);
    expect(explanation.values).toHaveLength(explanation.withheld);
    // examples/council/README.md: 8 minority ethnic referrals to fitness to practise (metric 4).
    const referrals = explanation.values.find((value) => value.path === 'metrics[3].comparisons[0].focal.count');
    expect(referrals).toMatchObject({ rule: 'small-count', value: 8 });
    // 7 minority ethnic staff in post have no band: a small count, protected by withholding metric 9's total.
    expect(explanation.values.find((value) => value.path === 'metrics[0].bands.bandNotKnown.minority')).toMatchObject({
      rule: 'small-count',
      value: 7,
      cell: 'minority ethnic staff in post with no pay band',
    });
    const total = explanation.values.find((value) => value.path === 'metrics[8].comparisons[0].focal.total');
    expect(total?.rule).toBe('secondary');
    expect(total?.protects).toContain('minority ethnic staff in post with no pay band');
    expect(explanation.values.filter((value) => value.rule === 'derived').every((value) => value.cell === undefined)).toBe(true);
  });

  it("says why metric 9's headline is withheld and what would publish it", () => {
    const nine = explainDisclosure(report, 'sc-wres-publication').headlines.find((headline) => headline.metric === 9);
    expect(nine?.because).toBe(
      'Metric 9 (senior-management) is withheld because minority ethnic staff in post are withheld to protect 7 minority ethnic staff in post with no pay band.',
    );
    expect(nine?.toPublish).toBe('record the pay bands of the 7 minority ethnic staff in post with no pay band (they are fewer than 10)');
  });

  it('lists no headline when nothing is withheld', () => {
    const explanation = explainDisclosure(report, 'none');
    expect(explanation).toEqual({ policy: 'none', withheld: 0, values: [], headlines: [] });
  });
});
