/**
 * sc-wres: the Social Care Workforce Race Equality Standard metrics.
 *
 * @packageDocumentation
 */
export type * from './stats/types.js';
export type * from './aggregate/types.js';
export type * from './report/types.js';
export type * from './report/options.js';
export type * from './disclosure/types.js';
export type * from './schemas/normalized.js';
