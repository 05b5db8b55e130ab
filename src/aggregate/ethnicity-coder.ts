import { GroupCode, groupCodeOf, type ClassifiedEthnicity } from './group-codes.js';

const UNMATCHED = 16;

/**
 * Group codes by raw ethnicity value for one source: each distinct value is classified once and
 * then found in a Map, so a million records cost a million lookups. Counts unmatched non-blank
 * values and the share of records with a known ethnicity.
 */
export class EthnicityCoder {
  private readonly codes = new Map<string, number>();
  readonly unmatched = new Map<string, number>();
  known = 0;
  total = 0;

  constructor(private readonly classifier: (value: string | null) => ClassifiedEthnicity & { matched: boolean }) {}

  /** Counts one record with ethnicity `raw`; returns its group code. */
  code(raw: string | null): number {
    return this.count(this.classify(raw), raw);
  }

  /** The classification of `raw` (for {@link EthnicityCoder.count}), without counting a record. */
  classify(raw: string | null): number {
    if (raw === null) return GroupCode.unknown;
    let code = this.codes.get(raw);
    if (code === undefined) {
      const classified = this.classifier(raw);
      code = groupCodeOf(classified) | (classified.matched || raw.trim() === '' ? 0 : UNMATCHED);
      this.codes.set(raw, code);
    }
    return code;
  }

  /** Counts one record whose ethnicity `raw` was classified as `classified`; returns its group code. */
  count(classified: number, raw: string | null): number {
    this.total += 1;
    let code = classified;
    if (code & UNMATCHED) {
      this.unmatched.set(raw as string, (this.unmatched.get(raw as string) ?? 0) + 1);
      code &= ~UNMATCHED;
    }
    if (code !== GroupCode.unknown) this.known += 1;
    return code;
  }

  /** Adds what another coder of the same classifier counted in a later part of the records. */
  merge(later: { known: number; total: number; unmatched: Iterable<[string, number]> }): void {
    this.known += later.known;
    this.total += later.total;
    for (const [raw, count] of later.unmatched) this.unmatched.set(raw, (this.unmatched.get(raw) ?? 0) + count);
  }

  completeness(): number | null {
    return this.total === 0 ? null : this.known / this.total;
  }
}
