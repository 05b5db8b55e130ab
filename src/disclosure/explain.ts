/**
 * The analyst's workings (SPEC 8a): which rule withheld each value of a published report, what it
 * protects, and what would let each withheld headline figure be published. Never published: the
 * rules tell a reader ranges ("a small complement" in a group of fewer than 10 is a zero).
 *
 * @module
 */
import type { FocalGroup, PublishedReport, Suppressed, WresReport } from '../model/report.js';
import { protectReport, type WithheldRule } from './apply.js';
import { jointlyFixed } from './joint.js';
import { isSuppressed } from './suppressed.js';
import type { DisclosurePolicy, PresetName } from './types.js';

export type { WithheldRule } from './apply.js';

/** One withheld value of the published report, with its rule (unpublished workings). */
export interface WithheldValueExplanation {
  /** Where it stands in the published report, e.g. `metrics[2].comparisons[0].focal.count`. */
  path: string;
  /** The rule that withheld it. */
  rule: WithheldRule;
  /** For a count: the people it counts, in words. */
  cell?: string;
  /** For a count: its true value. */
  value?: number;
  /** What withholding it protects, as a sentence. */
  protects: string;
}

/** A headline figure (a relative likelihood, or metric 9's sentence) that is withheld, and why. */
export interface WithheldHeadline {
  /** The metric's number. */
  metric: number;
  /** The comparison key (`senior-management`, `band:SO1-SO2`, ...). */
  key: string;
  /** The focal group. */
  group: FocalGroup;
  /** Why it is withheld, as a sentence naming the counts behind it. */
  because: string;
  /** What would let it be published, as a sentence. */
  toPublish: string;
}

/** The result of {@link explainDisclosure}. */
export interface DisclosureExplanation {
  /** The policy's name. */
  policy: string;
  /** How many values the published report withholds (as its summary says). */
  withheld: number;
  /** Every withheld value, in the order they stand in the report. */
  values: WithheldValueExplanation[];
  /** Every withheld headline figure, metric by metric. */
  headlines: WithheldHeadline[];
}

const GROUP_WORDS: Record<string, string> = {
  white: 'white',
  unknown: 'unknown-ethnicity',
  asian: 'Asian',
  black: 'Black',
  mixed: 'Mixed',
  other: 'Other ethnic group',
  'white-minorities': 'White minority',
};

/** Words for the people a cell counts, from its id (see layout.ts for the ids). */
function cellWords(id: string, report: WresReport): string {
  const group = (name: string): string => (name === 'minority' ? report.options.terminology : GROUP_WORDS[name] ?? name);
  const bands = report.metrics[0]?.bands?.rows ?? [];
  let match = /^band\[(\d+)\]\.(\w[\w-]*)$/.exec(id);
  if (match !== null) {
    const label = bands[Number(match[1])]?.band ?? match[1];
    return match[2] === 'total' ? `staff of known ethnicity in pay band ${label}` : `${group(match[2]!)} staff in pay band ${label}`;
  }
  match = /^(band-not-known|totals|snapshot|population|regulated)\.(\w[\w-]*)$/.exec(id);
  if (match !== null) {
    const who = match[2] === 'total' ? 'staff of known ethnicity' : `${group(match[2]!)} staff`;
    switch (match[1]) {
      case 'band-not-known':
        return `${who} in post with no pay band`;
      case 'totals':
        return `${who} in post with a known pay band`;
      case 'snapshot':
        return `${who} in post`;
      case 'population':
        return `${who} employed in the period (metrics 3, 5 and 8)`;
      default:
        return `${who} who are regulated professionals (metric 4)`;
    }
  }
  match = /^sc-wres-(\d)\/([\w-]+?)\/population\.(\w[\w-]*)$/.exec(id);
  if (match !== null) return `${group(match[3]!)} people in the population of metric ${match[1]} (${match[2]})`;
  match = /^sc-wres-(\d)\/([\w-]+?)(?:\/(\w+)\/(focal|reference)\.(count|total)|\.(\w[\w-]*))$/.exec(id);
  if (match !== null) {
    const metric = Number(match[1]);
    const who = match[6] !== undefined ? group(match[6]) : group(match[4] === 'reference' ? 'white' : match[3]!);
    return `${who} people ${match[5] === 'total' ? 'in the population of' : 'counted by'} metric ${metric} (${match[2]})`;
  }
  match = /^sc-wres-(\d)\/unknownEthnicity$/.exec(id);
  if (match !== null) return `records of unknown ethnicity left out of metric ${match[1]}`;
  return id;
}

/** Every withheld object of a published report, with its path. */
function withheldPaths(value: unknown, path: string, found: [Suppressed, string][]): void {
  if (isSuppressed(value)) {
    found.push([value, path]);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => withheldPaths(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) withheldPaths(item, path === '' ? key : `${path}.${key}`, found);
  }
}

/** The true value of a cell: the first position of the original report the workings place it at. */
function truthOf(report: WresReport, path: string): number | undefined {
  let node: unknown = report;
  for (const part of path.split(/\.|\[|\]/).filter((piece) => piece !== '')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'number' ? node : undefined;
}

/** The next step for a cell withheld by a primary rule, so that it could be published. */
function remedy(id: string, rule: WithheldRule, value: number, report: WresReport, threshold: number): string {
  const words = cellWords(id, report);
  if (/^band-not-known\./.test(id)) return `record the pay bands of the ${value} ${words} (${value === 1 ? 'it is' : 'they are'} fewer than ${threshold})`;
  if (/unknown/i.test(id)) return `record the ethnicity of the ${value} ${words}`;
  if (rule === 'small-complement') return `it needs at least ${threshold} people without the outcome where there are fewer (${words}: ${value})`;
  if (value === 0) return `the policy withholds zeros (${words})`;
  return `it needs at least ${threshold} ${words} (there are ${value}); a longer period or a wider scope may give that`;
}

/**
 * The analyst's workings for a report under a policy, never to be published: for each value the
 * published report withholds, the rule that withheld it and what it protects; for each withheld
 * headline figure (each minority ethnic comparison's relative likelihood, and metric 9's
 * sentence), the counts behind it and what would let it be published.
 *
 * The published report itself says only `withheld`, the same for every value (SPEC 8a).
 *
 * @param report The report from `computeReport` (not changed).
 * @param policy The policy the report is (or will be) published under.
 * @returns The workings: `values` (path, rule, cell, true value, what it protects) and `headlines`.
 * @throws {WresInputError} When the policy is invalid.
 * @example
 * // The example council: 7 minority ethnic staff in post have no pay band.
 * explainDisclosure(report, 'sc-wres-publication').headlines.find((h) => h.metric === 9)?.toPublish;
 * // 'record the pay bands of the 7 minority ethnic staff in post with no pay band (they are fewer than 10)'
 */
export function explainDisclosure(report: WresReport, policy: PresetName | DisclosurePolicy): DisclosureExplanation {
  const { published, workings } = protectReport(report, policy);
  const { threshold } = workings.policy;
  const found: [Suppressed, string][] = [];
  withheldPaths(published.metrics, 'metrics', found);
  const isPrimary = (id: string): boolean => {
    const rule = workings.cellRules.get(id);
    return rule === 'small-count' || rule === 'small-complement';
  };
  // What a secondary cell protects: the primary cells the tables would fix were it published
  // (else, when only several extra cells together protect them, every primary cell of its tables).
  const primaryOf = (cell: string): string[] => {
    const unknown = new Set(workings.unknown);
    unknown.delete(cell);
    const pinned = jointlyFixed(workings.tables, unknown).filter(isPrimary);
    if (pinned.length > 0) return pinned;
    // Else the primary cells of its tables; when they have none, those of the tables of the
    // secondary cells it shares a table with, and so on (leavers withheld to hide staff in post,
    // withheld to hide the staff with no pay band).
    const seenTables = new Set<number>();
    let frontier = new Set([cell]);
    while (frontier.size > 0) {
      const found = new Set<string>();
      const next = new Set<string>();
      workings.tables.forEach((arcs, index) => {
        if (seenTables.has(index) || !arcs.some((arc) => frontier.has(arc.id))) return;
        seenTables.add(index);
        for (const arc of arcs) {
          if (isPrimary(arc.id)) found.add(arc.id);
          else if (workings.cellRules.get(arc.id) === 'secondary' && !frontier.has(arc.id)) next.add(arc.id);
        }
      });
      if (found.size > 0) return [...found];
      frontier = next;
    }
    return [];
  };
  const valueAt = new Map<string, number>();
  const values: WithheldValueExplanation[] = found.map(([object, path]) => {
    const entry = workings.withheld.get(object);
    const rule = entry?.rule ?? 'derived';
    const value = truthOf(report, path);
    if (entry?.cell !== undefined && value !== undefined) valueAt.set(entry.cell, value);
    const explanation: WithheldValueExplanation = { path, rule, protects: '' };
    if (entry?.cell !== undefined) explanation.cell = cellWords(entry.cell, report);
    if (value !== undefined && entry?.cell !== undefined) explanation.value = value;
    explanation.protects = protects(rule, entry?.cell, value, report, threshold, primaryOf);
    return explanation;
  });
  const headlines = withheldHeadlines(report, published, workings.withheld, workings.cellRules, valueAt, threshold, primaryOf);
  return { policy: workings.policy.name, withheld: published.disclosure?.withheld ?? values.length, values, headlines };
}

function protects(
  rule: WithheldRule,
  cell: string | undefined,
  value: number | undefined,
  report: WresReport,
  threshold: number,
  primaryOf: (cell: string) => string[],
): string {
  switch (rule) {
    case 'small-count':
      return value === 0 ? 'A zero, withheld because the policy withholds zeros.' : `A count from 1 to ${threshold - 1}: the people in it could be identified.`;
    case 'small-complement':
      return `Fewer than ${threshold} people of its group did not have the outcome; publishing it would identify them.`;
    case 'secondary': {
      const protectedCells = cell === undefined ? [] : primaryOf(cell).map((id) => cellWords(id, report));
      return protectedCells.length === 0
        ? 'Withheld so that no other withheld count can be worked out from the published sums.'
        : `Withheld so that these cannot be worked out from the published sums: ${protectedCells.join('; ')}.`;
    }
    default:
      return 'Calculated from a withheld count.';
  }
}

/** Each minority ethnic comparison whose headline is withheld, with the counts behind it. */
function withheldHeadlines(
  report: WresReport,
  published: PublishedReport,
  withheld: Map<Suppressed, { rule: WithheldRule; cell?: string }>,
  cellRules: ReadonlyMap<string, WithheldRule>,
  valueAt: ReadonlyMap<string, number>,
  threshold: number,
  primaryOf: (cell: string) => string[],
): WithheldHeadline[] {
  const headlines: WithheldHeadline[] = [];
  const cellOf = (figure: unknown): { rule: WithheldRule; cell?: string } | undefined =>
    isSuppressed(figure) ? withheld.get(figure) : undefined;
  published.metrics.forEach((metric, metricIndex) => {
    metric.comparisons.forEach((comparison, index) => {
      const headline = metric.id === 'sc-wres-9' ? metric.representation?.statement : comparison.relativeLikelihood;
      if (comparison.group !== 'minority' || !isSuppressed(headline)) return;
      const original = report.metrics[metricIndex]!.comparisons[index]!;
      const inputs = [
        cellOf(comparison.focal.count),
        cellOf(comparison.focal.total),
        cellOf(comparison.reference.count),
        cellOf(comparison.reference.total),
      ].filter((entry): entry is { rule: WithheldRule; cell: string } => entry?.cell !== undefined);
      const reasons: string[] = [];
      const steps: string[] = [];
      for (const input of inputs) {
        const words = cellWords(input.cell, report);
        const value = valueAt.get(input.cell);
        if (input.rule === 'secondary') {
          const roots = primaryOf(input.cell).filter((id) => valueAt.has(id));
          reasons.push(`${words} are withheld to protect ${roots.length === 0 ? 'other withheld counts' : roots.map((id) => `${valueAt.get(id)} ${cellWords(id, report)}`).join(' and ')}`);
          for (const id of roots) steps.push(remedy(id, cellRules.get(id) ?? 'small-count', valueAt.get(id)!, report, threshold));
        } else {
          reasons.push(
            input.rule === 'small-complement'
              ? `all but fewer than ${threshold} of the ${words} had the outcome`
              : `${value ?? 'a few'} ${words} ${value === 1 ? 'is' : 'are'} fewer than ${threshold}`,
          );
          if (value !== undefined) steps.push(remedy(input.cell, input.rule, value, report, threshold));
        }
      }
      if (metric.id === 'sc-wres-9' && inputs.length === 0) reasons.push('the workforce figures it compares with are withheld (metric 1)');
      headlines.push({
        metric: metric.number,
        key: comparison.key,
        group: comparison.group,
        because: `Metric ${metric.number} (${original.key}) is withheld because ${reasons.join('; ') || 'a figure it is built from is withheld'}.`,
        toPublish: [...new Set(steps)].join('; ') || 'publish the figures it is built from',
      });
    });
  });
  return headlines;
}
