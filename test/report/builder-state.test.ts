/**
 * Report builder state (issue 13, item 8): the source name is checked before anything changes;
 * opening a linked source declares it and does not close staff intake; a caught typo leaves the
 * builder as it was.
 */
import { describe, expect, it } from 'vitest';
import { createReportBuilder } from '../../src/report/report-builder.js';

const period = { start: '2024-04-01', end: '2025-03-31' };

describe('createReportBuilder keeps a consistent state', () => {
  it('takes staff after open("disciplinaryCases"), and the declared source with no cases is present', () => {
    const builder = createReportBuilder({ period });
    builder.open('disciplinaryCases');
    builder.add('staff', { id: 'a', ethnicity: 'Indian' });
    builder.add('staff', { id: 'b', ethnicity: 'White British' });
    const report = builder.finish();
    expect(report.sources.staff).toMatchObject({ rowsRead: 2, rowsUsed: 2 });
    expect(report.sources.disciplinaryCases.present).toBe(true);
    // Hand count: no cases, 1 minority and 1 white member of staff in the population.
    expect(report.metrics[2]!.comparisons[0]!.focal).toMatchObject({ count: 0, total: 1 });
    expect(report.metrics[2]!.comparisons[0]!.reference).toMatchObject({ count: 0, total: 1 });
  });

  it('survives a caught add("Staff") typo: later staff are counted in the population', () => {
    const builder = createReportBuilder({ period });
    expect(() => builder.add('Staff' as never, { id: 'x', ethnicity: 'Indian' })).toThrow(
      'ReportBuilder.add: "Staff" is not a source (did you mean "staff"?); the sources are staff, applications, disciplinaryCases, fitnessToPractiseReferrals, cpd, survey',
    );
    expect(() => builder.open('cases' as never)).toThrow(TypeError);
    builder.add('staff', { id: 'a', ethnicity: 'Indian' });
    const report = builder.finish();
    expect(report.sources.staff).toMatchObject({ rowsRead: 1, rowsUsed: 1 });
    expect(report.metrics[7]!.comparisons[0]!.focal.total).toBe(1);
    expect(Object.keys(report.sources)).not.toContain('Staff');
  });

  it('refusing a late staff record does not skip a staff index', () => {
    const builder = createReportBuilder({ period });
    builder.add('staff', { id: 'a', ethnicity: 'Indian' });
    builder.add('disciplinaryCases', { staffId: 'a', date: '2024-05-01' });
    expect(() => builder.add('staff', { id: 'b', ethnicity: 'Indian' })).toThrow(/every staff record must be added before any case/);
    expect(builder.finish().sources.staff.rowsRead).toBe(1);
  });
});
