/**
 * `wres init`'s core on the example council's raw exports (examples/council/raw, made by the seeded
 * generator): the starter profile, with only the period added, gives the same counts for metrics 2
 * to 9 as the council's hand-written profile (raw/profile.yaml) does. Metric 1 differs by design:
 * the starter lists grades, and grouping them into bands is the analyst's decision.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyProfile, inferProfile, parseProfileText, profileToYaml } from '../../src/profile/index.js';
import { detectSkipRows, readTable } from '../../src/read/index.js';
import { computeReport } from '../../src/report/compute-report.js';
import type { ReportOptions } from '../../src/report/options.js';
import type { WresReport } from '../../src/model/report.js';

const folder = new URL('../../examples/council/raw/', import.meta.url);
const FILES = ['staff.xlsx', 'applications.csv', 'casework.csv', 'ftp-referrals.csv', 'lms.txt', 'survey.csv'];
const bytesOf = (file: string) => new Uint8Array(readFileSync(new URL(file, folder)));

function outcomeCounts(report: WresReport): Record<string, number[]> {
  const counts: Record<string, number[]> = {};
  for (const metric of report.metrics.slice(1)) {
    for (const c of metric.comparisons) counts[`${metric.id} ${c.key}`] = [c.focal.count, c.focal.total, c.reference.count, c.reference.total];
  }
  return counts;
}

describe('inferProfile on the example council\'s raw exports', () => {
  const inputs = FILES.map((file) => {
    const bytes = bytesOf(file);
    const skipRows = detectSkipRows(bytes, { name: file });
    return { table: readTable(bytes, { name: file, skipRows }), settings: { file, ...(skipRows > 0 ? { skipRows } : {}) } };
  });
  const inferred = inferProfile(inputs, '2024-04-01..2025-03-31');

  it('takes each file as the source it is', () => {
    expect(inferred.sources).toEqual(['staff', 'applications', 'disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd', 'survey']);
  });

  it('gives the hand-written profile\'s counts for metrics 2 to 9, with nothing decided but the period', () => {
    const starter = parseProfileText(profileToYaml(inferred), 'profile.yaml');
    const tables = Object.fromEntries(inferred.sources.map((source, i) => [source, inputs[i]!.table]));
    const fromStarter = applyProfile(starter, tables);
    const hand = parseProfileText(readFileSync(new URL('profile.yaml', folder), 'utf8'), 'profile.yaml');
    const handTables = Object.fromEntries(Object.entries(hand.sources).map(([source, config]) => [
      source, readTable(bytesOf(config!.file!), { name: config!.file!, ...(config!.skipRows === undefined ? {} : { skipRows: config!.skipRows }) }),
    ]));
    const fromHand = applyProfile(hand, handTables);
    const options = (applied: typeof fromHand): ReportOptions => ({ period: applied.options.period! });
    const starterCounts = outcomeCounts(computeReport(fromStarter.dataset, options(fromStarter)));
    const handCounts = outcomeCounts(computeReport(fromHand.dataset, options(fromHand)));
    // Metrics 2 to 9, metric 7 in two parts (colleagues, managers).
    expect(Object.keys(starterCounts).length).toBe(9);
    expect(starterCounts).toEqual(handCounts);
    expect(fromStarter.sources.staff).toMatchObject({ rowsRead: 3801, rowsLeftOut: 201, records: 3600 });
  });
});
