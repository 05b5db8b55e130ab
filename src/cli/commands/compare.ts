/**
 * `wres compare --previous last.json --current this.json [--format md|html|json|csv] [--out FILE]`:
 * two years' JSON reports compared, each headline relative likelihood with the significance of
 * its change (`compareReports`).
 *
 * @module
 */
import { parseArgs } from 'node:util';
import { renderComparison } from '../../render/trend.js';
import { readPreviousReport } from '../actions.js';
import { writeOut } from '../files.js';
import { parsePrecision } from '../precision.js';
import { safeForTerminal } from '../messages.js';

/** Help text of `wres compare`. */
export const COMPARE_HELP = `Usage: wres compare --previous last.json --current this.json [--format md|html|json|csv] [--out FILE]

Compares two years' reports (each written by "wres report --format json"): every headline
relative likelihood in both years, and whether the change is beyond chance (the ratio of the two
relative likelihoods with its confidence interval).

Options:
  --previous FILE       last year's JSON report
  --current FILE        this year's JSON report
  --format md|html|json|csv  output format (default md)
  --precision 2,1       decimals of ratios, then of percentages
  --out FILE            write to FILE instead of standard output
`;

const FORMATS = ['md', 'html', 'json', 'csv'] as const;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function printProblems(io: Io, problems: string[]): number {
  io.stderr(`wres: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((p) => `  ${safeForTerminal(p)}`).join('\n')}\nRun "wres compare --help" for the options.\n`);
  return 2;
}

/** Runs `wres compare`; returns the exit code (0, or 2 for bad input). */
export async function runCompare(argv: string[], io: Io): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: { previous: { type: 'string' }, current: { type: 'string' }, format: { type: 'string' }, precision: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }).values;
  } catch (error) {
    return printProblems(io, [(error as Error).message]);
  }
  if (values.help === true) {
    io.stdout(COMPARE_HELP);
    return 0;
  }
  const problems: string[] = [];
  const format = (values.format ?? 'md') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) problems.push(`--format must be one of ${FORMATS.join(', ')} (got "${values.format}").`);
  if (values.previous === undefined) problems.push('--previous is required: last year\'s JSON report.');
  if (values.current === undefined) problems.push('--current is required: this year\'s JSON report.');
  const precision = values.precision === undefined ? undefined : parsePrecision(values.precision, problems);
  if (problems.length > 0) return printProblems(io, problems);
  const previous = await readPreviousReport(values.previous as string);
  const current = await readPreviousReport(values.current as string, '--current');
  for (const read of [previous, current]) if (typeof read === 'string') problems.push(read);
  if (typeof previous === 'string' || typeof current === 'string') return printProblems(io, problems);
  const text = renderComparison(previous, current, precision === undefined ? { format } : { format, precision });
  if (values.out === undefined) {
    io.stdout(text);
    return 0;
  }
  const problem = await writeOut(values.out, text);
  return problem === null ? 0 : printProblems(io, [problem]);
}
