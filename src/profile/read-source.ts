/**
 * One source's table through its part of the profile: rows kept by `keep`, each field converted
 * by its compiled converter, rows whose fields disagree found, and every problem grouped. The
 * loop does a map lookup or a character walk per cell and allocates only the record.
 *
 * @module
 */
import type { SourceName } from '../model/counts.js';
import type { RawTable } from '../model/raw-table.js';
import { cellText, trimmed } from './cells.js';
import { planColumns, type ColumnPlan } from './columns.js';
import { CellProblem, compileDerive, compileField, compileKeep, compileMapping, type CellConverter } from './compile.js';
import { dateFormHint } from './dates.js';
import type { FieldSpec } from './fields.js';
import { ProblemCollector, type ProblemGroup } from './problems.js';
import { proposeMapping } from './propose.js';
import type { DateForm, SourceProfile } from './schema.js';

/** What reading one source gave. */
export interface SourceRead {
  source: SourceName;
  origin: string;
  plan: ColumnPlan;
  /** The records, in row order (rows left out, or with a problem, are not here). */
  records: Record<string, unknown>[];
  /** The row number (as a person sees it) of each record. */
  recordRows: number[];
  rowsRead: number;
  /** Rows left out by `keep`. */
  rowsLeftOut: number;
  /** Rows with at least one problem (not among the records). */
  rowsWithProblems: number;
  /** Rows each `keep` rule alone would keep. */
  keepMatches: number[];
  /** Staff only: ids of rows left out by `keep` (to explain cases that point to them). */
  leftOutIds?: Set<string>;
  /** Per field (read or derived), what it held (values counted only when observing). */
  observed: Map<string, FieldObservation>;
  /** The problems found, grouped, with their hints. */
  problems: ProblemGroup[];
}

/** What one field held over the rows kept. */
export interface FieldObservation {
  /** Rows (kept) with a value. */
  present: number;
  /** Rows (kept) with the field blank. */
  blank: number;
  /** Converted values with counts (categories and yes/no fields; at most 200 distinct). */
  values?: Map<string, number>;
  /** Earliest and latest date. */
  earliest?: string;
  latest?: string;
}

const MAX_OBSERVED_VALUES = 200;


interface Column {
  spec: FieldSpec;
  column: number;
  convert: CellConverter;
  hasMapping: boolean;
  observation: FieldObservation;
  countValues: boolean;
}

/**
 * Reads one source's table as its profile says. Problems go to the returned collector; nothing
 * throws.
 *
 * @param source The source.
 * @param config Its part of the profile.
 * @param table Its table.
 * @param dates The date form (the source's own `dates`, else the profile's, else YYYY-MM-DD).
 * @param observe Count each category field's values (for the data-quality summary).
 */
export function readSource(source: SourceName, config: SourceProfile, table: RawTable, dates: DateForm, observe = false): SourceRead {
  const problems = new ProblemCollector();
  const plan = planColumns(source, config, table, problems);
  const read: SourceRead = {
    source,
    origin: table.origin,
    plan,
    records: [],
    recordRows: [],
    rowsRead: table.rowCount,
    rowsLeftOut: 0,
    rowsWithProblems: 0,
    keepMatches: plan.keep.map(() => 0),
    observed: new Map(),
    problems: [],
  };
  if (problems.size > 0) {
    read.problems = problems.finish();
    return read;
  }

  const columns: Column[] = [
    ...plan.read.map(({ spec, column }) => {
      const mapping = compileMapping(spec, config.values?.[spec.name]);
      return { spec, column, convert: compileField(spec, mapping, dates), hasMapping: config.values?.[spec.name] !== undefined };
    }),
    ...plan.derived.map(({ spec, column }) => ({ spec, column, convert: compileDerive(config.derive![spec.name]!), hasMapping: false })),
  ].map((c) => {
    const observation: FieldObservation = { present: 0, blank: 0 };
    const countValues = observe && (c.spec.kind === 'label' || c.spec.kind === 'boolean' || c.spec.kind === 'answer');
    if (countValues) observation.values = new Map();
    read.observed.set(c.spec.name, observation);
    return { ...c, observation, countValues };
  });
  const keepTests = (config.keep ?? []).map(compileKeep);
  const keepColumns = plan.keep;
  const idColumn = source === 'staff' ? plan.read.find((r) => r.spec.name === 'id')?.column : undefined;
  if (idColumn !== undefined && keepTests.length > 0) read.leftOutIds = new Set();
  const dateEvidence = new Map<string, Map<string, string>>();

  const fieldCount = columns.length;
  const rows = table.rowCount;
  for (let row = 0; row < rows; row++) {
    let kept = true;
    for (let k = 0; k < keepTests.length; k++) {
      if (keepTests[k]!(table.cell(row, keepColumns[k]!))) read.keepMatches[k]!++;
      else kept = false;
    }
    if (!kept) {
      read.rowsLeftOut++;
      if (read.leftOutIds !== undefined) read.leftOutIds.add(trimmed(cellText(table.cell(row, idColumn!))));
      continue;
    }
    const record: Record<string, unknown> = {};
    let bad = false;
    for (let f = 0; f < fieldCount; f++) {
      const c = columns[f]!;
      const value = c.convert(table.cell(row, c.column));
      if (value === undefined || value === null) {
        c.observation.blank++;
        if (value === null) record[c.spec.name] = null;
        continue;
      }
      if (value instanceof CellProblem) {
        bad = true;
        report(c, value, table.rowNumber(row));
        continue;
      }
      c.observation.present++;
      if (c.countValues) countValue(c.observation, String(value));
      else if (c.spec.kind === 'date') observeDate(c.observation, value as string);
      record[c.spec.name] = value;
    }
    if (!bad && !crossFieldsAgree(record, table.rowNumber(row))) bad = true;
    if (bad) {
      read.rowsWithProblems++;
      continue;
    }
    read.records.push(record);
    read.recordRows.push(table.rowNumber(row));
  }

  function report(c: Column, problem: CellProblem, rowNumber: number): void {
    const field = c.spec.name;
    if (problem.kind === 'unmapped') {
      problems.addValue(`${field}|unmapped`, () => ({
        code: 'unmapped',
        source,
        origin: table.origin,
        field,
        message: c.hasMapping
          ? `has values that sources.${source}.values.${field} does not list`
          : c.spec.vocabulary !== undefined
            ? `has values the report does not know (it knows ${c.spec.vocabulary.join(', ')}; only "direct" staff are counted)`
            : 'has values that are not yes/no (true/false, yes/no, y/n, 1/0)',
        rowLevel: false,
      }), rowNumber, problem.text);
      return;
    }
    if (problem.kind === 'date' && problem.date?.looksLike !== undefined) {
      let evidence = dateEvidence.get(field);
      if (evidence === undefined) dateEvidence.set(field, (evidence = new Map()));
      if (!evidence.has(problem.date.looksLike)) evidence.set(problem.date.looksLike, problem.text);
    }
    problems.add(`${field}|${problem.kind}|${problem.message}`, () => ({
      code: problem.kind === 'date' && problem.date?.kind !== 'form' ? 'invalid' : problem.kind,
      source,
      origin: table.origin,
      field,
      message: problem.message,
      rowLevel: true,
    }), rowNumber, problem.kind === 'required' ? undefined : problem.text);
  }

  function crossFieldsAgree(record: Record<string, unknown>, rowNumber: number): boolean {
    if (source === 'staff' && record.startDate !== undefined && record.endDate !== undefined && (record.endDate as string) < (record.startDate as string)) {
      problems.add('endDate|before-start', () => ({
        code: 'record', source, origin: table.origin, field: 'endDate', message: 'is before startDate', rowLevel: true,
      }), rowNumber, record.endDate);
      return false;
    }
    if (source === 'applications' && record.appointed === true && record.shortlisted === false) {
      problems.add('appointed|not-shortlisted', () => ({
        code: 'record', source, origin: table.origin, field: 'appointed',
        message: 'is yes on a row whose "shortlisted" is no (an application can only be appointed from the shortlist)', rowLevel: true,
      }), rowNumber);
      return false;
    }
    return true;
  }

  read.problems = problems.finish().map((group) => withHint(group, source, config, dates, dateEvidence, columns));
  return read;
}

function countValue(observation: FieldObservation, value: string): void {
  const values = observation.values!;
  const count = values.get(value);
  if (count !== undefined) values.set(value, count + 1);
  else if (values.size < MAX_OBSERVED_VALUES) values.set(value, 1);
}

function observeDate(observation: FieldObservation, value: string): void {
  if (observation.earliest === undefined || value < observation.earliest) observation.earliest = value;
  if (observation.latest === undefined || value > observation.latest) observation.latest = value;
}

/** A group with the hint that needed every row seen: the form dates look like, the mapping that would fix values. */
function withHint(
  group: ProblemGroup,
  source: SourceName,
  config: SourceProfile,
  dates: DateForm,
  dateEvidence: Map<string, Map<string, string>>,
  columns: Column[],
): ProblemGroup {
  if (group.code === 'date' && group.field !== undefined) {
    const setting = config.dates !== undefined ? `"dates" in sources.${source}` : '"dates"';
    const hint = dateFormHint(dateEvidence.get(group.field) ?? new Map(), dates, setting);
    return hint === undefined ? group : { ...group, hint };
  }
  if (group.code === 'unmapped' && group.field !== undefined) {
    const column = columns.find((c) => c.spec.name === group.field);
    return column === undefined ? group : { ...group, hint: unmappedHint(source, column, group) };
  }
  return group;
}

function unmappedHint(source: SourceName, column: Column, group: ProblemGroup): string {
  const raws = (group.values ?? []).map((v) => v.value);
  const { mapping, undecided } = proposeMapping(column.spec.name, column.spec.kind, raws);
  const where = `sources.${source}.values.${column.spec.name}`;
  const proposal = Object.keys(mapping).length > 0 ? `, for example ${JSON.stringify(mapping)}` : '';
  const rest = undecided.length > 0 && proposal !== '' ? ` (and decide ${undecided.map((v) => JSON.stringify(v)).join(', ')})` : '';
  const catchAll = column.hasMapping ? ', or give a catch-all "*": target' : '';
  return `list each in ${where}${proposal}${rest}${catchAll}`;
}
