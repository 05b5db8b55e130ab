/**
 * The example council as its systems export it (examples/council/raw): the committed files are
 * what the seeded generator writes, each is in the form its system gives (an xlsx with title rows
 * and Excel dates, Windows-1252, semicolons with a BOM, UTF-16 "Unicode Text", frequency answers),
 * and the report made from them counts exactly what the generator drew.
 *
 * The expected counts are computed from the generator's own records (generateCouncil().records)
 * by the independent reference implementation of SPEC sections 2 to 4
 * (test/independent/reference-metrics.ts), not through any file reading or profile code.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, generateCouncil } from '../../examples/council/council.js';
import { rawExports } from '../../examples/council/raw-exports.js';
import { readCsvDataset } from '../../src/csv/read.js';
import { computeReport } from '../../src/report/compute-report.js';
import { applyProfileFile } from '../../src/csv/profile-files.js';
import type { ReportOptions } from '../../src/report/options.js';
import { countsOf, expectSame } from '../independent/report-counts.js';
import { COUNCIL_COUNTS, COUNCIL_OPTIONS, COUNCIL_RECORDS } from './council-reference.js';

const COUNCIL = join(import.meta.dirname, '../../examples/council');
const RAW = join(COUNCIL, 'raw');
const RAW_FILES = ['applications.csv', 'casework.csv', 'ftp-referrals.csv', 'lms.txt', 'staff.xlsx', 'survey.csv'];

const records = COUNCIL_RECORDS;
const expected = COUNCIL_COUNTS;
const OPTIONS = COUNCIL_OPTIONS;

describe('examples/council/raw: reproducible from the generator', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'sc-wres-raw-'));
    const tsx = join(import.meta.dirname, '../../node_modules/tsx/dist/cli.mjs');
    execFileSync(process.execPath, [tsx, join(COUNCIL, 'generate.ts'), '--out', out], { stdio: 'pipe' });
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes exactly the committed raw exports, byte for byte', () => {
    expect(readdirSync(join(out, 'raw')).sort()).toEqual(RAW_FILES);
    for (const name of RAW_FILES) {
      expect(Buffer.compare(readFileSync(join(out, 'raw', name)), readFileSync(join(RAW, name))), name).toBe(0);
    }
  });

  it('draws the same bytes in-process and other bytes from another seed', () => {
    const again = rawExports(generateCouncil(DEFAULT_SEED).records, DEFAULT_SEED);
    expect(Buffer.compare(Buffer.from(again['lms.txt']!), readFileSync(join(RAW, 'lms.txt')))).toBe(0);
    const other = rawExports(generateCouncil(DEFAULT_SEED + 1).records, DEFAULT_SEED + 1);
    expect(Buffer.compare(Buffer.from(other['lms.txt']!), readFileSync(join(RAW, 'lms.txt')))).not.toBe(0);
  });
});

/** Lines of a text file, without the line break. */
const lines = (text: string) => text.split(/\r?\n/).filter((l) => l !== '');

describe('examples/council/raw: each file in the form its system gives', () => {
  it('staff.xlsx: a zip workbook, sheets Staff and Report Criteria, two title rows, dd/mm/yyyy date cells', () => {
    const bytes = readFileSync(join(RAW, 'staff.xlsx'));
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const parts = unzipSync(bytes);
    expect(strFromU8(parts['xl/workbook.xml']!)).toMatch(/<sheet name="Staff" sheetId="1".*<sheet name="Report Criteria"/);
    expect(strFromU8(parts['xl/styles.xml']!)).toContain('formatCode="dd/mm/yyyy"');
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    const strings = [...strFromU8(parts['xl/sharedStrings.xml']!).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    // Row 3 is the header; rows 1 and 2 are titles with one cell each.
    expect(sheet).toMatch(/<row r="1"><c r="A1" t="s" s="2"><v>\d+<\/v><\/c><\/row><row r="2"><c r="A2" t="s"><v>\d+<\/v><\/c><\/row><row r="3">/);
    for (const header of ['Employee Number', 'Ethnic Origin', 'Grade', 'Contract Type', 'Assignment', 'Annual Salary', 'Date Started']) {
      expect(strings).toContain(header);
    }
    // Employee 100001 (S00001 of the clean file) started on 2024-03-13: Excel serial 45364.
    expect(records.staff[0]?.startDate).toBe('2024-03-13');
    expect(sheet).toMatch(/<row r="4"><c r="A4"><v>100001<\/v><\/c>.*<c r="M4" s="1"><v>45364<\/v><\/c>/);
    expect(strings).toContain('£27,725.00');
    for (const grade of ['Scale 1', 'Scale 6', 'SO1', 'SO2', 'PO1', 'PO8', 'Senior Management']) expect(strings).toContain(grade);
    for (const contract of ['Permanent', 'Fixed Term', 'Agency', 'Casual', 'Primary', 'Secondary']) expect(strings).toContain(contract);
  });

  it('applications.csv: Windows-1252 (not valid UTF-8), DD/MM/YYYY dates, an Outcome column', () => {
    const bytes = readFileSync(join(RAW, 'applications.csv'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(bytes.includes(0x92) && bytes.includes(0xa3)).toBe(true); // ’ and £
    // Node 20's TextDecoder reads 'windows-1252' as ISO-8859-1, so the bytes are checked as bytes.
    expect(bytes.includes(Buffer.concat([Buffer.from('Children'), Buffer.from([0x92]), Buffer.from('s Services')]))).toBe(true);
    const text = bytes.toString('latin1');
    const [header, first] = lines(text);
    expect(header).toBe('Candidate ID,Vacancy Reference,Job Title,Service,Salary Range,Application Date,Ethnicity,Shortlisted,Outcome');
    expect(first).toMatch(/,\d{2}\/\d{2}\/\d{4},/);
    expect(lines(text)).toHaveLength(records.applications.length + 1);
  });

  it('casework.csv: UTF-8 with BOM, semicolons, ISO date-times, grievances and informal cases beside formal disciplinary ones', () => {
    const bytes = readFileSync(join(RAW, 'casework.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = lines(new TextDecoder().decode(bytes)).map((l) => l.split(';'));
    expect(rows[0]).toEqual(['Case Ref', 'Employee Number', 'Case Type', 'Stage', 'Date Opened', 'Date Closed', 'Outcome']);
    const kinds = new Map<string, number>();
    for (const r of rows.slice(1)) kinds.set(`${r[2]} ${r[3]}`, (kinds.get(`${r[2]} ${r[3]}`) ?? 0) + 1);
    expect(kinds.get('Disciplinary Formal')).toBe(records.disciplinaryCases.length);
    expect([...kinds.keys()].sort()).toEqual(['Capability Formal', 'Capability Informal', 'Disciplinary Formal', 'Disciplinary Informal', 'Grievance Formal', 'Grievance Informal']);
    expect(rows[1]?.[4]).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00$/);
  });

  it('lms.txt: UTF-16 little-endian with BOM, tab-separated, a Cost column instead of a funded flag', () => {
    const bytes = readFileSync(join(RAW, 'lms.txt'));
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const rows = lines(new TextDecoder('utf-16le').decode(bytes)).map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['Employee No', 'Course Title', 'Course Type', 'Mandatory (Y/N)', 'Cost', 'Completed', 'Provider']);
    expect(rows).toHaveLength(records.cpd.length + 1);
    // Funded courses cost something; the rest cost £0.00.
    rows.slice(1).forEach((r, i) => expect(r[4] !== '£0.00', `row ${i + 2}`).toBe(records.cpd[i]!.funded));
  });

  it('survey.csv: whole questions as headers and frequency answers', () => {
    const text = readFileSync(join(RAW, 'survey.csv'), 'utf8');
    const answers = new Set(text.match(/,(Never|1-2 times|3-5 times|6-10 times|More than 10 times|Prefer not to say),/g));
    expect(answers.size).toBe(6);
    expect(text).toContain('"Q5 In the last 12 months, how many times have you personally experienced harassment');
  });
});

describe('the report made through the raw exports and raw/profile.yaml', () => {
  it('counts exactly what the generator drew: every count of all nine metrics', async () => {
    const applied = await applyProfileFile(join(RAW, 'profile.yaml'));
    expect(applied.options).toMatchObject({ period: OPTIONS.period, payBands: OPTIONS.payBands });
    const report = computeReport(applied.dataset, applied.options as ReportOptions);
    expectSame(countsOf(report, undefined), expected);
  });

  it('reads each file in its own form and leaves out what the profile says', async () => {
    const applied = await applyProfileFile(join(RAW, 'profile.yaml'));
    const formats = Object.fromEntries(Object.entries(applied.tables).map(([source, table]) => [source, table.format]));
    expect(formats).toMatchObject({
      staff: { kind: 'xlsx', sheet: 'Staff' },
      applications: { kind: 'csv', encoding: 'windows-1252', delimiter: ',' },
      disciplinaryCases: { kind: 'csv', encoding: 'utf-8', byteOrderMark: true, delimiter: ';' },
      cpd: { kind: 'csv', encoding: 'utf-16le', delimiter: '\t' },
      survey: { kind: 'csv', encoding: 'utf-8', delimiter: ',' },
    });
    // Second assignments (201 rows) and the tracker's other cases are left out, not skipped.
    const casework = lines(readFileSync(join(RAW, 'casework.csv'), 'utf8')).length - 1;
    expect(applied.sources.staff).toMatchObject({ rowsRead: 3801, rowsLeftOut: 201, rowsSkipped: 0, records: records.staff.length });
    expect(applied.sources.disciplinaryCases).toMatchObject({ rowsRead: casework, rowsLeftOut: casework - records.disciplinaryCases.length, records: records.disciplinaryCases.length });
    expect(applied.dataset.staff.find((s) => s.id === '100001')).toMatchObject({ payBand: 'Scale 3-4', salary: 27725, employment: 'direct', service: 'children', startDate: '2024-03-13' });
  });
});

describe('the independent counts', () => {
  it('equal the report made from the clean CSVs (which test/examples/council-report.test.ts pins)', async () => {
    const input = await readCsvDataset(
      {
        staff: join(COUNCIL, 'staff.csv'),
        applications: join(COUNCIL, 'applications.csv'),
        disciplinaryCases: join(COUNCIL, 'disciplinary.csv'),
        fitnessToPractiseReferrals: join(COUNCIL, 'fitness-to-practise.csv'),
        cpd: join(COUNCIL, 'cpd.csv'),
        survey: join(COUNCIL, 'survey.csv'),
      },
      { organisation: { populationMinorityShare: records.organisation.populationMinorityShare } },
    );
    const report = computeReport(input, { period: OPTIONS.period, payBands: OPTIONS.payBands! });
    expectSame(countsOf(report, undefined), expected);
  });

  it('cover all nine metrics with counts on both sides (a check of nothing would pass too)', () => {
    expect(expected.map((m) => [m.number, m.status])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [n, 'ok']));
    // The figures the README and docs/reading-the-results.md quote, from the generator's records.
    const get = (n: number, key: string) => expected[n - 1]!.comparisons.find((c) => c.key === key && c.group === 'minority')!;
    expect(get(2, 'appointed-from-shortlisting')).toMatchObject({ focal: { count: 53, total: 293 }, reference: { count: 92, total: 303 } });
    expect(get(3, 'entered-disciplinary')).toMatchObject({ focal: { count: 46, total: 1285 }, reference: { count: 33, total: 1621 } });
    expect(get(5, 'accessed-funded-cpd')).toMatchObject({ focal: { count: 275, total: 1285 }, reference: { count: 402, total: 1621 } });
    expect(get(9, 'senior-management')).toMatchObject({ focal: { count: 13, total: 1119 }, reference: { count: 57, total: 1440 } });
  });
});
