/**
 * A council's action plan: per metric what it has achieved, what it is working towards, who leads,
 * the target and when it is due, plus a foreword. The Markdown and HTML reports place each metric's
 * actions under its figures, as the pilot councils' published plans do.
 *
 * @module
 */
import { parse as parseYaml } from 'yaml';
import { WresInputError, type InputIssue } from '../errors.js';

/** One metric's actions. */
export interface MetricActions {
  /** What the council has achieved ("what we've achieved"). */
  achieved: string[];
  /** What it is working towards ("what we're working towards"). */
  workingTowards: string[];
  /** Who leads, e.g. "Director of HR". */
  lead?: string;
  /** The target, e.g. "Relative likelihood below 1.25 by 2026-27". */
  target?: string;
  /** When it is due, e.g. "March 2026". */
  due?: string;
}

/** An action plan: an optional foreword, and actions for any of the metrics `"1"` to `"9"`. */
export interface ActionPlan {
  foreword?: string;
  metrics: Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9', MetricActions>>;
}

const METRIC_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
const ACTION_KEYS = ['achieved', 'workingTowards', 'lead', 'target', 'due'];

/**
 * Checks an action plan read from JSON or YAML: `{ foreword?, "1": { achieved, workingTowards,
 * lead?, target?, due? }, ..., "9": {...} }`. Every problem is reported with its key path.
 *
 * @param value The parsed file.
 * @param origin What messages call it (its file name). Default `'actions'`.
 * @returns The plan.
 * @throws {WresInputError} Listing every problem (source `'options'`, `field` the key path).
 * @example
 * parseActionPlan({ '3': { achieved: ['Reviewed every case'], workingTowards: [], lead: 'Head of HR' } }).metrics['3']?.lead; // 'Head of HR'
 */
export function parseActionPlan(value: unknown, origin = 'actions'): ActionPlan {
  const issues: InputIssue[] = [];
  const problem = (field: string, found: unknown, message: string): void => {
    issues.push({ source: 'options', origin, field, value: found, message });
  };
  const plan: ActionPlan = { metrics: {} };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem('(top level)', value, 'must be a mapping of "foreword" and the metric numbers "1" to "9"');
    throw new WresInputError(issues, `The action plan ${origin} has 1 problem:`);
  }
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'foreword') {
      if (typeof entry === 'string') plan.foreword = entry;
      else problem(key, entry, 'must be text');
      continue;
    }
    if (!(METRIC_KEYS as readonly string[]).includes(key)) {
      problem(key, undefined, 'is not a known key: expected "foreword" or a metric number "1" to "9"');
      continue;
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problem(key, entry, 'must be a mapping with achieved, workingTowards, lead, target and due');
      continue;
    }
    const actions: MetricActions = { achieved: [], workingTowards: [] };
    for (const [field, item] of Object.entries(entry as Record<string, unknown>)) {
      const path = `${key}.${field}`;
      if (!ACTION_KEYS.includes(field)) {
        problem(path, undefined, `is not a known key: expected ${ACTION_KEYS.join(', ')}`);
      } else if (field === 'achieved' || field === 'workingTowards') {
        if (!Array.isArray(item) || item.some((line) => typeof line !== 'string')) problem(path, item, 'must be a list of text items');
        else actions[field] = item as string[];
      } else if (typeof item === 'string' || typeof item === 'number' || item instanceof Date) {
        actions[field as 'lead' | 'target' | 'due'] = item instanceof Date ? item.toISOString().slice(0, 10) : String(item);
      } else problem(path, item, 'must be text');
    }
    plan.metrics[key as (typeof METRIC_KEYS)[number]] = actions;
  }
  if (issues.length > 0) throw new WresInputError(issues, `The action plan ${origin} has ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}:`);
  return plan;
}

/**
 * Reads an action plan from YAML or JSON text (JSON is YAML too), then {@link parseActionPlan}.
 *
 * @param text The file's text.
 * @param origin Its name, for messages.
 * @returns The plan.
 * @throws {WresInputError} When the text is not YAML or the plan has problems.
 * @example
 * readActionPlan('foreword: Our plan.\n"2":\n  achieved: [Diverse panels]\n  workingTowards: []\n').foreword; // 'Our plan.'
 */
export function readActionPlan(text: string, origin = 'actions'): ActionPlan {
  let value: unknown;
  try {
    value = parseYaml(text, { uniqueKeys: true, maxAliasCount: 100 });
  } catch (error) {
    throw new WresInputError([{ source: 'options', origin, message: `is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}` }], `The action plan ${origin} cannot be read:`);
  }
  return parseActionPlan(value, origin);
}
