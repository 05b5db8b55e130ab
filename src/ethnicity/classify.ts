/**
 * Classification of raw ethnicity values into a category, a broad group and the SC-WRES
 * comparison group (SPEC section 2).
 *
 * @module
 */
import { type InputIssue, WresInputError } from '../errors.js';
import {
  type BroadGroup,
  CATEGORY_BROAD_GROUP,
  ETHNICITY_LOOKUP,
  GROUP_CATEGORIES,
  NHS_ETHNIC_CATEGORY_CODES,
  UNKNOWN_CATEGORY,
  WHITE_BRITISH,
  normaliseEthnicity,
} from './tables.js';

/** The comparison groups of every SC-WRES metric: focal `minority`, reference `white`, and `unknown` (left out). */
export type ComparisonGroup = 'minority' | 'white' | 'unknown';

/** The classification of one value. */
export interface EthnicityClassification {
  /** Canonical category: an ONS 2021 label, a group-level label ("White", "Asian or Asian British"...), or `'Unknown'`. */
  category: string;
  broadGroup: BroadGroup;
  comparisonGroup: ComparisonGroup;
  /**
   * Whether the value was recognised. Only a non-blank value that no table or mapping knows is
   * `false` (and is listed by {@link EthnicityClassifier.unmatched}); blank, null and "not stated"
   * are recognised unknowns.
   */
  matched: boolean;
}

/** Options of the classifier (the `ethnicity` options of `computeReport`, less `terminology`). */
export interface EthnicityOptions {
  /**
   * `'white'` (default): every White category is in the reference group. `'minority'`: White
   * minorities (Irish, Gypsy or Irish Traveller, Roma, Other White) join the focal group, as
   * the ONS "including White minorities" grouping does; White British stays the reference.
   */
  whiteMinorities?: 'white' | 'minority';
  /**
   * Raw value to category, taking precedence over the built-in tables and matched with the same
   * normalisation. A category may be any label, spelling or NHS code the tables know, or a broad
   * group name (`'white'`, `'mixed'`, `'asian'`, `'black'`, `'other'`, `'unknown'`).
   */
  mapping?: Record<string, string>;
}

/** A reusable classifier that caches by raw value and counts unmatched values. */
export interface EthnicityClassifier {
  /**
   * Classifies one value (`null`/`undefined`/blank are unknown; a number such as 99 is read as
   * its decimal text). The returned object is frozen and shared.
   */
  classify(value: string | number | null | undefined): EthnicityClassification;
  /** Non-blank values no table or mapping recognised, with how often each was classified, most frequent first. */
  unmatched(): { value: string; count: number }[];
}

const NHS_CODES = new Set(NHS_ETHNIC_CATEGORY_CODES.map((c) => c.code.toLowerCase()));
const WHITE_GROUP_LABEL = GROUP_CATEGORIES.find((c) => c.broadGroup === 'white')?.label ?? 'White';

function comparisonGroupOf(category: string, broadGroup: BroadGroup, whiteMinorities: 'white' | 'minority'): ComparisonGroup {
  if (broadGroup === 'unknown') return 'unknown';
  if (broadGroup !== 'white') return 'minority';
  if (whiteMinorities === 'white') return 'white';
  if (category === WHITE_BRITISH) return 'white';
  // "White" alone cannot be placed when White minorities are focal.
  return category === WHITE_GROUP_LABEL ? 'unknown' : 'minority';
}

/**
 * The category of a normalised key from the built-in tables: the whole key, or a key that
 * carries an NHS code and a label that agree ("A - White British", "White British (A)").
 */
function lookupCategory(key: string): string | undefined {
  const direct = ETHNICITY_LOOKUP.get(key);
  if (direct !== undefined) return direct;
  const first = key.indexOf(' ');
  if (first < 0) return undefined;
  const last = key.lastIndexOf(' ');
  for (const [code, rest] of [
    [key.slice(0, first), key.slice(first + 1)],
    [key.slice(last + 1), key.slice(0, last)],
  ] as const) {
    if (!NHS_CODES.has(code)) continue;
    const byCode = ETHNICITY_LOOKUP.get(code);
    const byLabel = ETHNICITY_LOOKUP.get(rest);
    if (byLabel !== undefined && byLabel === byCode) return byLabel;
  }
  return undefined;
}

function validateOptions(options: EthnicityOptions): Map<string, string> {
  const issues: InputIssue[] = [];
  const { whiteMinorities, mapping } = options;
  if (whiteMinorities !== undefined && whiteMinorities !== 'white' && whiteMinorities !== 'minority') {
    issues.push({ source: 'options', field: 'ethnicity.whiteMinorities', value: whiteMinorities, message: "must be 'white' or 'minority'" });
  }
  const custom = new Map<string, string>();
  if (mapping !== undefined) {
    if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
      issues.push({ source: 'options', field: 'ethnicity.mapping', message: 'must be an object from raw value to category' });
    } else {
      for (const [raw, target] of Object.entries(mapping)) {
        const category = typeof target === 'string' ? lookupCategory(normaliseEthnicity(target)) : undefined;
        if (category === undefined) {
          issues.push({
            source: 'options',
            field: `ethnicity.mapping[${JSON.stringify(raw)}]`,
            value: target,
            message:
              'is not an ethnic category the library knows (use an ONS 2021 or 2011 label, an NHS code, or one of white, mixed, asian, black, other, unknown)',
          });
        } else {
          custom.set(normaliseEthnicity(raw), category);
        }
      }
    }
  }
  if (issues.length > 0) throw new WresInputError(issues, 'The ethnicity options are invalid:');
  return custom;
}

/**
 * Creates a classifier for many values (one call per record): results are cached by the raw
 * string, so a million records with a few dozen distinct spellings cost a million Map lookups.
 * Unmatched non-blank values are counted for the report's "unmatched ethnicity" list.
 *
 * Order of matching: the custom `mapping`, then the built-in tables (ONS 2021, ONS 2011, NHS
 * codes, common spellings), all after normalisation (case, spaces and punctuation ignored).
 *
 * @param options `whiteMinorities` and a custom `mapping`.
 * @returns A classifier with `classify(value)` and `unmatched()`.
 * @throws {WresInputError} (source `'options'`) when `whiteMinorities` is not `'white'` or
 *   `'minority'`, or a mapping target is not a known category.
 * @example
 * const classifier = createEthnicityClassifier({ mapping: { 'WB': 'White British' } });
 * classifier.classify('WB').comparisonGroup;      // 'white'
 * classifier.classify('Black African').category; // 'Black, Black British, Caribbean or African: African'
 * classifier.classify('Martian');                // { category: 'Unknown', broadGroup: 'unknown', comparisonGroup: 'unknown', matched: false }
 * classifier.unmatched();                        // [{ value: 'Martian', count: 1 }]
 */
export function createEthnicityClassifier(options: EthnicityOptions = {}): EthnicityClassifier {
  const custom = validateOptions(options);
  const whiteMinorities = options.whiteMinorities ?? 'white';
  const byCategory = new Map<string, EthnicityClassification>();
  const resultFor = (category: string, matched: boolean): EthnicityClassification => {
    const cacheKey = matched ? category : `\u0000${category}`;
    let result = byCategory.get(cacheKey);
    if (result === undefined) {
      const broadGroup = CATEGORY_BROAD_GROUP.get(category) ?? 'unknown';
      result = Object.freeze({
        category,
        broadGroup,
        comparisonGroup: comparisonGroupOf(category, broadGroup, whiteMinorities),
        matched,
      });
      byCategory.set(cacheKey, result);
    }
    return result;
  };
  const blank = resultFor(UNKNOWN_CATEGORY, true);
  const cache = new Map<string | number, EthnicityClassification>();
  const unmatchedCounts = new Map<string, number>();

  return {
    classify(value) {
      if (value === null || value === undefined) return blank;
      const cached = cache.get(value);
      if (cached !== undefined) {
        if (!cached.matched) {
          const raw = String(value);
          unmatchedCounts.set(raw, (unmatchedCounts.get(raw) ?? 0) + 1);
        }
        return cached;
      }
      const raw = typeof value === 'string' ? value : String(value);
      const key = normaliseEthnicity(raw);
      let result: EthnicityClassification;
      if (key === '') {
        result = blank;
      } else {
        const category = custom.get(key) ?? lookupCategory(key);
        result = category === undefined ? resultFor(UNKNOWN_CATEGORY, false) : resultFor(category, true);
      }
      cache.set(value, result);
      if (!result.matched) unmatchedCounts.set(raw, (unmatchedCounts.get(raw) ?? 0) + 1);
      return result;
    },
    unmatched() {
      return [...unmatchedCounts]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    },
  };
}

/**
 * Classifies one ethnicity value. For many values use {@link createEthnicityClassifier}, which
 * caches and counts unmatched values.
 *
 * @param value The value as recorded (label, spelling or NHS code); null, undefined and blank are unknown.
 * @param options `whiteMinorities` and a custom `mapping`.
 * @returns The category, broad group, comparison group, and whether the value was recognised.
 * @throws {WresInputError} When the options are invalid (see {@link createEthnicityClassifier}).
 * @example
 * classifyEthnicity('white - british');
 * // { category: 'White: English, Welsh, Scottish, Northern Irish or British', broadGroup: 'white', comparisonGroup: 'white', matched: true }
 * classifyEthnicity('B').comparisonGroup;                                    // 'white' (NHS code B, White Irish)
 * classifyEthnicity('B', { whiteMinorities: 'minority' }).comparisonGroup;   // 'minority'
 * classifyEthnicity('Prefer not to say').comparisonGroup;                    // 'unknown'
 */
export function classifyEthnicity(
  value: string | number | null | undefined,
  options: EthnicityOptions = {},
): EthnicityClassification {
  return createEthnicityClassifier(options).classify(value);
}
