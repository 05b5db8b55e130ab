/**
 * Categorical values (pay band labels, services, employment types) matched as ethnicity is:
 * case-, space- and punctuation-insensitively (SPEC 10a), with the first spelling seen kept for
 * display, and the values a filter or a known set did not expect tallied for the error that says so.
 *
 * @module
 */
import { normaliseEthnicity } from '../ethnicity/tables.js';

/** Most distinct spellings a {@link CategoryKeys} remembers (beyond it, keys are computed each time). */
const MAX_REMEMBERED = 10_000;

/**
 * The matching key of a categorical value: lower case, `&` read as "and", punctuation and runs
 * of spaces as one space, ends trimmed (the ethnicity normalisation), so `PO1-PO4`, `po1 po4`
 * and ` PO1 – PO4 ` match while `Scale 1-2` and `Scale 12` stay apart. Remembers the spellings
 * seen, since a column has few.
 */
export class CategoryKeys {
  private readonly keys = new Map<string, string>();

  /** The matching key of `value`. */
  of(value: string): string {
    let key = this.keys.get(value);
    if (key === undefined) {
      key = normaliseEthnicity(value);
      if (this.keys.size < MAX_REMEMBERED) this.keys.set(value, key);
    }
    return key;
  }
}

/** Most distinct values a {@link ValueTally} lists; the rest are counted together. */
const MAX_LISTED_VALUES = 100;

/**
 * Distinct values by matching key, each with the first spelling seen and a count; at most 100
 * are kept (bounded memory), the others counted in `otherCount`.
 */
export class ValueTally {
  private readonly values = new Map<string, { value: string; count: number }>();
  /** Records of values beyond the first 100 distinct ones. */
  otherCount = 0;

  /** Counts one record (or `count` records) with `value` (its matching key `key`). */
  add(key: string, value: string, count = 1): void {
    const entry = this.values.get(key);
    if (entry !== undefined) entry.count += count;
    else if (this.values.size < MAX_LISTED_VALUES) this.values.set(key, { value: value.trim(), count });
    else this.otherCount += count;
  }

  /** The values by key, in order of first appearance, and the other records' count: what {@link ValueTally.merge} takes. */
  parts(): { values: [key: string, value: string, count: number][]; otherCount: number } {
    return { values: [...this.values].map(([key, { value, count }]) => [key, value, count]), otherCount: this.otherCount };
  }

  /** Adds the tally of a later part of the records ({@link ValueTally.parts}), as if they had been counted here. */
  merge(later: ReturnType<ValueTally['parts']>): void {
    for (const [key, value, count] of later.values) this.add(key, value, count);
    this.otherCount += later.otherCount;
  }

  /** Whether any value was counted. */
  get size(): number {
    return this.values.size;
  }

  /** The values, most frequent first, then by first appearance. */
  list(): { value: string; count: number }[] {
    return [...this.values.values()].map((v, i) => ({ ...v, i })).sort((a, b) => b.count - a.count || a.i - b.i).map(({ value, count }) => ({ value, count }));
  }

  /** The values in words: `"Permanent" (412 records), "Fixed Term" (33 records)`, and the rest counted. */
  describe(): string {
    const parts = this.list().map((v) => `${JSON.stringify(v.value)} (${v.count} ${v.count === 1 ? 'record' : 'records'})`);
    if (this.otherCount > 0) parts.push(`and ${this.otherCount} more records with other values`);
    return parts.join(', ');
  }
}

/**
 * Employment types the library knows (SPEC 3 and 10a), by matching key. `direct` (or a missing
 * value) counts in every metric; the others are left out as not directly employed, and counted.
 * Any other value (`Permanent`, `Fixed Term`) is an error: the council must say which it is.
 *
 * @example
 * KNOWN_EMPLOYMENT.get('direct');  // 'direct'
 * KNOWN_EMPLOYMENT.get('agency');  // 'not-direct'
 * KNOWN_EMPLOYMENT.has('permanent'); // false
 */
export const KNOWN_EMPLOYMENT: ReadonlyMap<string, 'direct' | 'not-direct'> = new Map([
  ['direct', 'direct'],
  ['agency', 'not-direct'],
  ['bank', 'not-direct'],
  ['relief', 'not-direct'],
  ['sessional', 'not-direct'],
  ['casual', 'not-direct'],
  ['locum', 'not-direct'],
  ['contractor', 'not-direct'],
  ['volunteer', 'not-direct'],
  ['other', 'not-direct'],
] as const);
