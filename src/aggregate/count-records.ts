import type { ValidDataset } from '../schemas/normalized.js';
import { createRecordCounter, type CountingOptions, type RecordCounts } from './record-counter.js';

export type { CountingOptions, RecordCounts, SourceFacts } from './record-counter.js';

/**
 * One pass over each source of an already validated dataset: the record-level half of every
 * metric. Staff first (cases and CPD point to them), then the other sources.
 */
export function countRecords(dataset: ValidDataset, options: CountingOptions): RecordCounts {
  const counter = createRecordCounter(options);
  const ordinals = new Map<string, number>();
  dataset.staff.forEach((staff, i) => {
    ordinals.set(staff.id, i);
    counter.addStaff(staff, i);
  });
  for (const source of ['disciplinaryCases', 'fitnessToPractiseReferrals', 'cpd'] as const) {
    const records = dataset[source];
    if (records === undefined) continue;
    counter.openSource(source);
    for (const record of records) counter.addLinked(source, record, ordinals.get(record.staffId));
  }
  if (dataset.applications !== undefined) {
    counter.openSource('applications');
    for (const application of dataset.applications) counter.addApplication(application);
  }
  if (dataset.survey !== undefined) {
    counter.openSource('survey');
    for (const response of dataset.survey) counter.addSurveyResponse(response);
  }
  return counter.finish(dataset.organisation);
}
