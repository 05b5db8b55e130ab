/**
 * Applying import profiles to tables built in the test. Every expected record and count is read
 * off the rows by hand.
 */
import { describe, expect, it } from 'vitest';
import { WresInputError, type InputIssue } from '../../src/errors.js';
import { rejection } from '../rejection.js';
import { applyProfile, parseProfile, rawTable } from '../../src/profile/index.js';
import type { RawCell } from '../../src/model/raw-table.js';
import { computeReport } from '../../src/report/compute-report.js';
import type { ReportOptions } from '../../src/report/options.js';

const problems = (run: () => unknown): InputIssue[] => rejection(run).issues;

const apply = (profile: unknown, tables: Parameters<typeof applyProfile>[1], validation?: 'lenient') =>
  applyProfile(parseProfile(profile), tables, validation === undefined ? {} : { validation });

const STAFF_HEADER = ['Employee Number', 'Ethnic Origin', 'Contract Type', 'Date Started', 'Annual Salary', 'Grade'];
const staffTable = (rows: RawCell[][]) => rawTable('staff.csv', STAFF_HEADER, rows);
const STAFF_COLUMNS = { id: 'employee  number', ethnicity: 'ETHNIC ORIGIN', employment: 'Contract Type', startDate: 'Date Started', salary: 'Annual Salary', payBand: 'Grade' };

describe('columns', () => {
  it('matches headers ignoring case and spaces, reads a field from a header equal to its name, and lists unread columns once', () => {
    const cases = rawTable('cases.csv', ['Staff ID', 'DATE', 'Notes'], [['1042', '2024-05-01', 'x']]);
    const staff = staffTable([['1042', 'White British', '', '', '', '']]);
    const applied = apply({ sources: { staff: { columns: STAFF_COLUMNS }, disciplinaryCases: {} } }, { staff, disciplinaryCases: cases });
    expect(applied.dataset.disciplinaryCases).toEqual([{ staffId: '1042', date: '2024-05-01' }]);
    expect(applied.sources.disciplinaryCases).toMatchObject({
      columns: { staffId: 'Staff ID', date: 'DATE' },
      ignoredColumns: ['Notes'],
      rowsRead: 1,
      records: 1,
    });
  });

  it('names a header the file lacks and lists the file\'s headers; a required field without a column says where to map it', () => {
    const issues = problems(() => apply({ sources: { staff: { columns: { id: 'Employee No' } } } }, {
      staff: rawTable('staff.xlsx, sheet Staff', ['Employee Number', 'Ethnicity'], []),
    }));
    expect(issues).toHaveLength(1);
    expect(new WresInputError(issues).message.split('\n')[1]).toBe(
      'staff.xlsx, sheet Staff, field "id" names the column "Employee No" (sources.staff.columns.id), which the file does not have; ' +
        'its headers are: "Employee Number", "Ethnicity".',
    );
    const [missing] = problems(() => apply({ sources: { cpd: {} , staff: {} } }, {
      staff: rawTable('staff.csv', ['id', 'ethnicity'], []),
      cpd: rawTable('lms.csv', ['Employee No', 'Completed', 'Cost', 'Mandatory'], []),
    }));
    expect(missing).toMatchObject({ origin: 'lms.csv', field: 'staffId' });
    expect(missing?.message).toMatch(/^has no column: map it in sources\.cpd\.columns\.staffId; the file's headers are: "Employee No"/);
  });

  it('needs a staff source and a table for every source the profile names', () => {
    const issues = problems(() => applyProfile(parseProfile({ sources: { survey: { file: 'survey.csv' } } }), {}, { origin: 'profile.yaml' }));
    expect(issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'sources.staff: is missing: a report needs the staff export',
      'sources.survey: names a source for which no file was read (survey.csv)',
    ]);
  });
});

describe('values', () => {
  const employment = { direct: ['Permanent', 'Fixed Term'], agency: ['Agency'], bank: ['Casual'] };

  it('maps raw values ignoring case, spaces and punctuation', () => {
    const staff = staffTable([
      ['1', 'White British', 'Permanent', '', '', ''],
      ['2', 'White British', 'fixed-term', '', '', ''],
      ['3', 'White British', ' FIXED TERM ', '', '', ''],
      ['4', 'White British', 'Agency', '', '', ''],
      ['5', 'White British', null, '', '', ''],
    ]);
    const applied = apply({ sources: { staff: { columns: STAFF_COLUMNS, values: { employment } } } }, { staff });
    expect(applied.dataset.staff.map((s) => s.employment)).toEqual(['direct', 'direct', 'direct', 'agency', undefined]);
  });

  it('lists every value its mapping does not list, with counts, and proposes a mapping', () => {
    const rows: RawCell[][] = [];
    for (let i = 0; i < 7; i++) rows.push([`P${i}`, 'Indian', 'Permanent', '', '', '']);
    for (let i = 0; i < 3; i++) rows.push([`S${i}`, 'Indian', 'Secondment', '', '', '']);
    rows.push(['Z1', 'Indian', 'Zero Hours', '', '', '']);
    rows.push(['Q1', 'Indian', 'Volunteer', '', '', '']);
    const issues = problems(() => apply({ sources: { staff: { columns: STAFF_COLUMNS, values: { employment: { direct: ['Permanent'] } } } } }, { staff: staffTable(rows) }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ source: 'staff', origin: 'staff.csv', field: 'employment' });
    expect(issues[0]?.message).toBe(
      'has values that sources.staff.values.employment does not list: "Secondment" (3 rows), "Volunteer" (1 row), "Zero Hours" (1 row); ' +
        'list each in sources.staff.values.employment, for example {"direct":["Secondment"],"bank":["Zero Hours"]} (and decide "Volunteer"), ' +
        'or give a catch-all "*": target',
    );
  });

  it('is an error in lenient mode too (a value no mapping lists is never skipped quietly)', () => {
    const staff = staffTable([['1', 'Indian', 'Temp', '', '', '']]);
    expect(problems(() => apply({ sources: { staff: { columns: STAFF_COLUMNS, values: { employment } } } }, { staff }, 'lenient'))).toHaveLength(1);
  });

  it('without a mapping, lists employment values the report does not know (Permanent is not "direct")', () => {
    const staff = staffTable([
      ['1', 'Indian', 'Permanent', '', '', ''], ['2', 'Indian', 'Fixed Term', '', '', ''], ['3', 'Indian', 'Permanent', '', '', ''],
      ['4', 'Indian', 'DIRECT', '', '', ''], ['5', 'Indian', 'agency', '', '', ''],
    ]);
    const [issue, ...rest] = problems(() => apply({ sources: { staff: { columns: STAFF_COLUMNS } } }, { staff }));
    expect(rest).toEqual([]);
    expect(issue?.message).toBe(
      'has values the report does not know (it knows direct, agency, bank, other; only "direct" staff are counted): "Permanent" (2 rows), "Fixed Term" (1 row); ' +
        'list each in sources.staff.values.employment, for example {"direct":["Permanent","Fixed Term"]}',
    );
    const known = staffTable([['4', 'Indian', 'DIRECT', '', '', ''], ['5', 'Indian', 'agency', '', '', '']]);
    expect(apply({ sources: { staff: { columns: STAFF_COLUMNS } } }, { staff: known }).dataset.staff.map((s) => s.employment)).toEqual(['direct', 'agency']);
  });

  it('takes a catch-all "*"', () => {
    const staff = staffTable([['1', 'Indian', 'Temp', '', '', ''], ['2', 'Indian', 'Permanent', '', '', '']]);
    const applied = apply({ sources: { staff: { columns: STAFF_COLUMNS, values: { employment: { direct: ['Permanent'], '*': 'other' } } } } }, { staff });
    expect(applied.dataset.staff.map((s) => s.employment)).toEqual(['other', 'direct']);
  });

  it('maps survey answers to true, false and null; without a mapping yes/no words are read and others listed', () => {
    const survey = rawTable('survey.csv', ['Q12 Ethnic group', 'Q5', 'Q6'], [
      ['Pakistani', '1-2 times', 'Yes'],
      ['Pakistani', 'Never', 'no'],
      ['White British', 'Prefer not to say', 'Y'],
      ['White British', '', ''],
      ['White British', 'More than 10 times', 'N'],
    ]);
    const profile = { sources: { staff: {}, survey: {
      columns: { ethnicity: 'Q12 Ethnic group', harassmentFromPublic: 'Q5', harassmentFromColleagues: 'Q6' },
      values: { harassmentFromPublic: { true: ['1-2 times', 'More than 10 times'], false: ['Never'], null: ['Prefer not to say'] } },
    } } };
    const staff = rawTable('staff.csv', ['id', 'ethnicity'], []);
    const applied = apply(profile, { staff, survey });
    expect(applied.dataset.survey).toEqual([
      { ethnicity: 'Pakistani', harassmentFromPublic: true, harassmentFromColleagues: true },
      { ethnicity: 'Pakistani', harassmentFromPublic: false, harassmentFromColleagues: false },
      { ethnicity: 'White British', harassmentFromPublic: null, harassmentFromColleagues: true },
      { ethnicity: 'White British' },
      { ethnicity: 'White British', harassmentFromPublic: true, harassmentFromColleagues: false },
    ]);
    const unmapped = rawTable('survey.csv', ['Q12 Ethnic group', 'Q5'], [['Indian', '1-2 times'], ['Indian', 'Never'], ['Indian', '3-5 times']]);
    const [issue] = problems(() => apply({ sources: { staff: {}, survey: { columns: { ethnicity: 'Q12 Ethnic group', harassmentFromPublic: 'Q5' } } } }, { staff, survey: unmapped }));
    expect(issue?.message).toBe(
      'has values that are not yes/no (true/false, yes/no, y/n, 1/0): "1-2 times" (1 row), "3-5 times" (1 row), "Never" (1 row); ' +
        'list each in sources.survey.values.harassmentFromPublic, for example {"true":["1-2 times","3-5 times"],"false":["Never"]}',
    );
  });
});

describe('derive', () => {
  it('computes yes/no fields from a column: in, notBlank, and greaterThan with money', () => {
    const staff = rawTable('staff.csv', ['id', 'ethnicity', 'Grade', 'SWE Reg No'], [
      ['1', 'Indian', 'Senior Management', 'SW123'],
      ['2', 'Indian', 'senior-management', ''],
      ['3', 'Indian', 'PO3', null],
    ]);
    const cpd = rawTable('lms.csv', ['Employee No', 'Completed', 'Cost', 'Mandatory (Y/N)'], [
      ['1', '2024-05-01', '£1,323.00', 'N'],
      ['2', '2024-05-02', '£0.00', 'N'],
      ['3', '2024-05-03', '', 'Y'],
      ['1', '2024-05-04', 250, 'Y'],
    ]);
    const applied = apply({ sources: {
      staff: { derive: { seniorManager: { column: 'Grade', in: ['Senior Management'] }, regulatedProfessional: { column: 'SWE Reg No', notBlank: true } } },
      cpd: { columns: { staffId: 'Employee No', date: 'Completed', mandatory: 'Mandatory (Y/N)' }, derive: { funded: { column: 'Cost', greaterThan: 0 } } },
    } }, { staff, cpd });
    expect(applied.dataset.staff.map((s) => [s.seniorManager, s.regulatedProfessional])).toEqual([[true, true], [true, false], [false, false]]);
    expect(applied.dataset.cpd?.map((c) => [c.funded, c.mandatory])).toEqual([[true, false], [false, false], [false, true], [true, true]]);
    expect(applied.sources.cpd?.columns.funded).toBe('derived from "Cost"');
  });

  it('names a cost that is not an amount', () => {
    const staff = rawTable('staff.csv', ['id', 'ethnicity'], [['1', 'Indian']]);
    const cpd = rawTable('lms.csv', ['staffId', 'date', 'Cost', 'mandatory'], [['1', '2024-05-01', 'TBC', 'N']]);
    const [issue] = problems(() => apply({ sources: { staff: {}, cpd: { derive: { funded: { column: 'Cost', greaterThan: 0 } } } } }, { staff, cpd }));
    expect(issue).toMatchObject({ origin: 'lms.csv', row: 2, field: 'funded', value: 'TBC' });
    expect(issue?.message).toBe('is not an amount (the rule "greaterThan": 0 reads it as money, such as "£1,323.00")');
  });
});

describe('keep', () => {
  const casework = rawTable('casework.csv', ['Employee Number', 'Date Opened', 'Case Type', 'Stage'], [
    ['1', '2024-05-01', 'Disciplinary', 'Formal'],
    ['1', '2024-06-01', 'Grievance', 'Formal'],
    ['2', '2024-07-01', 'Disciplinary', 'Informal'],
    ['2', '2024-08-01', 'disciplinary', 'FORMAL'],
  ]);
  const staff = rawTable('staff.csv', ['id', 'ethnicity'], [['1', 'Indian'], ['2', 'White British']]);

  it('keeps the rows every rule holds for, and counts the rest as left out (not skipped)', () => {
    const applied = apply({ sources: { staff: {}, disciplinaryCases: {
      columns: { staffId: 'Employee Number', date: 'Date Opened' },
      keep: [{ column: 'Case Type', in: ['Disciplinary'] }, { column: 'Stage', notIn: ['Informal'] }],
    } } }, { staff, disciplinaryCases: casework });
    expect(applied.dataset.disciplinaryCases).toEqual([{ staffId: '1', date: '2024-05-01' }, { staffId: '2', date: '2024-08-01' }]);
    expect(applied.sources.disciplinaryCases).toMatchObject({ rowsRead: 4, rowsLeftOut: 2, rowsSkipped: 0, records: 2 });
  });

  it('is an error when a rule keeps no row, naming the rule and the values the column holds', () => {
    const [issue] = problems(() => apply({ sources: { staff: {}, disciplinaryCases: {
      columns: { staffId: 'Employee Number', date: 'Date Opened' },
      keep: [{ column: 'Stage', in: ['Formal stage'] }],
    } } }, { staff, disciplinaryCases: casework }, 'lenient'));
    expect(issue).toMatchObject({ origin: 'casework.csv', field: 'keep[0]' });
    expect(issue?.message).toBe(
      '{"column":"Stage","in":["Formal stage"]} keeps no row: "Formal" (2 rows), "FORMAL" (1 row), "Informal" (1 row); the column "Stage" holds the values listed; correct the rule',
    );
  });

  it('is an error when the rules together keep no row', () => {
    const [issue] = problems(() => apply({ sources: { staff: {}, disciplinaryCases: {
      columns: { staffId: 'Employee Number', date: 'Date Opened' },
      keep: [{ column: 'Case Type', in: ['Grievance'] }, { column: 'Stage', in: ['Informal'] }],
    } } }, { staff, disciplinaryCases: casework }));
    expect(issue?.message).toMatch(/^keeps no row: each rule keeps some rows, but no row meets them all/);
  });

  it('says when a case points to a staff row that keep left out', () => {
    const assignments = rawTable('staff.csv', ['id', 'ethnicity', 'Assignment'], [['1', 'Indian', 'Primary'], ['2', 'Indian', 'Secondary']]);
    const cases = rawTable('cases.csv', ['staffId', 'date'], [['1', '2024-05-01'], ['2', '2024-05-02'], ['3', '2024-05-03']]);
    const issues = problems(() => apply({ sources: { staff: { keep: [{ column: 'Assignment', in: ['Primary'] }] }, disciplinaryCases: {} } }, { staff: assignments, disciplinaryCases: cases }));
    expect(issues.map((i) => [i.row, i.value, i.message.split(';')[0]])).toEqual([
      [3, '2', 'matches only staff rows that sources.staff.keep left out'],
      [4, '3', 'matches no staff row'],
    ]);
  });
});

describe('duplicates (staff)', () => {
  const rows: RawCell[][] = [
    ['1', 'Indian', 'Permanent', '', '£30,000', 'PO1'],
    ['1', 'Indian', 'Permanent', '', '£41,000', 'PO5'],
    ['2', 'White British', 'Permanent', '', '25000', 'Scale 4'],
    ['1', 'Indian', 'Permanent', '', '£35,000', 'PO3'],
  ];
  const profile = (duplicates?: string) => ({ sources: { staff: {
    columns: STAFF_COLUMNS, values: { employment: { direct: ['Permanent'] } }, ...(duplicates === undefined ? {} : { duplicates }),
  } } });

  it('is an error by default, naming the rows that repeat an id', () => {
    const [issue] = problems(() => apply(profile(), { staff: staffTable(rows) }));
    expect(issue).toMatchObject({ field: 'id', row: 3, value: '1' });
    expect(issue?.message).toMatch(/^repeats the id of an earlier row \(2 rows, the first at rows 3, 5\); for an export with one row per assignment, set sources\.staff\.duplicates/);
  });

  it('tells apart ids that differ only in leading zeros, and finds repeats among digit and other ids alike', () => {
    const ids = ['7', '007', 'A7', '12', '12', 'A7', '999999999999999', '999999999999999'].map((id) => [id, 'Indian', 'Permanent', '', '', '']);
    const [issue] = problems(() => apply(profile(), { staff: staffTable(ids) }));
    expect(issue?.message).toMatch(/^repeats the id of an earlier row \(3 rows, the first at rows 6, 7, 9\)/);
  });

  it('keeps the first row, or the row with the highest salary, and counts the rows merged', () => {
    const first = apply(profile('first'), { staff: staffTable(rows) });
    expect(first.dataset.staff.map((s) => [s.id, s.payBand])).toEqual([['1', 'PO1'], ['2', 'Scale 4']]);
    expect(first.sources.staff).toMatchObject({ rowsRead: 4, rowsMerged: 2, records: 2 });
    const highest = apply(profile('highest-salary'), { staff: staffTable(rows) });
    expect(highest.dataset.staff.map((s) => [s.id, s.payBand, s.salary])).toEqual([['1', 'PO5', 41000], ['2', 'Scale 4', 25000]]);
  });
});

describe('dates and amounts', () => {
  it('reads the profile\'s date form, a source\'s own form, and Excel date cells whatever the form', () => {
    const staff = rawTable('staff.xlsx', ['id', 'ethnicity', 'startDate', 'endDate', 'salary'], [
      ['1', 'Indian', '16/06/2023', { date: '2025-01-31' }, '£32,589.00'],
      [1043, 'Indian', '1/4/2024', null, 32589],
      ['1044', 'Indian', '01 Apr 2024', '', ' 32,589 '],
    ]);
    const cases = rawTable('cases.csv', ['staffId', 'date'], [['1', '2024-05-01T00:00:00']]);
    const applied = apply({ dates: 'DD/MM/YYYY', sources: { staff: {}, disciplinaryCases: { dates: 'YYYY-MM-DD' } } }, { staff, disciplinaryCases: cases });
    expect(applied.dataset.staff).toEqual([
      { id: '1', ethnicity: 'Indian', startDate: '2023-06-16', endDate: '2025-01-31', salary: 32589 },
      { id: '1043', ethnicity: 'Indian', startDate: '2024-04-01', salary: 32589 },
      { id: '1044', ethnicity: 'Indian', startDate: '2024-04-01', salary: 32589 },
    ]);
    expect(applied.dataset.disciplinaryCases).toEqual([{ staffId: '1', date: '2024-05-01' }]);
  });

  it('gives one grouped problem per field with a count, the first rows, and the form the values look like', () => {
    const rows: RawCell[][] = [];
    for (let i = 0; i < 480; i++) rows.push([`S${i}`, 'Indian', `${String((i % 28) + 1).padStart(2, '0')}/06/2023`]);
    const [issue, ...rest] = problems(() => apply({ sources: { staff: {} } }, { staff: rawTable('staff.csv', ['id', 'ethnicity', 'startDate'], rows) }));
    expect(rest).toEqual([]);
    expect(new WresInputError([issue!]).message.split('\n')[1]).toBe(
      'staff.csv, row 2, field "startDate": "01/06/2023" is not a date in the form YYYY-MM-DD (480 rows, the first at rows 2, 3, 4, 5, 6); ' +
        '13/06/2023 looks like DD/MM/YYYY: set "dates": "DD/MM/YYYY".',
    );
  });

  it('names the source\'s own dates setting in the hint when the source has one', () => {
    const cases = rawTable('cases.csv', ['staffId', 'date'], [['1', '06/16/2024']]);
    const staff = rawTable('staff.csv', ['id', 'ethnicity'], [['1', 'Indian']]);
    const [issue] = problems(() => apply({ sources: { staff: {}, disciplinaryCases: { dates: 'DD/MM/YYYY' } } }, { staff, disciplinaryCases: cases }));
    expect(issue?.message).toMatch(/06\/16\/2024 looks like MM\/DD\/YYYY: set "dates" in sources\.disciplinaryCases: "MM\/DD\/YYYY"$/);
  });

  it('refuses a number in a date column, a negative salary and a blank required value', () => {
    const staff = rawTable('staff.xlsx', ['id', 'ethnicity', 'startDate', 'salary'], [
      ['1', 'Indian', 45383, '-£10'],
      ['', 'Indian', null, null],
    ]);
    const issues = problems(() => apply({ sources: { staff: {} } }, { staff }));
    expect(issues.map((i) => `${i.field} row ${i.row}: ${i.message}`)).toEqual([
      'salary row 2: is negative',
      'startDate row 2: is a number, not a date (format the column as dates in the workbook)',
      'id row 3: is blank, but every row needs it',
    ]);
  });
});

describe('lenient validation', () => {
  it('skips rows with a bad value and says why, and refuses a source with every row skipped', () => {
    const staff = rawTable('staff.csv', ['id', 'ethnicity', 'startDate'], [['1', 'Indian', '2024-01-01'], ['2', 'Indian', '2024-13-01'], ['3', 'Indian', 'soon']]);
    const applied = apply({ sources: { staff: {} } }, { staff }, 'lenient');
    expect(applied.dataset.staff.map((s) => s.id)).toEqual(['1']);
    expect(applied.sources.staff).toMatchObject({
      rowsRead: 3,
      rowsSkipped: 2,
      records: 1,
      skippedReasons: [
        { reason: 'startDate is not a real calendar date', count: 1 },
        { reason: 'startDate is not a date in the form YYYY-MM-DD', count: 1 },
      ],
    });
    const allBad = rawTable('staff.csv', ['id', 'ethnicity', 'startDate'], [['1', 'Indian', 'soon']]);
    const issues = problems(() => apply({ sources: { staff: {} } }, { staff: allBad }, 'lenient'));
    expect(issues.map((i) => i.message)).toEqual(['has every row skipped (1 of 1): nothing of it would be counted']);
  });
});

describe('problems that scale', () => {
  it('keeps the first examples and counts the rest, however many rows are bad (200,000 here)', () => {
    const count = 200_000;
    const table = {
      origin: 'staff.csv', header: ['id', 'ethnicity', 'startDate', 'employment'], rowCount: count,
      cell: (row: number, column: number): RawCell => (column === 0 ? `S${row}` : column === 1 ? 'Indian' : column === 2 ? `${(row % 28) + 10}/13/2023` : `Type ${row}`),
      rowNumber: (row: number) => row + 2,
    };
    const issues = problems(() => apply({ sources: { staff: { values: { employment: { direct: ['Permanent'] } } } } }, { staff: table }));
    expect(issues).toHaveLength(2);
    const unmapped = issues.find((i) => i.field === 'employment')!;
    // Every distinct value is listed up to 200, then the rest counted: 200 listed, 199,800 rows with others.
    expect(unmapped.message).toMatch(/and 199,800 more rows with other values/);
    expect(issues.find((i) => i.field === 'startDate')?.message).toMatch(/\(200,000 rows, the first at rows 2, 3, 4, 5, 6\)/);
  });
});

describe('the result', () => {
  it('gives records and options that computeReport counts as the rows say', () => {
    const staff = rawTable('staff.csv', ['Employee Number', 'Ethnic Origin', 'Contract Type', 'Grade'], [
      ['1', 'White British', 'Permanent', 'PO1'],
      ['2', 'Black African', 'Fixed Term', 'PO1'],
      ['3', 'Indian', 'Agency', 'PO1'],
      ['4', 'White Irish', 'Permanent', 'PO2'],
    ]);
    const applied = apply({
      period: '2024-04-01..2025-03-31',
      organisation: { name: 'Northbrook Council', code: 318, populationMinorityShare: 0.31 },
      options: { payBands: ['PO1', 'PO2'], salaryBands: undefined },
      sources: { staff: {
        columns: { id: 'Employee Number', ethnicity: 'Ethnic Origin', employment: 'Contract Type', payBand: 'Grade' },
        values: { employment: { direct: ['Permanent', 'Fixed Term'], agency: ['Agency'] } },
      } },
    }, { staff });
    expect(applied.options).toEqual({ payBands: ['PO1', 'PO2'], period: { start: '2024-04-01', end: '2025-03-31' } });
    expect(applied.dataset.organisation).toEqual({ name: 'Northbrook Council', code: '318', populationMinorityShare: 0.31 });
    // The type a profile's options have is the type computeReport takes.
    const options: ReportOptions = { ...applied.options, period: applied.options.period! };
    const report = computeReport(applied.dataset, options);
    // Snapshot staff, direct only: 1 (white), 2 (minority), 4 (white, Irish in the white group by default); 3 is agency.
    expect(report.sources.staff.excludedNotDirect).toBe(1);
    const band = report.metrics[0]!.comparisons.find((c) => c.key === 'band:PO1')!;
    expect([band.focal.count, band.reference.count]).toEqual([1, 1]);
  });

  it('never changes the profile it is given', () => {
    const profile = parseProfile({ options: { salaryBands: ['£30,000'] }, sources: { staff: {} } });
    const before = JSON.stringify(profile);
    const applied = applyProfile(profile, { staff: rawTable('staff.csv', ['id', 'ethnicity'], [['1', 'Indian']]) });
    applied.options.salaryBands!.push(1);
    expect(JSON.stringify(profile)).toBe(before);
    expect(applied.options.salaryBands).toEqual([30000, 1]);
  });
});
