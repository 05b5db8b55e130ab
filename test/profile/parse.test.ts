/** Reading and checking import profiles (SPEC section 12's pinned keys; strict at every depth). */
import { describe, expect, it } from 'vitest';
import { WresInputError, type InputIssue } from '../../src/errors.js';
import { rejection } from '../rejection.js';
import { parseProfile, parseProfileText } from '../../src/profile/index.js';

const issuesOf = (run: () => unknown): InputIssue[] => rejection(run).issues;

/** The profile of SPEC section 12, as pinned there (the survey's column shortened as there). */
const SPEC_PROFILE = {
  period: '2024-04-01..2025-03-31',
  organisation: { name: 'Northbrook Council', populationMinorityShare: 0.31 },
  dates: 'DD/MM/YYYY',
  options: { payBands: ['Scale 1-6', 'SO1-SO2', 'PO1-PO4', 'PO5-PO8', 'Senior management'], disclosure: 'sc-wres-publication' },
  sources: {
    staff: {
      file: 'staff.xlsx', sheet: 'Staff',
      columns: { id: 'Employee Number', ethnicity: 'Ethnic Origin', payBand: 'Grade', salary: 'Annual Salary',
        startDate: 'Date Started', endDate: 'Leaving Date', service: 'Service Area', employment: 'Contract Type' },
      values: {
        employment: { direct: ['Permanent', 'Fixed Term'], agency: ['Agency'], bank: ['Casual'] },
        payBand: { 'PO1-PO4': ['PO1', 'PO2', 'PO3', 'PO4'], 'PO5-PO8': ['PO5', 'PO6', 'PO7', 'PO8'] },
      },
      derive: {
        seniorManager: { column: 'Grade', in: ['Senior Management'] },
        regulatedProfessional: { column: 'SWE/HCPC Reg No', notBlank: true },
      },
      keep: [{ column: 'Assignment', in: ['Primary'] }],
    },
    disciplinaryCases: {
      file: 'casework.csv', columns: { staffId: 'Employee Number', date: 'Date Opened' },
      keep: [{ column: 'Case Type', in: ['Disciplinary'] }, { column: 'Stage', in: ['Formal'] }],
    },
    cpd: { file: 'lms.csv', columns: { staffId: 'Employee No', date: 'Completed', mandatory: 'Mandatory (Y/N)' },
      derive: { funded: { column: 'Cost', greaterThan: 0 } } },
    survey: {
      file: 'survey.csv', encoding: 'windows-1252',
      columns: { ethnicity: 'Q12 Ethnic group', harassmentFromPublic: 'Q5 ...' },
      values: { harassmentFromPublic: { true: ['1-2 times', '3-5 times', '6-10 times', 'More than 10 times'],
        false: ['Never'], null: ['Prefer not to say'] } },
    },
  },
};

describe('parseProfile', () => {
  it('accepts the profile of the specification as it is written there', () => {
    expect(parseProfile(SPEC_PROFILE)).toEqual(SPEC_PROFILE);
  });

  it('rejects unknown keys at every depth, naming the path and the key meant', () => {
    const issues = issuesOf(() => parseProfile({
      sources: { staff: { colums: {}, columns: { ethnicOrigin: 'Ethnic Origin' } } },
      options: { scope: { services: 'adults' } },
      perod: '2024-04-01..2025-03-31',
    }, 'profile.yaml'));
    const byField = Object.fromEntries(issues.map((i) => [i.field, i.message]));
    expect(byField['sources.staff.colums']).toMatch(/^is not a known key \(did you mean "columns"\?/);
    expect(byField['sources.staff.columns.ethnicOrigin']).toMatch(/^is not a known key \(expected one of: id, ethnicity,/);
    expect(byField['options.scope.services']).toMatch(/did you mean "service"\?/);
    expect(byField['perod']).toMatch(/did you mean "period"\?/);
    expect(issues.every((i) => i.source === 'profile' && i.origin === 'profile.yaml')).toBe(true);
  });

  it('allows values only for category and yes/no fields, with the targets true/false/null for yes/no', () => {
    const issues = issuesOf(() => parseProfile({
      sources: {
        staff: { values: { ethnicity: { White: ['W'] }, seniorManager: { yes: ['Y'] } } },
        cpd: { values: { funded: { '*': 'maybe' } } },
      },
    }));
    expect(issues.map((i) => i.field).sort()).toEqual([
      'sources.cpd.values.funded.*',
      'sources.staff.values.ethnicity',
      'sources.staff.values.seniorManager.yes',
    ]);
    expect(issues.find((i) => i.field === 'sources.cpd.values.funded.*')?.message).toBe('must be one of "true", "false", "null"');
  });

  it('checks rules: one condition per derive or keep rule, a field read or derived (not both), a raw value with one meaning', () => {
    const issues = issuesOf(() => parseProfile({
      sources: {
        staff: {
          columns: { seniorManager: 'Senior' },
          derive: { seniorManager: { column: 'Grade', in: ['SM1'], notBlank: true } },
          values: { employment: { direct: ['Permanent'], agency: ['permanent'] } },
          keep: [{ column: 'Assignment' }],
          duplicates: 'last',
        },
        cpd: { duplicates: 'first' },
      },
    }));
    const messages = issues.map((i) => `${i.field}: ${i.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      'sources.staff.derive.seniorManager: needs exactly one of "in", "notBlank" or "greaterThan" beside "column"',
      'sources.staff.keep[0]: needs exactly one of "in", "notIn" or "notBlank" beside "column"',
      'sources.staff.duplicates: must be one of "error", "first", "highest-salary"',
      expect.stringMatching(/^sources\.cpd\.duplicates: is not a known key/),
    ]));
    // The cross-key checks run once the keys themselves are valid.
    const second = issuesOf(() => parseProfile({
      sources: { staff: {
        columns: { seniorManager: 'Senior' },
        derive: { seniorManager: { column: 'Grade', in: ['SM1'] } },
        values: { employment: { direct: ['Permanent'], agency: ['permanent'] } },
      } },
    }));
    expect(second.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'sources.staff.derive.seniorManager: is also given in "columns": a field is read from a column or derived, not both',
      'sources.staff.values.employment.agency: lists "permanent", which "direct" lists too: a raw value can have one meaning',
    ]);
  });

  it('checks the period, the dates form, amounts in salaryBands and the organisation', () => {
    const issues = issuesOf(() => parseProfile({
      period: '2025-03-31..2024-04-01',
      dates: 'DD/MM/YY',
      options: { salaryBands: ['£30,000', 'thirty'], disclosure: 'strict' },
      organisation: { populationMinorityShare: 31 },
      sources: {},
    }));
    const byField = Object.fromEntries(issues.map((i) => [i.field, i.message]));
    expect(byField.period).toBe('starts after it ends');
    expect(byField.dates).toBe('must be one of "YYYY-MM-DD", "DD/MM/YYYY", "MM/DD/YYYY"');
    expect(byField['options.salaryBands[1]']).toBe('is not an amount such as 30000 or "£30,000"');
    expect(byField['options.disclosure']).toMatch(/^must be a preset name/);
    expect(byField['organisation.populationMinorityShare']).toBe('must be at most 1');
    expect(issuesOf(() => parseProfile({ period: '2024-04-01..2025-02-30', sources: {} }))[0]?.message).toBe(
      'names a day that is not a real calendar date',
    );
    expect(issuesOf(() => parseProfile({ period: '1 April 2024 to 31 March 2025', sources: {} }))[0]?.message).toMatch(/two ISO dates joined by "\.\."/);
  });

  it('needs sources, and a profile that is an object', () => {
    expect(issuesOf(() => parseProfile({}))[0]).toMatchObject({ field: 'sources', message: 'is required' });
    expect(issuesOf(() => parseProfile(null))[0]?.message).toBe('must be an object (keys with values)');
  });
});

describe('parseProfileText', () => {
  it('reads YAML, with null: and true: as the targets "null" and "true"', () => {
    const profile = parseProfileText([
      'period: 2024-04-01..2025-03-31',
      'sources:',
      '  survey:',
      '    values:',
      '      harassmentFromPublic:',
      '        true: [1-2 times, More than 10 times]',
      '        false: [Never]',
      '        null: [Prefer not to say]',
      '  staff:',
      '    delimiter: "\\t"',
      '    skipRows: 2',
      '',
    ].join('\n'), 'profile.yaml');
    expect(profile.sources.survey?.values?.harassmentFromPublic).toEqual({
      true: ['1-2 times', 'More than 10 times'], false: ['Never'], null: ['Prefer not to say'],
    });
    expect(profile.sources.staff).toEqual({ delimiter: '\t', skipRows: 2 });
  });

  it('reads JSON the same way', () => {
    expect(parseProfileText(JSON.stringify({ sources: { staff: { file: 'staff.csv' } } }), 'profile.json').sources.staff?.file).toBe('staff.csv');
  });

  it('names the line and column of text that is not YAML, and a repeated key', () => {
    const [bad] = issuesOf(() => parseProfileText('sources:\n  staff: [\n', 'profile.yaml'));
    expect(bad).toMatchObject({ source: 'profile', origin: 'profile.yaml' });
    expect(bad?.message).toMatch(/^is not valid YAML or JSON: line \d+, column \d+: /);
    const [repeated] = issuesOf(() => parseProfileText('sources: {}\nsources: {}\n', 'profile.yaml'));
    expect(repeated?.message).toMatch(/line 2, column 1: Map keys must be unique/);
  });

  it('refuses a document that expands aliases without bound (a "billion laughs")', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    const [issue] = issuesOf(() => parseProfileText(`${lines.join('\n')}\nsources: {}\n`, 'bomb.yaml'));
    expect(issue?.message).toMatch(/^cannot be read: /);
  });

  it('gives the located profile problems of a YAML file', () => {
    const [issue] = issuesOf(() => parseProfileText('sources:\n  staff:\n    colums: {}\n', 'profile.yaml'));
    expect(new WresInputError([issue!]).message.split('\n')[1]).toMatch(
      /^profile\.yaml, field "sources\.staff\.colums" is not a known key \(did you mean "columns"\?/,
    );
  });
});
