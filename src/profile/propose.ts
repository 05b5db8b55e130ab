/**
 * Proposed meanings of the raw values HR, recruitment, learning and survey systems export: for
 * a starter profile (`wres init`) and for the hint of an error that lists unmapped values. A
 * proposal is a guess for the analyst to confirm, never applied without a profile saying so.
 *
 * @module
 */
import type { FieldKind } from './fields.js';
import { normaliseValue } from './normalise.js';

/** Words (normalised) and the employment type they mean; `direct` is what the report counts. */
const EMPLOYMENT: [string, RegExp][] = [
  ['agency', /agency|interim|locum|contractor|consultant|outsourced|ir35/],
  ['bank', /bank|casual|relief|sessional|zerohour|pool/],
  ['direct', /permanent|fixedterm|temporary|temp|substantive|secondment|apprentice|trainee|employee|direct|perm|ftc|salaried|contract/],
];

const NOT_ANSWERED = /prefernot|notsay|dontknow|donotknow|notknown|unknown|notapplicable|^na$|^nk$|notsure|cantremember|noanswer|declined?|notstated|withheld/;
const NEVER = /^(never|no|none|n|false|0|nottimes|0times)$/;
const YES = /^(yes|y|true|1|always|often|sometimes|rarely|once|twice|several|\d+(to|)\d*times|\d+times|morethan\d+times|morethan\d+|over\d+|\d+\d*ormore|\d+plus|many)$/;

/** Recruitment outcomes: what counts as appointed, and as shortlisted. */
const APPOINTED = /^(appointed|hired|offered|offeraccepted|offermade|successful|startersent|started|conditionalofferaccepted|unconditionaloffer)$/;
const NOT_APPOINTED = /notappointed|unsuccessful|notshortlisted|rejected|withdrawn|offerdeclined|declined|notsuccessful|notprogressed|notselected/;
const SHORTLISTED = /^(shortlisted|interviewed|invitedtointerview|appointed|offered|successful|unsuccessfulatinterview|notappointed|withdrawnafterinterview)$/;
const NOT_SHORTLISTED = /notshortlisted|rejectedatsift|sifted|unsuccessfulatshortlisting|notprogressed/;

/**
 * A yes/no meaning for one raw value, or undefined when it is not clear. Recruitment outcomes
 * ("Appointed", "Unsuccessful at interview") are read for `appointed` and `shortlisted`.
 */
export function proposeYesNo(raw: string, field?: string): 'true' | 'false' | 'null' | undefined {
  const key = normaliseValue(raw);
  if (key === '') return undefined;
  if (field === 'appointed') {
    if (APPOINTED.test(key)) return 'true';
    if (NOT_APPOINTED.test(key)) return 'false';
  }
  if (field === 'shortlisted') {
    if (NOT_SHORTLISTED.test(key)) return 'false';
    if (SHORTLISTED.test(key)) return 'true';
  }
  if (NOT_ANSWERED.test(key)) return 'null';
  if (NEVER.test(key)) return 'false';
  if (YES.test(key) || /^\d+\d*times$/.test(key) || /times$/.test(key)) return 'true';
  return undefined;
}

/** A target for a raw value of a category field, or undefined when there is no clear guess. */
export function proposeLabel(field: string, raw: string): string | undefined {
  const key = normaliseValue(raw);
  if (key === '') return undefined;
  if (field === 'employment') return EMPLOYMENT.find(([, pattern]) => pattern.test(key))?.[0];
  if (field === 'service') {
    if (/child|young|famil|youth|cyp|csc/.test(key)) return 'children';
    if (/adult|asc|olderpeople|disabilit/.test(key)) return 'adults';
  }
  return undefined;
}

/** A proposed mapping: target -> raw values, for the values that have a guess, and the values that have none. */
export interface ProposedMapping {
  mapping: Record<string, string[]>;
  undecided: string[];
}

/**
 * Proposes a `values` mapping for a field from the raw values seen.
 *
 * @param field The field's name.
 * @param kind The field's kind.
 * @param raws The distinct raw values (most frequent first).
 */
export function proposeMapping(field: string, kind: FieldKind, raws: readonly string[]): ProposedMapping {
  const mapping: Record<string, string[]> = {};
  const undecided: string[] = [];
  for (const raw of raws) {
    const target = kind === 'boolean' || kind === 'answer' ? proposeYesNo(raw, field) : proposeLabel(field, raw);
    if (target === undefined) undecided.push(raw);
    else (mapping[target] ??= []).push(raw);
  }
  return { mapping, undecided };
}
