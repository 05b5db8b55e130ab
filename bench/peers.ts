/**
 * The file path against its peers: `wres report` (the built CLI, as an analyst runs it) next to
 * DuckDB's SQL (bench/peers/duckdb-counts.mjs) and pandas (bench/peers/pandas_counts.py, when a
 * Python with pandas is found) over the same CSV files. Each runs as its own process under
 * `/usr/bin/time -v` for wall time, CPU time (user + system) and peak resident memory; rounds are
 * interleaved and figures are medians. Every peer's counts are checked against the report's.
 *
 * Run alone: `BENCH_ONLY=peers npm run bench` (BENCH_PEER_SCALES=1,3 adds the 3,000,000-staff point).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from 'simple-statistics';
import { classifyEthnicity } from '../src/ethnicity/index.js';
import type { BenchFiles } from './csv-files.js';
import { BENCH_BANDS, BENCH_ETHNICITIES, BENCH_PERIOD } from './dataset.js';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Measure {
  wall: number;
  cpu: number;
  peak: number;
}
interface Peer {
  label: string;
  command: string[];
  /** Reads the counts the run produced. */
  counts: (stdout: string) => Record<string, number>;
}

/** One process under /usr/bin/time -v: its wall time, CPU time and peak resident memory. */
function measure(command: string[]): Measure & { stdout: string } {
  const child = spawnSync('/usr/bin/time', ['-v', ...command], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const field = (name: string): string => {
    const found = new RegExp(`${name}: (.+)`).exec(child.stderr);
    if (found === null) throw new Error(`${command.join(' ')} failed (exit ${String(child.status)}):\n${child.stderr.slice(0, 2000)}`);
    return found[1]!.trim();
  };
  if (child.status !== 0) throw new Error(`${command.join(' ')} failed (exit ${String(child.status)}):\n${child.stderr.slice(0, 2000)}`);
  const clock = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number);
  const wall = clock.reduce((total, part) => total * 60 + part, 0);
  const cpu = Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'));
  return { wall, cpu, peak: Number(field('Maximum resident set size \\(kbytes\\)')) * 1024, stdout: child.stdout };
}

/** A Python 3 that has pandas: `python3` on the PATH, else Debian's. */
function pythonWithPandas(): string | undefined {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', 'import pandas'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  return undefined;
}

/** The comparison counts of a report, keyed as the peers key theirs (minority and white groups). */
function reportCounts(json: string): Record<string, number> {
  const report = JSON.parse(json) as { metrics: { comparisons: { key: string; group: string; focal: { count: number; total: number }; reference: { count: number; total: number } }[] }[] };
  const counts: Record<string, number> = {};
  for (const metric of report.metrics) {
    for (const comparison of metric.comparisons) {
      if (comparison.group !== 'minority') continue;
      counts[`${comparison.key} minority count`] = comparison.focal.count;
      counts[`${comparison.key} minority total`] = comparison.focal.total;
      counts[`${comparison.key} white count`] = comparison.reference.count;
      counts[`${comparison.key} white total`] = comparison.reference.total;
    }
  }
  return counts;
}

function differences(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...keys].filter((key) => expected[key] !== actual[key]).map((key) => `${key}: report ${String(expected[key])}, peer ${String(actual[key])}`);
}


/** A value mapping that lists each raw value under itself. */
const identity = (values: readonly string[]): Record<string, string[]> => Object.fromEntries(values.map((value) => [value, [value]]));

/**
 * An import profile for the bench's files, as a council would write one: every column mapped by
 * header, and the categories and yes/no answers read through value mappings (each raw value
 * listed under the target it is, so the counts are the plain path's).
 */
function benchProfile(files: BenchFiles): unknown {
  const yesNo = { true: ['true'], false: ['false'] };
  const services = identity(['adults', 'children']);
  return {
    period: `${BENCH_PERIOD.start}..${BENCH_PERIOD.end}`,
    options: { payBands: BENCH_BANDS },
    sources: {
      staff: {
        file: files.staff,
        columns: { id: 'id', ethnicity: 'ethnicity', payBand: 'payBand', salary: 'salary', seniorManager: 'seniorManager', service: 'service', employment: 'employment', regulatedProfessional: 'regulatedProfessional', startDate: 'startDate', endDate: 'endDate', leavingReason: 'leavingReason' },
        values: { payBand: identity(BENCH_BANDS), service: services, employment: identity(['direct', 'agency', 'bank', 'other']), seniorManager: yesNo, regulatedProfessional: yesNo },
      },
      applications: { file: files.applications, values: { shortlisted: yesNo, appointed: yesNo, service: services } },
      disciplinaryCases: { file: files.disciplinaryCases },
      fitnessToPractiseReferrals: { file: files.fitnessToPractiseReferrals },
      cpd: { file: files.cpd, values: { funded: yesNo, mandatory: yesNo } },
      survey: { file: files.survey, values: { harassmentFromPublic: yesNo, harassmentFromColleagues: yesNo, harassmentFromManagers: yesNo, service: services } },
    },
  };
}

/**
 * Times `wres report` and its peers on the same files and prints their figures side by side.
 *
 * @param input The CSV files (bench/csv-files.ts) and the number of interleaved rounds.
 */
export async function runPeers(input: { files: BenchFiles; runs: number; label?: string }): Promise<void> {
  const { files, runs } = input;
  const directory = join(root, '.bench-tmp');
  mkdirSync(directory, { recursive: true });
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr}`);

  const ethnicity: Record<string, string> = {};
  for (const value of new Set(BENCH_ETHNICITIES)) ethnicity[value] = classifyEthnicity(value).comparisonGroup;
  const configPath = join(directory, 'peers.json');
  writeFileSync(configPath, JSON.stringify({ files, period: BENCH_PERIOD, bands: BENCH_BANDS, ethnicity, threads: 2 }));
  const reportPath = join(directory, 'report.json');
  const csvBytes = Object.values(files).reduce((sum, path) => sum + statSync(path).size, 0);

  const profilePath = join(directory, 'profile.json');
  writeFileSync(profilePath, JSON.stringify(benchProfile(files)));
  const profileReportPath = join(directory, 'profile-report.json');

  const peers: Peer[] = [
    {
      label: '`wres report --format json`',
      command: [process.execPath, join(root, 'dist/cli.js'), 'report', '--staff', files.staff, '--applications', files.applications,
        '--disciplinary', files.disciplinaryCases, '--fitness-to-practise', files.fitnessToPractiseReferrals, '--cpd', files.cpd,
        '--survey', files.survey, '--period', `${BENCH_PERIOD.start}..${BENCH_PERIOD.end}`, '--pay-bands', BENCH_BANDS.join(','),
        '--format', 'json', '--out', reportPath],
      counts: () => reportCounts(readFileSync(reportPath, 'utf8')),
    },
    {
      label: '`wres report --profile` (value mappings)',
      command: [process.execPath, join(root, 'dist/cli.js'), 'report', '--profile', profilePath, '--format', 'json', '--out', profileReportPath],
      counts: () => reportCounts(readFileSync(profileReportPath, 'utf8')),
    },
    {
      label: 'DuckDB SQL (@duckdb/node-api, 2 threads)',
      command: [process.execPath, join(root, 'bench/peers/duckdb-counts.mjs'), configPath],
      counts: (stdout) => JSON.parse(stdout) as Record<string, number>,
    },
  ];
  const python = pythonWithPandas();
  if (python !== undefined) {
    peers.push({
      label: 'pandas, vectorised (read_csv + groupby)',
      command: [python, join(root, 'bench/peers/pandas_counts.py'), configPath],
      counts: (stdout) => JSON.parse(stdout) as Record<string, number>,
    });
  }

  const measures = peers.map(() => [] as Measure[]);
  const checks: string[] = [];
  let expected: Record<string, number> | undefined;
  for (let round = 0; round < runs; round += 1) {
    peers.forEach((peer, index) => {
      const run = measure(peer.command);
      measures[index]!.push(run);
      if (round > 0) return;
      const counts = peer.counts(run.stdout);
      if (index === 0) {
        expected = counts;
        return;
      }
      const wrong = differences(expected!, counts);
      checks.push(wrong.length === 0
        ? `${peer.label}: all ${Object.keys(counts).length} counts equal the report's`
        : `${peer.label}: ${wrong.length} counts DIFFER from the report's: ${wrong.slice(0, 5).join('; ')}`);
    });
  }

  const duckdb = peers.findIndex((peer) => peer.label.startsWith('DuckDB'));
  const duckdbWall = median(measures[duckdb]!.map((m) => m.wall));
  console.log(`\nThe file path and its peers ${input.label ?? ''}(${(csvBytes / 1024 / 1024).toFixed(0)} MB of CSV; ${runs} interleaved rounds, medians)`);
  console.log(`| path | wall time | CPU time | peak memory | x DuckDB |`);
  console.log(`|---|---|---|---|---|`);
  peers.forEach((peer, index) => {
    const wall = median(measures[index]!.map((m) => m.wall));
    const cpu = median(measures[index]!.map((m) => m.cpu));
    const peak = median(measures[index]!.map((m) => m.peak));
    console.log(`| ${peer.label} | ${wall.toFixed(2)} s | ${cpu.toFixed(2)} s | ${(peak / 1024 / 1024).toFixed(0)} MB | ${(wall / duckdbWall).toFixed(2)} |`);
  });
  if (python === undefined) console.log('pandas: skipped (no python3 with pandas found; Debian: apt-get install python3-pandas)');
  for (const line of checks) console.log(line);
  if (!existsSync('/usr/bin/time')) console.log('note: /usr/bin/time is needed for these figures');
}
