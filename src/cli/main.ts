/**
 * The `wres` command-line program (package bin, built to dist/cli.js). See docs/cli.md.
 *
 * @module
 */
import packageJson from '../../package.json' with { type: 'json' };
import { run } from './run.js';

// A reader that stops early (`wres report ... | head -1`) closes the pipe: stop quietly, without a
// stack trace. The report was computed; the reader wanted no more of it.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

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
  stdin: () => process.stdin,
});
// exitCode (not exit()) lets a large report finish writing to a pipe.
process.exitCode = code;
