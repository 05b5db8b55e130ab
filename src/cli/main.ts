/**
 * The `wres` command-line program (package bin, built to dist/cli.js). See docs/cli.md.
 *
 * @module
 */
import packageJson from '../../package.json' with { type: 'json' };
import { run } from './run.js';

const code = await run(process.argv.slice(2), {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  version: packageJson.version,
});
// exitCode (not exit()) lets a large report finish writing to a pipe.
process.exitCode = code;
