import { describe, expect, it } from 'vitest';
import { computeReport, computeReportFromStream } from '../../src/report/compute-report.js';
import { createReportBuilder } from '../../src/report/report-builder.js';
import { validateDataset } from '../../src/schemas/index.js';
import { WresInputError } from '../../src/errors.js';
import { fixtureDataset, period } from '../metrics/fixture.js';

const payBands = ['Scale 1-2', 'PO1', 'Senior'];

async function* slowly<T>(records: readonly T[]): AsyncGenerator<T> {
  for (const record of records) {
    await Promise.resolve();
    yield record;
  }
}

describe('computeReportFromStream (iterables of records)', () => {
  it('gives the same report as computeReport for the same records, from async iterables', async () => {
    const dataset = fixtureDataset();
    const streamed = await computeReportFromStream({
      organisation: dataset.organisation,
      staff: slowly(dataset.staff),
      applications: slowly(dataset.applications!),
      disciplinaryCases: slowly(dataset.disciplinaryCases!),
      fitnessToPractiseReferrals: slowly(dataset.fitnessToPractiseReferrals!),
      cpd: slowly(dataset.cpd!),
      survey: slowly(dataset.survey!),
    }, { period, payBands, breakdown: 'broad-groups' });
    expect(streamed).toEqual(computeReport(dataset, { period, payBands, breakdown: 'broad-groups' }));
  });

  it('reads plain iterables (a generator) as well', async () => {
    const dataset = fixtureDataset();
    function* staff() { yield* dataset.staff; }
    const streamed = await computeReportFromStream({ staff: staff(), cpd: new Set(dataset.cpd) }, { period, payBands });
    expect(streamed.metrics).toEqual(computeReport({ staff: dataset.staff, cpd: dataset.cpd }, { period, payBands }).metrics);
  });

  it('rejects bad records with every problem located, as computeReport does', async () => {
    const staff = [{ id: 'a', ethnicity: 'White British', startDate: '2024-02-30' }, { id: 'a', ethnicity: 'Arab' }];
    const failure = computeReportFromStream({ staff: slowly(staff), disciplinaryCases: slowly([{ staffId: 'zz', date: '2024-05-01' }]) }, { period });
    await expect(failure).rejects.toBeInstanceOf(WresInputError);
    await expect(failure).rejects.toThrow(/staff record 0, field "startDate": "2024-02-30" is not a real calendar date[\s\S]*staff record 1, field "id": "a" is also the id of staff record 0[\s\S]*disciplinaryCases record 0, field "staffId": "zz" matches no staff record/);
  });

  // SPEC 10a: a source with every row skipped is an error, so one case here is valid; maxSkipped 1
  // lets half of the rows be skipped (the 5% default is tested in no-silent-figures.test.ts).
  it('skips and counts bad records in lenient mode', async () => {
    const staff = [{ id: 'a', ethnicity: 'White British' }, { id: 'b', ethnicity: 'Arab', endDate: '2020-01-01', startDate: '2021-01-01' }];
    const report = await computeReportFromStream({ staff, disciplinaryCases: [{ staffId: 'b', date: '2024-05-01' }, { staffId: 'a', date: '2024-05-01' }] }, { period, validation: 'lenient', maxSkipped: 1 });
    expect(report.sources.staff).toMatchObject({ rowsRead: 2, rowsUsed: 1, rowsSkipped: 1 });
    expect(report.sources.disciplinaryCases.skippedReasons).toEqual([{ reason: 'field "staffId" matches only a staff record that was skipped as invalid', count: 1 }]);
  });
});

describe('computeReport: the fused validate-and-count pass', () => {
  it('gives the same report as validating first and counting the validated copy', () => {
    const dataset = fixtureDataset();
    for (const validation of ['strict', 'lenient'] as const) {
      const fused = computeReport(dataset, { period, payBands, validation });
      const twoStep = computeReport(validateDataset(dataset, { mode: validation }), { period, payBands, validation });
      expect(fused).toEqual(twoStep);
    }
  });
});

describe('createReportBuilder', () => {
  it('names the CSV row given with a record in its messages', () => {
    const builder = createReportBuilder({ period });
    builder.add('staff', { id: 'a', ethnicity: 'Arab' }, 2);
    builder.add('staff', { id: 'a', ethnicity: 'Arab' }, 7);
    builder.add('cpd', { staffId: 'a', date: '2024-13-01', funded: true, mandatory: false }, 3);
    expect(() => builder.finish()).toThrow(/staff record 1 \(CSV row 7\), field "id": "a" is also the id of staff record 0 \(CSV row 2\)[\s\S]*cpd record 0 \(CSV row 3\), field "date"/);
  });

  it('refuses staff after cases, and sources it does not know', () => {
    const builder = createReportBuilder({ period });
    builder.add('staff', { id: 'a', ethnicity: 'Arab' });
    builder.add('disciplinaryCases', { staffId: 'a', date: '2024-05-01' });
    expect(() => builder.add('staff', { id: 'b', ethnicity: 'Arab' })).toThrow(/every staff record must be added before any case/);
    expect(() => builder.add('staf' as never, {})).toThrow(/"staf" is not a source/);
  });

  it('rejects a streaming dataset whose sources are not iterable', async () => {
    await expect(computeReportFromStream({ staff: 5 } as never, { period })).rejects.toThrow(/staff: must be an iterable/);
    await expect(computeReportFromStream({} as never, { period })).rejects.toThrow(/staff: must be an iterable/);
  });
});
