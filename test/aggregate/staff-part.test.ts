/**
 * A part of the staff file counted on another thread and added afterwards (the fast file path's
 * worker) must give exactly what one counter given every record in order gives: the same counts,
 * bands in the same order with the same labels, the same unmatched ethnicity values, the same
 * errors, and linked records finding the right staff member. Expected values: the one counter.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../examples/council/council.js';
import { countingOptionsOf, type CountingSpec } from '../../src/aggregate/counting-spec.js';
import { createRecordCounter, type RecordCounter } from '../../src/aggregate/record-counter.js';
import type { ValidCaseRecord, ValidStaffRecord } from '../../src/schemas/normalized.js';

const ETHNICITIES = ['White British', 'White Irish', 'Black African', 'Indian', 'Martian', '', 'Prefer not to say', 'Zed'];
const BANDS = ['Scale 1-2', 'scale 1 2', 'PO1-PO4', 'Band X', 'band-x', 'Grade 9', ''];
const SERVICES = ['adults', 'Children', 'children ', 'housing'];
const EMPLOYMENT = [undefined, 'direct', 'Agency', 'bank'];

function staffRecords(seed: number, n: number): ValidStaffRecord[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const date = (): string => `${pick(['2023', '2024', '2025'])}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  return Array.from({ length: n }, (_, i) => {
    const start = random() < 0.3 ? undefined : date();
    const end = random() < 0.6 ? undefined : date();
    const record: ValidStaffRecord = { id: `S${i}`, ethnicity: random() < 0.1 ? null : pick(ETHNICITIES), payBand: pick(BANDS), salary: Math.floor(random() * 80_000) };
    if (random() < 0.8) record.seniorManager = random() < 0.2;
    if (random() < 0.8) record.regulatedProfessional = random() < 0.4;
    const service = pick(SERVICES);
    if (random() < 0.9) record.service = service.trim();
    // Seed 3 has an employment value not known (an error naming the values and counts).
    const employment = seed % 10 === 3 && i % 7 === 5 ? 'Permanent' : pick(EMPLOYMENT);
    if (employment !== undefined) record.employment = employment;
    if (start !== undefined) record.startDate = start;
    if (end !== undefined && (start === undefined || end >= start)) record.endDate = end;
    return record;
  });
}

const SPECS: CountingSpec[] = [
  { period: { start: '2024-04-01', end: '2025-03-31' }, population: 'at-risk', service: undefined, bands: { kind: 'labels', order: ['PO1-PO4', 'Scale 1-2'] }, ethnicity: { whiteMinorities: 'white' } },
  { period: { start: '2024-04-01', end: '2025-03-31' }, population: 'snapshot', service: 'children', bands: { kind: 'labels' }, ethnicity: { whiteMinorities: 'minority', mapping: { Zed: 'Any other ethnic group' } } },
  { period: { start: '2024-01-01', end: '2024-12-31' }, population: 'at-risk', service: 'housing', bands: { kind: 'salary', thresholds: [30_000, 60_000] }, ethnicity: { whiteMinorities: 'white' } },
  { period: { start: '2024-04-01', end: '2025-03-31' }, population: 'at-risk', service: 'nowhere', bands: { kind: 'labels', order: ['Grade 10'] }, ethnicity: { whiteMinorities: 'white' } },
];

/** Staff, then cases naming every third staff member, then the counts (or the error's message). */
function finish(counter: RecordCounter, staffCount: number): unknown {
  const cases: ValidCaseRecord[] = Array.from({ length: staffCount }, (_, i) => ({ staffId: `S${i}`, date: '2024-06-01' })).filter((_, i) => i % 3 === 0);
  cases.forEach((record, k) => counter.addLinked('disciplinaryCases', record, k * 3));
  try {
    return counter.finish();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('a staff part counted elsewhere and added (RecordCounter.staffPart, addStaffPart)', () => {
  it('gives what one counter gives, wherever the staff file is cut', () => {
    let answered = 0;
    for (const [s, spec] of SPECS.entries()) {
      for (const seed of [1, 2, 3]) {
        const staff = staffRecords(seed * 10 + s, 60);
        const whole = createRecordCounter(countingOptionsOf(spec));
        staff.forEach((record, i) => whole.addStaff(record, i));
        const expected = finish(whole, staff.length);
        answered += 'counts' in (expected as object) ? 1 : 0;
        for (const cut of [0, 1, 17, 30, 59, 60]) {
          const first = createRecordCounter(countingOptionsOf(spec));
          const later = createRecordCounter(countingOptionsOf(spec));
          staff.slice(0, cut).forEach((record, i) => first.addStaff(record, i));
          staff.slice(cut).forEach((record, i) => later.addStaff(record, i));
          // Through a structured clone, as it crosses from the worker thread.
          first.addStaffPart(structuredClone(later.staffPart()));
          expect(finish(first, staff.length), `spec ${s}, seed ${seed}, cut at ${cut}`).toEqual(expected);
        }
      }
    }
    // Most of the cases are counts (the rest are the errors a council gets).
    expect(answered).toBeGreaterThanOrEqual(6);
  });

  it('keeps the first spelling of a band and the order bands were first seen in', () => {
    const spec = SPECS[1] as CountingSpec;
    const first = createRecordCounter(countingOptionsOf(spec));
    const later = createRecordCounter(countingOptionsOf(spec));
    first.addStaff({ id: 'a', ethnicity: 'Indian', payBand: 'Band X', service: 'children' }, 0);
    later.addStaff({ id: 'b', ethnicity: 'White British', payBand: 'Grade 9', service: 'children' }, 0);
    later.addStaff({ id: 'c', ethnicity: 'Indian', payBand: 'band-x', service: 'children' }, 1);
    first.addStaffPart(later.staffPart());
    const { counts } = first.finish();
    // Hand count: "Band X" has a (Indian) and c (Indian); "Grade 9" has b (White British).
    expect(counts.bands?.labels).toEqual(['Band X', 'Grade 9']);
    expect(counts.bands?.staff.map((tally) => [tally.minority, tally.white])).toEqual([[2, 0], [0, 1]]);
  });

  it('is refused once cases are counted, as staff records are', () => {
    const spec = SPECS[0] as CountingSpec;
    const first = createRecordCounter(countingOptionsOf(spec));
    const later = createRecordCounter(countingOptionsOf(spec));
    first.addStaff({ id: 'a', ethnicity: 'Indian' }, 0);
    first.addLinked('disciplinaryCases', { staffId: 'a', date: '2024-06-01' }, 0);
    expect(() => first.addStaffPart(later.staffPart())).toThrow(/staff records must all come before/);
  });
});
