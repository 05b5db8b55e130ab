import type { GroupTally } from '../model/counts.js';

/**
 * Integer codes for the groups a record can fall in, so the record passes count into small
 * typed arrays instead of allocating per record. White minorities (all White but White British)
 * have their own code: they join `minority` only under `whiteMinorities: 'minority'`, and belong
 * to no broad group of the breakdown.
 */
export const GroupCode = {
  white: 0,
  whiteMinority: 1,
  mixed: 2,
  asian: 3,
  black: 4,
  other: 5,
  unknown: 6,
} as const;
export type GroupCode = (typeof GroupCode)[keyof typeof GroupCode];
export const GROUP_CODE_COUNT = 7;

/** The classifier output the codes are built from. */
export interface ClassifiedEthnicity {
  broadGroup: 'white' | 'mixed' | 'asian' | 'black' | 'other' | 'unknown';
  comparisonGroup: 'minority' | 'white' | 'unknown';
}

/** The group code of one classified ethnicity. */
export function groupCodeOf(classified: ClassifiedEthnicity): GroupCode {
  if (classified.comparisonGroup === 'unknown') return GroupCode.unknown;
  if (classified.comparisonGroup === 'white') return GroupCode.white;
  switch (classified.broadGroup) {
    case 'mixed':
      return GroupCode.mixed;
    case 'asian':
      return GroupCode.asian;
    case 'black':
      return GroupCode.black;
    case 'other':
      return GroupCode.other;
    default:
      return GroupCode.whiteMinority;
  }
}

/** A counter per group code. */
export type Counter = Float64Array;

export function newCounter(): Counter {
  return new Float64Array(GROUP_CODE_COUNT);
}

/** Turns a counter into a {@link GroupTally}; the broad groups are always filled. */
export function toGroupTally(counter: Counter): GroupTally {
  const at = (code: number): number => counter[code] ?? 0;
  return {
    minority: at(GroupCode.whiteMinority) + at(GroupCode.mixed) + at(GroupCode.asian) + at(GroupCode.black) + at(GroupCode.other),
    white: at(GroupCode.white),
    unknown: at(GroupCode.unknown),
    asian: at(GroupCode.asian),
    black: at(GroupCode.black),
    mixed: at(GroupCode.mixed),
    other: at(GroupCode.other),
  };
}
