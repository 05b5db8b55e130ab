/**
 * The yardstick: a minimal hand-written pass that only counts the cells the nine metrics need,
 * with no validation, no classification tables and no statistics. computeReport is measured
 * against it (the target is within 3x).
 */
import type { WresDataset } from '../src/schemas/index.js';
import { BENCH_BANDS, BENCH_PERIOD } from './dataset.js';

const WHITE = new Set(['White British', 'White Irish', 'White Other', 'White: English, Welsh, Scottish, Northern Irish or British']);
const UNKNOWN = new Set(['Not stated', 'Prefer not to say', '']);
/** 0 white, 1 minority, 2 unknown: the benchmark's own values, classified by hand. */
const groupOf = (value: string | number | null | undefined): number =>
  value === null || value === undefined || UNKNOWN.has(String(value)) ? 2 : WHITE.has(String(value)) ? 0 : 1;

export function minimalPass(dataset: WresDataset): number[] {
  const { start, end } = BENCH_PERIOD;
  const bandIndex = new Map(BENCH_BANDS.map((band, i) => [band, i]));
  const cells = new Float64Array(64 + BENCH_BANDS.length * 3);
  const add = (cell: number): void => {
    cells[cell] = (cells[cell] as number) + 1;
  };
  const index = new Map<string, number>();
  const staff = dataset.staff;
  const group = new Uint8Array(staff.length);
  const atRisk = new Uint8Array(staff.length);
  for (let i = 0; i < staff.length; i += 1) {
    const s = staff[i]!;
    index.set(String(s.id), i);
    if (s.employment !== 'direct') continue;
    const g = groupOf(s.ethnicity);
    group[i] = g;
    const startDate = s.startDate as string;
    const endDate = s.endDate as string | undefined;
    const started = startDate <= end;
    const snapshot = started && (endDate === undefined || endDate >= end);
    if (snapshot) {
      add(g);
      if (s.seniorManager === true) add(3 + g);
      const band = bandIndex.get(s.payBand as string);
      add(64 + (band === undefined ? BENCH_BANDS.length - 1 : band) * 3 + g);
    }
    if (started && (endDate === undefined || endDate >= start)) {
      atRisk[i] = s.regulatedProfessional === true ? 3 : 1;
      add(6 + g);
      if (s.regulatedProfessional === true) add(9 + g);
      if (endDate !== undefined && endDate <= end) add(12 + g);
    }
  }
  const distinct = (records: readonly { staffId: string | number; date: string | Date }[], offset: number, flags: number, keep?: (i: number) => boolean): void => {
    const seen = new Uint8Array(staff.length);
    for (let r = 0; r < records.length; r += 1) {
      const record = records[r]!;
      const date = record.date as string;
      if (date < start || date > end || (keep !== undefined && !keep(r))) continue;
      const i = index.get(String(record.staffId));
      if (i === undefined || (atRisk[i]! & flags) !== flags || seen[i] === 1) continue;
      seen[i] = 1;
      add(offset + group[i]!);
    }
  };
  distinct(dataset.disciplinaryCases ?? [], 15, 1);
  distinct(dataset.fitnessToPractiseReferrals ?? [], 18, 3);
  const cpd = dataset.cpd ?? [];
  distinct(cpd, 21, 1, (r) => cpd[r]!.funded === true && cpd[r]!.mandatory === false);
  for (const application of dataset.applications ?? []) {
    const date = application.date as string;
    if (!application.shortlisted || date < start || date > end) continue;
    const g = groupOf(application.ethnicity);
    add(24 + g);
    if (application.appointed) add(27 + g);
  }
  const count = (answer: unknown, offset: number, g: number): void => {
    if (answer === null || answer === undefined) return;
    add(offset + g);
    if (answer === true) add(offset + 3 + g);
  };
  for (const response of dataset.survey ?? []) {
    const g = groupOf(response.ethnicity);
    count(response.harassmentFromPublic, 30, g);
    count(response.harassmentFromColleagues, 36, g);
    count(response.harassmentFromManagers, 42, g);
  }
  return Array.from(cells);
}
