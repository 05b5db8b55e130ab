/**
 * `npm run bench`: national scale. Times computeReport on 1,000,000 staff (with the other sources)
 * next to a minimal hand-written counting pass, and validation, disclosure control and the CSV path
 * alone; prints medians, their ratio and memory. A measurement, not a test: nothing here fails.
 *
 * Options: BENCH_SCALE=0.1 for a quick run, BENCH_RUNS=5 for the number of timed runs.
 */
import { spawnSync } from 'node:child_process';
import { median } from 'simple-statistics';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { applyDisclosureControl } from '../src/disclosure/index.js';
import { computeReport } from '../src/report/compute-report.js';
import { validateDataset, type WresDataset } from '../src/schemas/index.js';
import { readCsvDataset, reportFromCsv } from '../src/csv/index.js';
import { BENCH_BANDS, BENCH_PERIOD, benchDataset } from './dataset.js';
import { minimalPass } from './minimal-pass.js';
import { writeCsv } from './csv-files.js';
import { runPeers } from './peers.js';

// The CSV path's worker thread runs from the sources here: it registers tsx's loader first.
process.env.WRES_TS_LOADER ??= 'tsx/esm/api';
const scale = Number(process.env.BENCH_SCALE ?? 1);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number): string => `${value.toFixed(0)} ms`;
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
// Interleaved: each run times the minimal pass, validation and computeReport back to back, so a
// busy machine slows all three alike; the ratio is the median of the runs' own ratios.
const timings = { minimal: [] as number[], validation: [] as number[], report: [] as number[], ratio: [] as number[] };
let report = computeReport(dataset, options);
minimalPass(dataset);
validateDataset(dataset);
let reportHeap = 0;
for (let i = 0; i < runs; i += 1) {
  gc?.();
  let start = performance.now();
  minimalPass(dataset);
  const minimal = performance.now() - start;
  gc?.();
  start = performance.now();
  validateDataset(dataset);
  const validation = performance.now() - start;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  start = performance.now();
  report = computeReport(dataset, options);
  const full = performance.now() - start;
  reportHeap = Math.max(reportHeap, process.memoryUsage().heapUsed - heapBefore);
  timings.minimal.push(minimal);
  timings.validation.push(validation);
  timings.report.push(full);
  timings.ratio.push(full / minimal);
}
const line = (label: string, values: number[]): number => {
  const m = median(values);
  console.log(`${label.padEnd(44)} median ${ms(m).padStart(9)}  (runs: ${values.map((t) => t.toFixed(0)).join(', ')} ms)`);
  return m;
};
const minimalMedian = line('minimal hand-written counting pass', timings.minimal);
const validationMedian = line('validateDataset alone (keeps a copy)', timings.validation);
const reportMedian = line('computeReport (all nine metrics)', timings.report);
const staffOnly = { staff: dataset.staff };
time(`validateDataset, ${dataset.staff.length.toLocaleString('en-GB')} staff records only`, runs, () => validateDataset(staffOnly));
const disclosure = time('applyDisclosureControl (sc-wres-publication)', runs, () => applyDisclosureControl(report, 'sc-wres-publication'));


console.log('');
console.log(`computeReport / minimal pass:            ${median(timings.ratio).toFixed(2)}x median of paired runs (target: within 3x; runs: ${timings.ratio.map((r) => r.toFixed(2)).join(', ')})`);
console.log(`validateDataset / computeReport:         ${((validationMedian / reportMedian) * 100).toFixed(0)}% (computeReport validates in its own pass)`);
console.log(`disclosure control / computeReport:      ${((disclosure.median / reportMedian) * 100).toFixed(2)}%`);
console.log(`heap left allocated by computeReport:    ${mb(reportHeap)} (${(reportHeap / inputBytes).toFixed(2)}x the input)`);

// The CSV path: write the dataset as CSV files once, then stream them into the report
// (reportFromCsv, what `wres report` does), and for comparison read them whole first.
const directory = join(process.cwd(), '.bench-tmp');
mkdirSync(directory, { recursive: true });
const files = writeCsv(dataset, directory);
const csvBytes = Object.values(files).reduce((sum, path) => sum + statSync(path).size, 0);
console.log(`\nCSV files: ${mb(csvBytes)} in ${directory}`);
const csvRuns = Math.min(runs, 3);
const csv = await timeAsync('CSV path: reportFromCsv (coded, 2 threads)', csvRuns, () => reportFromCsv(files, options));
const csvWhole = await timeAsync('CSV path: readCsvDataset + computeReport', csvRuns, async () => {
  const read = await readCsvDataset(files);
  return computeReport(read, options);
});
console.log(`CSV path (coded) / minimal pass:         ${(csv / minimalMedian).toFixed(2)}x`);
console.log(`CSV path (coded) / read whole:           ${((csv / csvWhole) * 100).toFixed(0)}%`);

// Peak memory of the CSV path, measured in a child process that holds nothing else: the `wres`
// program itself, next to the same work reading the files whole, and node + tsx doing nothing.
const root = fileURLToPath(new URL('..', import.meta.url));
const cliArgs = [
  '--import', 'tsx', join(root, 'src/cli/main.ts'), 'report',
  '--staff', files.staff, '--applications', files.applications, '--disciplinary', files.disciplinaryCases,
  '--fitness-to-practise', files.fitnessToPractiseReferrals, '--cpd', files.cpd, '--survey', files.survey,
  '--period', `${BENCH_PERIOD.start}..${BENCH_PERIOD.end}`, '--pay-bands', BENCH_BANDS.join(','), '--format', 'json', '--out', '/dev/null',
];
const wholeScript = `import { readCsvDataset } from ${JSON.stringify(join(root, 'src/csv/index.ts'))};
import { computeReport } from ${JSON.stringify(join(root, 'src/report/compute-report.ts'))};
import { renderJson } from ${JSON.stringify(join(root, 'src/render/json.ts'))};
renderJson(computeReport(await readCsvDataset(${JSON.stringify(files)}), ${JSON.stringify(options)}));`;
const childPeaks = [
  { label: 'wres report --format json (coded path)', args: cliArgs },
  { label: 'readCsvDataset + computeReport + renderJson', args: ['--import', 'tsx', '--input-type=module', '-e', wholeScript] },
  { label: 'node --import tsx, doing nothing', args: ['--import', 'tsx', '-e', ''] },
].map(({ label, args }) => ({ label, ...childPeak(args) }));
console.log('');
for (const { label, peak, seconds, error } of childPeaks) {
  if (error !== undefined) console.log(`peak RSS, child: ${label.padEnd(44)} failed: ${error}`);
  else console.log(`peak RSS, child: ${label.padEnd(44)} ${mb(peak).padStart(8)}  (${(peak / csvBytes).toFixed(2)}x the CSV files; ${seconds.toFixed(1)} s)`);
}
const peak = process.resourceUsage().maxRSS * 1024;
console.log(`\npeak resident memory of the whole run:   ${mb(peak)} (${(peak / inputBytes).toFixed(1)}x the in-memory input, which the run holds throughout)`);

/**
 * Runs `node <args>` and returns its peak resident memory: from `/usr/bin/time -v` when there is
 * one, otherwise from the child's own `process.resourceUsage().maxRSS`, printed at exit by a module
 * loaded first (`maxRSS` of this process would count this process, not the child).
 */
function childPeak(args: string[]): { peak: number; seconds: number; error?: string } {
  const start = performance.now();
  const timeTool = '/usr/bin/time';
  const useTime = existsSync(timeTool);
  const report = 'data:text/javascript,process.on("exit",()=>process.stderr.write("wres-bench-maxrss-kb="+process.resourceUsage().maxRSS+"\\n"))';
  // From the repository root, where `--import tsx` resolves.
  const spawnOptions = { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 } as const;
  const child = useTime
    ? spawnSync(timeTool, ['-v', process.execPath, ...args], spawnOptions)
    : spawnSync(process.execPath, ['--import', report, ...args], spawnOptions);
  const seconds = (performance.now() - start) / 1000;
  const found = useTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)
    : /wres-bench-maxrss-kb=(\d+)/.exec(child.stderr);
  if (child.status !== 0 || found === null) {
    return { peak: 0, seconds, error: `exit ${String(child.status)}: ${child.stderr.split('\n').slice(0, 3).join(' ')}` };
  }
  return { peak: Number(found[1]) * 1024, seconds };
}

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

// The file path against what an analyst would use instead (DuckDB SQL, pandas), on the same files.
await runPeers({ files, runs: Math.min(runs, 5) });
