/**
 * The intruder over many random teams (issue 12, "Done when"): every preset, the breakdown on and
 * off, both White-minority groupings, publication sets (both groupings together, two presets
 * together, whole council with its two services) and year pairs, each audited by `sc-wres/audit`
 * (HiGHS) at JSON or Markdown precision. Prints how many audits ran and every withheld cell the
 * intruder determined exactly (there should be none).
 *
 * Run: npx tsx bench/disclosure-intruder.ts [teams=20] [seed=101] [minStaff=20] [maxStaff=120]
 */
import fc from 'fast-check';
import { auditReport, auditYearPair } from '../src/audit/index.js';
import { applyDisclosureControl } from '../src/disclosure/apply.js';
import type { WresReport } from '../src/model/report.js';
import { computeReport } from '../src/report/compute-report.js';
import type { ReportOptions } from '../src/report/options.js';
import type { WresDataset } from '../src/schemas/index.js';
import { PAY_BANDS, PERIOD, teamArbitrary } from '../test/disclosure/team.js';

const [teamCount, seed, minStaff, maxStaff] = [20, 101, 20, 120].map((fallback, index) => Number(process.argv[index + 2] ?? fallback)) as [number, number, number, number];
const PRESETS = ['sc-wres-publication', 'ons-10-5', 'nhs-digital'] as const;
const LAST_YEAR = { start: '2023-04-01', end: '2024-03-31' };

let audits = 0;
const exposures: string[] = [];
const started = Date.now();

async function check(label: string, published: Parameters<typeof auditReport>[0], raw: Parameters<typeof auditReport>[1], precision: 'json' | 'markdown'): Promise<void> {
  const audit = await auditReport(published, raw, { precision });
  audits += 1;
  if (!audit.safe) exposures.push(`${label}: ${audit.ranges.filter((range: { exact: boolean }) => range.exact).map((range) => `${range.id}=${range.min}`).join(', ')}`);
}

/** The same team split into two services (alternate staff and applications). */
function withServices(team: WresDataset): WresDataset {
  return {
    ...team,
    staff: team.staff.map((person, index) => ({ ...person, service: index % 2 === 0 ? 'Adults' : 'Children' })),
    applications: (team.applications ?? []).map((application, index) => ({ ...application, service: index % 2 === 0 ? 'Adults' : 'Children' })),
  };
}

const teams = fc.sample(teamArbitrary(minStaff, maxStaff), { seed, numRuns: teamCount });
for (const [index, team] of teams.entries()) {
  const precision = index % 2 === 0 ? 'json' : 'markdown';
  const optionSets: ReportOptions[] = [
    { period: PERIOD, payBands: [...PAY_BANDS] },
    { period: PERIOD, payBands: [...PAY_BANDS], breakdown: 'broad-groups' },
    { period: PERIOD, payBands: [...PAY_BANDS], breakdown: 'broad-groups', ethnicity: { whiteMinorities: 'minority' } },
  ];
  for (const [setIndex, options] of optionSets.entries()) {
    const raw = computeReport(team, options);
    for (const preset of PRESETS) await check(`team ${index} options ${setIndex} ${preset}`, applyDisclosureControl(raw, preset), raw, precision);
  }
  // Publication sets.
  const groupings = (['white', 'minority'] as const).map((whiteMinorities) => computeReport(team, { ...optionSets[1]!, ethnicity: { whiteMinorities } }));
  await check(`team ${index} both groupings`, applyDisclosureControl(groupings, 'sc-wres-publication'), groupings, precision);
  const raw = computeReport(team, optionSets[1]!);
  await check(`team ${index} two presets`, applyDisclosureControl([raw, raw], ['sc-wres-publication', 'nhs-digital']), [raw, raw], precision);
  const split = withServices(team);
  const scopes: WresReport[] = [undefined, 'Adults', 'Children'].map((service) => computeReport(split, { ...optionSets[0]!, ...(service === undefined ? {} : { scope: { service } }) }));
  await check(`team ${index} whole and services`, applyDisclosureControl(scopes, 'sc-wres-publication'), scopes, precision);
  // Year pair: last year's published report and this year's, protected against it, audited jointly
  // (without the breakdown under each preset, and with it, White minorities counted as minority).
  for (const [preset, options] of [...PRESETS.map((preset) => [preset, optionSets[0]!] as const), ['sc-wres-publication', optionSets[2]!] as const]) {
    const lastRaw = computeReport(team, { ...options, period: LAST_YEAR });
    const previous = applyDisclosureControl(lastRaw, preset);
    const thisRaw = computeReport(team, options);
    const current = applyDisclosureControl(thisRaw, preset, { previous });
    const audit = await auditYearPair({ previous, current }, { previous: lastRaw, current: thisRaw }, { precision });
    audits += 1;
    if (!audit.safe) exposures.push(`team ${index} year pair ${preset} ${options.breakdown ?? 'none'}: ${audit.ranges.filter((range: { exact: boolean }) => range.exact).map((range) => `${range.id}=${range.min}`).join(', ')}`);
  }
  console.error(`team ${index + 1}/${teamCount} (${team.staff.length} staff): ${audits} audits, ${exposures.length} exposed, ${Math.round((Date.now() - started) / 1000)} s`);
}
console.log(`seed ${seed}, ${teamCount} teams of ${minStaff} to ${maxStaff} staff: ${audits} audits, ${exposures.length} with a withheld cell determined exactly`);
for (const line of exposures) console.log(line);
