/**
 * The fast (coded) file path against the exact one. The coded path reads clean files only and
 * hands everything else to the exact path; so on every file the two must agree: the same report
 * and file summary when the coded path answers, and the coded path must answer for every clean
 * file. Files are random small councils in the shapes real exports take, with the noise a fuzzing
 * audit found (quotes, CR line ends, blank lines, white space, no-break spaces, bad values,
 * repeated ids, ...). Expected values come from the exact path, which the rest of the suite checks
 * by hand and against R.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../examples/council/council.js';
import type { SourceName } from '../../src/model/report.js';
import { reportFromCsvBy } from '../../src/csv/report.js';
import type { ReportOptions } from '../../src/report/options.js';
import { csvFolder } from './helpers.js';

const folder = csvFolder('wres-coded-');

const NOISES = [
  'crlf', 'cr', 'blank-lines', 'empty-cells-line', 'bom', 'quotes', 'escaped-quotes', 'newline-in-quotes', 'spaces', 'nbsp',
  'duplicate-id', 'unknown-staff', 'uk-date', 'impossible-date', 'ends-before-start', 'appointed-not-shortlisted',
  'wrong-width', 'unclosed-quote', 'misplaced-quote', 'non-ascii-id', 'yes-no-words', 'salary-commas', 'bad-salary',
  'unknown-employment', 'no-pay-band-column', 'nbsp-only-row', 'spaced-id', 'header-only-cases', 'no-newline-at-end',
] as const;
type Noise = (typeof NOISES)[number];

const ETHNICITIES = ['White British', 'White Irish', 'Black African', 'Indian', 'Pakistani', 'Mixed White and Asian', '', 'Prefer not to say', 'Chinese'];
const BANDS = ['Scale 1-2', 'Scale 3-4', 'PO1-PO4'];

interface Council {
  files: Partial<Record<SourceName, string>>;
  options: ReportOptions;
}

function council(seed: number, noises: ReadonlySet<Noise>): Council {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const chance = (p: number): boolean => random() < p;
  const has = (noise: Noise): boolean => noises.has(noise);
  const date = (): string => `${pick(['2023', '2024', '2025'])}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
  const yes = (value: boolean): string => (has('yes-no-words') ? pick(value ? ['Yes', 'Y', '1', 'TRUE', ' yes '] : ['No', 'n', '0', 'False']) : String(value));
  const cell = (text: string): string => {
    let out = text;
    if (has('spaces') && chance(0.2)) out = ` ${out}\t`;
    if (has('nbsp') && chance(0.1)) out = `\u00a0${out}`;
    if (has('quotes') && chance(0.3)) out = `"${out.replace(/"/g, '""')}"`;
    return out;
  };
  const n = 12 + Math.floor(random() * 30);
  const ids = Array.from({ length: n }, (_, i) => `S${i + 1}`);
  if (has('non-ascii-id')) ids[3] = 'É4';
  const staffHeader = ['id', 'ethnicity', ...(has('no-pay-band-column') ? [] : ['payBand']), 'salary', 'seniorManager', 'service', 'employment', 'regulatedProfessional', 'startDate', 'endDate', 'leavingReason'];
  const staffRows = ids.map((id, i) => {
    const start = chance(0.3) ? '' : date();
    let end = chance(0.7) ? '' : date();
    if (end !== '' && start !== '' && end < start) end = has('ends-before-start') && i === 2 ? end : start;
    const row: Record<string, string> = {
      id: has('duplicate-id') && i === n - 1 ? 'S1' : has('spaced-id') && i === 1 ? ` ${id} ` : id,
      ethnicity: pick(ETHNICITIES),
      payBand: chance(0.1) ? '' : pick(BANDS),
      salary: has('bad-salary') && i === 5 ? 'abc' : has('salary-commas') ? `${20 + (i % 30)},${String(100 + i).padStart(3, '0')}.50`
        : i % 5 === 1 ? `0${20000 + i * 37}.5` : i % 7 === 2 ? '' : String(20000 + i * 37),
      seniorManager: yes(chance(0.1)),
      service: pick(['adults', 'children', 'Adults']),
      employment: has('unknown-employment') && i === 4 ? 'Permanent' : pick(['direct', '', 'agency']),
      regulatedProfessional: chance(0.2) ? '' : yes(chance(0.4)),
      startDate: has('uk-date') && i === 6 ? '31/03/2024' : start,
      endDate: has('impossible-date') && i === 7 ? '2024-02-30' : end,
      leavingReason: has('escaped-quotes') && i === 8 ? '"He said ""bye"""' : has('newline-in-quotes') && i === 9 ? '"moved,\nabroad"' : end === '' ? '' : pick(['resigned', 'retired', 'Moved, abroad']),
    };
    return staffHeader.map((field) => (field === 'leavingReason' && row[field]!.startsWith('"') ? row[field]! : row[field]!.includes(',') ? `"${row[field]}"` : cell(row[field]!))).join(',');
  });
  if (has('wrong-width')) staffRows.splice(5, 0, 'S999,White British');
  if (has('misplaced-quote')) staffRows.splice(3, 0, `S998,"Indian"x,${staffHeader.slice(2).map(() => '').join(',')}`);
  if (has('blank-lines')) staffRows.splice(4, 0, '', '  ');
  if (has('empty-cells-line')) staffRows.splice(2, 0, staffHeader.map(() => '').join(','));
  if (has('nbsp-only-row')) staffRows.splice(6, 0, `\u00a0${staffHeader.slice(1).map(() => ',').join('')}`);
  const lineEnd = has('crlf') ? '\r\n' : has('cr') ? '\r' : '\n';
  const text = (header: string[], rows: string[], last = true): string =>
    `${header.join(',')}${lineEnd}${rows.join(lineEnd)}${rows.length > 0 && !(has('no-newline-at-end') && last) ? lineEnd : ''}`;
  let staffText = text(staffHeader, staffRows);
  if (has('bom')) staffText = `\ufeff${staffText}`;
  if (has('unclosed-quote')) staffText += `S997,"Indian${lineEnd}`;

  const linked = (k: number, unknown: boolean): string[] => Array.from({ length: k }, (_, i) => `${unknown && i === 0 ? 'S404' : cell(pick(ids.filter((id) => id !== 'É4')))},${date()}`);
  const cases = has('header-only-cases') ? [] : linked(3 + Math.floor(random() * 6), has('unknown-staff'));
  const cpd = Array.from({ length: 10 + Math.floor(random() * 20) }, () => `${pick(ids.slice(0, 3))},${date()},${yes(chance(0.7))},${yes(chance(0.3))}`);
  const applications = Array.from({ length: 10 + Math.floor(random() * 30) }, (_, i) => {
    const wrong = has('appointed-not-shortlisted') && i === 0;
    const shortlisted = !wrong && chance(0.5);
    const appointed = wrong || (shortlisted && chance(0.4));
    return `A${i},${cell(pick(ETHNICITIES))},${yes(shortlisted)},${yes(appointed)},${date()},${pick(['adults', 'children'])}`;
  });
  const survey = Array.from({ length: 10 + Math.floor(random() * 20) }, () => `${cell(pick(ETHNICITIES))},${chance(0.2) ? '' : yes(chance(0.3))},${yes(chance(0.2))},${chance(0.5) ? '' : yes(chance(0.1))},${pick(['adults', 'children'])}`);

  const prefix = `c${seed}-`;
  const files: Partial<Record<SourceName, string>> = {
    staff: folder.file(`${prefix}staff.csv`, staffText),
    disciplinaryCases: folder.file(`${prefix}cases.csv`, text(['staffId', 'date'], cases)),
    cpd: folder.file(`${prefix}cpd.csv`, text(['staffId', 'date', 'funded', 'mandatory'], cpd)),
    applications: folder.file(`${prefix}applications.csv`, text(['id', 'ethnicity', 'shortlisted', 'appointed', 'date', 'service'], applications)),
    survey: folder.file(`${prefix}survey.csv`, text(['ethnicity', 'harassmentFromPublic', 'harassmentFromColleagues', 'harassmentFromManagers', 'service'], survey, false)),
  };
  if (chance(0.5)) files.fitnessToPractiseReferrals = folder.file(`${prefix}ftp.csv`, text(['staffId', 'date'], linked(2, false)));
  const options: ReportOptions = { period: { start: '2024-04-01', end: '2025-03-31' } };
  if (chance(0.3)) options.validation = 'lenient';
  if (chance(0.3) && !has('no-pay-band-column')) options.payBands = BANDS;
  else if (chance(0.3)) options.salaryBands = [21000, 30000];
  if (chance(0.2)) options.scope = { service: 'adults' };
  if (chance(0.2)) options.population = 'snapshot';
  if (chance(0.2)) options.ethnicity = { whiteMinorities: 'minority' };
  if (chance(0.2)) options.breakdown = 'broad-groups';
  if (chance(0.3)) (options as ReportOptions & { disclosure: string }).disclosure = 'sc-wres-publication';
  return { files, options };
}

/** The result of a path, or the error it threw (as its message). */
async function outcome(path: 'coded' | 'exact', { files, options }: Council): Promise<unknown> {
  try {
    return await reportFromCsvBy(path, files, options);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('the coded file path', () => {
  it('gives the exact path\'s report for every clean council, and reads each of them itself', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const input = council(seed, new Set());
      const coded = await outcome('coded', input);
      const exact = await outcome('exact', input);
      expect(coded, `seed ${seed}`).toBeDefined();
      expect(coded, `seed ${seed}`).toEqual(exact);
    }
  });

  it('agrees with the exact path on noisy councils, or leaves them to it', async () => {
    let answered = 0;
    let left = 0;
    for (let seed = 100; seed < 400; seed++) {
      const random = mulberry32(seed * 7919);
      const noises = new Set(NOISES.filter(() => random() < 0.12));
      const input = council(seed, noises);
      const coded = await outcome('coded', input);
      const exact = await outcome('exact', input);
      if (coded === undefined) {
        left += 1;
        continue;
      }
      answered += 1;
      expect(coded, `seed ${seed}, noise ${[...noises].join(', ')}`).toEqual(exact);
    }
    // Both kinds occur, so both branches above were exercised.
    expect(answered).toBeGreaterThan(30);
    expect(left).toBeGreaterThan(30);
  }, 120_000);

  it.each([
    ['crlf'], ['cr'], ['blank-lines'], ['empty-cells-line'], ['bom'], ['quotes'], ['escaped-quotes'], ['newline-in-quotes'],
    ['spaces'], ['yes-no-words'], ['salary-commas'], ['no-pay-band-column'], ['header-only-cases'], ['no-newline-at-end'], ['spaced-id'],
  ] as [Noise][])('reads a clean file with %s itself', async (noise) => {
    for (const seed of [5, 6, 7]) {
      const input = council(seed, new Set([noise]));
      const coded = await outcome('coded', input);
      expect(coded, `seed ${seed}`).toBeDefined();
      expect(coded).toEqual(await outcome('exact', input));
    }
  });

  it.each([
    ['duplicate-id'], ['unknown-staff'], ['uk-date'], ['impossible-date'], ['appointed-not-shortlisted'], ['wrong-width'],
    ['unclosed-quote'], ['misplaced-quote'], ['non-ascii-id'], ['bad-salary'], ['unknown-employment'], ['nbsp-only-row'],
  ] as [Noise][])('leaves a file with %s to the exact path', async (noise) => {
    const input = council(11, new Set([noise]));
    expect(await outcome('coded', input)).toBeUndefined();
  });
});

describe('the coded file path on two threads', () => {
  it('splits the staff file between the threads and gives the exact path\'s report', async () => {
    let answered = 0;
    for (let seed = 500; seed < 530; seed++) {
      const random = mulberry32(seed * 31);
      const noises = new Set(NOISES.filter(() => random() < 0.04));
      const input = council(seed, noises);
      let coded: unknown;
      try {
        coded = await reportFromCsvBy('coded', input.files, input.options, {}, { threads: 2, parallelBytes: 0 });
      } catch (error) {
        coded = { error: (error as Error).message };
      }
      if (coded === undefined) continue;
      answered += 1;
      expect(coded, `seed ${seed}, noise ${[...noises].join(', ')}`).toEqual(await outcome('exact', input));
    }
    expect(answered).toBeGreaterThan(10);
  }, 120_000);

  it('finds a staff id repeated across the two parts, and a case naming no staff member, and leaves them to the exact path', async () => {
    const period = { start: '2024-04-01', end: '2025-03-31' };
    const ids = Array.from({ length: 600 }, (_, i) => `S${i}`);
    const staffFile = (list: string[]) => folder.file(`split-${list[list.length - 1]}.csv`, `id,ethnicity,payBand\n${list.map((id, i) => `${id},${i % 3 === 0 ? 'Indian' : 'White British'},PO${1 + (i % 4)}`).join('\n')}\n`);
    const cases = (list: string[]) => folder.file(`cases-${list.join('-')}.csv`, `staffId,date\n${list.map((id) => `${id},2024-06-01`).join('\n')}\n`);
    const two = { threads: 2, parallelBytes: 0 };
    // Clean: the same report as the exact path (both parts counted, the cases linked across both).
    const clean = { staff: staffFile(ids), disciplinaryCases: cases(['S0', 'S599', 'S300']) };
    expect(await reportFromCsvBy('coded', clean, { period }, {}, two)).toEqual(await reportFromCsvBy('exact', clean, { period }));
    // The last row repeats the first row's id: the parts are read on different threads.
    expect(await reportFromCsvBy('coded', { staff: staffFile([...ids.slice(0, -1), 'S0']) }, { period }, {}, two)).toBeUndefined();
    expect(await reportFromCsvBy('coded', { staff: staffFile(ids), disciplinaryCases: cases(['S0', 'S600']) }, { period }, {}, two)).toBeUndefined();
  });

  it('reads a staff file whose split falls inside a quoted cell whole', async () => {
    // Every leaving reason spans two lines, so a split point may fall inside one.
    const rows = Array.from({ length: 400 }, (_, i) => `S${i},Indian,"moved\nabroad ${i}"`);
    const staff = folder.file('split-staff.csv', `id,ethnicity,leavingReason\n${rows.join('\n')}\n`);
    const period = { start: '2024-04-01', end: '2025-03-31' };
    const exact = await reportFromCsvBy('exact', { staff }, { period });
    for (const parallelBytes of [0, 1]) {
      const coded = await reportFromCsvBy('coded', { staff }, { period }, {}, { threads: 2, parallelBytes });
      expect(coded).toEqual(exact);
    }
  });
});
