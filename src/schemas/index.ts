/**
 * Input schemas, their JSON Schema, and dataset validation.
 *
 * @module
 */
export {
  StaffRecordSchema,
  ApplicationRecordSchema,
  CaseRecordSchema,
  CpdRecordSchema,
  SurveyResponseSchema,
  OrganisationSchema,
  WresDatasetSchema,
} from './records.js';
export type {
  StaffRecord,
  ApplicationRecord,
  CaseRecord,
  CpdRecord,
  SurveyResponse,
  Organisation,
  WresDataset,
} from './records.js';
export { validateDataset, readDatasetShape, SOURCE_NAMES, MAX_MESSAGE_ISSUES } from './validate.js';
export { createRecordValidator } from './record-validator.js';
export type { RecordValidator, LinkedRecord, StaffLinkedSource } from './record-validator.js';
export type { ValidateOptions, ValidationResult, SourceValidation, DatasetShape } from './validate.js';
export { datasetJsonSchema, recordJsonSchemas } from './json-schema.js';
export type { JsonSchema } from './json-schema.js';
export { MAX_TEXT_LENGTH } from './convert.js';
export type * from './normalized.js';
