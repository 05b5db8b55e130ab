/**
 * What the program says on standard error about the input: safe for a terminal (text from the
 * files never carries a control character or an escape sequence through), short however large the
 * input (long lists are cut, many problems are summarised per file and field).
 *
 * @module
 */
import { type InputIssue, type ProblemCounts, formatIssue } from '../errors.js';

export { shortList } from '../csv/problems.js';

// C0 controls, DEL, C1 controls, the line and paragraph separators, and the Unicode bidirectional
// overrides and isolates (which can make a terminal show text in another order than it is): the
// same set src/read quotes.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from the input made safe to print on a terminal: every control character (escape
 * sequences, line breaks, backspaces, bidirectional overrides) is written as a visible escape, as
 * JSON writes it.
 *
 * @param text Text that may hold anything.
 * @returns The text with each unsafe character as `\n`, `\r`, `\t` or a `\u001b`-style escape.
 * @example
 * safeForTerminal('Grade\u001b[2J\n'); // 'Grade\\u001b[2J\\n' (backslashes, printed as such)
 */
export function safeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => (Object.hasOwn(NAMED, c) ? NAMED[c]! : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** Up to this many problems, each is listed in full; beyond it they are summarised. */
const LIST_ALL_UP_TO = 20;
/** Lines shown per file when summarising. */
const LINES_PER_FILE = 12;
/** Examples shown per kind of problem when summarising. */
const EXAMPLES = 3;

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? word : `${word}s`}`;
}

/** Where an issue is within its file: `row 14`, or `record 3`, or nothing. */
function place(issue: InputIssue): string {
  if (issue.row !== undefined) return `row ${issue.row}`;
  if (issue.index !== undefined) return `record ${issue.index}`;
  return '';
}

/**
 * The lines that describe input problems. Up to 20 problems, one sentence each (prefixed with the
 * file). More than that, per file: how many, then per field and kind of problem a count, the first
 * examples with their rows, so every file's problems are seen however many there are.
 *
 * @param issues The problems, in source and row order.
 * @param fileOf The file each source came from (for the prefix), if any.
 * @param counted Every problem counted by kind, when `issues` holds only the first ones (the
 *   error's `counted`): the counts then come from it, the examples from `issues`.
 * @returns Lines, without indentation or line ends.
 */
export function problemLines(issues: readonly InputIssue[], fileOf: (source: string) => string | undefined, counted?: ProblemCounts): string[] {
  const prefix = (source: string): string => {
    const file = fileOf(source);
    return file === undefined ? '' : `${file}: `;
  };
  if (issues.length <= LIST_ALL_UP_TO && counted === undefined) return issues.map((issue) => `${prefix(issue.source)}${formatIssue(issue)}`);
  const kindKey = (source: string, field: string | undefined, message: string): string => `${source}\u0000${field ?? ''}\u0000${message}`;
  const counts = new Map((counted?.byKind ?? []).map((k) => [kindKey(k.source, k.field, k.message), k.count]));
  const sizeOf = (group: InputIssue[]): number => {
    const first = group[0]!;
    return Math.max(group.length, counts.get(kindKey(first.source, first.field, first.message)) ?? 0);
  };

  const bySource = new Map<string, Map<string, InputIssue[]>>();
  for (const issue of issues) {
    let groups = bySource.get(issue.source);
    if (groups === undefined) bySource.set(issue.source, (groups = new Map()));
    const key = `${issue.field ?? ''}\u0000${issue.message}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [issue]);
    else group.push(issue);
  }
  const lines: string[] = [];
  for (const [source, groups] of bySource) {
    const listedKinds = new Set([...groups.values()].map((g) => kindKey(source, g[0]!.field, g[0]!.message)));
    const unlisted = (counted?.byKind ?? []).filter((k) => k.source === source && !listedKinds.has(kindKey(k.source, k.field, k.message)));
    const count = [...groups.values()].reduce((n, g) => n + sizeOf(g), 0) + unlisted.reduce((n, k) => n + k.count, 0);
    lines.push(`${prefix(source)}${source}: ${plural(count, 'problem')}:`);
    let shown = 0;
    for (const group of groups.values()) {
      if (shown === LINES_PER_FILE) break;
      shown += 1;
      const first = group[0]!;
      if (sizeOf(group) === 1) {
        lines.push(`  ${formatIssue(first)}`);
        continue;
      }
      const what = first.field === undefined ? first.message.replace(/\.\s*$/, '') : `field "${first.field}" ${first.message.replace(/\.\s*$/, '')}`;
      const unit = first.row !== undefined ? 'row' : 'record';
      const examples = group.slice(0, EXAMPLES).map((issue) => {
        const value = issue.value === undefined ? '' : ` ${typeof issue.value === 'string' ? JSON.stringify(issue.value) : String(issue.value)}`;
        return `${place(issue)}${value}`.trim();
      }).filter((e) => e !== '');
      lines.push(`  ${what}: ${plural(sizeOf(group), unit)}${examples.length > 0 ? `, e.g. ${examples.join(', ')}` : ''}.`);
    }
    const rest = [...groups.values()].slice(shown).reduce((n, g) => n + sizeOf(g), 0) + unlisted.reduce((n, k) => n + k.count, 0);
    if (rest > 0) lines.push(`  ...and ${plural(rest, 'other problem')} in this file.`);
  }
  return lines;
}
