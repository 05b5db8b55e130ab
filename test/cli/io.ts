/** Output functions for running `wres` in a test: what it writes to standard output and standard error. */
import type { CliIo } from '../../src/cli/run.js';

/** A CliIo that keeps what the program writes, in `out` (standard output) and `err` (standard error). */
export function captureIo(tty = false): CliIo & { out: string; err: string } {
  const sink = {
    out: '',
    err: '',
    stdout: (text: string) => {
      sink.out += text;
    },
    stderr: (text: string) => {
      sink.err += text;
    },
    stderrIsTTY: tty,
    env: {},
    version: '9.9.9',
  };
  return sink;
}
