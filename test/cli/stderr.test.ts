/**
 * What reaches the terminal (issue 13, items 6 and 12; issue 11 "errors that scale"): no control
 * character or escape sequence from a file, lists cut short, many problems summarised per file and
 * field so every file is heard from, and a reader that closes the pipe early ends the run quietly.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeForTerminal, shortList } from '../../src/cli/messages.js';
import { csvFolder } from '../csv/helpers.js';
import { wres, wresIntoHead } from './spawn.js';

const folder = csvFolder('wres-stderr-');
const period = ['--period', '2024-04-01..2025-03-31'];
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('text on standard error', () => {
  it('makes control characters visible (escape sequences, bidi overrides, line breaks)', () => {
    expect(safeForTerminal('Grade\u001b[2J\u001b]0;pwned\u0007\u202eevil\r\nx')).toBe('Grade\\u001b[2J\\u001b]0;pwned\\u0007\\u202eevil\\r\\nx');
    expect(shortList(Array.from({ length: 12 }, (_, i) => `c${i}`))).toBe('"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9" and 2 more');
  });

  it('prints no escape sequence from a header, a value or a file name', () => {
    // A second, valid row and --max-skipped 1: SPEC 10a refuses a lenient run that skips every row.
    const staff = folder.file('staff\u001b[31m.csv', 'id,ethnicity,\u001b[2JGrade\u001b]0;owned\u0007,startDate\nS1,Indian,A,2024-02-30\u001b[1A\nS2,Indian,A,2024-02-01\n');
    const run = wres(['report', '--staff', staff, ...period]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"2024-02-30\\u001b[1A"');
    expect(run.stderr.replace(/\n/g, '')).not.toMatch(CONTROL);
    const lenient = wres(['report', '--staff', staff, ...period, '--skip-invalid', '--max-skipped', '1']);
    expect(lenient.stderr).toContain('ignored columns "\\u001b[2JGrade\\u001b]0;owned\\u0007"');
    expect(lenient.stderr.replace(/\n/g, '')).not.toMatch(CONTROL);
  });

  it('shortens a list of 5,000 ignored columns and a missing-column message to one short line each', () => {
    const header = Array.from({ length: 5000 }, (_, i) => `Extra column ${i}`).join(',');
    const wide = folder.file('wide.csv', `id,ethnicity,${header}\nS1,Indian,${',x'.repeat(4999)}x\n`);
    const run = wres(['report', '--staff', wide, ...period]);
    expect(run.status).toBe(0);
    const note = run.stderr.split('\n').find((line) => line.includes('ignored columns'))!;
    expect(note).toContain('"Extra column 9" and 4,990 more');
    expect(note.length).toBeLessThan(400);
    const noId = folder.file('no-id.csv', `${header}\nx${',x'.repeat(4999)}\n`);
    const missing = wres(['report', '--staff', noId, ...period]);
    expect(missing.status).toBe(2);
    expect(Math.max(...missing.stderr.split('\n').map((l) => l.length))).toBeLessThan(600);
    expect(missing.stderr).toContain('and 4,990 more');
  });

  it('says an .xlsx workbook is not a CSV file, in one short line', () => {
    // The start of a real .xlsx (a ZIP archive): local file header, then binary.
    const xlsx = folder.file('staff.csv', '');
    writeFileSync(xlsx, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]), Buffer.from('[Content_Types].xml'), Buffer.alloc(2000, 0x9c)]));
    const run = wres(['report', '--staff', xlsx, ...period]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is a ZIP archive (an Excel .xlsx workbook?), not a CSV file');
    expect(run.stderr.replace(/\n/g, '')).not.toMatch(CONTROL);
    expect(run.stderr.length).toBeLessThan(600);
  });
});

describe('many problems', () => {
  it('reports every file\'s problems per field with a count and the first rows, not only the first file\'s', () => {
    const staffLines = ['id,ethnicity,startDate'];
    for (let i = 0; i < 3000; i += 1) staffLines.push(`S${i},Indian,01/04/2024`);
    const staff = folder.file('staff-uk-dates.csv', `${staffLines.join('\n')}\n`);
    const cpdLines = ['staffId,date,funded,mandatory'];
    for (let i = 0; i < 1500; i += 1) cpdLines.push(`S${i},2024-06-01,maybe,no`);
    const cpd = folder.file('cpd-bad.csv', `${cpdLines.join('\n')}\n`);
    const run = wres(['report', '--staff', staff, '--cpd', cpd, ...period]);
    expect(run.status).toBe(2);
    const lines = run.stderr.split('\n');
    expect(lines.length).toBeLessThan(40);
    expect(run.stderr).toContain(`${staff}: staff: 3,000 problems:`);
    expect(run.stderr).toMatch(/field "startDate" is not a date in the form YYYY-MM-DD[^\n]*: 3,000 rows, e\.g\. row 2 "01\/04\/2024", row 3 "01\/04\/2024", row 4 "01\/04\/2024"\./);
    expect(run.stderr).toContain(`${cpd}: cpd: 1,500 problems:`);
    expect(run.stderr).toMatch(/field "funded" [^\n]*: 1,500 rows, e\.g\. row 2 "maybe", row 3 "maybe", row 4 "maybe"\./);
    expect(run.stderr).toContain('Correct these rows, or run with --skip-invalid');
  });
});

describe('a closed pipe', () => {
  it('stops quietly when the reader closes standard output early (wres report ... | head -1)', async () => {
    // 3,000 pay bands make a report of more than a megabyte, far more than a pipe holds.
    const lines = ['id,ethnicity,payBand'];
    for (let i = 0; i < 6000; i += 1) lines.push(`S${i},${i % 2 === 0 ? 'Indian' : 'White British'},Band ${i % 3000}`);
    const staff = folder.file('bands.csv', `${lines.join('\n')}\n`);
    const run = await wresIntoHead(['report', '--staff', staff, ...period]);
    expect(run.firstLine).toBe('# Social Care Workforce Race Equality Standard (SC-WRES) report');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
