/**
 * Issue 13, items 2, 15 and 17: problems kept in bounded memory, records that cannot be read,
 * records without an ethnicity key, and record keys the schema does not know (SPEC 10a).
 */
import { describe, expect, it } from 'vitest';
import { rejection } from '../rejection.js';
import { computeReport } from '../../src/report/compute-report.js';
import { validateDataset } from '../../src/schemas/index.js';
import { MAX_REASONS, OTHER_REASONS } from '../../src/schemas/problem-log.js';

const period = { start: '2024-04-01', end: '2025-03-31' };


describe('problems in bounded memory (item 2)', () => {
  it('lists at most 1000 problems for 50,000 bad rows, shared fairly between sources, and counts all of them', () => {
    const staff = Array.from({ length: 50_000 }, (_, i) => ({ id: `s${i}`, ethnicity: 'Indian', startDate: '01/04/2024' }));
    const cpd = Array.from({ length: 1500 }, () => ({ staffId: 's1', date: '2024-05-01', funded: 'maybe', mandatory: false }));
    const error = rejection(() => validateDataset({ staff, cpd }));
    // Hand count: 50,000 staff problems and 1,500 CPD problems; 1000 listed, 500 from each source.
    const lines = error.message.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'The dataset has 51500 problems; the first of each source are listed after a count of each kind:',
      'staff: 50000 problems, the first 500 listed; by kind: 50000 with field "startDate" is not a date in the form YYYY-MM-DD; it looks like DD/MM/YYYY or MM/DD/YYYY: read the file through an import profile with "dates" set to the form the system writes (UK systems write "DD/MM/YYYY"), see docs/profiles.md.',
      'cpd: 1500 problems, the first 500 listed; by kind: 1500 with field "funded" is not a yes/no value (use true/false, yes/no, y/n or 1/0).',
    ]);
    expect(error.issues).toHaveLength(1000);
    expect(error.issues.filter((i) => i.source === 'staff')).toHaveLength(500);
    expect(error.issues.filter((i) => i.source === 'cpd')).toHaveLength(500);
    expect(error.counted?.total).toBe(51500);
    expect(error.counted?.byKind.map((k) => [k.source, k.field, k.count])).toEqual([
      ['staff', 'startDate', 50000],
      ['cpd', 'funded', 1500],
    ]);
  });

  it('keeps at most 100 reasons per source in lenient mode, counting the rest together', () => {
    const staff = [
      { id: 'ok', ethnicity: 'Indian' },
      ...Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, ethnicity: 'Indian', [`column${i}`]: 'x' })),
    ];
    const { sources } = validateDataset({ staff }, { mode: 'lenient' });
    expect(sources.staff.rowsSkipped).toBe(300);
    expect(sources.staff.skippedReasons).toHaveLength(MAX_REASONS + 1);
    expect(sources.staff.skippedReasons[0]).toEqual({ reason: OTHER_REASONS, count: 200 });
  });
});

describe('records that cannot be read (item 15)', () => {
  const throwing = (key: string, record: Record<string, unknown>) =>
    Object.defineProperty({ ...record }, key, { get() { throw new Error('boom'); }, enumerable: true });

  it('turns a getter that throws into "staff record 0 could not be read", whichever field it is', () => {
    for (const key of ['id', 'ethnicity', 'startDate']) {
      const error = rejection(() => computeReport({ staff: [throwing(key, { id: 's1', ethnicity: 'Indian' })] } as never, { period }));
      expect(error.message).toContain('staff record 0: could not be read (boom).');
    }
  });
  it('does the same for a case record whose staffId getter throws', () => {
    const error = rejection(() =>
      computeReport({ staff: [{ id: 's1', ethnicity: 'Indian' }], disciplinaryCases: [throwing('staffId', { date: '2024-05-01' })] } as never, { period }),
    );
    expect(error.message).toContain('disciplinaryCases record 0: could not be read (boom).');
  });
});

describe('record keys (item 17, SPEC 10a)', () => {
  it('rejects a staff record with no ethnicity key; null and blank are unknown', () => {
    const error = rejection(() => validateDataset({ staff: [{ id: 's1' }, { id: 's2', ethnicity: null }, { id: 's3', ethnicity: ' ' }] }));
    expect(error.issues).toEqual([
      { source: 'staff', index: 0, field: 'ethnicity', message: 'is missing: every record needs an ethnicity field (null or blank when it is not known)' },
    ]);
  });
  it('rejects a misspelt key, naming the nearest field, unless unknownKeys is ignore', () => {
    const error = rejection(() => computeReport({ staff: [{ id: 's1', ethnicity: 'Indian', ethnicOrigin: 'Indian' }] } as never, { period }));
    expect(error.message).toContain(
      'staff record 0, field "ethnicOrigin" is not a known staff field: did you mean "ethnicity"? (known: id, ethnicity, payBand, salary, seniorManager, service, employment, regulatedProfessional, startDate, endDate, leavingReason).',
    );
    const report = computeReport({ staff: [{ id: 's1', ethnicity: 'Indian', ethnicOrigin: 'Indian' }] } as never, { period, unknownKeys: 'ignore' });
    expect(report.sources.staff.rowsUsed).toBe(1);
  });
  it('rejects unknown keys in every source', () => {
    const error = rejection(() =>
      computeReport(
        {
          staff: [{ id: 's1', ethnicity: 'Indian' }],
          cpd: [{ staffId: 's1', date: '2024-05-01', funded: true, mandatory: false, cost: 12 }],
          survey: [{ ethnicity: 'Indian', harassmentFromPublik: true }],
        } as never,
        { period },
      ),
    );
    expect(error.issues.map((i) => [i.source, i.field])).toEqual([
      ['cpd', 'cost'],
      ['survey', 'harassmentFromPublik'],
    ]);
    expect(error.issues[1]!.message).toContain('did you mean "harassmentFromPublic"?');
  });
});
