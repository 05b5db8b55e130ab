import { unknownKeyMessage, WresInputError, type InputIssue } from '../errors.js';
import { resolveBenchmarks } from './benchmarks.js';
import type { Benchmark } from '../model/collation.js';
import type { DisclosurePolicy, PresetName } from '../disclosure/types.js';
import type { Period } from '../period/period.js';
import { toIsoDate } from '../period/iso-date.js';
import { MAX_LEVEL } from '../stats/level.js';
import type { DifferenceMethod, ProportionMethod, RatioMethod } from '../stats/types.js';
import type { ReportOptions } from './options.js';
import type { ReportOptionsSummary, Standard } from '../model/report.js';

/** Options with every default filled in and every value checked. */
export interface ResolvedOptions extends ReportOptionsSummary {
  period: Period;
  payBands?: string[];
  salaryBands?: number[];
  mapping?: Record<string, string>;
  disclosure: PresetName | DisclosurePolicy | false;
  validation: 'strict' | 'lenient';
  benchmarks?: Benchmark[];
  unknownKeys: 'error' | 'ignore';
  maxSkipped: number;
}

const STANDARDS: readonly Standard[] = ['sc-wres', 'nhs-wres'];
const POPULATIONS = ['at-risk', 'snapshot'] as const;
const BREAKDOWNS = ['none', 'broad-groups'] as const;
const WHITE_MINORITIES = ['white', 'minority'] as const;
const VALIDATION_MODES = ['strict', 'lenient'] as const;
const UNKNOWN_KEYS = ['error', 'ignore'] as const;
/** The default share of a source's rows lenient mode may skip (SPEC 10a: "default 5%"). */
const DEFAULT_MAX_SKIPPED = 0.05;
const PROPORTION_METHODS: readonly ProportionMethod[] = ['wilson', 'clopper-pearson', 'jeffreys', 'agresti-coull'];
const RATIO_METHODS: readonly RatioMethod[] = ['koopman', 'miettinen-nurminen', 'katz-log', 'adjusted-log'];
const DIFFERENCE_METHODS: readonly DifferenceMethod[] = ['newcombe', 'miettinen-nurminen'];
const KNOWN_OPTIONS = [
  'period', 'standard', 'payBands', 'salaryBands', 'population', 'scope', 'ethnicity', 'breakdown', 'intervals',
  'disclosure', 'validation', 'benchmarks', 'unknownKeys', 'maxSkipped',
] as const;
/** The keys of each nested option object: a misspelt one is an error at every depth (SPEC 10a). */
const NESTED_KEYS = {
  period: ['start', 'end'],
  scope: ['service'],
  ethnicity: ['whiteMinorities', 'terminology', 'mapping'],
  intervals: ['proportion', 'ratio', 'difference', 'level'],
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks report options and fills in the defaults. Every problem is collected and thrown
 * together as one {@link WresInputError} with source `'options'`.
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  const issues: InputIssue[] = [];
  const problem = (field: string, message: string, value?: unknown): void => {
    issues.push(value === undefined ? { source: 'options', field, message } : { source: 'options', field, value, message });
  };
  if (!isRecord(options)) {
    throw new WresInputError([{ source: 'options', message: 'must be an object with at least a period: { start, end }' }]);
  }
  const unknownKeys = (object: Record<string, unknown>, known: readonly string[], path: string | null): void => {
    for (const key of Object.keys(object)) {
      if (!known.includes(key)) {
        problem(path === null ? key : `${path}.${key}`, unknownKeyMessage(key, known, path === null ? 'option' : `setting of ${path}`));
      }
    }
  };
  unknownKeys(options, KNOWN_OPTIONS, null);
  for (const [name, known] of Object.entries(NESTED_KEYS)) {
    const nested = options[name];
    if (isRecord(nested)) unknownKeys(nested, known, name);
  }
  const oneOf = <T extends string>(field: string, value: unknown, allowed: readonly T[], fallback: T): T => {
    if (value === undefined) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    problem(field, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
    return fallback;
  };

  const period = { start: '', end: '' };
  if (!isRecord(options.period)) problem('period', 'is required: { start, end } as ISO dates (YYYY-MM-DD)');
  else {
    for (const end of ['start', 'end'] as const) {
      const iso = toIsoDate(options.period[end]);
      if (iso === null) problem(`period.${end}`, 'must be a real calendar date as YYYY-MM-DD (or a Date)', options.period[end]);
      else period[end] = iso;
    }
    if (period.start !== '' && period.end !== '' && period.start > period.end) {
      problem('period', `starts (${period.start}) after it ends (${period.end})`);
    }
  }

  const standard = oneOf('standard', options.standard, STANDARDS, 'sc-wres');
  const population = oneOf('population', options.population, POPULATIONS, 'at-risk');
  const breakdown = oneOf('breakdown', options.breakdown, BREAKDOWNS, 'none');
  const validation = oneOf('validation', options.validation, VALIDATION_MODES, 'strict');
  const unknownKeysMode = oneOf('unknownKeys', options.unknownKeys, UNKNOWN_KEYS, 'error');
  let maxSkipped = DEFAULT_MAX_SKIPPED;
  if (options.maxSkipped !== undefined) {
    if (typeof options.maxSkipped !== 'number' || !(options.maxSkipped >= 0 && options.maxSkipped <= 1)) {
      problem('maxSkipped', 'must be a share of rows from 0 to 1, such as 0.05 for 5%', options.maxSkipped);
    } else maxSkipped = options.maxSkipped;
  }

  const scope: { service?: string } = {};
  if (options.scope !== undefined) {
    if (!isRecord(options.scope)) problem('scope', 'must be an object such as { service: "adults" }', options.scope);
    else if (options.scope.service !== undefined) {
      if (typeof options.scope.service !== 'string' || options.scope.service.trim() === '') {
        problem('scope.service', 'must be a non-empty service name', options.scope.service);
      } else scope.service = options.scope.service.trim();
    }
  }

  let terminology = 'minority ethnic';
  let whiteMinorities: 'white' | 'minority' = 'white';
  let mapping: Record<string, string> | undefined;
  if (options.ethnicity !== undefined) {
    const ethnicity = options.ethnicity;
    if (!isRecord(ethnicity)) problem('ethnicity', 'must be an object', ethnicity);
    else {
      whiteMinorities = oneOf('ethnicity.whiteMinorities', ethnicity.whiteMinorities, WHITE_MINORITIES, 'white');
      if (ethnicity.terminology !== undefined) {
        if (typeof ethnicity.terminology !== 'string' || ethnicity.terminology.trim() === '') {
          problem('ethnicity.terminology', 'must be a non-empty label such as "minority ethnic"', ethnicity.terminology);
        } else terminology = ethnicity.terminology.trim();
      }
      if (ethnicity.mapping !== undefined) {
        if (!isRecord(ethnicity.mapping) || Object.values(ethnicity.mapping).some((v) => typeof v !== 'string')) {
          problem('ethnicity.mapping', 'must map raw values to category names (strings)');
        } else mapping = { ...(ethnicity.mapping as Record<string, string>) };
      }
    }
  }

  let payBands: string[] | undefined;
  if (options.payBands !== undefined) {
    if (!Array.isArray(options.payBands) || options.payBands.some((b) => typeof b !== 'string' || b.trim() === '')) {
      problem('payBands', 'must be a list of band labels (non-empty strings), lowest band first');
    } else {
      payBands = options.payBands.map((b: string) => b.trim());
      if (new Set(payBands).size !== payBands.length) problem('payBands', 'lists a band more than once');
    }
  }
  let salaryBands: number[] | undefined;
  if (options.salaryBands !== undefined) {
    const thresholds = options.salaryBands;
    if (!Array.isArray(thresholds) || thresholds.length === 0 ||
      thresholds.some((t, i) => typeof t !== 'number' || !Number.isFinite(t) || t <= 0 || (i > 0 && t <= (thresholds[i - 1] as number)))) {
      problem('salaryBands', 'must be a non-empty list of positive salary thresholds in increasing order, e.g. [30000, 70000]');
    } else salaryBands = thresholds.slice() as number[];
  }
  if (payBands !== undefined && salaryBands !== undefined) {
    problem('salaryBands', 'cannot be given together with payBands: choose bands by label or by salary');
  }

  const intervals: ReportOptionsSummary['intervals'] = { proportion: 'wilson', ratio: 'koopman', difference: 'newcombe', level: 0.95 };
  if (options.intervals !== undefined) {
    const given = options.intervals;
    if (!isRecord(given)) problem('intervals', 'must be an object', given);
    else {
      intervals.proportion = oneOf('intervals.proportion', given.proportion, PROPORTION_METHODS, 'wilson');
      intervals.ratio = oneOf('intervals.ratio', given.ratio, RATIO_METHODS, 'koopman');
      intervals.difference = oneOf('intervals.difference', given.difference, DIFFERENCE_METHODS, 'newcombe');
      if (given.level !== undefined) {
        if (typeof given.level !== 'number' || !(given.level > 0 && given.level < 1)) {
          problem('intervals.level', 'must be a number between 0 and 1, such as 0.95', given.level);
        } else if (given.level > MAX_LEVEL) {
          problem('intervals.level', `is too close to 1: its normal quantile is not finite (the highest level is ${MAX_LEVEL})`, given.level);
        } else intervals.level = given.level;
      }
    }
  }

  const disclosure = options.disclosure ?? false;
  if (disclosure !== false && typeof disclosure !== 'string' && !isRecord(disclosure)) {
    problem('disclosure', 'must be a preset name, a policy object or false', disclosure);
  }

  const benchmarks = options.benchmarks === undefined ? undefined : resolveBenchmarks(options.benchmarks, problem);

  if (issues.length > 0) throw new WresInputError(issues, `The report options have ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}:`);
  const resolved: ResolvedOptions = {
    period,
    standard,
    population,
    scope,
    terminology,
    whiteMinorities,
    breakdown,
    intervals,
    disclosure: disclosure as ResolvedOptions['disclosure'],
    validation,
    unknownKeys: unknownKeysMode,
    maxSkipped,
  };
  if (payBands !== undefined) resolved.payBands = payBands;
  if (salaryBands !== undefined) resolved.salaryBands = salaryBands;
  if (mapping !== undefined) resolved.mapping = mapping;
  if (benchmarks !== undefined) resolved.benchmarks = benchmarks;
  return resolved;
}

/** The options as the report states them. */
export function optionsSummary(resolved: ResolvedOptions): ReportOptionsSummary {
  const { standard, population, scope, terminology, whiteMinorities, breakdown, intervals } = resolved;
  return { standard, population, scope: { ...scope }, terminology, whiteMinorities, breakdown, intervals: { ...intervals } };
}
