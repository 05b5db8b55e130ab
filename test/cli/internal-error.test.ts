import { describe, expect, it, vi } from 'vitest';
import { type CliIo, run } from '../../src/cli/run.js';
import { writeCouncil } from './data.js';

// An unexpected failure inside the library (not bad input) must give exit 1 and one line.
// The CLI reads clean files into a coded report and other files into a report builder (via
// reportFromCsv); the finish step of both fails here.
const failure = () => {
  throw new TypeError('cannot read properties of undefined\n    at somewhere (file.ts:1:1)');
};
vi.mock('../../src/report/coded-report.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/report/coded-report.js')>();
  return {
    ...original,
    createCodedReport: (...args: Parameters<typeof original.createCodedReport>) => ({ ...original.createCodedReport(...args), finish: failure }),
  };
});
vi.mock('../../src/report/report-builder.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/report/report-builder.js')>();
  return {
    ...original,
    createReportBuilder: (...args: Parameters<typeof original.createReportBuilder>) => ({
      ...original.createReportBuilder(...args),
      finish: failure,
    }),
  };
});

function io(env: Record<string, string>): CliIo & { err: string } {
  const sink = { err: '', stdout: () => undefined, stderr: (t: string) => { sink.err += t; }, stderrIsTTY: false, env, version: '0' };
  return sink;
}

describe('run on an internal error', () => {
  const council = writeCouncil();
  const args = ['report', '--staff', council.staff, '--period', '2024-04-01..2025-03-31'];

  it('exits 1 with one line and no stack trace', async () => {
    const sink = io({});
    expect(await run(args, sink)).toBe(1);
    expect(sink.err).toBe('wres: internal error: cannot read properties of undefined (set WRES_DEBUG=1 for details; please report it).\n');
  });

  it('prints the stack with WRES_DEBUG=1', async () => {
    const sink = io({ WRES_DEBUG: '1' });
    expect(await run(args, sink)).toBe(1);
    expect(sink.err).toContain('    at ');
  });
});
