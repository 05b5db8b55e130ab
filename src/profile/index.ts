/**
 * Import profiles: how a council's own exports (their headers, codes, date forms and amounts)
 * become the dataset's records. Browser-safe: the tables come from a file reader.
 *
 * @module
 */
export { profileSchema, profileJsonSchema, DATE_FORMS, PROFILE_ENCODINGS } from './schema.js';
export type { Profile, ProfileOptions, SourceProfile, KeepRule, DeriveRule, DateForm, RawValue } from './schema.js';
export { inferProfile } from './infer.js';
export type { InferInput, InferenceNote, InferredProfile } from './infer.js';
export { profileToYaml } from './to-yaml.js';
export { checkProfile, renderProfileCheck } from './check.js';
export type { ProfileCheck, SourceCheck, FieldCheck } from './check.js';
export type { SourceRowCounts } from './run.js';
export { parseProfile, parseProfileText } from './parse.js';
export { applyProfile, profileReportOptions } from './apply.js';
export type { ApplyProfileOptions, AppliedProfile, SourceFindings, ProfileReportOptions } from './apply.js';
export { rawTable } from './table.js';
export { readSourceTables, type ExportFile } from './source-tables.js';
export { profileReportInput } from './report-input.js';
