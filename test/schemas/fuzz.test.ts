import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WresInputError } from '../../src/errors.js';
import { validateDataset } from '../../src/schemas/index.js';

const RECORD_SOURCES = ['staff', 'applications', 'disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd', 'survey'];

const wild = fc.oneof(
  fc.anything(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -30000, '', null, 'yes', '2024-02-30', '2023-02-29', '2024-04-01'),
  fc.string({ minLength: 1001, maxLength: 1200 }),
  fc.date({ noInvalidDate: false }),
);
const id = fc.constantFrom('E1', 'E2', 'E3', 'X9', 1, '', ' E1 ');
const staff = fc.record(
  {
    id: fc.oneof({ arbitrary: id, weight: 5 }, wild),
    ethnicity: fc.oneof(fc.constantFrom('A', 'Indian', null), wild),
    salary: fc.oneof(fc.constantFrom(25000, -1, '30,000'), wild),
    startDate: fc.oneof(fc.constantFrom('2020-01-01', '2024-06-01'), wild),
    endDate: fc.oneof(fc.constantFrom('2021-01-01', '2025-06-01'), wild),
    seniorManager: fc.oneof(fc.constantFrom('y', 'n'), wild),
  },
  { requiredKeys: [] },
);
const application = fc.record(
  {
    shortlisted: fc.oneof(fc.boolean(), wild),
    appointed: fc.oneof(fc.boolean(), wild),
    date: fc.oneof(fc.constant('2024-05-01'), wild),
    ethnicity: wild,
  },
  { requiredKeys: [] },
);
const link = fc.record(
  { staffId: fc.oneof({ arbitrary: id, weight: 5 }, wild), date: fc.oneof(fc.constant('2024-05-01'), wild), funded: fc.oneof(fc.boolean(), wild), mandatory: fc.oneof(fc.boolean(), wild) },
  { requiredKeys: [] },
);
const survey = fc.record({ ethnicity: wild, harassmentFromPublic: fc.oneof(fc.boolean(), wild) }, { requiredKeys: [] });
const list = <T>(a: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.array(fc.oneof({ arbitrary: a, weight: 6 }, wild), { maxLength: 6 }), weight: 8 }, wild);
const dataset = fc.oneof(
  { arbitrary: fc.record(
    { staff: list(staff), applications: list(application), disciplinaryCases: list(link), fitnessToPractiseReferrals: list(link), cpd: list(link), survey: list(survey), organisation: fc.oneof(fc.record({ populationMinorityShare: fc.oneof(fc.double(), wild) }), wild) },
    { requiredKeys: ['staff'] },
  ), weight: 9 },
  wild,
);

describe('validateDataset never crashes (fuzz)', () => {
  it('strict: returns, or throws a WresInputError whose every issue is located and worded', () => {
    fc.assert(
      fc.property(dataset, (input) => {
        try {
          const { sources } = validateDataset(input);
          for (const s of Object.values(sources)) expect(s.rowsSkipped).toBe(0);
        } catch (error) {
          expect(error).toBeInstanceOf(WresInputError);
          const issues = (error as WresInputError).issues;
          expect(issues.length).toBeGreaterThan(0);
          for (const issue of issues) {
            expect(issue.message.length).toBeGreaterThan(0);
            expect(issue.message).not.toMatch(/^Invalid input|undefined is not|Cannot read/);
            // A problem inside a record list names the record.
            if (RECORD_SOURCES.includes(issue.source) && issue.field !== undefined) expect(issue.index).toBeTypeOf('number');
          }
          const lines = (error as WresInputError).message.split('\n');
          expect(lines.length).toBe(Math.min(issues.length, 1000) + 1);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('lenient: used + skipped = read, every used case and CPD record names a used staff id, ids unique', () => {
    fc.assert(
      fc.property(dataset, (input) => {
        let result;
        try {
          result = validateDataset(input, { mode: 'lenient' });
        } catch (error) {
          // Only problems with the dataset's shape are thrown in lenient mode.
          expect(error).toBeInstanceOf(WresInputError);
          for (const issue of (error as WresInputError).issues) expect(issue.index).toBeUndefined();
          return;
        }
        const { dataset: valid, sources } = result;
        for (const s of Object.values(sources)) expect(s.rowsUsed + s.rowsSkipped).toBe(s.rowsRead);
        const ids = valid.staff.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const link of [...(valid.disciplinaryCases ?? []), ...(valid.fitnessToPractiseReferrals ?? []), ...(valid.cpd ?? [])]) {
          expect(ids).toContain(link.staffId);
        }
        for (const a of valid.applications ?? []) expect(a.appointed && !a.shortlisted).toBe(false);
        for (const s of valid.staff) {
          if (s.startDate !== undefined && s.endDate !== undefined) expect(s.endDate >= s.startDate).toBe(true);
          if (s.salary !== undefined) expect(Number.isFinite(s.salary) && s.salary >= 0).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('strict and lenient agree: strict accepts exactly when lenient skips nothing', () => {
    fc.assert(
      fc.property(dataset, (input) => {
        let strictOk = true;
        try {
          validateDataset(input);
        } catch {
          strictOk = false;
        }
        let lenientClean = false;
        try {
          const { sources } = validateDataset(input, { mode: 'lenient' });
          lenientClean = Object.values(sources).every((s) => s.rowsSkipped === 0);
        } catch {
          lenientClean = false;
        }
        expect(strictOk).toBe(lenientClean);
      }),
      { numRuns: 400 },
    );
  });
});
