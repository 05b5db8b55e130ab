/**
 * The data-quality summary of `wres check`: everything a profile reads, without computing a
 * metric. Per source: rows read, left out, merged, skipped (with reasons) and used; each field's
 * column, completeness and the values or date range seen; ethnicity completeness and spellings not
 * recognised; ids that match no staff row; and every problem the report would stop on.
 *
 * @module
 */
import { createEthnicityClassifier } from '../ethnicity/classify.js';
import { formatIssue, type InputIssue } from '../errors.js';
import type { SourceName } from '../model/counts.js';
import type { RawTable } from '../model/raw-table.js';
import { PROFILE_SOURCES } from './fields.js';
import { groupIssue } from './problems.js';
import type { FieldObservation } from './read-source.js';
import { rowCounts, runProfile, type SourceRowCounts, type SourceRun } from './run.js';
import type { Profile } from './schema.js';

/** What one field held over the rows kept. */
export interface FieldCheck {
  /** The header it was read from, or `derived from "Cost"`. */
  column: string;
  /** Rows kept with a value. */
  filled: number;
  /** Rows kept with the field blank (or not answered). */
  blank: number;
  /** Share of rows kept with a value (null with no rows). */
  completeness: number | null;
  /** Categories and yes/no fields: each value (after mapping) with its count, most frequent first (at most 200). */
  values?: { value: string; count: number }[];
  /** Dates: the earliest and latest. */
  earliest?: string;
  latest?: string;
  /** Dates, with a period: records dated before, within and after it. */
  period?: { before: number; within: number; after: number };
}

/** The data-quality summary of one source. */
export interface SourceCheck extends SourceRowCounts {
  /** Rows that become records. */
  rowsUsed: number;
  /** Each field read or derived. */
  fields: Record<string, FieldCheck>;
  /** Headers nothing reads. */
  ignoredColumns: string[];
  /** Sources with ethnicity: share of records with a known ethnicity, and spellings not recognised (with counts). */
  ethnicity?: { completeness: number | null; unrecognised: { value: string; count: number }[] };
  /** Cases and CPD: rows whose staff id matches no staff row, with the first ids. */
  unlinked?: { rows: number; ids: string[] };
}

/** The result of {@link checkProfile}: JSON-serialisable. */
export interface ProfileCheck {
  /** True when a report could be made from these files as they are (no problem found). */
  ok: boolean;
  /** The period checked against, when the profile has one. */
  period?: { start: string; end: string };
  /** Each source read. */
  sources: Partial<Record<SourceName, SourceCheck>>;
  /** Every problem, as located issues (grouped per file, field and kind). */
  problems: InputIssue[];
}

/**
 * Reads everything a profile names and summarises its quality, without computing the metrics
 * (`wres check`). Never throws for problems in the data: they are listed in `problems`.
 *
 * @param profile A profile, as {@link parseProfile} returns it.
 * @param tables The table of each source.
 * @param origin What messages call the profile. Default `'profile'`.
 * @returns The summary (JSON-serialisable); {@link renderProfileCheck} writes it as text.
 * @example
 * const staff = rawTable('staff.csv', ['Employee Number', 'Ethnic Origin', 'Contract Type'],
 *   [['1042', 'White British', 'Permanent'], ['1043', 'Whtie British', 'Agency']]);
 * const check = checkProfile(parseProfile({ sources: { staff: {
 *   columns: { id: 'Employee Number', ethnicity: 'Ethnic Origin', employment: 'Contract Type' },
 *   values: { employment: { direct: ['Permanent'], agency: ['Agency'] } } } } }), { staff });
 * check.sources.staff?.fields.employment?.values; // [{ value: 'agency', count: 1 }, { value: 'direct', count: 1 }]
 * check.sources.staff?.ethnicity;                 // { completeness: 0.5, unrecognised: [{ value: 'Whtie British', count: 1 }] }
 */
export function checkProfile(profile: Profile, tables: Partial<Record<SourceName, RawTable>>, origin = 'profile'): ProfileCheck {
  const run = runProfile(profile, tables, origin, true);
  const period = profile.period === undefined ? undefined : (() => {
    const [start, end] = profile.period.split('..').map((d) => d.trim()) as [string, string];
    return { start, end };
  })();
  const sources: Partial<Record<SourceName, SourceCheck>> = {};
  for (const source of PROFILE_SOURCES) {
    const sourceRun = run.sources[source];
    if (sourceRun !== undefined) sources[source] = sourceCheck(sourceRun, profile, period);
  }
  const check: ProfileCheck = { ok: run.problems.length === 0, sources, problems: run.problems.map(groupIssue) };
  if (period !== undefined) check.period = period;
  return check;
}

function sourceCheck(run: SourceRun, profile: Profile, period: { start: string; end: string } | undefined): SourceCheck {
  const fields: Record<string, FieldCheck> = {};
  const headerOf = new Map<string, string>([
    ...run.plan.read.map(({ spec, header }) => [spec.name, header] as const),
    ...run.plan.derived.map(({ spec, header }) => [spec.name, `derived from ${JSON.stringify(header)}`] as const),
  ]);
  for (const [name, observation] of run.observed) fields[name] = fieldCheck(name, headerOf.get(name)!, observation, run, period);
  const check: SourceCheck = { ...rowCounts(run), rowsUsed: run.records.length, fields, ignoredColumns: run.plan.ignored };
  if (headerOf.has('ethnicity')) {
    const classifier = createEthnicityClassifier({
      ...(profile.options?.ethnicity?.mapping === undefined ? {} : { mapping: profile.options.ethnicity.mapping }),
    });
    let known = 0;
    for (const record of run.records) {
      if (classifier.classify(record.ethnicity as string | null).comparisonGroup !== 'unknown') known++;
    }
    check.ethnicity = { completeness: run.records.length === 0 ? null : known / run.records.length, unrecognised: classifier.unmatched() };
  }
  const unlinked = run.problems.filter((p) => p.code === 'reference');
  if (unlinked.length > 0) {
    check.unlinked = {
      rows: unlinked.reduce((sum, p) => sum + p.count, 0),
      ids: [...new Set(unlinked.flatMap((p) => p.examples.map((e) => String(e.value))))],
    };
  }
  return check;
}

function fieldCheck(name: string, column: string, observation: FieldObservation, run: SourceRun, period: { start: string; end: string } | undefined): FieldCheck {
  const total = observation.present + observation.blank;
  const check: FieldCheck = { column, filled: observation.present, blank: observation.blank, completeness: total === 0 ? null : observation.present / total };
  if (observation.values !== undefined) {
    check.values = [...observation.values.entries()]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  }
  if (observation.earliest !== undefined) check.earliest = observation.earliest;
  if (observation.latest !== undefined) check.latest = observation.latest;
  if (period !== undefined && observation.earliest !== undefined) {
    const counts = { before: 0, within: 0, after: 0 };
    for (const record of run.records) {
      const date = record[name] as string | undefined;
      if (date === undefined) continue;
      if (date < period.start) counts.before++;
      else if (date > period.end) counts.after++;
      else counts.within++;
    }
    check.period = counts;
  }
  return check;
}

const number = (n: number): string => n.toLocaleString('en-GB');
const percent = (share: number | null): string => (share === null ? 'no rows' : `${(Math.floor(share * 1000) / 10).toFixed(1)}%`);

/**
 * Writes a {@link ProfileCheck} as Markdown (readable as plain text): a section per source with
 * its row counts, a table of its fields, and the problems a report would stop on.
 *
 * @param check What {@link checkProfile} returned.
 * @returns Markdown text.
 * @example
 * const staff = rawTable('staff.csv', ['id', 'ethnicity'], [['1', 'Indian']]);
 * renderProfileCheck(checkProfile(parseProfile({ sources: { staff: {} } }), { staff })).split('\n')[0];
 * // '# Data-quality check'
 */
export function renderProfileCheck(check: ProfileCheck): string {
  const lines: string[] = ['# Data-quality check', ''];
  lines.push(check.ok
    ? 'No problems: a report can be made from these files as they are.'
    : `${number(check.problems.length)} ${check.problems.length === 1 ? 'problem' : 'problems'} to fix before a report can be made (listed at the end).`);
  if (check.period !== undefined) lines.push('', `Period: ${check.period.start} to ${check.period.end}.`);
  for (const source of PROFILE_SOURCES) {
    const s = check.sources[source];
    if (s === undefined) continue;
    lines.push('', `## ${source} (${s.origin})`, '');
    lines.push(`Rows read: ${number(s.rowsRead)}; left out by keep: ${number(s.rowsLeftOut)}; merged (duplicates): ${number(s.rowsMerged)}; with problems: ${number(s.rowsSkipped)}; used: ${number(s.rowsUsed)}.`);
    for (const reason of s.skippedReasons) lines.push(`- ${number(reason.count)} ${reason.count === 1 ? 'row' : 'rows'}: ${reason.reason}`);
    if (s.ethnicity !== undefined) {
      const unrecognised = s.ethnicity.unrecognised.slice(0, 20).map((u) => `"${u.value}" (${number(u.count)})`).join(', ');
      lines.push('', `Ethnicity known: ${percent(s.ethnicity.completeness)}${unrecognised === '' ? '' : `; not recognised (counted as unknown): ${unrecognised}`}.`);
    }
    if (s.unlinked !== undefined) lines.push('', `Staff ids matching no staff row: ${number(s.unlinked.rows)} rows, e.g. ${s.unlinked.ids.map((id) => `"${id}"`).join(', ')}.`);
    lines.push('', '| field | column | filled | values seen |', '|---|---|---|---|');
    for (const [name, field] of Object.entries(s.fields)) {
      lines.push(`| ${name} | ${cell(field.column)} | ${percent(field.completeness)} | ${cell(seen(field))} |`);
    }
    if (s.ignoredColumns.length > 0) lines.push('', `Columns not used: ${s.ignoredColumns.map((h) => `"${h}"`).join(', ')}.`);
  }
  if (check.problems.length > 0) {
    lines.push('', '## Problems', '');
    for (const issue of check.problems) lines.push(`- ${formatIssue(issue)}`);
  }
  return `${lines.join('\n')}\n`;
}

function seen(field: FieldCheck): string {
  if (field.values !== undefined) {
    const shown = field.values.slice(0, 12).map((v) => `${v.value}: ${number(v.count)}`).join('; ');
    return field.values.length > 12 ? `${shown}; and ${field.values.length - 12} more` : shown;
  }
  if (field.earliest !== undefined) {
    const range = `${field.earliest} to ${field.latest}`;
    return field.period === undefined ? range : `${range} (before the period: ${number(field.period.before)}, in it: ${number(field.period.within)}, after it: ${number(field.period.after)})`;
  }
  return '';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}
