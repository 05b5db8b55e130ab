import { describe, expect, it } from 'vitest';
import { WresInputError } from '../../src/errors.js';
import { rejection } from '../rejection.js';
import { validateDataset } from '../../src/schemas/index.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}


const staff = [
  { id: 'E1', ethnicity: 'White British', payBand: 'PO1', salary: '31,000', seniorManager: 'no', startDate: '2019-04-01' },
  { id: 2, ethnicity: 'Black African', regulatedProfessional: 'Y', startDate: new Date(Date.UTC(2020, 0, 6)), endDate: '2024-09-30' },
  { id: 'E3', ethnicity: '', service: ' adults ', employment: 'direct', leavingReason: '' },
];

describe('validateDataset: valid input', () => {
  it('converts dates, booleans, numbers and blanks, and drops unknown fields when told to ignore them', () => {
    const { dataset } = validateDataset({ staff: [...staff, { id: 'E4', ethnicity: null, extraColumn: 'x' }] }, { unknownKeys: 'ignore' });
    expect(dataset.staff).toEqual([
      { id: 'E1', ethnicity: 'White British', payBand: 'PO1', salary: 31000, seniorManager: false, startDate: '2019-04-01' },
      { id: '2', ethnicity: 'Black African', regulatedProfessional: true, startDate: '2020-01-06', endDate: '2024-09-30' },
      { id: 'E3', ethnicity: null, service: 'adults', employment: 'direct' },
      { id: 'E4', ethnicity: null },
    ]);
  });

  it('keeps absent sources absent and empty ones present', () => {
    const { dataset, sources } = validateDataset({ staff, applications: [], cpd: null });
    expect('applications' in dataset).toBe(true);
    expect(dataset.applications).toEqual([]);
    expect('cpd' in dataset).toBe(false);
    expect('survey' in dataset).toBe(false);
    expect(sources.applications).toEqual({ present: true, rowsRead: 0, rowsUsed: 0, rowsSkipped: 0, skippedReasons: [] });
    expect(sources.cpd.present).toBe(false);
    expect(sources.staff).toEqual({ present: true, rowsRead: 3, rowsUsed: 3, rowsSkipped: 0, skippedReasons: [] });
  });

  it('validates every source and the organisation', () => {
    const { dataset } = validateDataset({
      organisation: { name: 'Example Borough', code: 'E09000099', populationMinorityShare: '0.42' },
      staff,
      applications: [{ id: 'A1', ethnicity: 'Indian', shortlisted: 'yes', appointed: 'no', date: '2024-05-01', service: 'children' }],
      disciplinaryCases: [{ staffId: 'E1', date: '2024-06-01' }],
      fitnessToPractiseReferrals: [{ staffId: 2, date: '2024-07-01' }],
      cpd: [{ staffId: 'E3', date: '2024-08-01', funded: 1, mandatory: 0 }],
      survey: [{ ethnicity: 'A', harassmentFromPublic: 'yes', harassmentFromColleagues: null, harassmentFromManagers: '' }],
    });
    expect(dataset.organisation).toEqual({ name: 'Example Borough', code: 'E09000099', populationMinorityShare: 0.42 });
    expect(dataset.applications).toEqual([{ id: 'A1', ethnicity: 'Indian', shortlisted: true, appointed: false, date: '2024-05-01', service: 'children' }]);
    expect(dataset.fitnessToPractiseReferrals).toEqual([{ staffId: '2', date: '2024-07-01' }]);
    expect(dataset.cpd).toEqual([{ staffId: 'E3', date: '2024-08-01', funded: true, mandatory: false }]);
    expect(dataset.survey).toEqual([{ ethnicity: 'A', harassmentFromPublic: true, harassmentFromColleagues: null }]);
  });

  it('never mutates the input (deep-frozen input, deep-equal to a copy afterwards)', () => {
    const input = {
      staff: structuredClone(staff),
      cpd: [{ staffId: 'E1', date: '2024-01-01', funded: 'yes', mandatory: 'no' }, { staffId: 'nobody', date: 'x', funded: 1, mandatory: 0 }],
    };
    const copy = structuredClone(input);
    deepFreeze(input);
    expect(() => validateDataset(input, { mode: 'lenient' })).not.toThrow();
    expect(() => validateDataset(input)).toThrow(WresInputError);
    expect(input).toEqual(copy);
  });
});

describe('validateDataset: strict mode', () => {
  it('lists every problem in every source, located by source, record, CSV row and field', () => {
    const error = rejection(() =>
      validateDataset(
        {
          staff: [
            { id: 'E1', ethnicity: 'A', startDate: '2024-02-30' },
            { id: 'E1', ethnicity: null, salary: -5 },
            { id: '', ethnicity: null, endDate: '2020-01-01', startDate: '2021-01-01' },
            { id: 'E4', ethnicity: null, startDate: '2021-06-01', endDate: '2021-05-31' },
          ],
          applications: [{ shortlisted: 'no', appointed: 'yes', date: '2024-05-01', ethnicity: 'x' }],
          cpd: [{ staffId: 'E9', date: '2024-01-01', funded: 'maybe', mandatory: false }],
        },
        { rows: { staff: [2, 3, 4, 5], cpd: [10] } },
      ),
    );
    expect(error.issues.map((i) => [i.source, i.index, i.row, i.field, i.message])).toEqual([
      ['staff', 0, 2, 'startDate', 'is not a real calendar date'],
      ['staff', 1, 3, 'salary', 'is less than 0'],
      ['staff', 1, 3, 'id', 'is also the id of staff record 0 (CSV row 2); staff ids must be unique'],
      ['staff', 2, 4, 'id', 'is required but missing'],
      ['staff', 3, 5, 'endDate', 'is before startDate'],
      ['applications', 0, undefined, 'appointed', 'is not allowed when "shortlisted" is false (an application can only be appointed from the shortlist)'],
      ['cpd', 0, 10, 'funded', 'is not a yes/no value (use true/false, yes/no, y/n or 1/0)'],
      ['cpd', 0, 10, 'staffId', 'matches no staff record'],
    ]);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('The dataset has 8 problems:');
    expect(lines[1]).toBe('staff record 0 (CSV row 2), field "startDate": "2024-02-30" is not a real calendar date.');
    expect(lines[8]).toBe('cpd record 0 (CSV row 10), field "staffId": "E9" matches no staff record.');
    expect(lines).toHaveLength(9);
  });

  it('rejects a dataset that is not an object, has no staff list, a source that is not a list, or an unknown key', () => {
    expect(rejection(() => validateDataset('staff.csv')).issues).toEqual([
      { source: 'dataset', value: 'staff.csv', message: 'is not a dataset: expected an object with a "staff" list, got a string' },
    ]);
    expect(rejection(() => validateDataset({})).issues[0]).toMatchObject({ source: 'staff', message: 'is missing: a dataset needs a list of staff records' });
    expect(rejection(() => validateDataset({ staff: [], cpd: {} })).issues[0]).toMatchObject({ source: 'cpd', message: 'must be a list of records, not an object' });
    expect(rejection(() => validateDataset({ staff: [], fitnessToPracticeReferrals: [] })).issues[0]).toMatchObject({
      source: 'dataset',
      field: 'fitnessToPracticeReferrals',
    });
    expect(rejection(() => validateDataset({ staff: [], organisation: { populationMinorityShare: 42 } })).issues).toEqual([
      { source: 'organisation', field: 'populationMinorityShare', value: 42, message: 'is more than 1' },
    ]);
  });

  it('rejects these structural problems in lenient mode too', () => {
    expect(() => validateDataset({ staff: 'x' }, { mode: 'lenient' })).toThrow(WresInputError);
  });

  it('lists the first 1000 problems and counts all of them by kind (bounded memory, issue 13 item 2)', () => {
    const error = rejection(() => validateDataset({ staff: Array.from({ length: 1500 }, () => ({ id: '', ethnicity: null })) }));
    expect(error.issues).toHaveLength(1000);
    expect(error.counted).toEqual({ total: 1500, byKind: [{ source: 'staff', field: 'id', message: 'is required but missing', count: 1500 }] });
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('The dataset has 1500 problems; the first of each source are listed after a count of each kind:');
    expect(lines[1]).toBe('staff: 1500 problems, the first 1000 listed; by kind: 1500 with field "id" is required but missing.');
    expect(lines[2]).toBe('staff record 0, field "id": "" is required but missing.');
    expect(lines).toHaveLength(1002);
  });
});

describe('validateDataset: lenient mode', () => {
  it('skips bad records, counts them by reason, and says how many rows it read, used and skipped', () => {
    const { dataset, sources } = validateDataset(
      {
        staff: [
          { id: 'E1', ethnicity: 'A' },
          { id: 'E1', ethnicity: 'B' },
          { id: 'E2', ethnicity: null, startDate: '2023-02-29' },
          { id: 'E3', ethnicity: null, startDate: 'soon' },
          { id: 'E4', ethnicity: null, startDate: '2023-02-31' },
        ],
        disciplinaryCases: [
          { staffId: 'E1', date: '2024-01-01' },
          { staffId: 'E2', date: '2024-01-01' },
          { staffId: 'E9', date: '2024-01-01' },
          { staffId: 'E1', date: '' },
        ],
        applications: [
          { ethnicity: null, shortlisted: true, appointed: true, date: '2024-01-01' },
          { ethnicity: null, shortlisted: false, appointed: true, date: '2024-01-01' },
        ],
      },
      { mode: 'lenient' },
    );
    expect(dataset.staff).toEqual([{ id: 'E1', ethnicity: 'A' }]);
    expect(sources.staff).toEqual({
      present: true,
      rowsRead: 5,
      rowsUsed: 1,
      rowsSkipped: 4,
      skippedReasons: [
        { reason: 'field "startDate" is not a real calendar date', count: 2 },
        { reason: 'field "id" repeats the id of an earlier staff record', count: 1 },
        { reason: 'field "startDate" is not a date in the form YYYY-MM-DD', count: 1 },
      ],
    });
    expect(dataset.disciplinaryCases).toEqual([{ staffId: 'E1', date: '2024-01-01' }]);
    expect(sources.disciplinaryCases.skippedReasons).toEqual([
      { reason: 'field "date" is required but missing', count: 1 },
      { reason: 'field "staffId" matches no staff record', count: 1 },
      { reason: 'field "staffId" matches only a staff record that was skipped as invalid', count: 1 },
    ]);
    expect(sources.applications).toMatchObject({ rowsRead: 2, rowsUsed: 1, rowsSkipped: 1 });
    // Every row is either used or skipped (SPEC section 9: accepted + rejected = rows read).
    for (const source of Object.values(sources)) expect(source.rowsUsed + source.rowsSkipped).toBe(source.rowsRead);
  });
});
