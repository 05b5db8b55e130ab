/**
 * An HR system's yearly SC-WRES job, as its developers might write it with `sc-wres`.
 *
 * The HR system exports one CSV per source (staff, applications, cases, CPD, survey); here the
 * synthetic example council in `examples/council/` stands in for that export. The job
 *
 * 1. reads and validates the export with `readCsvDataset` (`sc-wres/csv`), stopping with every
 *    problem listed (file, row, column, reason) if any row is bad;
 * 2. computes the nine metrics with the council's pay bands and wording (`computeReport`);
 * 3. keeps that full report for the HR team and makes a publishable copy with
 *    `applyDisclosureControl(report, 'sc-wres-publication')` (small numbers withheld);
 * 4. writes both as JSON (`renderJson`, which writes unbounded limits as 1e999, read back as Infinity) and the
 *    publishable one as Markdown (`renderMarkdown`) for the action plan;
 * 5. prints a short summary.
 *
 * Run (after `npm run build`; the package imports itself by name through its "exports"):
 *
 *   npx tsx examples/node/hr-integration.mts --data examples/council --out /tmp/wres-report
 *
 * Exit codes: 0 written, 2 bad input (the problems are printed), 1 anything else.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  applyDisclosureControl,
  computeReport,
  isSuppressed,
  renderJson,
  renderMarkdown,
  type WresInputError,
  type Comparison,
  type Figure,
  type PublishedReport,
  type ReportOptions,
  type WresReport,
} from 'sc-wres';
import { readCsvDataset } from 'sc-wres/csv';

/** The council's settings: in a real system these come from its configuration screen. */
const SETTINGS = {
  period: { start: '2024-04-01', end: '2025-03-31' },
  payBands: ['Scale 1-2', 'Scale 3-4', 'Scale 5-6', 'SO1-SO2', 'PO1-PO4', 'PO5-PO8', 'Senior management'],
  ethnicity: { terminology: 'minority ethnic' },
} satisfies ReportOptions;

/** The export's file for each source (the HR system's file names). */
const EXPORT_FILES = {
  staff: 'staff.csv',
  applications: 'applications.csv',
  disciplinaryCases: 'disciplinary.csv',
  fitnessToPractiseReferrals: 'fitness-to-practise.csv',
  cpd: 'cpd.csv',
  survey: 'survey.csv',
} as const;

interface Organisation {
  name?: string;
  code?: string;
  populationMinorityShare?: number;
}

/** A published figure in words: a number, or why it is withheld. */
function figure(value: Figure | null, digits = 2): string {
  if (value === null) return 'none';
  if (isSuppressed(value)) return 'withheld';
  return Number.isFinite(value) ? value.toFixed(digits) : String(value);
}

/** One line for a comparison of the published report: counts and relative likelihood with its interval. */
function comparisonLine(c: Comparison<Figure>): string {
  const rl = c.relativeLikelihood;
  const likelihood =
    rl === null
      ? 'no relative likelihood'
      : isSuppressed(rl)
        ? 'relative likelihood withheld'
        : `RL ${figure(rl.ratio)} (${figure(rl.lower)} to ${figure(rl.upper)})`;
  return `${c.key}: ${figure(c.focal.count, 0)} of ${figure(c.focal.total, 0)} vs ${figure(c.reference.count, 0)} of ${figure(c.reference.total, 0)}, ${likelihood}`;
}

function summary(report: WresReport, published: PublishedReport): string[] {
  const lines = [
    `${published.organisation?.name ?? 'Organisation'}: SC-WRES ${published.period.start} to ${published.period.end}`,
    `staff records used: ${report.sources.staff.rowsUsed} of ${report.sources.staff.rowsRead}`,
  ];
  for (const metric of published.metrics) {
    const head = `metric ${metric.number} (${metric.id}) ${metric.status}`;
    if (metric.status !== 'ok') {
      lines.push(`${head}: ${metric.reason ?? ''}`);
    } else if (metric.number === 1) {
      const withheld = metric.comparisons.filter((c) => c.relativeLikelihood !== null && isSuppressed(c.relativeLikelihood)).length;
      lines.push(`${head}: ${metric.comparisons.length} pay bands, ${withheld} relative likelihoods withheld`);
    } else {
      for (const c of metric.comparisons) lines.push(`${head}: ${comparisonLine(c)}`);
    }
  }
  const withheld = published.disclosure?.withheld ?? 0;
  lines.push(`disclosure (${published.disclosure?.policy ?? 'none'}): ` + (withheld === 0 ? 'nothing withheld' : `${withheld} values withheld`));
  return lines;
}

/**
 * Bad input (a `WresInputError`), told by its name rather than by `instanceof`: an application that
 * loads the package twice (its ESM and CommonJS builds, or two versions) has two classes of that name.
 */
function isInputError(error: unknown): error is WresInputError {
  return error instanceof Error && error.name === 'WresInputError' && Array.isArray((error as WresInputError).issues);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { data: { type: 'string', default: 'examples/council' }, out: { type: 'string', default: 'wres-output' } },
    strict: true,
  });
  const dataDir = resolve(values.data);
  const outDir = resolve(values.out);

  const organisation = JSON.parse(await readFile(join(dataDir, 'organisation.json'), 'utf8')) as Organisation;
  const files = Object.fromEntries(Object.entries(EXPORT_FILES).map(([source, file]) => [source, join(dataDir, file)]));
  const input = await readCsvDataset(files, { organisation });

  const report = computeReport(input, SETTINGS);
  const published = applyDisclosureControl(report, 'sc-wres-publication');

  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'internal-report.json'), renderJson(report)); // HR team only: small numbers shown
  await writeFile(join(outDir, 'report.json'), renderJson(published));
  await writeFile(join(outDir, 'report.md'), renderMarkdown(published));

  console.log(summary(report, published).join('\n'));
  console.log(`wrote internal-report.json, report.json and report.md to ${outDir}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (isInputError(error)) {
      // The message lists every problem (file, row, column, reason); `error.issues` has them as data.
      console.error(error.message);
      console.error(`${error.issues.length} ${error.issues.length === 1 ? 'problem' : 'problems'}: nothing was written.`);
      process.exitCode = 2;
    } else {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    }
  },
);
