import { describe, expect, it } from 'vitest';
import { WresInputError, formatIssue, issueLocation, previewValue } from '../src/errors.js';

describe('formatIssue', () => {
  it('writes record, CSV row, field, value and problem as one sentence (wording of the brief)', () => {
    expect(
      formatIssue({ source: 'staff', index: 12, row: 14, field: 'startDate', value: '2024-02-30', message: 'is not a real calendar date' }),
    ).toBe('staff record 12 (CSV row 14), field "startDate": "2024-02-30" is not a real calendar date.');
  });

  it('leaves out what is not known', () => {
    expect(formatIssue({ source: 'cpd', index: 3, field: 'staffId', message: 'is required but missing' })).toBe(
      'cpd record 3, field "staffId" is required but missing.',
    );
    expect(formatIssue({ source: 'survey', row: 7, message: 'is not a record' })).toBe('survey CSV row 7: is not a record.');
    expect(formatIssue({ source: 'options', field: 'level', value: 2, message: 'must be between 0 and 1.' })).toBe(
      'options, field "level": 2 must be between 0 and 1.',
    );
    expect(formatIssue({ source: 'dataset', value: null, message: 'is not a dataset' })).toBe('dataset: null is not a dataset.');
  });

  it('names non-string values plainly', () => {
    expect(formatIssue({ source: 'staff', index: 0, field: 'salary', value: Number.NaN, message: 'is not a finite number' })).toBe(
      'staff record 0, field "salary": NaN is not a finite number.',
    );
    expect(formatIssue({ source: 'staff', index: 0, field: 'endDate', value: new Date(Number.NaN), message: 'is an invalid Date' })).toBe(
      'staff record 0, field "endDate": an invalid Date is an invalid Date.',
    );
  });
});

describe('issueLocation', () => {
  it('prefers both index and row, then row, then index', () => {
    expect(issueLocation({ source: 'applications', index: 1, row: 3, message: '' })).toBe('applications record 1 (CSV row 3)');
    expect(issueLocation({ source: 'applications', row: 3, message: '' })).toBe('applications CSV row 3');
    expect(issueLocation({ source: 'applications', index: 1, message: '' })).toBe('applications record 1');
    expect(issueLocation({ source: 'options', message: '' })).toBe('options');
  });
});

describe('previewValue', () => {
  it('cuts long strings to 40 characters and notes the length', () => {
    expect(previewValue('x'.repeat(2000))).toBe(`${'x'.repeat(40)}… (2000 characters)`);
    expect(previewValue('short')).toBe('short');
  });
  it('summarises objects and lists', () => {
    expect(previewValue({ a: 1 })).toBe('an object');
    expect(previewValue([1, 2, 3])).toBe('a list of 3 items');
    expect(previewValue(undefined)).toBeUndefined();
  });
});

describe('WresInputError', () => {
  it('carries every issue and lists each as one line of its message', () => {
    const issues = [
      { source: 'staff' as const, index: 0, field: 'id', message: 'is required but missing' },
      { source: 'cpd' as const, index: 2, row: 4, field: 'staffId', value: 'X9', message: 'matches no staff record' },
    ];
    const error = new WresInputError(issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('WresInputError');
    expect(error.issues).toEqual(issues);
    expect(error.message.split('\n')).toEqual([
      'The input has 2 problems:',
      'staff record 0, field "id" is required but missing.',
      'cpd record 2 (CSV row 4), field "staffId": "X9" matches no staff record.',
    ]);
  });
});
