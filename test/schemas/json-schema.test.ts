import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, recordJsonSchemas } from '../../src/schemas/index.js';

type Obj = Record<string, any>;

describe('datasetJsonSchema', () => {
  const schema = datasetJsonSchema() as Obj;

  it('is a JSON-serialisable draft 2020-12 schema that round-trips through JSON', () => {
    const text = JSON.stringify(schema);
    expect(JSON.parse(text)).toEqual(schema);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('SC-WRES dataset');
  });

  it('has the pinned source names, with only staff required (SPEC section 7)', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['applications', 'cpd', 'disciplinaryCases', 'fitnessToPractiseReferrals', 'organisation', 'staff', 'survey'].sort(),
    );
    expect(schema.required).toEqual(['staff']);
    expect(schema.properties.staff.type).toBe('array');
  });
});

describe('recordJsonSchemas', () => {
  const records = recordJsonSchemas() as Record<string, Obj>;

  it.each([
    ['staff', ['id', 'ethnicity', 'payBand', 'salary', 'seniorManager', 'service', 'employment', 'regulatedProfessional', 'startDate', 'endDate', 'leavingReason'], ['id', 'ethnicity']],
    ['application', ['id', 'ethnicity', 'shortlisted', 'appointed', 'date', 'service'], ['ethnicity', 'shortlisted', 'appointed', 'date']],
    ['case', ['staffId', 'date'], ['staffId', 'date']],
    ['cpd', ['staffId', 'date', 'funded', 'mandatory'], ['staffId', 'date', 'funded', 'mandatory']],
    ['survey', ['ethnicity', 'harassmentFromPublic', 'harassmentFromColleagues', 'harassmentFromManagers', 'service'], ['ethnicity']],
    ['organisation', ['name', 'code', 'populationMinorityShare'], undefined],
    // SPEC 7 and 10a (issue 13, item 17): ethnicity is a required key (null or blank means unknown).
  ])('%s has the pinned properties and required fields', (name, properties, required) => {
    const schema = records[name] as Obj;
    expect(Object.keys(schema.properties)).toEqual(properties);
    expect(schema.required).toEqual(required);
  });

  it('describes the input side: booleans and numbers may be text, dates are text', () => {
    const staff = records.staff as Obj;
    expect(staff.properties.seniorManager.type).toEqual(['boolean', 'string', 'number', 'null']);
    expect(staff.properties.salary.type).toEqual(['number', 'string', 'null']);
    expect(JSON.stringify(staff.properties.startDate)).toContain('"type":"string"');
    expect(JSON.stringify(staff.properties.startDate)).toContain('YYYY-MM-DD');
    expect((records.case as Obj).properties.date).toMatchObject({ type: 'string' });
  });
});
