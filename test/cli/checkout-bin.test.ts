/**
 * `npx wres` in a checkout (issue 13, "Installing"): `npm ci` links node_modules/.bin/wres to
 * tools/wres-from-source, which runs src/cli/main.ts through tsx, so no build is needed. npx runs
 * that link; this runs it the same way, as a child process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { parseReportJson } from '../../src/render/json.js';
import { root } from './spawn.js';

const bin = join(root, 'node_modules', '.bin', 'wres');

describe('the wres bin of a checkout', () => {
  it('is linked by npm ci to the from-source launcher', () => {
    expect(existsSync(bin)).toBe(true);
    expect(realpathSync(bin)).toBe(join(root, 'tools', 'wres-from-source', 'wres.mjs'));
  });

  it('runs the program from source: the version, and a report read from standard input', () => {
    const version = spawnSync(bin, ['--version'], { cwd: join(root, 'examples'), encoding: 'utf8' });
    expect(version.stdout).toBe(`${packageJson.version}\n`);
    expect(version.status).toBe(0);
    const report = spawnSync(bin, ['report', '--staff', '-', '--period', '2024-04-01..2025-03-31', '--format', 'json'], {
      cwd: root,
      encoding: 'utf8',
      input: 'id,ethnicity\nS1,Indian\nS2,White British\n',
    });
    expect(report.stderr).toBe('');
    expect(report.status).toBe(0);
    expect(parseReportJson(report.stdout).sources.staff.rowsUsed).toBe(2);
  });
});
