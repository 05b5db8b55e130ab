/**
 * Utility of disclosure control (issue 12, part 5): how many headline figures (each minority ethnic
 * comparison's relative likelihood, and metric 9's sentence) each preset withholds, on the example
 * council and on random teams of 50, 100, 200 and 400 staff (test/disclosure/team.ts, fast-check
 * seed 7, 10 teams each, 4 pay bands), and how many of those are withheld only by secondary
 * suppression (none of the four counts behind them is small).
 *
 * Run: npx tsx bench/disclosure-headlines.ts
 */
import fc from 'fast-check';
import { protectReport } from '../src/disclosure/apply.js';
import { isSuppressed } from '../src/disclosure/suppressed.js';
import type { PublishedReport, WresReport } from '../src/model/report.js';
import { computeReport } from '../src/report/compute-report.js';
import { exampleCouncilReport } from '../test/examples/council-fixture.js';
import { PAY_BANDS, PERIOD, teamArbitrary } from '../test/disclosure/team.js';

const PRESETS = ['sc-wres-publication', 'ons-10-5', 'nhs-digital'] as const;

interface Tally { headlines: number; withheld: number; secondaryOnly: number }

function tally(report: WresReport, preset: (typeof PRESETS)[number], into: Tally): void {
  const { published, workings } = protectReport(report, preset);
  const primary = new Set([...workings.cellRules].filter(([, rule]) => rule !== 'secondary').map(([id]) => id));
  const cellOf = new Map<unknown, string | undefined>([...workings.withheld].map(([object, entry]) => [object, entry.cell]));
  for (const metric of (published as PublishedReport).metrics) {
    for (const comparison of metric.comparisons) {
      if (comparison.group !== 'minority') continue;
      const headline = metric.id === 'sc-wres-9' ? metric.representation?.statement : comparison.relativeLikelihood;
      if (headline === undefined) continue;
      into.headlines += 1;
      if (!isSuppressed(headline)) continue;
      into.withheld += 1;
      const inputs = [comparison.focal.count, comparison.focal.total, comparison.reference.count, comparison.reference.total];
      if (!inputs.some((figure) => isSuppressed(figure) && primary.has(cellOf.get(figure) ?? ''))) into.secondaryOnly += 1;
    }
  }
}

const breakdown = process.argv.includes('--breakdown');
const rows: string[] = [];
const council = await exampleCouncilReport();
for (const preset of PRESETS) {
  const t: Tally = { headlines: 0, withheld: 0, secondaryOnly: 0 };
  tally(council, preset, t);
  rows.push(`example council | ${preset} | ${t.withheld} of ${t.headlines} | ${t.secondaryOnly}`);
}
for (const size of [50, 100, 200, 400]) {
  const teams = fc.sample(teamArbitrary(size, size), { seed: 7, numRuns: 10 });
  const reports = teams.map((team) => computeReport(team, { period: PERIOD, payBands: [...PAY_BANDS], ...(breakdown ? { breakdown: 'broad-groups' as const } : {}) }));
  for (const preset of PRESETS) {
    const t: Tally = { headlines: 0, withheld: 0, secondaryOnly: 0 };
    for (const report of reports) tally(report, preset, t);
    rows.push(`${size} staff | ${preset} | ${t.withheld} of ${t.headlines} | ${t.secondaryOnly}`);
  }
}
console.log(`team | preset | headlines withheld | withheld by secondary suppression alone${breakdown ? ' (breakdown)' : ''}`);
for (const row of rows) console.log(row);
