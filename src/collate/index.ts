/**
 * Collation: many councils' figures pooled into national and regional ones.
 *
 * @module
 */
export { collateReports } from './collate-reports.js';
export type { CollationEntry } from './entries.js';
export type { CollateOptions } from './options.js';
export { collateBy } from './collate-by.js';
export type { CollationByGroup } from './collate-by.js';
export { publishCollation } from './publish.js';
export type { PublishedCollation, PublishedCollationByGroup, PublishedCollatedComparison, PublishedOrganisation } from './publish.js';
