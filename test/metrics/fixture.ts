import type { WresDataset } from '../../src/schemas/index.js';

/**
 * A hand-checked council of twelve staff (period 2024-04-01 to 2025-03-31). The expected counts in
 * the tests are worked out from this table:
 *
 * | id  | ethnicity (group)           | band      | dates                  | notes                     |
 * | s1  | White British (white)       | PO1       | 2020-01-01 -           | regulated, not senior     |
 * | s2  | White British (white)       | PO1       | -                      | regulated                 |
 * | s3  | White Irish (white)         | Scale 1-2 | -                      |                           |
 * | s4  | Black African (minority)    | Scale 1-2 | -                      |                           |
 * | s5  | Indian (minority)           | PO1       | -                      | regulated                 |
 * | s6  | Black Caribbean (minority)  | Scale 1-2 | - 2024-10-31           | leaver in the period      |
 * | s7  | White British (white)       | Senior    | 2024-06-01 -           | senior manager, joined    |
 * | s8  | Pakistani (minority)        | (none)    | -                      | band not known            |
 * | s9  | Not stated (unknown)        | PO1       | -                      |                           |
 * | s10 | White British               | PO1       | -                      | agency: left out          |
 * | s11 | White British (white)       | PO1       | 2019-01-01 2024-03-15  | left before the period    |
 * | s12 | Mixed: White and Asian      | Scale 1-2 | 2025-04-10 -           | starts after the period   |
 *
 * Snapshot (in post 2025-03-31): s1 s2 s3 s4 s5 s7 s8 s9: white 4, minority 3, unknown 1.
 * At-risk (any day in period): the snapshot plus s6: white 4, minority 4, unknown 1.
 */
export const period = { start: '2024-04-01', end: '2025-03-31' };

export function fixtureDataset(): WresDataset {
  return {
    organisation: { name: 'Test Council', populationMinorityShare: 0.4 },
    staff: [
      { id: 's1', ethnicity: 'White British', payBand: 'PO1', startDate: '2020-01-01', regulatedProfessional: true, seniorManager: false, service: 'adults' },
      { id: 's2', ethnicity: 'White British', payBand: 'PO1', regulatedProfessional: true, service: 'adults' },
      { id: 's3', ethnicity: 'White Irish', payBand: 'Scale 1-2', service: 'children' },
      { id: 's4', ethnicity: 'Black African', payBand: 'Scale 1-2', service: 'children' },
      { id: 's5', ethnicity: 'Asian - Indian', payBand: 'PO1', regulatedProfessional: true, service: 'adults' },
      { id: 's6', ethnicity: 'Black Caribbean', payBand: 'Scale 1-2', endDate: '2024-10-31', leavingReason: 'Resignation', service: 'children' },
      { id: 's7', ethnicity: 'White British', payBand: 'Senior', seniorManager: true, startDate: '2024-06-01', service: 'adults' },
      { id: 's8', ethnicity: 'Asian or Asian British: Pakistani', service: 'children' },
      { id: 's9', ethnicity: 'Not stated', payBand: 'PO1', service: 'adults' },
      { id: 's10', ethnicity: 'White British', payBand: 'PO1', employment: 'agency', service: 'adults' },
      { id: 's11', ethnicity: 'White British', payBand: 'PO1', startDate: '2019-01-01', endDate: '2024-03-15', service: 'adults' },
      { id: 's12', ethnicity: 'Mixed or Multiple ethnic groups: White and Asian', payBand: 'Scale 1-2', startDate: '2025-04-10', service: 'children' },
    ],
    applications: [
      { id: 'a1', ethnicity: 'White British', shortlisted: true, appointed: true, date: '2024-05-01' },
      { id: 'a2', ethnicity: 'White British', shortlisted: true, appointed: false, date: '2024-05-01' },
      { id: 'a3', ethnicity: 'Black African', shortlisted: true, appointed: true, date: '2024-07-01' },
      { id: 'a4', ethnicity: 'Black African', shortlisted: true, appointed: false, date: '2024-07-01' },
      { id: 'a5', ethnicity: 'Asian - Indian', shortlisted: true, appointed: false, date: '2025-03-31' },
      { id: 'a6', ethnicity: 'White British', shortlisted: false, appointed: false, date: '2024-09-01' },
      { id: 'a7', ethnicity: 'Asian - Indian', shortlisted: true, appointed: true, date: '2023-12-01' },
    ],
    disciplinaryCases: [
      { staffId: 's4', date: '2024-05-01' },
      { staffId: 's4', date: '2024-11-01' },
      { staffId: 's1', date: '2025-01-15' },
      { staffId: 's2', date: '2024-03-01' },
      { staffId: 's11', date: '2024-02-01' },
    ],
    fitnessToPractiseReferrals: [{ staffId: 's5', date: '2024-12-01' }],
    cpd: [
      { staffId: 's1', date: '2024-06-01', funded: true, mandatory: false },
      { staffId: 's4', date: '2024-06-01', funded: true, mandatory: true },
      { staffId: 's5', date: '2024-06-01', funded: true, mandatory: false },
      { staffId: 's5', date: '2024-09-01', funded: true, mandatory: false },
      { staffId: 's3', date: '2024-06-01', funded: false, mandatory: false },
    ],
    survey: [
      { ethnicity: 'White British', harassmentFromPublic: true, harassmentFromColleagues: false, harassmentFromManagers: null },
      { ethnicity: 'White British', harassmentFromPublic: false, harassmentFromColleagues: false, harassmentFromManagers: false },
      { ethnicity: 'Black African', harassmentFromPublic: true, harassmentFromColleagues: true, harassmentFromManagers: false },
      { ethnicity: 'Asian - Indian', harassmentFromPublic: null, harassmentFromColleagues: true, harassmentFromManagers: true },
      { ethnicity: 'Prefer not to say', harassmentFromPublic: true },
    ],
  };
}
