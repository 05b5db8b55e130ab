/**
 * Problems found while validating, kept in bounded memory however many records are bad
 * (issue 13, item 2; SPEC 10a): the first problems of each source, and a count of every problem
 * by source and reason. Two million bad rows cost the same memory as two thousand.
 *
 * @module
 */
import { type InputIssue, type ProblemCount, WresInputError } from '../errors.js';
import type { SourceName } from '../model/counts.js';
import { type Finding, MAX_MESSAGE_ISSUES, SOURCE_NAMES, sortIssues } from './findings.js';

/**
 * Most distinct reasons counted for one source; further reasons (say, a different unknown key in
 * every record) are counted together under {@link OTHER_REASONS}.
 *
 * @example
 * MAX_REASONS; // 100
 */
export const MAX_REASONS = 100;

/** The reason further problems are counted under once a source has {@link MAX_REASONS} reasons. */
export const OTHER_REASONS = 'other problems';

/** Counts by reason, at most {@link MAX_REASONS} distinct ones (the rest under {@link OTHER_REASONS}). */
export class ReasonCounts {
  private readonly counts = new Map<string, number>();

  /** Counts one problem under `reason`. */
  add(reason: string): void {
    const known = this.counts.get(reason);
    if (known !== undefined) this.counts.set(reason, known + 1);
    else if (this.counts.size < MAX_REASONS) this.counts.set(reason, 1);
    else this.counts.set(OTHER_REASONS, (this.counts.get(OTHER_REASONS) ?? 0) + 1);
  }

  /** The reasons by count, largest first, then alphabetically. */
  list(): { reason: string; count: number }[] {
    return [...this.counts]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  }
}

interface SourceProblems {
  total: number;
  kept: InputIssue[];
  reasons: ReasonCounts;
  /** Counts by field and message (the kinds the error reports), at most {@link MAX_REASONS}. */
  kinds: Map<string, ProblemCount>;
  otherKinds: number;
}

/**
 * Collects the problems of strict validation: keeps the first {@link MAX_MESSAGE_ISSUES} issues
 * of each source and counts all of them by reason and by kind.
 */
export class ProblemLog {
  private readonly sources = new Map<string, SourceProblems>();
  /** How many problems were found in all. */
  total = 0;

  /** Records one problem. */
  add(finding: Finding): void {
    this.total += 1;
    const { issue } = finding;
    let problems = this.sources.get(issue.source);
    if (problems === undefined) {
      problems = { total: 0, kept: [], reasons: new ReasonCounts(), kinds: new Map(), otherKinds: 0 };
      this.sources.set(issue.source, problems);
    }
    problems.total += 1;
    problems.reasons.add(finding.reason);
    if (problems.kept.length < MAX_MESSAGE_ISSUES) problems.kept.push(issue);
    const key = `${issue.field ?? ''}\u0000${issue.message}`;
    const kind = problems.kinds.get(key);
    if (kind !== undefined) kind.count += 1;
    else if (problems.kinds.size < MAX_REASONS) {
      const entry: ProblemCount = { source: issue.source, message: issue.message, count: 1 };
      if (issue.field !== undefined) entry.field = issue.field;
      problems.kinds.set(key, entry);
    } else problems.otherKinds += 1;
  }

  /**
   * The error listing the problems: at most {@link MAX_MESSAGE_ISSUES} in all, shared fairly
   * between the sources that have problems (each source's first ones). When that is not all of
   * them, the summary counts each source's problems by kind and `counted` holds the counts.
   */
  error(): WresInputError {
    const order = [...this.sources.keys()].sort(
      (a, b) => SOURCE_NAMES.indexOf(a as SourceName) - SOURCE_NAMES.indexOf(b as SourceName),
    );
    const shares = fairShares(order.map((s) => this.sources.get(s)!.kept.length), MAX_MESSAGE_ISSUES);
    const issues: InputIssue[] = [];
    const summaries: string[] = [];
    order.forEach((source, i) => {
      const problems = this.sources.get(source)!;
      const listed = shares[i]!;
      if (listed < problems.total) {
        const kinds = problems.reasons.list();
        const shown = kinds.slice(0, 10).map((k) => `${k.count} with ${k.reason}`);
        if (kinds.length > 10) shown.push(`${kinds.slice(10).reduce((n, k) => n + k.count, 0)} of other kinds`);
        summaries.push(`${source}: ${problems.total} problems, the first ${listed} listed; by kind: ${shown.join('; ')}.`);
      }
      issues.push(...sortIssues(problems.kept.slice(0, listed)));
    });
    const head = `The dataset has ${this.total} ${this.total === 1 ? 'problem' : 'problems'}`;
    if (summaries.length === 0) return new WresInputError(issues, `${head}:`);
    const byKind = order.flatMap((source) => {
      const problems = this.sources.get(source)!;
      const counts = [...problems.kinds.values()].map((k) => ({ ...k }));
      if (problems.otherKinds > 0) counts.push({ source: problems.kept[0]!.source, message: OTHER_REASONS, count: problems.otherKinds });
      return counts;
    });
    return new WresInputError(
      issues,
      [`${head}; the first of each source are listed after a count of each kind:`, ...summaries].join('\n'),
      Number.POSITIVE_INFINITY,
      { total: this.total, byKind },
    );
  }
}

/** Splits `limit` slots between lists of the given lengths: each gets its length or an equal share. */
function fairShares(lengths: readonly number[], limit: number): number[] {
  const shares = lengths.map(() => 0);
  const byLength = lengths.map((length, i) => ({ length, i })).sort((a, b) => a.length - b.length);
  let remaining = limit;
  byLength.forEach(({ length, i }, k) => {
    const share = Math.min(length, Math.floor(remaining / (byLength.length - k)));
    shares[i] = share;
    remaining -= share;
  });
  return shares;
}
