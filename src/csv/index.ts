/**
 * CSV ingest (`sc-wres/csv`): read a dataset from CSV exports, one file per source. Node only
 * (streams and files); not part of the browser-safe core.
 *
 * @module
 */
export { parseCsv, type ParseCsvOptions, type ParsedCsvSource, type CsvReject } from './parse.js';
export { readCsvDataset, type ReadCsvOptions, type CsvDatasetResult, type CsvSourceReport } from './read.js';
export { SOURCE_FIELDS, REQUIRED_COLUMNS, normaliseHeader } from './fields.js';
