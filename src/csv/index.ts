/**
 * CSV ingest (`sc-wres/csv`): read a dataset from CSV exports, one file per source, or stream the
 * files straight into a report; or read an import profile and the exports it names from disk.
 * Node only (streams and files); not part of the browser-safe core.
 *
 * @module
 */
export {
  parseCsv,
  streamCsv,
  scanCsvHeader,
  type ParseCsvOptions,
  type ParsedCsvSource,
  type CsvStreamSummary,
  type CsvRecordHandler,
  type CsvReject,
} from './parse.js';
export { readCsvDataset, type ReadCsvOptions, type CsvDatasetResult, type CsvSourceReport } from './read.js';
export { reportFromCsv, type ReportFromCsvOptions, type CsvReport } from './report.js';
export { SOURCE_FIELDS, REQUIRED_COLUMNS, normaliseHeader } from './fields.js';
export {
  readProfileFile,
  readProfileTables,
  applyProfileFile,
  type ProfileFile,
  type ProfileTables,
  type AppliedProfileFiles,
  type ApplyProfileFileOptions,
} from './profile-files.js';
