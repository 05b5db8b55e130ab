/**
 * Starter profiles from exports shaped like iTrent, casework, LMS and survey-tool files, built in
 * the test. Expected columns and mappings are what an analyst would write for these headers and
 * values; counts are read off the rows.
 */
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../src/model/raw-table.js';
import { applyProfile, inferProfile, parseProfileText, profileToYaml, rawTable } from '../../src/profile/index.js';

const staffRows: RawCell[][] = [
  ['1001', 'White British', 'Scale 3', '16/06/2023', '', 'Permanent', 'Adult Social Care', '£27,725.00', 'Primary', 'SW1'],
  ['1001', 'White British', 'Scale 2', '16/06/2023', '', 'Casual', 'Adult Social Care', '£20,000.00', 'Secondary', 'SW1'],
  ['1002', 'Indian', 'PO3', '01/02/2020', '31/03/2025', 'Fixed Term', "Children's Services", '£41,000.00', 'Primary', ''],
  ['1003', 'Black African', 'Senior Management', '05/09/2019', '', 'Agency', "Children's Services", '£80,000.00', 'Primary', ''],
  ['1004', 'Whtie British', 'PO1', '03/04/2024', '', 'Volunteer', 'Adult Social Care', '£33,000.00', 'Primary', ''],
];
const staff = rawTable('staff.csv', ['Employee Number', 'Ethnic Origin', 'Grade', 'Date Started', 'Leaving Date', 'Contract Type', 'Service Area', 'Annual Salary', 'Assignment', 'SWE Reg No'], staffRows);

const casework = rawTable('casework.csv', ['Case Ref', 'Employee Number', 'Case Type', 'Stage', 'Date Opened'], [
  ['HR-1', '1001', 'Disciplinary', 'Formal', '2024-05-03T00:00:00'],
  ['HR-2', '1002', 'Grievance', 'Informal', '2024-06-03T00:00:00'],
  ['HR-3', '1003', 'Disciplinary', 'Informal', '2024-07-03T00:00:00'],
]);
const lms = rawTable('lms.csv', ['Employee No', 'Course Title', 'Mandatory (Y/N)', 'Cost', 'Completed'], [
  ['1001', 'Safeguarding', 'Y', '£35.00', '09/04/2024'],
  ['1002', 'Practice Educator', 'N', '£1,250.00', '23/04/2024'],
]);
const survey = rawTable('survey.csv', ['Response ID', 'Q1 Which service do you work in?', 'Q5 How many times have you experienced harassment, bullying or abuse from people who use services or the public?', 'Q6 ... from colleagues? (harassment, bullying or abuse)', 'Q7 ... from managers? (harassment, bullying or abuse)', 'Q12 What is your ethnic group?'], [
  ['1', 'Adult Social Care', 'Never', '1-2 times', 'Never', 'Indian'],
  ['2', "Children's Services", 'More than 10 times', 'Never', 'Prefer not to say', 'White British'],
]);

describe('inferProfile', () => {
  const inferred = inferProfile([{ table: survey }, { table: lms }, { table: casework }, { table: staff, settings: { file: 'staff.csv' } }]);
  const { profile, notes } = inferred;
  const decisions = (source: string) => notes.filter((n) => n.decide && n.path[1] === source).map((n) => n.message);

  it('takes each file as its source from its name and headers', () => {
    expect(inferred.sources).toEqual(['survey', 'cpd', 'disciplinaryCases', 'staff']);
  });

  it('matches HR-export headers to fields, and the date form from the values', () => {
    expect(profile.dates).toBe('DD/MM/YYYY');
    expect(profile.sources.staff?.columns).toEqual({
      id: 'Employee Number', ethnicity: 'Ethnic Origin', payBand: 'Grade', salary: 'Annual Salary', service: 'Service Area',
      employment: 'Contract Type', startDate: 'Date Started', endDate: 'Leaving Date',
    });
    expect(profile.sources.staff?.file).toBe('staff.csv');
    expect(profile.sources.cpd?.columns).toEqual({ staffId: 'Employee No', date: 'Completed', mandatory: 'Mandatory (Y/N)' });
    expect(profile.sources.disciplinaryCases?.dates).toBe('YYYY-MM-DD');
    expect(profile.sources.survey?.columns).toEqual({
      ethnicity: 'Q12 What is your ethnic group?',
      harassmentFromPublic: 'Q5 How many times have you experienced harassment, bullying or abuse from people who use services or the public?',
      harassmentFromColleagues: 'Q6 ... from colleagues? (harassment, bullying or abuse)',
      harassmentFromManagers: 'Q7 ... from managers? (harassment, bullying or abuse)',
      service: 'Q1 Which service do you work in?',
    });
  });

  it('proposes mappings for categories and answers, and asks about values it cannot place', () => {
    // The secondary assignment (Casual) is left out by the keep rule before values are counted.
    expect(profile.sources.staff?.values?.employment).toEqual({ direct: ['Fixed Term', 'Permanent'], agency: ['Agency'] });
    expect(profile.sources.staff?.values?.service).toEqual({ adults: ['Adult Social Care'], children: ["Children's Services"] });
    expect(profile.sources.survey?.values?.harassmentFromPublic).toEqual({ false: ['Never'], true: ['More than 10 times'] });
    expect(profile.sources.survey?.values?.harassmentFromManagers).toEqual({ false: ['Never'], null: ['Prefer not to say'] });
    expect(decisions('staff')).toEqual(expect.arrayContaining([
      'Decide what these mean and add them: "Volunteer" (1).',
      expect.stringMatching(/^Ethnicity values not recognised .*"Whtie British" \(1\)/),
      expect.stringMatching(/^Grades found: .*List the bands lowest first in options\.payBands/),
    ]));
  });

  it('proposes the rules these exports need: primary assignment, formal disciplinary cases, funded from a cost, registered from a number', () => {
    expect(profile.sources.staff?.keep).toEqual([{ column: 'Assignment', in: ['Primary'] }]);
    expect(profile.sources.staff?.derive).toEqual({
      seniorManager: { column: 'Grade', in: ['Senior Management'] },
      regulatedProfessional: { column: 'SWE Reg No', notBlank: true },
    });
    expect(profile.sources.disciplinaryCases?.keep).toEqual([{ column: 'Case Type', in: ['Disciplinary'] }, { column: 'Stage', in: ['Formal'] }]);
    expect(profile.sources.cpd?.derive).toEqual({ funded: { column: 'Cost', greaterThan: 0 } });
    expect(notes[0]).toMatchObject({ path: [], decide: true });
    expect(notes[0]?.message).toMatch(/^Set the reporting period/);
  });

  it('gives a profile that applies to the same files once the analyst has decided (here: the volunteer)', () => {
    const yaml = profileToYaml(inferred);
    const profileText = yaml.replace('agency: [Agency]', 'agency: [Agency]\n        other: [Volunteer]');
    const parsed = parseProfileText(profileText, 'profile.yaml');
    const applied = applyProfile(parsed, { staff, disciplinaryCases: casework, cpd: lms, survey });
    expect(applied.dataset.staff.map((s) => [s.id, s.employment, s.seniorManager])).toEqual([
      ['1001', 'direct', false], ['1002', 'direct', false], ['1003', 'agency', true], ['1004', 'other', false],
    ]);
    expect(applied.dataset.disciplinaryCases).toEqual([{ staffId: '1001', date: '2024-05-03' }]);
    expect(applied.dataset.cpd?.map((c) => c.funded)).toEqual([true, true]);
  });

  it('asks when every date reads both day-first and month-first, and reads month-first dates', () => {
    const ambiguous = inferProfile({ staff: rawTable('staff.csv', ['id', 'ethnicity', 'startDate'], [['1', 'Indian', '01/02/2024'], ['2', 'Indian', '03/04/2024']]) });
    expect(ambiguous.profile.dates).toBe('DD/MM/YYYY');
    expect(ambiguous.notes.find((n) => n.path[0] === 'dates')?.message).toMatch(/01\/02\/2024\) reads both as DD\/MM\/YYYY and MM\/DD\/YYYY/);
    const american = inferProfile({ staff: rawTable('staff.csv', ['id', 'ethnicity', 'startDate'], [['1', 'Indian', '01/02/2024'], ['2', 'Indian', '12/31/2023']]) });
    expect(american.profile.dates).toBe('MM/DD/YYYY');
  });

  it('notes repeated staff ids when no column says which row is the primary one', () => {
    const repeated = inferProfile({ staff: rawTable('staff.csv', ['id', 'ethnicity'], [['1', 'Indian'], ['1', 'Indian'], ['2', 'Indian']]) });
    expect(repeated.profile.sources.staff?.duplicates).toBe('error');
    expect(repeated.notes.find((n) => n.path.join('.') === 'sources.staff.duplicates')?.message).toMatch(/^1 rows repeat the id/);
  });
});

describe('profileToYaml', () => {
  it('writes the profile with the values seen and their counts, and each note where it belongs', () => {
    const inferred = inferProfile({ staff });
    const yaml = profileToYaml(inferred);
    expect(parseProfileText(yaml, 'profile.yaml')).toEqual(inferred.profile);
    expect(yaml).toContain('        direct: [Fixed Term, Permanent] # Fixed Term (1), Permanent (1)\n');
    expect(yaml).toContain('      - {column: Assignment, in: [Primary]}\n');
    expect(yaml).toMatch(/# DECIDE: Set the reporting period/);
    expect(yaml).toMatch(/ {4}# DECIDE: Decide what these mean and add them: "Volunteer" \(1\)\.\n(.*\n)* {6}employment:/);
  });
});
