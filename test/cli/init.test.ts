/**
 * `wres init` on the example council's raw exports, as an analyst runs it: the starter profile it
 * writes needs only the decisions a person must make. Made with exactly those decisions (the period,
 * the area's population share and how grades group into the council's pay bands), the report counts what the generator drew
 * (test/examples/council-reference.ts: the independent counts from the generator's own records).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { PAY_BANDS } from '../../examples/council/council.js';
import { GRADES } from '../../examples/council/raw-exports.js';
import { run } from '../../src/cli/run.js';
import { captureIo as io } from './io.js';
import type { WresReport } from '../../src/model/report.js';
import { parseReportJson } from '../../src/render/json.js';
import { COUNCIL_COUNTS } from '../examples/council-reference.js';
import { countsOf, expectSame } from '../independent/report-counts.js';

const RAW = join(import.meta.dirname, '../../examples/council/raw');
const FILES = ['staff.xlsx', 'applications.csv', 'casework.csv', 'ftp-referrals.csv', 'lms.txt', 'survey.csv'];


let dir: string;
let written: { code: number; err: string; text: string };
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wres-init-'));
  for (const file of FILES) copyFileSync(join(RAW, file), join(dir, file));
  const sink = io();
  const code = await run(['init', ...FILES.map((f) => join(dir, f)), '--out', join(dir, 'profile.yaml')], sink);
  written = { code, err: sink.err, text: readFileSync(join(dir, 'profile.yaml'), 'utf8') };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('wres init on the raw exports', () => {
  it('writes a profile and says which source each file was taken as, and how many lines to decide', () => {
    expect(written.code).toBe(0);
    expect(written.err).toContain(
      'staff.xlsx as staff, applications.csv as applications, casework.csv as disciplinaryCases, ftp-referrals.csv as fitnessToPractiseReferrals, lms.txt as cpd, survey.csv as survey.',
    );
    const decide = written.text.match(/DECIDE:/g)?.length ?? 0;
    expect(written.err).toContain(`${decide} lines are marked DECIDE`);
  });

  it('detects how each file is read: the sheet and title rows, encodings, delimiters and date forms', () => {
    const profile = parseDocument(written.text).toJS() as { dates: string; sources: Record<string, Record<string, unknown>> };
    expect(profile.dates).toBe('DD/MM/YYYY');
    expect(profile.sources['staff']).toMatchObject({ file: 'staff.xlsx', sheet: 'Staff', skipRows: 2 });
    expect(profile.sources['applications']).toMatchObject({ file: 'applications.csv', encoding: 'windows-1252', delimiter: ',' });
    expect(profile.sources['disciplinaryCases']).toMatchObject({ file: 'casework.csv', delimiter: ';', dates: 'YYYY-MM-DD' });
    expect(profile.sources['cpd']).toMatchObject({ file: 'lms.txt', encoding: 'utf-16le', delimiter: '\t' });
  });

  it('lists every categorical column\'s values with counts, so the decisions can be made from the profile alone', () => {
    expect(written.text).toContain('"Fixed Term" (362)');
    expect(written.text).toMatch(/"Senior Management" \(106\)/);
    expect(written.text).toMatch(/"Informal" \(102\)/);
  });

  it('needs only the decisions a person must make: with the period, the population share and the pay bands, the report counts what the generator drew', async () => {
    const document = parseDocument(written.text);
    // The person's decisions: the reporting period, the area's minority ethnic population share (from
    // the Census), and which grades make each of the council's pay bands.
    document.set('period', '2024-04-01..2025-03-31');
    document.set('organisation', { populationMinorityShare: 0.46 });
    document.setIn(['options', 'payBands'], [...PAY_BANDS]);
    document.setIn(['sources', 'staff', 'values', 'payBand'], Object.fromEntries(PAY_BANDS.map((band) => [band, [...GRADES[band]]])));
    const decided = join(dir, 'decided.yaml');
    writeFileSync(decided, document.toString());
    const sink = io();
    const code = await run(['report', '--profile', decided, '--format', 'json', '--disclosure', 'none'], sink);
    expect(sink.err).not.toContain('wres:');
    expect(code).toBe(0);
    expectSame(countsOf(parseReportJson(sink.out) as WresReport, undefined), COUNCIL_COUNTS);
  });

  it('keeps an existing profile unless --force is given', async () => {
    const sink = io();
    const code = await run(['init', join(dir, 'staff.xlsx'), '--out', join(dir, 'profile.yaml')], sink);
    expect(code).toBe(2);
    expect(sink.err).toContain('already exists: give --force to replace it');
    expect(readFileSync(join(dir, 'profile.yaml'), 'utf8')).toBe(written.text);
    const forced = io();
    expect(await run(['init', join(dir, 'staff.xlsx'), '--out', join(dir, 'profile.yaml'), '--force'], forced)).toBe(0);
    expect(readFileSync(join(dir, 'profile.yaml'), 'utf8')).not.toBe(written.text);
  });

  it('names a file it cannot read, and asks for files when given none', async () => {
    const missing = io();
    expect(await run(['init', join(dir, 'nope.csv')], missing)).toBe(2);
    expect(missing.err).toContain('nope.csv cannot be read: there is no such file');
    const none = io();
    expect(await run(['init'], none)).toBe(2);
    expect(none.err).toContain('Name the export files to look at');
  });
});
