/**
 * The fast (coded) path of `wres report --profile` against the exact one. The coded path reads
 * clean CSV files only and hands everything else to the exact path; so on every council the two
 * must agree: the same report and the same notes (rows left out by `keep`, columns not used) when
 * the coded path answers, and the coded path must answer for every clean council. Councils are
 * random small exports in the shapes real systems write (renamed headers, codes mapped by
 * `values`, DD/MM/YYYY dates, money as "£32,589.00", `derive`, `keep`, title rows, semicolons and
 * tabs, Windows-1252 and UTF-16), clean or with noise. Expected values come from the exact path,
 * which the rest of the suite checks by hand and against R.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { mulberry32 } from '../../examples/council/council.js';
import type { ReportCommand } from '../../src/cli/args.js';
import { fastReportFromProfile, profileNotes, reportFromProfile } from '../../src/cli/commands/profile-report.js';
import type { CodedJob, WorkerTables } from '../../src/csv/coded-jobs.js';
import { applyProfileFile } from '../../src/csv/profile-files.js';
import { readTable } from '../../src/read/index.js';
import type { ReportOptions } from '../../src/report/options.js';
import { csvFolder } from './helpers.js';

const folder = csvFolder('wres-coded-profile-');

/** What each worker thread started by the fast path was given and sent back (the module's own function, watched). */
const workers: { jobs: CodedJob[]; read: Promise<WorkerTables | undefined> }[] = [];
vi.mock('../../src/csv/coded-jobs.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/csv/coded-jobs.js')>();
  return {
    ...original,
    readJobsOnWorker: (...args: Parameters<typeof original.readJobsOnWorker>) => {
      const started = original.readJobsOnWorker(...args);
      workers.push({ jobs: args[0], read: started.tables });
      return started;
    },
  };
});

const NOISES = [
  'crlf', 'bom', 'quotes', 'spaces', 'nbsp', 'blank-lines', 'whitespace-row', 'title-rows', 'semicolons', 'utf16-cpd',
  'windows-1252-survey', 'windows-1252-staff', 'header-only-cases', 'ethnicity-spaces', 'duplicates-first', 'lenient',
  'unmapped-value', 'bad-date', 'month-first-date', 'bad-salary', 'duplicate-id', 'unknown-staff', 'left-out-staff',
  'keep-nothing', 'missing-column', 'space-after-quote', 'wide-row', 'sep-line', 'blank-id', 'unclosed-quote',
  'appointed-not-shortlisted', 'ends-before-start', 'newline-in-quotes', 'long-reason', 'mapped-reason', 'nbsp-id', 'nul-byte', 'bad-amount-derive',
  'plain-salary', 'salary-bands',
] as const;
type Noise = (typeof NOISES)[number];

const ETHNICITIES = ['White British', 'White: Irish', 'Black African', 'Asian - Indian', 'Pakistani', 'Mixed White and Asian', '', 'Prefer not to say', 'Chinese', 'Not stated'];
const GRADES = ['Scale 1', 'Scale 2', 'SO1', 'PO1', 'PO3', 'PO6', 'Senior Management'];
const CONTRACTS = ['Permanent', 'Fixed Term', 'Agency', 'Casual'];

/** One council's files and its profile: a command line for `wres report --profile`. */
function council(seed: number, noises: ReadonlySet<Noise>): ReportCommand {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number): boolean => random() < p;
  const has = (noise: Noise): boolean => noises.has(noise);
  const ukDates = chance(0.6);
  const day = (): [number, number, number] => [2020 + Math.floor(random() * 6), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)];
  const written = ([y, m, d]: [number, number, number]): string => (ukDates
    ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`
    : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const date = (): string => written(day());
  // Cells as exports write them: quoted when they hold the delimiter or a quote (and, with the
  // quotes noise, at random in files of commas or semicolons).
  const cell = (text: string, delimiter: string): string => {
    let out = text;
    if (has('spaces') && chance(0.2)) out = ` ${out}${delimiter === '\t' ? ' ' : '\t'}`;
    // (A no-break space around an id is left to the exact path: the coded reader compares ids byte for byte.)
    if (has('nbsp') && chance(0.1) && out !== '' && !/^\d+$/.test(out)) out = `\u00a0${out}`;
    if ((has('quotes') && delimiter !== '\t' && chance(0.3)) || out.includes(delimiter) || out.includes('"') || out.includes('\n')) out = `"${out.replace(/"/g, '""')}"`;
    return out;
  };
  const lineEnd = has('crlf') ? '\r\n' : '\n';
  const table = (header: string[], rows: string[][], delimiter = ','): string =>
    `${[header, ...rows].map((row) => row.map((text) => cell(text, delimiter)).join(delimiter)).join(lineEnd)}${lineEnd}`;

  // Staff: one row per assignment; second assignments repeat the employee number.
  const n = 15 + Math.floor(random() * 30);
  const numbers = Array.from({ length: n }, (_, i) => String(100_000 + i * 7));
  const staffHeader = ['Employee Number', 'Assignment', 'Ethnic Origin', 'Grade', 'Annual Salary', 'Service Area', 'Contract Type', 'Date Started', 'Leaving Date', 'SWE Reg No', 'Leaving Reason'];
  const staffRows: string[][] = [];
  numbers.forEach((id, i) => {
    const start = day();
    const end: [number, number, number] | undefined = chance(0.3) || i === 7 ? [start[0] + 1 + Math.floor(random() * 3), start[1], start[2]] : undefined;
    const row = [
      has('blank-id') && i === 3 ? '' : has('nbsp-id') && i === 2 ? `${id}\u00a0` : id,
      'Primary',
      has('ethnicity-spaces') && i === 1 ? ' Martian ' : has('ethnicity-spaces') && i === 2 ? 'Martian' : pick(ETHNICITIES),
      // Every grade is someone's (a pay band no one has is an error of the options).
      i < GRADES.length ? GRADES[i]! : chance(0.05) ? '' : pick(GRADES),
      has('bad-salary') && i === 4 ? '£32,58'
        // Salaries as plain numbers, as many systems write them (second assignments keep "£9,000.00").
        : has('plain-salary') ? `${18_000 + i * 37}${chance(0.3) ? '.50' : ''}`
          : `£${(18 + (i % 40)).toString()},${String(100 + i).padStart(3, '0')}.${chance(0.5) ? '00' : '50'}`,
      pick(['Adult Social Care', "Children's Services"]),
      has('unmapped-value') && i === 5 ? 'Sessional' : pick(CONTRACTS),
      has('bad-date') && i === 6 ? (ukDates ? '31/02/2024' : '2024-02-31') : has('month-first-date') && i === 6 && ukDates ? '03/25/2024' : written(start),
      end === undefined ? '' : has('ends-before-start') && i === 7 ? written([start[0] - 1, start[1], start[2]]) : written(end),
      chance(0.4) ? `SW${100 + i}` : '',
      has('long-reason') && i === 8 ? 'x'.repeat(1001) : end === undefined ? '' : has('newline-in-quotes') ? 'Moved\nabroad' : pick(['Resigned', 'Retired', 'Moved, abroad']),
    ];
    staffRows.push(row);
    if (chance(0.15) || i === 1 || (has('left-out-staff') && i === 0)) staffRows.push([id, 'Secondary', row[2]!, 'Scale 1', '£9,000.00', row[5]!, 'Casual', written(start), '', '', '']);
    if (has('duplicate-id') && i === n - 1) staffRows.push([numbers[0]!, 'Primary', 'Indian', 'PO1', '£30,000.00', 'Adult Social Care', 'Permanent', written(start), '', '', '']);
  });
  if (has('left-out-staff')) {
    // Staff member 0 keeps only a second assignment.
    staffRows.splice(staffRows.findIndex((row) => row[0] === numbers[0] && row[1] === 'Primary'), 1);
  }
  let staffText = table(staffHeader, staffRows);
  if (has('blank-lines')) staffText = staffText.replace(lineEnd, `${lineEnd}${lineEnd}`);
  if (has('whitespace-row')) staffText = `${staffText}  ,\t${','.repeat(staffHeader.length - 2)}${lineEnd}`;
  if (has('space-after-quote')) staffText = `${staffText}"${numbers[0]}9" ,Primary,Indian,PO1,"£1,000.00",Adult Social Care,Permanent,,,,${lineEnd}`;
  if (has('wide-row')) staffText = `${staffText}${numbers[0]}8,Primary,Indian,PO1,,Adult Social Care,Permanent,,,,,${lineEnd}`;
  if (has('unclosed-quote')) staffText = `${staffText}${numbers[0]}7,Primary,"Indian,PO1${lineEnd}`;
  if (has('nul-byte')) staffText = staffText.replace('Primary', 'Prim\u0000ary');
  if (has('title-rows')) staffText = `Example Council${lineEnd}Staff at 31/03/2025${lineEnd}${staffText}`;
  if (has('sep-line')) staffText = `sep=,${lineEnd}${staffText}`;
  if (has('bom')) staffText = `\ufeff${staffText}`;

  // Casework: every kind of case; formal disciplinary ones count.
  const casework = has('header-only-cases') ? [] : Array.from({ length: 4 + Math.floor(random() * 8) }, (_, i) => [
    `HR-${i}`,
    has('unknown-staff') && i === 0 ? '999999' : has('left-out-staff') && i === 0 ? numbers[0]! : pick(numbers.slice(1)),
    i === 0 ? 'Disciplinary' : pick(['Disciplinary', 'Disciplinary', 'Grievance']),
    has('keep-nothing') ? 'Informal' : i === 0 ? 'Formal' : pick(['Formal', 'Formal', 'Informal']),
    date(),
  ]);
  if (!has('header-only-cases') && !has('keep-nothing')) casework.push(['HR-x', numbers[1]!, 'Disciplinary', 'Formal', date()]);
  const caseDelimiter = has('semicolons') ? ';' : ',';
  const caseText = table(['Case Ref', 'Employee Number', 'Case Type', 'Stage', 'Date Opened'], casework, caseDelimiter);

  // Learning: a cost, not a funded flag; tabs.
  const lms = Array.from({ length: 5 + Math.floor(random() * 15) }, (_, i) => [
    pick(numbers.slice(1)),
    pick(['Safeguarding', 'Moving and handling']),
    pick(['Y', 'N']),
    has('bad-amount-derive') && i === 0 ? 'free' : pick(['£0.00', '£35.00', '£1,250.00', '']),
    date(),
  ]);
  const lmsText = table(['Employee No', 'Course Title', 'Mandatory (Y/N)', 'Cost', 'Completed'], lms, '\t');

  // Applications: an outcome, not an appointed flag.
  const applications = Array.from({ length: 8 + Math.floor(random() * 20) }, (_, i) => {
    const shortlisted = chance(0.5) || (has('appointed-not-shortlisted') && i === 0);
    const outcome = has('appointed-not-shortlisted') && i === 0 ? 'Appointed' : shortlisted ? pick(['Appointed', 'Unsuccessful at interview', 'Withdrawn']) : 'Not shortlisted';
    return [`C${i}`, pick(ETHNICITIES), has('appointed-not-shortlisted') && i === 0 ? 'No' : shortlisted ? 'Yes' : 'No', outcome, date(), pick(['Adult Social Care', "Children's Services"])];
  });
  const applicationText = table(['Candidate ID', 'Ethnicity', 'Shortlisted', 'Outcome', 'Application Date', 'Service'], applications);

  // Survey: frequencies; in Windows-1252 with a pound sign and a curly apostrophe.
  const frequency = (): string => pick(['Never', 'Never', '1-2 times', '3-5 times', 'Prefer not to say', '']);
  const survey = Array.from({ length: 8 + Math.floor(random() * 20) }, () => [pick(ETHNICITIES), frequency(), frequency(), frequency(), pick(['Adult Social Care', 'Children’s Services']), pick(['£', 'café', 'x'])]);
  const surveyText = table(['Q12 Ethnic group', 'Q5 Public', 'Q6 Colleagues', 'Q7 Managers', 'Q1 Service', 'Comment'], survey);

  const prefix = join(folder.dir, `c${seed}-`);
  // Excel's "CSV (Comma delimited)": Windows-1252, one byte per character here.
  const cp1252 = (text: string): Buffer => Buffer.from([...text].map((c) => (c === '’' ? 0x92 : c === '£' ? 0xa3 : c === 'é' ? 0xe9 : c.charCodeAt(0))));
  writeFileSync(`${prefix}staff.csv`, has('windows-1252-staff') ? cp1252(staffText) : staffText);
  writeFileSync(`${prefix}casework.csv`, caseText);
  writeFileSync(`${prefix}lms.txt`, has('utf16-cpd') ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lmsText, 'utf16le')]) : lmsText);
  writeFileSync(`${prefix}applications.csv`, applicationText);
  const windows1252 = has('windows-1252-survey');
  writeFileSync(`${prefix}survey.csv`, windows1252 ? cp1252(surveyText) : surveyText);

  const options: Record<string, unknown> = {};
  if (chance(0.4) && !has('salary-bands')) options['payBands'] = ['Scale 1-2', 'SO1-SO2', 'PO1-PO4', 'PO5-PO8', 'Senior management'];
  if (has('salary-bands')) options['salaryBands'] = [9_500, 25_000, 40_000];
  if (chance(0.2)) options['scope'] = { service: 'adults' };
  if (chance(0.2)) options['population'] = 'snapshot';
  if (chance(0.2)) options['breakdown'] = 'broad-groups';
  if (chance(0.3)) options['disclosure'] = 'sc-wres-publication';
  if (has('lenient')) options['validation'] = 'lenient';
  const profile = {
    period: '2024-04-01..2025-03-31',
    ...(chance(0.5) ? { organisation: { name: 'Example Council', populationMinorityShare: 0.3 } } : {}),
    ...(ukDates ? { dates: 'DD/MM/YYYY' } : {}),
    options,
    sources: {
      staff: {
        file: `c${seed}-staff.csv`,
        ...(has('title-rows') ? { skipRows: 2 } : {}),
        ...(has('duplicates-first') ? { duplicates: 'first' } : {}),
        columns: {
          id: 'Employee Number', ethnicity: 'Ethnic Origin', payBand: 'Grade', salary: has('missing-column') ? 'Salary' : 'Annual Salary',
          service: 'Service Area', employment: 'Contract Type', startDate: 'Date Started', endDate: 'Leaving Date', leavingReason: 'Leaving Reason',
        },
        values: {
          payBand: { 'Scale 1-2': ['Scale 1', 'Scale 2'], 'SO1-SO2': ['SO1'], 'PO1-PO4': ['PO1', 'PO3'], 'PO5-PO8': ['PO6'], 'Senior management': ['Senior Management'] },
          service: { adults: ['Adult Social Care'], children: ["Children's Services"] },
          employment: { direct: ['Permanent', 'Fixed Term'], agency: ['Agency'], bank: ['Casual'] },
          ...(has('mapped-reason') ? { leavingReason: { resigned: ['Resigned'], retired: ['Retired'] } } : {}),
        },
        derive: { seniorManager: { column: 'Grade', in: ['Senior Management'] }, regulatedProfessional: { column: 'SWE Reg No', notBlank: true } },
        keep: [{ column: 'Assignment', in: ['Primary'] }],
      },
      applications: {
        file: `c${seed}-applications.csv`,
        columns: { id: 'Candidate ID', ethnicity: 'Ethnicity', shortlisted: 'Shortlisted', appointed: 'Outcome', date: 'Application Date', service: 'Service' },
        values: {
          appointed: { true: ['Appointed'], false: ['Not shortlisted', 'Unsuccessful at interview', 'Withdrawn'] },
          service: { adults: ['Adult Social Care'], children: ["Children's Services"] },
        },
      },
      disciplinaryCases: {
        file: `c${seed}-casework.csv`,
        columns: { staffId: 'Employee Number', date: 'Date Opened' },
        keep: [{ column: 'Case Type', in: ['Disciplinary'] }, { column: 'Stage', in: ['Formal'] }],
      },
      cpd: {
        file: `c${seed}-lms.txt`,
        columns: { staffId: 'Employee No', date: 'Completed', mandatory: 'Mandatory (Y/N)' },
        derive: { funded: { column: 'Cost', greaterThan: 0 } },
      },
      survey: {
        file: `c${seed}-survey.csv`,
        ...(windows1252 && chance(0.5) ? { encoding: 'windows-1252' } : {}),
        columns: { ethnicity: 'Q12 Ethnic group', harassmentFromPublic: 'Q5 Public', harassmentFromColleagues: 'Q6 Colleagues', harassmentFromManagers: 'Q7 Managers', service: 'Q1 Service' },
        values: {
          harassmentFromPublic: { true: ['1-2 times', '3-5 times'], false: ['Never'], null: ['Prefer not to say'] },
          harassmentFromColleagues: { true: ['1-2 times', '3-5 times'], false: ['Never'], null: ['Prefer not to say'] },
          harassmentFromManagers: { true: ['1-2 times', '3-5 times'], false: ['Never'], null: ['Prefer not to say'] },
          service: { adults: ['Adult Social Care'], children: ['Children’s Services'] },
        },
      },
    },
  };
  writeFileSync(`${prefix}profile.json`, JSON.stringify(profile, null, 2));
  return command(`${prefix}profile.json`);
}

function command(profile: string, organisation: ReportCommand['organisation'] = {}): ReportCommand {
  return { command: 'report', files: {}, options: {} as ReportOptions, format: 'json', lenient: false, profile, periodGiven: false, organisation };
}

/** The exact path's report and notes, or the error it threw (as its message). */
async function exact(input: ReportCommand): Promise<unknown> {
  try {
    const notes: string[] = [];
    const report = await reportFromProfile(input, {} as ReportOptions, (line) => notes.push(line), 'exact');
    return { report, notes };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The coded path's report and notes, or undefined when it leaves the council to the exact path. */
async function coded(input: ReportCommand): Promise<unknown> {
  const fast = await fastReportFromProfile(input, {} as ReportOptions);
  return fast === undefined ? undefined : { report: fast.report, notes: profileNotes(fast) };
}

describe('the coded path of wres report --profile', () => {
  it('gives the exact path\'s report and notes for every clean council, and reads each of them itself', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const input = council(seed, new Set());
      const fast = await coded(input);
      expect(fast, `seed ${seed}`).toBeDefined();
      expect(fast, `seed ${seed}`).toEqual(await exact(input));
    }
  }, 120_000);

  it('gives the exact path\'s findings for each source (rows read, left out by keep, columns)', async () => {
    const input = council(3, new Set());
    const fast = await fastReportFromProfile(input, {} as ReportOptions);
    const applied = await applyProfileFile(input.profile!);
    expect(fast?.sources).toEqual(applied.sources);
    // Second assignments were left out by keep, and said so.
    expect(fast?.sources.staff?.rowsLeftOut).toBeGreaterThan(0);
  });

  it('agrees with the exact path on noisy councils, or leaves them to it', async () => {
    let answered = 0;
    let left = 0;
    for (let seed = 100; seed < 300; seed++) {
      const random = mulberry32(seed * 7919);
      const noises = new Set(NOISES.filter(() => random() < 0.06));
      const input = council(seed, noises);
      const fast = await coded(input);
      if (fast === undefined) {
        left += 1;
        continue;
      }
      answered += 1;
      expect(fast, `seed ${seed}, noise ${[...noises].join(', ')}`).toEqual(await exact(input));
    }
    // Both kinds occur, so both branches above were exercised.
    expect(answered).toBeGreaterThan(30);
    expect(left).toBeGreaterThan(30);
  }, 300_000);

  it.each([
    ['crlf'], ['bom'], ['quotes'], ['spaces'], ['blank-lines'], ['whitespace-row'], ['title-rows'], ['semicolons'],
    ['utf16-cpd'], ['windows-1252-survey'], ['windows-1252-staff'], ['newline-in-quotes'], ['header-only-cases'], ['ethnicity-spaces'], ['duplicates-first'], ['lenient'],
    ['plain-salary'], ['salary-bands'],
  ] as [Noise][])('reads a clean council with %s itself', async (noise) => {
    for (const seed of [5, 6]) {
      const input = council(seed, new Set([noise]));
      const fast = await coded(input);
      expect(await exact(input), `seed ${seed}`).not.toHaveProperty('error');
      expect(fast, `seed ${seed}`).toBeDefined();
      expect(fast).toEqual(await exact(input));
      // And on two threads, the staff file split between them.
      const split = await fastReportFromProfile(input, {} as ReportOptions, { threads: 2, parallelBytes: 0 });
      expect(split && { report: split.report, notes: profileNotes(split) }, `seed ${seed}, two threads`).toEqual(fast);
    }
  }, 60_000);

  it.each([
    ['unmapped-value'], ['bad-date'], ['bad-salary'], ['duplicate-id'], ['unknown-staff'], ['left-out-staff'], ['keep-nothing'],
    ['missing-column'], ['space-after-quote'], ['wide-row'], ['sep-line'], ['blank-id'], ['unclosed-quote'],
    ['appointed-not-shortlisted'], ['ends-before-start'], ['nbsp-id'], ['nul-byte'], ['bad-amount-derive'], ['long-reason'], ['mapped-reason'],
  ] as [Noise][])('leaves a council with %s to the exact path', async (noise) => {
    const input = council(11, new Set([noise]));
    expect(await coded(input)).toBeUndefined();
    expect(await fastReportFromProfile(input, {} as ReportOptions, { threads: 2, parallelBytes: 0 })).toBeUndefined();
  });

  it('gives the exact path\'s report on two threads, the staff file split between them and its later part counted by the worker', async () => {
    let answered = 0;
    let split = 0;
    let keptOnWorker = 0;
    for (let seed = 500; seed < 560; seed++) {
      const random = mulberry32(seed * 31);
      const noises = new Set(NOISES.filter(() => random() < 0.05));
      const input = council(seed, noises);
      workers.length = 0;
      const fast = await fastReportFromProfile(input, {} as ReportOptions, { threads: 2, parallelBytes: 0, mainShare: 0.5 });
      if (fast === undefined) continue;
      answered += 1;
      const context = `seed ${seed}, noise ${[...noises].join(', ')}`;
      expect({ report: fast.report, notes: profileNotes(fast) }, context).toEqual(await exact(input));
      // A staff file in Windows-1252 is decoded in memory and read on this thread alone.
      if (noises.has('windows-1252-staff')) {
        expect(workers, context).toEqual([]);
        continue;
      }
      // One worker, given the staff file's later part first (unless no line break is near the cut)
      // and the UTF-8 files pointing to staff.
      const linked = noises.has('utf16-cpd') ? ['disciplinaryCases'] : ['disciplinaryCases', 'cpd'];
      const given = workers.map((worker) => worker.jobs.map((job) => job.source));
      expect(given, context).toEqual([given[0]?.[0] === 'staff' ? ['staff', ...linked] : linked]);
      // (With a line break in a quoted cell the split may fall inside it: this thread then reads the staff file whole.)
      if (given[0]?.[0] !== 'staff' || noises.has('newline-in-quotes')) continue;
      const read = await workers[0]!.read;
      split += 1;
      // It counted its part of the staff file (with the profile's converters and keep rules) and linked the staff ids.
      const [staff, ...pointing] = read!.tables;
      expect(read?.staffPart?.staffCount, context).toBe(staff!.rows);
      expect(read?.keep, context).toEqual({ rowsRead: expect.any(Number), kept: staff!.rows, matches: [staff!.rows] });
      expect(staff!.links, context).toEqual({ idsChecked: true });
      for (const table of pointing) expect(table.links?.staffOrdinals, context).toBeInstanceOf(Int32Array);
      // Second assignments among its rows were left out there.
      if (read!.keep!.rowsRead > read!.keep!.kept) keptOnWorker += 1;
    }
    expect(answered).toBeGreaterThan(15);
    expect(split).toBeGreaterThan(12);
    expect(keptOnWorker).toBeGreaterThan(10);
  }, 120_000);

  it('only checks that plain-number salaries are numbers when no metric reads them, and reads them for salary bands', async () => {
    for (const noises of [['plain-salary'], ['plain-salary', 'salary-bands']] as Noise[][]) {
      const input = council(7, new Set(noises));
      workers.length = 0;
      const fast = await fastReportFromProfile(input, {} as ReportOptions, { threads: 2, parallelBytes: 0, mainShare: 0.3 });
      expect(fast && { report: fast.report, notes: profileNotes(fast) }, noises.join(', ')).toEqual(await exact(input));
      // The staff file's later part, read on the worker: its salary column ("Annual Salary", the fifth) is read by the plan counted by.
      const staff = workers[0]?.jobs[0];
      expect(staff?.source).toBe('staff');
      expect(staff?.columns.find((column) => column.index === 4)?.numbers, noises.join(', ')).toBe(noises.includes('salary-bands') ? undefined : true);
    }
  });

  it('gives the example council\'s report, its staff workbook saved as CSV with its title rows', async () => {
    const raw = join(import.meta.dirname, '../../examples/council/raw');
    const sheet = readTable(readFileSync(join(raw, 'staff.xlsx')), { name: 'staff.xlsx', sheet: 'Staff', skipRows: 2 });
    const quote = (value: unknown): string => {
      const text = value === null ? '' : typeof value === 'object' ? (value as { date: string }).date : String(value);
      return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    const lines = ['Example Borough Council,,', 'Establishment report,,', sheet.header.map(quote).join(',')];
    for (let row = 0; row < sheet.rowCount; row++) lines.push(sheet.header.map((_, column) => quote(sheet.cell(row, column))).join(','));
    const profileText = readFileSync(join(raw, 'profile.yaml'), 'utf8').replace('file: staff.xlsx\n    sheet: Staff\n', 'file: staff.csv\n');
    expect(profileText).toContain('file: staff.csv');
    // The workbook's dates are calendar dates: written in ISO in the CSV, which every date form reads.
    for (const name of ['applications.csv', 'casework.csv', 'ftp-referrals.csv', 'lms.txt', 'survey.csv']) folder.file(`example-${name}`, '');
    const dir = join(folder.dir, 'example');
    await import('node:fs').then((fs) => {
      fs.mkdirSync(dir, { recursive: true });
      for (const name of ['applications.csv', 'casework.csv', 'ftp-referrals.csv', 'lms.txt', 'survey.csv']) fs.copyFileSync(join(raw, name), join(dir, name));
      fs.writeFileSync(join(dir, 'staff.csv'), `${lines.join('\n')}\n`);
      fs.writeFileSync(join(dir, 'profile.yaml'), profileText);
    });
    const input = command(join(dir, 'profile.yaml'), { name: 'Example (from the command line)' });
    const fast = await coded(input);
    expect(fast).toBeDefined();
    expect(fast).toEqual(await exact(input));
    // The same figures as the workbook gives: 201 second assignments left out.
    const workbook = await exact(command(join(raw, 'profile.yaml'), { name: 'Example (from the command line)' }));
    expect((fast as { report: { metrics: unknown } }).report.metrics).toEqual((workbook as { report: { metrics: unknown } }).report.metrics);
    expect((fast as { notes: string[] }).notes.join('\n')).toContain('201 of');
  }, 60_000);
});
