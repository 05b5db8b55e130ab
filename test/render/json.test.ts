import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseReportJson, renderJson } from '../../src/render/json.js';
import { councilReport, publishedReport } from './fixtures.js';

describe('renderJson and parseReportJson', () => {
  it('writes an unbounded upper limit as 1e999, which plain JSON.parse reads as Infinity, never null', () => {
    const text = renderJson(councilReport());
    expect(text).toMatch(/"upper": 1e999/);
    const raw = JSON.parse(text) as { metrics: { comparisons: { relativeLikelihood: { upper: unknown; ratio: unknown } }[] }[] };
    const m3 = raw.metrics[2]!.comparisons[0]!.relativeLikelihood;
    expect(m3.upper).toBe(Infinity);
    expect(m3.ratio).toBeNull(); // a ratio that cannot be estimated stays null
    expect(text.endsWith('}\n')).toBe(true);
  });
  it('round-trips a report exactly, Infinity included', () => {
    const report = councilReport();
    const back = parseReportJson(renderJson(report));
    expect(back).toEqual(report);
    expect(back.metrics[2]!.comparisons[0]!.relativeLikelihood).toMatchObject({ upper: Infinity });
  });
  it('round-trips a published report with suppressed objects', () => {
    const report = publishedReport();
    expect(parseReportJson(renderJson(report, { indent: 0 }))).toEqual(report);
  });
  it('still reads the string "Infinity" of earlier output as a number where a number stood', () => {
    expect(parseReportJson('{"lower":"-Infinity","upper":"Infinity"}')).toEqual({ lower: -Infinity, upper: Infinity });
  });
  it('leaves text that looks like its placeholder alone', () => {
    const report = { ...councilReport(), unmatchedEthnicity: [{ source: 'staff' as const, value: 'sc-wres:infinity', count: 2 }] };
    expect(parseReportJson(renderJson(report))).toEqual(report);
  });
  it('keeps text that reads "Infinity" as text (unmatched ethnicity value)', () => {
    const report = { ...councilReport(), unmatchedEthnicity: [{ source: 'staff' as const, value: 'Infinity', count: 2 }] };
    expect(parseReportJson(renderJson(report))).toEqual(report);
  });
  it('round-trips any interval limits, including -Infinity (property)', () => {
    const limit = fc.oneof(fc.double({ noNaN: true }), fc.constant(Infinity), fc.constant(-Infinity));
    fc.assert(
      fc.property(limit, limit, (lower, upper) => {
        const report = councilReport();
        const c = report.metrics[1]!.comparisons[0]!;
        c.focal.lower = lower;
        c.focal.upper = upper;
        const back = parseReportJson<typeof report>(renderJson(report));
        // === treats -0 and 0 alike: JSON has a single zero.
        return back.metrics[1]!.comparisons[0]!.focal.lower === lower &&
          back.metrics[1]!.comparisons[0]!.focal.upper === upper;
      }),
      { numRuns: 200 },
    );
  });
});
