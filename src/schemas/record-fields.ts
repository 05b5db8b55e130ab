/**
 * The pinned field names of each source's records (SPEC section 7).
 *
 * @module
 */
import type { SourceName } from '../model/counts.js';

/**
 * Fields of each source's records, in the order the docs list them. A record key not listed for
 * its source is an input error unless validation is given `unknownKeys: 'ignore'`.
 *
 * @example
 * RECORD_FIELDS.cpd; // ['staffId', 'date', 'funded', 'mandatory']
 */
export const RECORD_FIELDS: Readonly<Record<SourceName, readonly string[]>> = {
  staff: [
    'id',
    'ethnicity',
    'payBand',
    'salary',
    'seniorManager',
    'service',
    'employment',
    'regulatedProfessional',
    'startDate',
    'endDate',
    'leavingReason',
  ],
  applications: ['id', 'ethnicity', 'shortlisted', 'appointed', 'date', 'service'],
  disciplinaryCases: ['staffId', 'date'],
  fitnessToPractiseReferrals: ['staffId', 'date'],
  cpd: ['staffId', 'date', 'funded', 'mandatory'],
  survey: ['ethnicity', 'harassmentFromPublic', 'harassmentFromColleagues', 'harassmentFromManagers', 'service'],
};
