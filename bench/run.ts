/**
 * `npm run bench`: national scale. Times computeReport on 1,000,000 staff (with the other sources)
 * next to a minimal hand-written counting pass, and validation, disclosure control and the CSV path
 * alone; prints medians, their ratio and memory. A measurement, not a test: nothing here fails.
 *
 * Options: BENCH_SCALE=0.1 for a quick run, BENCH_RUNS=5 for the number of timed runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyDisclosureControl } from '../src/disclosure/index.js';
import { computeReport } from '../src/report/compute-report.js';
import { validateDataset, type WresDataset } from '../src/schemas/index.js';
import { readCsvDataset } from '../src/csv/index.js';
import { BENCH_BANDS, BENCH_PERIOD, benchDataset } from './dataset.js';
import { minimalPass } from './minimal-pass.js';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number): string => `${value.toFixed(0)} ms`;
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
function time<T>(label: string, count: number, work: () => T): { median: number; result: T; heapDelta: number } {
  let result = work(); // warm-up
  const times: number[] = [];
  let heapDelta = 0;
  for (let i = 0; i < count; i += 1) {
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
    heapDelta = Math.max(heapDelta, process.memoryUsage().heapUsed - heapBefore);
  }
  const m = median(times);
  console.log(`${label.padEnd(44)} median ${ms(m).padStart(9)}  (runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
  return { median: m, result, heapDelta };
}

gc?.();
const heapStart = process.memoryUsage().heapUsed;
const generateStart = performance.now();
const dataset = benchDataset(20241125, scale);
gc?.();
const inputBytes = process.memoryUsage().heapUsed - heapStart;
console.log(`SC-WRES benchmark (Node ${process.version}, ${process.arch}; scale ${scale}; ${runs} timed runs after a warm-up)`);
console.log(`dataset: ${dataset.staff.length.toLocaleString('en-GB')} staff, ${dataset.applications!.length.toLocaleString('en-GB')} applications, ` +
  `${dataset.disciplinaryCases!.length.toLocaleString('en-GB')} disciplinary cases, ${dataset.fitnessToPractiseReferrals!.length.toLocaleString('en-GB')} referrals, ` +
  `${dataset.cpd!.length.toLocaleString('en-GB')} CPD records, ${dataset.survey!.length.toLocaleString('en-GB')} survey responses`);
console.log(`generated in ${ms(performance.now() - generateStart)}; input size in memory about ${mb(inputBytes)}\n`);

const options = { period: BENCH_PERIOD, payBands: BENCH_BANDS };
const minimal = time('minimal hand-written counting pass', runs, () => minimalPass(dataset));
const validation = time('validateDataset alone', runs, () => validateDataset(dataset));
const report = time('computeReport (all nine metrics)', runs, () => computeReport(dataset, options));
const disclosure = time('applyDisclosureControl (sc-wres-publication)', runs, () => applyDisclosureControl(report.result, 'sc-wres-publication'));
void minimal.result;

console.log('');
console.log(`computeReport / minimal pass:            ${(report.median / minimal.median).toFixed(2)}x  (target: within 3x)`);
console.log(`validation share of computeReport:       ${((validation.median / report.median) * 100).toFixed(0)}%`);
console.log(`disclosure control / computeReport:      ${((disclosure.median / report.median) * 100).toFixed(2)}%`);
console.log(`heap allocated during computeReport:     ${mb(report.heapDelta)} (${(report.heapDelta / inputBytes).toFixed(2)}x the input)`);

// The CSV path: write the dataset as CSV files once, then read, validate and report them.
const directory = join(process.cwd(), '.bench-tmp');
mkdirSync(directory, { recursive: true });
const files = writeCsv(dataset, directory);
const csv = await timeAsync('CSV path: readCsvDataset + computeReport', Math.min(runs, 3), async () => {
  const read = await readCsvDataset(files);
  return computeReport(read, options);
});
console.log(`CSV path / minimal pass:                 ${(csv / minimal.median).toFixed(2)}x`);
const peak = process.resourceUsage().maxRSS * 1024;
console.log(`\npeak resident memory of the whole run:   ${mb(peak)} (${(peak / inputBytes).toFixed(1)}x the in-memory input, which the run holds throughout)`);

async function timeAsync(label: string, count: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    gc?.();
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  const m = median(times);
  console.log(`${label.padEnd(44)} median ${ms(m).padStart(9)}  (runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
  return m;
}

function writeCsv(data: WresDataset, into: string): Record<string, string> {
  const write = (name: string, rows: readonly object[] | undefined, header: string[]): string => {
    const path = join(into, name);
    const lines = [header.join(',')];
    for (const row of rows ?? []) {
      lines.push(header.map((field) => {
        const value = (row as Record<string, unknown>)[field];
        if (value === undefined || value === null) return '';
        const text = String(value);
        return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      }).join(','));
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };
  return {
    staff: write('staff.csv', data.staff, ['id', 'ethnicity', 'payBand', 'salary', 'seniorManager', 'service', 'employment', 'regulatedProfessional', 'startDate', 'endDate', 'leavingReason']),
    applications: write('applications.csv', data.applications, ['id', 'ethnicity', 'shortlisted', 'appointed', 'date', 'service']),
    disciplinaryCases: write('disciplinary.csv', data.disciplinaryCases, ['staffId', 'date']),
    fitnessToPractiseReferrals: write('fitness-to-practise.csv', data.fitnessToPractiseReferrals, ['staffId', 'date']),
    cpd: write('cpd.csv', data.cpd, ['staffId', 'date', 'funded', 'mandatory']),
    survey: write('survey.csv', data.survey, ['ethnicity', 'harassmentFromPublic', 'harassmentFromColleagues', 'harassmentFromManagers', 'service']),
  };
}
