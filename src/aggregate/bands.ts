/**
 * Pay bands for metric 1: either `payBand` labels (ordered by the caller's `payBands`, or by first
 * appearance), or `salary` cut at the caller's `salaryBands` thresholds. Labels match case-, space-
 * and punctuation-insensitively (SPEC 10a); a band keeps the caller's label, or the first spelling seen.
 */
import { CategoryKeys } from './categories.js';

/** How staff are put into bands. */
export type BandRule =
  | { kind: 'labels'; order?: readonly string[] }
  | { kind: 'salary'; thresholds: readonly number[] };

/** Assigns band indexes; labels found in the data but not in `order` are appended after it. */
export interface BandAssigner {
  /** Index of the staff member's band, or -1 when the band is not known. Counts the record under its band. */
  indexOf(payBand: string | undefined, salary: number | undefined): number;
  /** {@link BandAssigner.indexOf} without counting the record (a new label becomes a band). */
  find(payBand: string | undefined, salary: number | undefined): number;
  /** Counts a record under band `index` (from {@link BandAssigner.find}). */
  carry(index: number): void;
  labels(): string[];
  /** Records counted under each band (by index), every staff record whatever its scope. */
  carried(): number[];
  /** How many of the labels came from the caller's order (`payBands`); the rest were found in the data. */
  ordered: number;
  /**
   * Takes in the bands another assigner of the same rule found in a later part of the records (its
   * `labels()` and `carried()`), as if those records had come here after this one's: returns the
   * index here of each of its bands.
   */
  merge(labels: readonly string[], carried: readonly number[]): number[];
}

// Made when first needed: building a number format costs some milliseconds at start, in each thread.
let pounds: Intl.NumberFormat | undefined;
const money = (value: number): string => `£${(pounds ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })).format(value)}`;

/**
 * Labels of salary bands as the national report writes them.
 *
 * @example
 * salaryBandLabels([30000, 70000]); // ['under £30,000', '£30,000 to £69,999', '£70,000 and over']
 */
export function salaryBandLabels(thresholds: readonly number[]): string[] {
  const wholePounds = thresholds.every((t) => Number.isInteger(t));
  const labels: string[] = [];
  thresholds.forEach((threshold, i) => {
    if (i === 0) labels.push(`under ${money(threshold)}`);
    const next = thresholds[i + 1];
    if (next === undefined) labels.push(`${money(threshold)} and over`);
    else labels.push(wholePounds ? `${money(threshold)} to ${money(next - 1)}` : `${money(threshold)} to under ${money(next)}`);
  });
  return labels;
}

/** Creates the band assigner for a rule. */
export function createBandAssigner(rule: BandRule): BandAssigner {
  if (rule.kind === 'salary') {
    const thresholds = rule.thresholds;
    const labels = salaryBandLabels(thresholds);
    const carried = labels.map(() => 0);
    const find = (salary: number | undefined): number => {
      if (salary === undefined) return -1;
      let index = 0;
      while (index < thresholds.length && salary >= (thresholds[index] as number)) index += 1;
      return index;
    };
    const carry = (index: number): void => {
      carried[index] = (carried[index] as number) + 1;
    };
    return {
      indexOf(_payBand, salary) {
        const index = find(salary);
        if (index >= 0) carry(index);
        return index;
      },
      find: (_payBand, salary) => find(salary),
      carry,
      labels: () => labels.slice(),
      carried: () => carried.slice(),
      // Salary bands come from thresholds, not labels a caller expects to find: none is checked.
      ordered: 0,
      merge: (_labels, more) => more.map((count, index) => {
        carried[index] = (carried[index] as number) + count;
        return index;
      }),
    };
  }
  const keys = new CategoryKeys();
  const labels: string[] = [];
  const carried: number[] = [];
  const indexes = new Map<string, number>();
  for (const label of rule.order ?? []) {
    const key = keys.of(label);
    if (!indexes.has(key)) {
      indexes.set(key, labels.length);
      labels.push(label);
      carried.push(0);
    }
  }
  const ordered = labels.length;
  /** The index of a trimmed, non-blank label: a new band when its key is new (the first spelling kept). */
  const bandOf = (label: string): number => {
    const key = keys.of(label);
    let index = indexes.get(key);
    if (index === undefined) {
      index = labels.length;
      indexes.set(key, index);
      labels.push(label);
      carried.push(0);
    }
    return index;
  };
  const find = (payBand: string | undefined): number => {
    if (payBand === undefined) return -1;
    const label = payBand.trim();
    return label === '' ? -1 : bandOf(label);
  };
  const carry = (index: number): void => {
    carried[index] = (carried[index] as number) + 1;
  };
  return {
    indexOf(payBand) {
      const index = find(payBand);
      if (index >= 0) carry(index);
      return index;
    },
    find: (payBand) => find(payBand),
    carry,
    labels: () => labels.slice(),
    carried: () => carried.slice(),
    ordered,
    merge: (more, counts) => more.map((label, i) => {
      const index = bandOf(label);
      carried[index] = (carried[index] as number) + (counts[i] as number);
      return index;
    }),
  };
}
