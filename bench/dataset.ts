/**
 * The national-scale benchmark dataset: 1,000,000 staff, 200,000 applications, 20,000 disciplinary
 * cases, 5,000 fitness-to-practise referrals, 300,000 CPD records and 100,000 survey responses,
 * generated with a fixed seed so every run measures the same data.
 */
import { mulberry32 } from '../examples/council/council.js';
import type { WresDataset } from '../src/schemas/index.js';

export const BENCH_PERIOD = { start: '2024-04-01', end: '2025-03-31' };
export const BENCH_BANDS = ['Scale 1-2', 'Scale 3-4', 'Scale 5-6', 'SO1-SO2', 'PO1-PO4', 'PO5-PO8', 'Senior management'];
/** Ethnicity values as HR systems export them, about 35% minority and 3% unknown. */
export const BENCH_ETHNICITIES = [
  ...Array<string>(50).fill('White British'), 'White Irish', 'White Other', ...Array<string>(8).fill('Black African'),
  ...Array<string>(5).fill('Black Caribbean'), ...Array<string>(7).fill('Asian - Indian'), ...Array<string>(4).fill('Pakistani'),
  'Bangladeshi', 'Chinese', 'Any other Asian background', 'Arab', 'Any other ethnic group', 'White and Black Caribbean',
  'White and Asian', 'Any other mixed background', 'Not stated', 'Prefer not to say', '',
  ...Array<string>(8).fill('White: English, Welsh, Scottish, Northern Irish or British'),
];

const SIZES = { staff: 1_000_000, applications: 200_000, disciplinaryCases: 20_000, fitnessToPractiseReferrals: 5_000, cpd: 300_000, survey: 100_000 };

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const dateBetween = (random: () => number, fromYear: number, toYear: number): string =>
  `${fromYear + Math.floor(random() * (toYear - fromYear + 1))}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
const periodDate = (random: () => number): string => (random() < 0.75 ? `2024-${pad(4 + Math.floor(random() * 9))}` : `2025-${pad(1 + Math.floor(random() * 3))}`) + `-${pad(1 + Math.floor(random() * 28))}`;

/** Generates the benchmark dataset (about 1.6 million records). */
export function benchDataset(seed = 20241125, scale = 1): WresDataset {
  const random = mulberry32(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const n = (size: number): number => Math.round(size * scale);
  const staff: WresDataset['staff'] = new Array(n(SIZES.staff));
  for (let i = 0; i < staff.length; i += 1) {
    const band = Math.min(BENCH_BANDS.length - 1, Math.floor(random() * random() * BENCH_BANDS.length * 1.2));
    const record: WresDataset['staff'][number] = {
      id: `S${i}`,
      ethnicity: pick(BENCH_ETHNICITIES),
      payBand: random() < 0.01 ? '' : (BENCH_BANDS[band] as string),
      salary: 20000 + band * 9000 + Math.floor(random() * 8000),
      seniorManager: band === BENCH_BANDS.length - 1,
      service: random() < 0.55 ? 'adults' : 'children',
      employment: random() < 0.92 ? 'direct' : pick(['agency', 'bank']),
      regulatedProfessional: band >= 4 && random() < 0.7,
      startDate: dateBetween(random, 1995, 2025),
    };
    if (random() < 0.14) {
      // Leavers joined before any end date they can have.
      record.startDate = dateBetween(random, 1995, 2014);
      record.endDate = random() < 0.7 ? periodDate(random) : dateBetween(random, 2015, 2024);
    }
    staff[i] = record;
  }
  const staffId = (): string => `S${Math.floor(random() * staff.length)}`;
  const applications: NonNullable<WresDataset['applications']> = new Array(n(SIZES.applications));
  for (let i = 0; i < applications.length; i += 1) {
    const shortlisted = random() < 0.3;
    applications[i] = { id: `A${i}`, ethnicity: pick(BENCH_ETHNICITIES), shortlisted, appointed: shortlisted && random() < 0.3, date: periodDate(random), service: random() < 0.5 ? 'adults' : 'children' };
  }
  const cases = (count: number) => Array.from({ length: n(count) }, () => ({ staffId: staffId(), date: random() < 0.9 ? periodDate(random) : dateBetween(random, 2020, 2023) }));
  const cpd: NonNullable<WresDataset['cpd']> = new Array(n(SIZES.cpd));
  for (let i = 0; i < cpd.length; i += 1) cpd[i] = { staffId: staffId(), date: periodDate(random), funded: random() < 0.7, mandatory: random() < 0.4 };
  const answer = (): boolean | null => (random() < 0.05 ? null : random() < 0.25);
  const survey: NonNullable<WresDataset['survey']> = new Array(n(SIZES.survey));
  for (let i = 0; i < survey.length; i += 1) {
    survey[i] = { ethnicity: pick(BENCH_ETHNICITIES), harassmentFromPublic: answer(), harassmentFromColleagues: answer(), harassmentFromManagers: answer(), service: random() < 0.5 ? 'adults' : 'children' };
  }
  return {
    organisation: { name: 'Benchmark nation (synthetic)', populationMinorityShare: 0.35 },
    staff,
    applications,
    disciplinaryCases: cases(SIZES.disciplinaryCases),
    fitnessToPractiseReferrals: cases(SIZES.fitnessToPractiseReferrals),
    cpd,
    survey,
  };
}
