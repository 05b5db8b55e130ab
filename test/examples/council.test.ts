/**
 * The bundled synthetic council (examples/council): the committed files are exactly what the
 * seeded generator writes, they use the pinned field names of SPEC section 7, they are internally
 * consistent, and they have the shape the specification asks of the example (SPEC section 9).
 *
 * Expected counts below were computed by this file's own pass over the committed CSVs using the
 * definitions of SPEC sections 3 and 4; they pin the example so that the README and
 * docs/reading-the-results.md, which quote them, cannot drift silently.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateCouncil } from '../../examples/council/council.js';
import { createEthnicityClassifier } from '../../src/ethnicity/index.js';
import {
  MINORITY_CATEGORIES,
  TYPOS,
  WHITE_CATEGORIES,
} from '../../examples/council/ethnicity-formats.js';

const DIR = join(import.meta.dirname, '../../examples/council');
const FILES = [
  'staff.csv',
  'applications.csv',
  'disciplinary.csv',
  'fitness-to-practise.csv',
  'cpd.csv',
  'survey.csv',
  'organisation.json',
];
const PERIOD = { start: '2024-04-01', end: '2025-03-31' };

type Row = Record<string, string>;

function readCsv(name: string): { header: string[]; rows: Row[] } {
  const parsed = Papa.parse<Row>(readFileSync(join(DIR, name), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors, `${name} parses without errors`).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

const staff = readCsv('staff.csv');
const applications = readCsv('applications.csv');
const disciplinary = readCsv('disciplinary.csv');
const fitnessToPractise = readCsv('fitness-to-practise.csv');
const cpd = readCsv('cpd.csv');
const survey = readCsv('survey.csv');

// Ethnicity values the generator writes, grouped as SPEC section 2 says (default: all White
// categories are the reference group).
const GROUP = new Map<string, 'white' | 'minority'>();
for (const c of WHITE_CATEGORIES) {
  for (const v of [c.ons2021, c.ons2011, c.nhs, c.hr]) if (v !== undefined) GROUP.set(v, 'white');
}
GROUP.set('white - british', 'white');
for (const c of MINORITY_CATEGORIES) {
  for (const v of [c.ons2021, c.ons2011, c.nhs, c.hr]) if (v !== undefined) GROUP.set(v, 'minority');
}
const UNKNOWN = new Set(['', 'Not stated', 'Prefer not to say', 'Z', '99']);
const groupOf = (value: string) => GROUP.get(value) ?? 'unknown';

function countByGroup(rows: readonly Row[]) {
  const counts = { white: 0, minority: 0, unknown: 0 };
  for (const row of rows) counts[groupOf(row.ethnicity ?? '')]++;
  return counts;
}

const inPeriod = (date: string) => date >= PERIOD.start && date <= PERIOD.end;
const direct = staff.rows.filter((s) => s.employment === 'direct');
const snapshot = direct.filter((s) => s.startDate! <= PERIOD.end && (s.endDate === '' || s.endDate! >= PERIOD.end));
const atRisk = direct.filter((s) => s.startDate! <= PERIOD.end && (s.endDate === '' || s.endDate! >= PERIOD.start));

describe('examples/council: reproducible from the generator', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'sc-wres-council-'));
    const tsx = join(import.meta.dirname, '../../node_modules/tsx/dist/cli.mjs');
    execFileSync(process.execPath, [tsx, join(DIR, 'generate.ts'), '--out', out], { stdio: 'pipe' });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes exactly the committed files, byte for byte, with --out DIR', () => {
    expect(readdirSync(out).sort()).toEqual([...FILES, 'raw'].sort());
    for (const name of FILES) {
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(DIR, name), 'utf8'));
    }
  });

  it('is deterministic in-process and depends on the seed', () => {
    const first = generateCouncil(DEFAULT_SEED).files;
    expect(generateCouncil(DEFAULT_SEED).files).toEqual(first);
    expect(first['staff.csv']).toBe(readFileSync(join(DIR, 'staff.csv'), 'utf8'));
    expect(generateCouncil(DEFAULT_SEED + 1).files['staff.csv']).not.toBe(first['staff.csv']);
  });

  it('rejects an unknown option with exit code 2', () => {
    const tsx = join(import.meta.dirname, '../../node_modules/tsx/dist/cli.mjs');
    let status: number | null = null;
    try {
      execFileSync(process.execPath, [tsx, join(DIR, 'generate.ts'), '--bogus'], { stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number | null }).status;
    }
    expect(status).toBe(2);
  });

  it('keeps every file well under 1 MB', () => {
    for (const name of FILES) expect(statSync(join(DIR, name)).size, name).toBeLessThan(500_000);
  });
});

describe('examples/council: pinned field names (SPEC section 7)', () => {
  it('uses the StaffRecord fields as the staff.csv header', () => {
    expect(staff.header).toEqual([
      'id',
      'ethnicity',
      'payBand',
      'salary',
      'seniorManager',
      'service',
      'employment',
      'regulatedProfessional',
      'startDate',
      'endDate',
      'leavingReason',
    ]);
  });
  it('uses the ApplicationRecord, CaseRecord, CpdRecord and SurveyResponse fields', () => {
    expect(applications.header).toEqual(['id', 'ethnicity', 'shortlisted', 'appointed', 'date', 'service']);
    expect(disciplinary.header).toEqual(['staffId', 'date']);
    expect(fitnessToPractise.header).toEqual(['staffId', 'date']);
    expect(cpd.header).toEqual(['staffId', 'date', 'funded', 'mandatory']);
    expect(survey.header).toEqual([
      'ethnicity',
      'harassmentFromPublic',
      'harassmentFromColleagues',
      'harassmentFromManagers',
      'service',
    ]);
  });
  it('writes the organisation with the pinned keys', () => {
    const organisation: unknown = JSON.parse(readFileSync(join(DIR, 'organisation.json'), 'utf8'));
    expect(organisation).toEqual({
      name: 'Example Borough Council (synthetic)',
      code: 'SYN-EBC',
      populationMinorityShare: 0.46,
    });
  });
});

describe('examples/council: internally consistent', () => {
  const isIsoDate = (value: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match === null) return false;
    const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return day.toISOString().slice(0, 10) === value;
  };

  it('writes every date as a real ISO calendar date (blank only for a missing endDate)', () => {
    const bad: string[] = [];
    for (const s of staff.rows) {
      if (!isIsoDate(s.startDate!)) bad.push(`staff ${s.id} startDate ${s.startDate}`);
      if (s.endDate !== '' && !isIsoDate(s.endDate!)) bad.push(`staff ${s.id} endDate ${s.endDate}`);
    }
    for (const [name, file] of [
      ['applications', applications],
      ['disciplinary', disciplinary],
      ['fitness-to-practise', fitnessToPractise],
      ['cpd', cpd],
    ] as const) {
      file.rows.forEach((r, i) => {
        if (!isIsoDate(r.date!)) bad.push(`${name} row ${i + 2} date ${r.date}`);
      });
    }
    expect(bad).toEqual([]);
  });

  it('writes booleans as true/false, survey answers as true/false or blank', () => {
    const values = (rows: Row[], field: string) => new Set(rows.map((r) => r[field]));
    for (const field of ['seniorManager', 'regulatedProfessional']) {
      expect(values(staff.rows, field)).toEqual(new Set(['true', 'false']));
    }
    expect(values(applications.rows, 'shortlisted')).toEqual(new Set(['true', 'false']));
    expect(values(applications.rows, 'appointed')).toEqual(new Set(['true', 'false']));
    expect(values(cpd.rows, 'funded')).toEqual(new Set(['true', 'false']));
    expect(values(cpd.rows, 'mandatory')).toEqual(new Set(['true', 'false']));
    for (const field of ['harassmentFromPublic', 'harassmentFromColleagues', 'harassmentFromManagers']) {
      expect(values(survey.rows, field)).toEqual(new Set(['true', 'false', '']));
    }
  });

  it('points every case and CPD record at a staff record', () => {
    const ids = new Set(staff.rows.map((s) => s.id));
    expect(ids.size).toBe(staff.rows.length);
    for (const file of [disciplinary, fitnessToPractise, cpd]) {
      expect(file.rows.filter((r) => !ids.has(r.staffId!))).toEqual([]);
    }
  });

  it('never appoints an applicant who was not shortlisted', () => {
    expect(applications.rows.filter((a) => a.appointed === 'true' && a.shortlisted !== 'true')).toEqual([]);
  });

  it('has start before end, and a leaving reason exactly for leavers', () => {
    expect(staff.rows.filter((s) => s.endDate !== '' && s.endDate! < s.startDate!)).toEqual([]);
    expect(staff.rows.filter((s) => (s.endDate === '') !== (s.leavingReason === ''))).toEqual([]);
  });

  it('uses the seven pay bands, salaries inside non-overlapping band ranges, senior managers in the senior band', () => {
    const bands = ['Scale 1-2', 'Scale 3-4', 'Scale 5-6', 'SO1-SO2', 'PO1-PO4', 'PO5-PO8', 'Senior management'];
    expect(new Set(staff.rows.map((s) => s.payBand))).toEqual(new Set([...bands, '']));
    const ranges = bands.map((band) => {
      const salaries = staff.rows.filter((s) => s.payBand === band).map((s) => Number(s.salary));
      return [Math.min(...salaries), Math.max(...salaries)] as const;
    });
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0]).toBeGreaterThan(ranges[i - 1]![1]);
    // A blank band comes with a blank salary: "band not known" in metric 1 whichever banding is used.
    expect(staff.rows.filter((s) => (s.payBand === '') !== (s.salary === ''))).toEqual([]);
    const known = staff.rows.filter((s) => s.payBand !== '');
    expect(known.filter((s) => (s.seniorManager === 'true') !== (s.payBand === 'Senior management'))).toEqual([]);
  });

  it('refers to fitness to practise only regulated professionals', () => {
    const regulated = new Set(staff.rows.filter((s) => s.regulatedProfessional === 'true').map((s) => s.id));
    expect(fitnessToPractise.rows.filter((r) => !regulated.has(r.staffId!))).toEqual([]);
  });
});

describe('examples/council: realistic shape (SPEC section 9)', () => {
  it('has 3,000 to 4,000 staff records across adults and children, mostly directly employed', () => {
    expect(staff.rows.length).toBe(3600);
    expect(new Set(staff.rows.map((s) => s.service))).toEqual(new Set(['adults', 'children']));
    const employment = { direct: 0, agency: 0, bank: 0 } as Record<string, number>;
    for (const s of staff.rows) employment[s.employment!] = (employment[s.employment!] ?? 0) + 1;
    expect(employment).toEqual({ direct: 3264, agency: 209, bank: 127 });
  });

  it('is 30 to 50% minority ethnic among known ethnicity, with a few per cent unknown', () => {
    const counts = countByGroup(staff.rows);
    expect(counts).toEqual({ white: 1937, minority: 1526, unknown: 137 });
    const minorityShare = counts.minority / (counts.minority + counts.white);
    expect(minorityShare).toBeGreaterThan(0.3);
    expect(minorityShare).toBeLessThan(0.5);
    const unknownShare = counts.unknown / staff.rows.length;
    expect(unknownShare).toBeGreaterThan(0.01);
    expect(unknownShare).toBeLessThan(0.08);
  });

  it('writes ethnicity in all four formats, with a few unmatched misspellings', () => {
    const values = new Set(staff.rows.map((s) => s.ethnicity!));
    expect(values.has('White: English, Welsh, Scottish, Northern Irish or British')).toBe(true); // ONS 2021
    expect(values.has('White: English/Welsh/Scottish/Northern Irish/British')).toBe(true); // ONS 2011
    expect(values.has('A')).toBe(true); // NHS code
    expect(values.has('White British')).toBe(true); // HR spelling
    for (const unknown of UNKNOWN) expect(values.has(unknown), JSON.stringify(unknown)).toBe(true);
    const unmatched = [...values].filter((v) => !GROUP.has(v) && !UNKNOWN.has(v)).sort();
    expect(unmatched).toEqual(Object.values(TYPOS).sort());
  });

  it('agrees with the library classifier on every ethnicity value, which lists only the typos as unmatched', () => {
    const classifier = createEthnicityClassifier();
    const broad = new Map<string, string>();
    for (const c of [...WHITE_CATEGORIES, ...MINORITY_CATEGORIES]) {
      for (const v of [c.ons2021, c.ons2011, c.nhs, c.hr]) if (v !== undefined) broad.set(v, c.broad);
    }
    broad.set('white - british', 'white');
    const disagreements: string[] = [];
    for (const file of [staff, applications, survey]) {
      for (const row of file.rows) {
        const value = row.ethnicity!;
        const result = classifier.classify(value);
        if (result.comparisonGroup !== groupOf(value) || (broad.get(value) ?? 'unknown') !== result.broadGroup) {
          disagreements.push(`${value}: ${result.comparisonGroup}/${result.broadGroup}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(classifier.unmatched().map((u) => u.value).sort()).toEqual(Object.values(TYPOS).sort());
  });

  it('has minority staff over-represented in the lower scales and under-represented in senior management', () => {
    const share = (band: string) => {
      const c = countByGroup(snapshot.filter((s) => s.payBand === band));
      return c.minority / (c.minority + c.white);
    };
    const c = countByGroup(snapshot);
    const workforce = c.minority / (c.minority + c.white);
    expect(share('Scale 1-2')).toBeGreaterThan(workforce + 0.1);
    expect(share('Senior management')).toBeLessThan(workforce - 0.15);
    expect(countByGroup(snapshot.filter((s) => s.seniorManager === 'true'))).toEqual({
      white: 57,
      minority: 13,
      unknown: 3,
    });
  });

  it('has leavers, joiners and earlier leavers around the period', () => {
    expect(direct.filter((s) => s.endDate !== '' && inPeriod(s.endDate!)).length).toBe(363);
    expect(direct.filter((s) => inPeriod(s.startDate!)).length).toBeGreaterThan(200);
    expect(direct.filter((s) => s.endDate !== '' && s.endDate! < PERIOD.start).length).toBeGreaterThan(150);
    expect(snapshot.length).toBe(2669);
    expect(atRisk.length).toBe(3025);
  });

  it('has 1,500 to 2,500 applications in the period with a lower minority appointment rate from shortlisting', () => {
    const current = applications.rows.filter((a) => inPeriod(a.date!));
    expect(current.length).toBe(2100);
    expect(applications.rows.length - current.length).toBe(60);
    const shortlisted = current.filter((a) => a.shortlisted === 'true');
    const all = countByGroup(shortlisted);
    const appointed = countByGroup(shortlisted.filter((a) => a.appointed === 'true'));
    // 53/293 minority vs 92/303 white: RL = 0.1809 / 0.3036 = 0.596.
    expect([appointed.minority, all.minority, appointed.white, all.white]).toEqual([53, 293, 92, 303]);
  });

  it('has disciplinary cases for a few per cent of staff, some people twice, some outside the period, minority more likely', () => {
    const perPerson = new Map<string, number>();
    for (const c of disciplinary.rows.filter((r) => inPeriod(r.date!))) {
      perPerson.set(c.staffId!, (perPerson.get(c.staffId!) ?? 0) + 1);
    }
    expect([...perPerson.values()].some((n) => n > 1)).toBe(true);
    expect(disciplinary.rows.some((r) => !inPeriod(r.date!))).toBe(true);
    const entered = countByGroup(atRisk.filter((s) => perPerson.has(s.id!)));
    const population = countByGroup(atRisk);
    // 46/1285 minority vs 33/1621 white: RL = 0.03580 / 0.02036 = 1.758.
    expect([entered.minority, population.minority, entered.white, population.white]).toEqual([46, 1285, 33, 1621]);
  });

  it('has a dozen or so fitness-to-practise referrals of regulated staff in the period', () => {
    const referred = new Set(fitnessToPractise.rows.filter((r) => inPeriod(r.date!)).map((r) => r.staffId!));
    const regulated = atRisk.filter((s) => s.regulatedProfessional === 'true');
    const counts = countByGroup(regulated.filter((s) => referred.has(s.id!)));
    expect(counts.minority + counts.white + counts.unknown).toBeGreaterThanOrEqual(10);
    expect(counts.minority + counts.white + counts.unknown).toBeLessThanOrEqual(20);
  });

  it('has CPD records of every funded/mandatory mix', () => {
    const mixes = new Set(cpd.rows.map((r) => `${r.funded}/${r.mandatory}`));
    expect(mixes).toEqual(new Set(['true/true', 'true/false', 'false/true', 'false/false']));
    const funded = new Set(
      cpd.rows.filter((r) => inPeriod(r.date!) && r.funded === 'true' && r.mandatory === 'false').map((r) => r.staffId!),
    );
    const accessed = countByGroup(atRisk.filter((s) => funded.has(s.id!)));
    // 275/1285 minority vs 402/1621 white: RL = 0.2140 / 0.2480 = 0.863.
    expect([accessed.minority, accessed.white]).toEqual([275, 402]);
  });

  it('has survey responses from about 40% of direct staff, with some answers missing', () => {
    expect(survey.rows.length / direct.length).toBeGreaterThan(0.3);
    expect(survey.rows.length / direct.length).toBeLessThan(0.45);
    const answered = survey.rows.filter((r) => r.harassmentFromPublic !== '');
    expect(survey.rows.length - answered.length).toBe(48);
    const yes = countByGroup(answered.filter((r) => r.harassmentFromPublic === 'true'));
    const all = countByGroup(answered);
    // 139/415 minority vs 152/583 white: RL = 0.3349 / 0.2607 = 1.285.
    expect([yes.minority, all.minority, yes.white, all.white]).toEqual([139, 415, 152, 583]);
  });
});
