/**
 * A starter profile from a council's exports (`wres init`): which source each file is, which
 * column holds each field, how dates are written, every category column's values with counts and
 * a proposed mapping, the rules an HR export usually needs (primary assignment, formal
 * disciplinary cases, a cost instead of a funded flag), and notes where the analyst must decide.
 * Everything proposed is a guess to confirm; nothing is applied without the profile saying so.
 *
 * @module
 */
import { createEthnicityClassifier } from '../ethnicity/classify.js';
import type { SourceName } from '../model/counts.js';
import type { RawTable } from '../model/raw-table.js';
import { cellText, trimmed } from './cells.js';
import { EMPLOYMENT_TYPES, PROFILE_FIELDS, PROFILE_SOURCES, isMappable, isYesNo, type FieldSpec } from './fields.js';
import { normaliseValue } from './normalise.js';
import { proposeMapping } from './propose.js';
import { addEvidence, dateFormOf, noEvidence, scanTable, type ColumnScan } from './scan.js';
import type { DateForm, DeriveRule, KeepRule, Profile, SourceProfile } from './schema.js';
import { FIELD_KEYWORDS, FIELD_SYNONYMS, SOURCE_HEADER_HINTS, SOURCE_NAME_HINTS } from './synonyms.js';

/** A file for {@link inferProfile}: its table, the source when known, and how it was read. */
export interface InferInput {
  table: RawTable;
  /** The source the file feeds; guessed from its name and headers when absent. */
  source?: SourceName;
  /** How the file was read, written into the profile as they are. */
  settings?: Pick<SourceProfile, 'file' | 'sheet' | 'encoding' | 'delimiter' | 'skipRows'>;
}

/** Something the analyst should check or decide, placed at a key of the profile. */
export interface InferenceNote {
  /** The key path the note is about (`['sources', 'staff', 'values', 'employment']`); empty for the whole profile. */
  path: string[];
  /** The note, as a sentence. */
  message: string;
  /** Whether the analyst must decide something before the profile can be used as it is. */
  decide: boolean;
}

/** A starter profile, with what was seen and what to decide. */
export interface InferredProfile {
  /** The proposed profile (without `period` unless given). */
  profile: Profile;
  /** Notes, in profile order: what was guessed and what the analyst must decide. */
  notes: InferenceNote[];
  /** The distinct values of each category column, by source and field, with counts (for the comments of {@link profileToYaml}). */
  values: Partial<Record<SourceName, Record<string, { value: string; count: number }[]>>>;
  /** The source each input was taken as, in input order. */
  sources: SourceName[];
}

const YES_NO_WORDS = new Set(['true', 'yes', 'y', '1', 'false', 'no', 'n', '0']);
const EMPLOYMENT_TARGETS = new Set<string>(EMPLOYMENT_TYPES);

/**
 * Proposes a profile for a council's exports.
 *
 * @param inputs The tables, keyed by source, or a list of files (each with its source, or guessed).
 * @param period The reporting period, when known (`"2024-04-01..2025-03-31"`).
 * @returns The starter profile, notes, the values seen, and the source each file was taken as.
 * @example
 * const staff = rawTable('staff.csv', ['Employee Number', 'Ethnic Origin', 'Contract Type', 'Date Started'], [
 *   ['1042', 'White British', 'Permanent', '16/06/2023'], ['1043', 'Indian', 'Agency', '01/02/2024']]);
 * const { profile } = inferProfile({ staff });
 * profile.dates;                         // 'DD/MM/YYYY'
 * profile.sources.staff?.columns;        // { id: 'Employee Number', ethnicity: 'Ethnic Origin', employment: 'Contract Type', startDate: 'Date Started' }
 * profile.sources.staff?.values;         // { employment: { direct: ['Permanent'], agency: ['Agency'] } }
 */
export function inferProfile(inputs: Partial<Record<SourceName, RawTable>> | InferInput[], period?: string): InferredProfile {
  const list: InferInput[] = Array.isArray(inputs)
    ? inputs
    : PROFILE_SOURCES.flatMap((source) => (inputs[source] === undefined ? [] : [{ table: inputs[source]!, source }]));
  const assigned = assignSources(list);
  const notes: InferenceNote[] = [];
  const values: InferredProfile['values'] = {};
  const sources: Record<string, SourceProfile> = {};
  const forms = new Map<SourceName, { form: DateForm; certain: boolean; example?: string }>();

  list.forEach((input, i) => {
    const source = assigned[i]!;
    if (sources[source] !== undefined) {
      notes.push({ path: ['sources', source], decide: true, message: `${input.table.origin} was also taken as ${source}: only the first file of a source is used; give each file its source` });
      return;
    }
    const inferred = inferSource(source, input, notes);
    sources[source] = inferred.config;
    values[source] = inferred.values;
    if (inferred.dates !== undefined) forms.set(source, inferred.dates);
  });

  // The form most sources use goes at the top; a source that differs says its own.
  const tally = new Map<DateForm, number>();
  for (const { form } of forms.values()) tally.set(form, (tally.get(form) ?? 0) + 1);
  const top = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const [source, found] of forms) {
    if (found.form !== (top ?? 'YYYY-MM-DD')) {
      // The source's own form goes with how its file is read, before its columns.
      const { columns, values: mapped, derive, keep, duplicates, ...head } = sources[source]!;
      sources[source] = JSON.parse(JSON.stringify({ ...head, dates: found.form, columns, values: mapped, derive, keep, duplicates })) as SourceProfile;
    }
    if (!found.certain) {
      notes.push({
        path: found.form === top ? ['dates'] : ['sources', source, 'dates'], decide: true,
        message: `${source}: every date seen (e.g. ${found.example ?? 'the first'}) reads both as DD/MM/YYYY and MM/DD/YYYY; DD/MM/YYYY is assumed, as UK systems write dates: confirm`,
      });
    }
  }

  const profile = { sources } as Profile;
  if (period !== undefined) profile.period = period;
  else notes.unshift({ path: [], decide: true, message: 'Set the reporting period: period: YYYY-MM-DD..YYYY-MM-DD (for example 2024-04-01..2025-03-31), or give --period.' });
  if (top !== undefined && top !== 'YYYY-MM-DD') profile.dates = top;
  if (sources.staff === undefined) notes.unshift({ path: ['sources'], decide: true, message: 'No staff export was found: a report needs one.' });
  const ordered = { ...(profile.period === undefined ? {} : { period: profile.period }), ...(profile.dates === undefined ? {} : { dates: profile.dates }), sources: orderSources(sources) };
  return { profile: ordered as Profile, notes, values, sources: assigned };
}

function orderSources(sources: Record<string, SourceProfile>): Profile['sources'] {
  return Object.fromEntries(PROFILE_SOURCES.filter((s) => sources[s] !== undefined).map((s) => [s, sources[s]])) as Profile['sources'];
}

/** The source of each input: given, or the best score of file name and headers, each source once where possible. */
function assignSources(inputs: InferInput[]): SourceName[] {
  const result: (SourceName | undefined)[] = inputs.map((input) => input.source);
  const taken = new Set(result.filter((s): s is SourceName => s !== undefined));
  const candidates = inputs.flatMap((input, i) => {
    if (input.source !== undefined) return [];
    const name = normaliseValue(input.table.origin.replace(/\.[a-z0-9]+(,.*)?$/i, ''));
    const headers = input.table.header.map(normaliseValue);
    return PROFILE_SOURCES.map((source) => {
      let score = SOURCE_NAME_HINTS[source].test(name) ? 3 : 0;
      score += headers.filter((h) => SOURCE_HEADER_HINTS[source].test(h)).length;
      for (const field of PROFILE_FIELDS[source]) {
        if (headers.some((h) => h === normaliseValue(field.name) || FIELD_SYNONYMS[source][field.name]?.includes(h))) score += field.required ? 1 : 0.5;
      }
      return { i, source, score };
    });
  });
  candidates.sort((a, b) => b.score - a.score);
  for (const { i, source } of candidates) {
    if (result[i] !== undefined || taken.has(source)) continue;
    result[i] = source;
    taken.add(source);
  }
  // More files than sources: the rest take their best source anyway (and are noted as repeats).
  for (const { i, source } of candidates) result[i] ??= source;
  return result as SourceName[];
}

/** The column for each field: a header equal to its name or a synonym, else one its keywords point to. */
function matchFields(source: SourceName, table: RawTable): Map<string, number> {
  const headers = table.header.map(normaliseValue);
  const used = new Set<number>();
  const found = new Map<string, number>();
  const take = (field: FieldSpec, test: (h: string) => boolean): boolean => {
    const index = headers.findIndex((h, i) => !used.has(i) && test(h));
    if (index < 0) return false;
    found.set(field.name, index);
    used.add(index);
    return true;
  };
  const fields = PROFILE_FIELDS[source];
  for (const field of fields) take(field, (h) => h === normaliseValue(field.name));
  for (const field of fields) {
    if (found.has(field.name)) continue;
    const synonyms = FIELD_SYNONYMS[source][field.name] ?? [];
    // Exact synonyms first, in the order listed (the likeliest first), then a header that starts with one ("Mandatory (Y/N)").
    if (synonyms.some((synonym) => take(field, (h) => h === synonym))) continue;
    if (synonyms.some((synonym) => synonym.length >= 6 && take(field, (h) => h.startsWith(synonym)))) continue;
  }
  const keywords = FIELD_KEYWORDS[source] ?? {};
  for (const field of fields) {
    const test = keywords[field.name];
    if (!found.has(field.name) && test !== undefined) take(field, test);
  }
  return found;
}

interface SourceInference {
  config: SourceProfile;
  values: Record<string, { value: string; count: number }[]>;
  dates?: { form: DateForm; certain: boolean; example?: string };
}

function inferSource(source: SourceName, input: InferInput, notes: InferenceNote[]): SourceInference {
  const { table } = input;
  const at = (...keys: string[]): string[] => ['sources', source, ...keys];
  const note = (path: string[], message: string, decide = false): void => {
    notes.push({ path, message, decide });
  };
  const matched = matchFields(source, table);
  let scans = scanTable(table);
  const config: SourceProfile = { ...(input.settings ?? {}) };

  // Rules an export usually needs, proposed from what the columns hold.
  const keep = proposeKeep(source, table, scans, matched, note, at);
  if (keep.length > 0) {
    config.keep = keep;
    scans = scanTable(table, keptRows(table, keep));
  }
  const derive = proposeDerive(source, table, scans, matched, note, at);

  const columns: Record<string, string> = {};
  for (const field of PROFILE_FIELDS[source]) {
    const index = matched.get(field.name);
    if (index !== undefined && derive[field.name] === undefined) columns[field.name] = table.header[index]!;
    else if (index === undefined && derive[field.name] === undefined && field.required) {
      note(at('columns', field.name), `No column was found for the required field ${field.name}: map it in columns (the file's headers are: ${table.header.map((h) => JSON.stringify(h)).join(', ')})`, true);
    }
  }
  config.columns = columns;

  const mapped: Record<string, Record<string, string[]>> = {};
  const seen: Record<string, { value: string; count: number }[]> = {};
  for (const field of PROFILE_FIELDS[source]) {
    const header = columns[field.name];
    if (header === undefined) continue;
    const scan = scans[matched.get(field.name)!]!;
    if (isMappable(field.kind) && field.kind !== 'text') {
      if (scan.values === undefined) {
        note(at('columns', field.name), `${JSON.stringify(header)} holds more than 50 different values: check that it is the ${field.name} column`, true);
        continue;
      }
      seen[field.name] = scan.values;
      const mapping = proposeValues(source, field, scan, note, at);
      if (mapping !== undefined) mapped[field.name] = mapping;
    }
    if (field.kind === 'ethnicity' && scan.values !== undefined) seen[field.name] = scan.values;
  }
  if (Object.keys(mapped).length > 0) config.values = mapped;
  if (Object.keys(derive).length > 0) config.derive = derive;

  noteEthnicity(source, table, matched, note, at);
  if (source === 'staff') noteDuplicates(table, matched, keep, config, note, at);

  const evidence = noEvidence();
  for (const field of PROFILE_FIELDS[source]) {
    const index = matched.get(field.name);
    if (field.kind === 'date' && index !== undefined && columns[field.name] !== undefined) addEvidence(evidence, scans[index]!.dates);
  }
  // Excel date cells are dates whatever the form: only dates written as text decide it.
  const form = evidence.iso + evidence.dayFirst + evidence.monthFirst + evidence.ambiguous + evidence.monthName > 0 ? dateFormOf(evidence) : undefined;
  const unused = table.header.filter((_, i) => ![...matched.values()].includes(i) && !derivedOrKept(table.header[i]!, derive, keep));
  if (unused.length > 0) note(at(), `Columns not used: ${unused.map((h) => JSON.stringify(h)).join(', ')}.`);
  // Keys in the order the reference lists them: how the file is read, then columns, values, rules.
  const ordered: SourceProfile = { ...(input.settings ?? {}) };
  for (const key of ['columns', 'values', 'derive', 'keep', 'duplicates'] as const) {
    if (config[key] !== undefined) (ordered as Record<string, unknown>)[key] = config[key];
  }
  const result: SourceInference = { config: ordered, values: seen };
  if (form !== undefined) {
    result.dates = form;
    const example = evidence.examples.ambiguous ?? evidence.examples.dayFirst ?? evidence.examples.monthFirst;
    if (example !== undefined) result.dates.example = example;
  }
  return result;
}

function derivedOrKept(header: string, derive: Record<string, DeriveRule>, keep: KeepRule[]): boolean {
  return Object.values(derive).some((r) => r.column === header) || keep.some((r) => r.column === header);
}

function keptRows(table: RawTable, keep: KeepRule[]): number[] {
  const columns = keep.map((rule) => table.header.indexOf(rule.column));
  const wanted = keep.map((rule) => new Set((rule.in ?? []).map((v) => normaliseValue(String(v)))));
  const rows: number[] = [];
  for (let row = 0; row < table.rowCount; row++) {
    if (columns.every((c, k) => wanted[k]!.has(normaliseValue(trimmed(cellText(table.cell(row, c))))))) rows.push(row);
  }
  return rows;
}

type Note = (path: string[], message: string, decide?: boolean) => void;

function list(values: { value: string; count: number }[]): string {
  return values.map((v) => `${JSON.stringify(v.value)} (${v.count.toLocaleString('en-GB')})`).join(', ');
}

/** Keep rules: staff on their primary assignment, casework on formal disciplinary cases. */
function proposeKeep(source: SourceName, table: RawTable, scans: ColumnScan[], matched: Map<string, number>, note: Note, at: (...k: string[]) => string[]): KeepRule[] {
  const rules: KeepRule[] = [];
  const used = new Set(matched.values());
  const column = (test: (h: string) => boolean, valueTest: (v: string) => boolean) =>
    scans.find((s, i) => !used.has(i) && test(normaliseValue(s.header)) && s.values !== undefined && s.values.length > 1 && s.values.some((v) => valueTest(normaliseValue(v.value))));
  if (source === 'staff') {
    const primary = column((h) => /assignment|primary|mainpost|mainjob|postcategory/.test(h) && !/number|no$|id$/.test(h), (v) => /^(primary|main|yes|y|true)$/.test(v));
    if (primary !== undefined) {
      const values = primary.values!.filter((v) => /^(primary|main|yes|y|true)$/.test(normaliseValue(v.value))).map((v) => v.value);
      rules.push({ column: primary.header, in: values });
      note(at('keep'), `Staff are kept on their primary assignment (${JSON.stringify(primary.header)}: ${list(primary.values!)}): each person counts once.`);
    }
  }
  if (source === 'disciplinaryCases' || source === 'fitnessToPractiseReferrals') {
    const type = column((h) => /type|category|casekind|nature/.test(h), (v) => /disciplin|grievance|capability|sickness|absence|conduct|fitness|referral/.test(v));
    if (type !== undefined && source === 'disciplinaryCases') {
      const values = type.values!.filter((v) => /disciplin|conduct/.test(normaliseValue(v.value))).map((v) => v.value);
      if (values.length > 0) {
        rules.push({ column: type.header, in: values });
        note(at('keep'), `Only disciplinary cases are kept (${JSON.stringify(type.header)}: ${list(type.values!)}): check which types count as disciplinary.`, true);
      }
    }
    const stage = column((h) => /stage|level|formal|process/.test(h), (v) => v === 'formal' || v.startsWith('formal'));
    if (stage !== undefined && source === 'disciplinaryCases') {
      const values = stage.values!.filter((v) => normaliseValue(v.value).startsWith('formal')).map((v) => v.value);
      rules.push({ column: stage.header, in: values });
      note(at('keep'), `Only formal cases are kept (${JSON.stringify(stage.header)}: ${list(stage.values!)}): SC-WRES metric 3 counts the formal disciplinary process.`, true);
    }
  }
  return rules;
}

/** Derived yes/no fields: senior managers, registered professionals, funded CPD from a cost. */
function proposeDerive(source: SourceName, table: RawTable, scans: ColumnScan[], matched: Map<string, number>, note: Note, at: (...k: string[]) => string[]): Record<string, DeriveRule> {
  const derive: Record<string, DeriveRule> = {};
  const used = new Set(matched.values());
  const header = (test: (h: string) => boolean) => scans.find((s, i) => !used.has(i) && test(normaliseValue(s.header)));
  if (source === 'staff' && !matched.has('seniorManager')) {
    const tier = header((h) => /managementtier|seniormanag|leadershiptier|tier$|seniority|managementlevel/.test(h));
    const grade = matched.get('payBand');
    const seniorGrades = grade === undefined ? [] : (scans[grade]!.values ?? []).filter((v) => /senior|director|headof|chief|executive|^sm\d|^cx|^ad$/.test(normaliseValue(v.value)));
    if (tier !== undefined) {
      derive.seniorManager = { column: tier.header, notBlank: true };
      note(at('derive', 'seniorManager'), `Senior managers are the staff with a ${JSON.stringify(tier.header)} (${tier.values === undefined ? 'many values' : list(tier.values)}): check which tiers are senior management (or use "in": [...]).`, true);
    } else if (seniorGrades.length > 0) {
      derive.seniorManager = { column: table.header[grade!]!, in: seniorGrades.map((v) => v.value) };
      note(at('derive', 'seniorManager'), `Senior managers are the staff with the grades ${list(seniorGrades)}: check the list.`, true);
    } else {
      note(at('derive'), 'No column says who is a senior manager (metric 9): add seniorManager to columns or derive it, or metric 9 has no data.', true);
    }
  }
  if (source === 'staff' && !matched.has('regulatedProfessional')) {
    const registration = header((h) => /regno|registration|registered|hcpc|swe|socialworkengland|nmc|pinnumber|regnumber/.test(h));
    if (registration !== undefined) {
      derive.regulatedProfessional = { column: registration.header, notBlank: true };
      note(at('derive', 'regulatedProfessional'), `Regulated professionals are the staff with a ${JSON.stringify(registration.header)}.`);
    } else note(at('derive'), 'No column says who is a regulated professional (metric 4\'s population): add regulatedProfessional, or metric 4 has no data.', true);
  }
  if (source === 'cpd' && !matched.has('funded')) {
    const cost = header((h) => /cost|fee|price|spend|amount|charge/.test(h));
    if (cost !== undefined) {
      derive.funded = { column: cost.header, greaterThan: 0 };
      note(at('derive', 'funded'), `A course is taken as funded when its ${JSON.stringify(cost.header)} is above 0: check that the council paid those costs.`, true);
    }
  }
  return derive;
}

/** A mapping for a category or yes/no field, when its values need one. */
function proposeValues(source: SourceName, field: FieldSpec, scan: ColumnScan, note: Note, at: (...k: string[]) => string[]): Record<string, string[]> | undefined {
  const values = scan.values!;
  const raws = values.map((v) => v.value);
  const where = at('values', field.name);
  if (isYesNo(field.kind)) {
    if (raws.every((raw) => YES_NO_WORDS.has(normaliseValue(raw)))) return undefined;
  } else if (field.name === 'employment') {
    if (raws.every((raw) => EMPLOYMENT_TARGETS.has(normaliseValue(raw)))) return undefined;
  } else if (field.name === 'payBand') {
    note(where, `Grades found: ${list(values)}. List the bands lowest first in options.payBands; to publish bands rather than grades, group the grades here ("PO1-PO4": [PO1, PO2, PO3, PO4]).`, true);
    return undefined;
  } else if (field.name === 'service') {
    const proposed = proposeMapping(field.name, field.kind, raws);
    if (proposed.undecided.length === raws.length) return undefined;
    note(where, `Services found: ${list(values)}. The report's scope option matches these names.`);
    return withUndecided(proposed, values, note, where);
  } else {
    return undefined;
  }
  const proposed = proposeMapping(field.name, field.kind, raws);
  const meaning = field.name === 'employment' ? 'Only "direct" staff are counted' : `${field.name}: "true" is yes, "false" no${field.kind === 'answer' ? ', "null" not answered' : ''}`;
  note(where, `Values found: ${list(values)}. ${meaning}: check the proposed mapping.`, true);
  return withUndecided(proposed, values, note, where);
}

function withUndecided(
  proposed: { mapping: Record<string, string[]>; undecided: string[] },
  values: { value: string; count: number }[],
  note: Note,
  where: string[],
): Record<string, string[]> {
  if (proposed.undecided.length > 0) {
    const undecided = values.filter((v) => proposed.undecided.includes(v.value));
    note(where, `Decide what these mean and add them: ${list(undecided)}.`, true);
  }
  return proposed.mapping;
}

/** Ethnicity values the library does not recognise are worth a mapping before the first run. */
function noteEthnicity(source: SourceName, table: RawTable, matched: Map<string, number>, note: Note, at: (...k: string[]) => string[]): void {
  const index = matched.get('ethnicity');
  if (index === undefined) return;
  const classifier = createEthnicityClassifier();
  for (let row = 0; row < table.rowCount; row++) {
    const cell = table.cell(row, index);
    classifier.classify(typeof cell === 'string' || typeof cell === 'number' ? cell : null);
  }
  const unmatched = classifier.unmatched();
  if (unmatched.length > 0) {
    note(at('columns', 'ethnicity'), `Ethnicity values not recognised (counted as unknown unless mapped in options.ethnicity.mapping): ${list(unmatched.slice(0, 20))}${unmatched.length > 20 ? ` and ${unmatched.length - 20} more` : ''}.`, true);
  }
}

/** Staff ids on more than one (kept) row need a decision. */
function noteDuplicates(table: RawTable, matched: Map<string, number>, keep: KeepRule[], config: SourceProfile, note: Note, at: (...k: string[]) => string[]): void {
  const index = matched.get('id');
  if (index === undefined) return;
  const rows = keep.length > 0 ? keptRows(table, keep) : undefined;
  const seen = new Set<string>();
  let repeated = 0;
  const count = rows?.length ?? table.rowCount;
  for (let i = 0; i < count; i++) {
    const id = trimmed(cellText(table.cell(rows === undefined ? i : rows[i]!, index)));
    if (seen.has(id)) repeated++;
    else seen.add(id);
  }
  if (repeated > 0) {
    config.duplicates = 'error';
    note(at('duplicates'), `${repeated.toLocaleString('en-GB')} rows repeat the id of an earlier row (one row per assignment?): keep the primary assignment with a keep rule, or choose "first" or "highest-salary".`, true);
  }
}
