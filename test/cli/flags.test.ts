/**
 * The command line read strictly (issue 13, items 9, 11 and 16): a flag never takes the next flag
 * as its value, a repeated flag is an error, labels in --pay-bands are read as CSV cells, and a
 * --columns file's keys are checked as its own keys only.
 */
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { csvFolder } from '../csv/helpers.js';
import { wres } from './spawn.js';

const folder = csvFolder('wres-flags-');
const period = ['--period', '2024-04-01..2025-03-31'];

function problems(argv: string[]): string[] {
  const parsed = parseCommandLine(argv);
  return parsed.ok ? [] : parsed.problems;
}

describe('flags and their values', () => {
  it('says --staff needs a value when the next argument is a flag, and still reads --period', () => {
    expect(problems(['report', '--staff', '--period', '2024-04-01..2025-03-31'])).toEqual([
      '--staff needs a value (the next argument, --period, is a flag).',
    ]);
    expect(problems(['report', '--period', '2024-04-01..2025-03-31', '--staff'])).toEqual(['--staff needs a value.']);
  });

  it('rejects a repeated flag, naming each value, rather than keeping the last', () => {
    expect(problems(['report', '--staff', 'a.csv', '--staff', 'b.csv', '--period', '2024-04-01..2025-03-31', '--period=2023-04-01..2024-03-31'])).toEqual([
      '--staff is given 2 times ("--staff a.csv", "--staff b.csv"); give it once.',
      '--period is given 2 times ("--period 2024-04-01..2025-03-31", "--period 2023-04-01..2024-03-31"); give it once.',
    ]);
    expect(problems(['report', '--staff', 'a.csv', ...period, '--skip-invalid', '--skip-invalid'])).toEqual([
      '--skip-invalid is given 2 times ("--skip-invalid", "--skip-invalid"); give it once.',
    ]);
  });

  it('reads --pay-bands as CSV cells: quoted commas, doubled quotes, quoted and unquoted line breaks', () => {
    const parsed = parseCommandLine(['report', '--staff', 's.csv', ...period, '--pay-bands', '"Band ""A"", lower",Band B\nBand "C"\r\n"Band\nD"']);
    expect(parsed.ok && parsed.value.command === 'report' ? parsed.value.options.payBands : undefined).toEqual([
      'Band "A", lower',
      'Band B',
      'Band "C"',
      'Band\nD',
    ]);
  });

  it('says when a quote in --pay-bands is never closed or is followed by text', () => {
    expect(problems(['report', '--staff', 's.csv', ...period, '--pay-bands', '"Band A,Band B'])[0]).toMatch(/^--pay-bands has a quote that is never closed/);
    expect(problems(['report', '--staff', 's.csv', ...period, '--pay-bands', '"Band A"x,Band B'])[0]).toMatch(/^--pay-bands has text after a closing quote/);
  });

  it('runs end to end: exit 2 with every flag problem, no stack trace', () => {
    const run = wres(['report', '--staff', '--period', '2024-04-01..2025-03-31', '--format', 'md', '--format', 'json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--staff needs a value (the next argument, --period, is a flag).');
    expect(run.stderr).toContain('--format is given 2 times');
    expect(run.stderr).not.toContain('--period is required');
    expect(run.stderr).not.toContain('    at ');
  });
});

describe('--columns keys', () => {
  const staff = folder.file('staff.csv', 'Employee,toString\nE1,Indian\n');

  it('rejects a source keyed constructor, __proto__ or toString', () => {
    const mapping = folder.file('columns.json', '{ "constructor": { "Employee": "id" }, "__proto__": { "x": "id" }, "toString": {} }');
    const run = wres(['report', '--staff', staff, ...period, '--columns', mapping]);
    expect(run.status).toBe(2);
    for (const key of ['constructor', '__proto__', 'toString']) {
      expect(run.stderr).toContain(`"${key}" is not a source`);
    }
  });

  it('applies a mapping keyed TOSTRING to a toString column', () => {
    const mapping = folder.file('columns-ok.json', '{ "staff": { "Employee": "id", "TOSTRING": "ethnicity" } }');
    const run = wres(['report', '--staff', staff, ...period, '--columns', mapping, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
