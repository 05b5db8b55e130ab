/**
 * Splitting the command line into flags and positional arguments, strictly: a flag that takes a
 * value never takes the next flag as its value (`--staff --period X` is a missing value, not a file
 * named `--period`), and a flag given twice is a problem rather than the last one silently winning.
 *
 * @module
 */

/** What the command line holds: flag values (`true` for a flag without one), positionals, problems. */
export interface SplitArgv {
  /** Flag name (without dashes) -> value. Null-prototype, so any flag name is an ordinary key. */
  values: Record<string, string | true>;
  positionals: string[];
  problems: string[];
}

/** Short flags and the long flag each stands for. */
const SHORT: ReadonlyMap<string, string> = new Map([
  ['-h', 'help'],
  ['-v', 'version'],
]);

/** Whether an argument is a flag (not a value): `--name`, `--name=value` or a known short flag. */
function isFlag(arg: string): boolean {
  return (arg.startsWith('--') && arg.length > 2) || SHORT.has(arg);
}

/**
 * Splits `argv` into flags and positionals. `stringFlags` take a value (`--flag value` or
 * `--flag=value`; `-` is a value); other flags take none. Unknown flags are kept (the caller names
 * them) and take no value. After `--`, everything is positional.
 *
 * @param argv The arguments.
 * @param stringFlags Names of the flags that take a value.
 * @returns The flags, the positionals, and every problem as a sentence.
 * @example
 * splitArgv(['report', '--staff', '--period', 'X'], new Set(['staff', 'period'])).problems;
 * // ['--staff needs a value (the next argument, --period, is a flag).']
 */
export function splitArgv(argv: readonly string[], stringFlags: ReadonlySet<string>): SplitArgv {
  const values: Record<string, string | true> = Object.create(null) as Record<string, string | true>;
  const positionals: string[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string[]>();
  const set = (name: string, value: string | true): void => {
    const shown = value === true ? `--${name}` : `--${name} ${value}`;
    const earlier = seen.get(name);
    if (earlier === undefined) {
      seen.set(name, [shown]);
      values[name] = value;
    } else {
      earlier.push(shown);
    }
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!isFlag(arg)) {
      positionals.push(arg);
      continue;
    }
    const short = SHORT.get(arg);
    const eq = arg.indexOf('=');
    const name = short ?? (eq < 0 ? arg.slice(2) : arg.slice(2, eq));
    if (eq >= 0 && short === undefined) {
      set(name, arg.slice(eq + 1));
      continue;
    }
    if (!stringFlags.has(name)) {
      set(name, true);
      continue;
    }
    const next = argv[i + 1];
    if (next === undefined || isFlag(next)) {
      // Kept as `true`, so the caller knows the flag was there (and does not call it missing).
      problems.push(next === undefined ? `--${name} needs a value.` : `--${name} needs a value (the next argument, ${next.split('=')[0]}, is a flag).`);
      set(name, true);
      continue;
    }
    set(name, next);
    i += 1;
  }
  for (const [name, given] of seen) {
    if (given.length > 1) {
      problems.push(`--${name} is given ${given.length} times (${given.map((g) => `"${g}"`).join(', ')}); give it once.`);
    }
  }
  return { values, positionals, problems };
}
