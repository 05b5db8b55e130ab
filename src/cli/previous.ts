/**
 * `--previous FILE`, which `wres report` takes more than once (one earlier year's JSON report each,
 * earliest first): taken out of the arguments before the other flags are split, where a repeated
 * flag is a problem.
 */
export function takePrevious(argv: readonly string[]): { rest: string[]; previous: string[]; problems: string[] } {
  const rest: string[] = [];
  const previous: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith('--previous=')) {
      previous.push(arg.slice('--previous='.length));
    } else if (arg === '--previous') {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) problems.push('--previous needs a value (an earlier year\'s JSON report).');
      else {
        previous.push(next);
        i += 1;
      }
    } else rest.push(arg);
  }
  return { rest, previous, problems };
}
