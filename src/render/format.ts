/**
 * Number and word formatting shared by the text renderers (Markdown, CSV).
 *
 * Browser-safe: no Intl locale dependence, so the same report renders the same text everywhere.
 *
 * @module
 */
import type { Figure, FocalGroup, Suppressed, SuppressionCode } from '../model/report.js';
import { DEFAULT_PRECISION, formatCount, formatNumber, formatPercent, formatPoints, formatRatio, type Precision } from '../text/numbers.js';

/**
 * True when a value is a withheld figure (the pinned `{ suppressed: true, code, reason }` object).
 *
 * @param value Any value from a report.
 * @returns Whether the value was withheld by disclosure control.
 * @example
 * isSuppressed({ suppressed: true, code: 'withheld', reason: 'Withheld to protect a small number of people.' }); // true
 * isSuppressed(0); // false
 */
export function isSuppressed(value: unknown): value is Suppressed {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { suppressed?: unknown }).suppressed === true
  );
}

/** Line breaks and other control characters (C0 but tab, DEL, C1, and the Unicode line and paragraph separators). */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /\r\n|[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Text that came from data or options (a band label, an ethnicity value, an organisation's name,
 * the terminology, a policy's name, a service), made safe to place in Markdown or HTML: `&`, `<`
 * and `>` become the entities `&amp;`, `&lt;` and `&gt;`, and every line break or other control
 * character becomes one space, so a value can neither open an HTML element nor start a new
 * Markdown block (a heading, a list, a table row). Every renderer passes such text through this
 * function exactly once. Markdown and HTML both read the entities back as the characters.
 *
 * It does not escape quotes: inside an HTML attribute value use {@link escapeAttribute}.
 *
 * @param text Text from data or options (anything else is turned into a string first).
 * @returns The text with `&`, `<`, `>` as entities and no line breaks.
 * @example
 * escapeText('<img src=x onerror=alert(1)>'); // '&lt;img src=x onerror=alert(1)&gt;'
 * escapeText('Band A\n# Injected heading');    // 'Band A # Injected heading'
 * escapeText('Health & Social Care');          // 'Health &amp; Social Care'
 */
export function escapeText(text: unknown): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(CONTROL_CHARACTERS, ' ');
}

/**
 * Text from data or options for an HTML attribute value in double or single quotes:
 * {@link escapeText} plus `"` as `&quot;` and `'` as `&#39;`.
 *
 * @param text Text from data or options.
 * @returns The text safe between quotes in an attribute.
 * @example
 * escapeAttribute('a" onclick="x'); // 'a&quot; onclick=&quot;x'
 */
export function escapeAttribute(text: unknown): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Text from data or options for Markdown, in a paragraph or a table cell: {@link escapeText}, then
 * a backslash before `\`, `|`, `[`, `]` and `` ` `` so a value can neither end a table cell, nor
 * become a link or an image, nor open code. Markdown shows the characters themselves.
 *
 * @param text Text from data or options.
 * @returns The text safe in a Markdown paragraph or table cell.
 * @example
 * escapeMarkdown('Band | 2');                  // 'Band \\| 2'
 * escapeMarkdown('![x](https://example.org)'); // '!\\[x\\](https://example.org)'
 */
export function escapeMarkdown(text: unknown): string {
  return escapeText(text).replace(/[\\|[\]`]/g, (c) => `\\${c}`);
}

/**
 * A withheld value in words, for people reading a published report. Every withheld value reads the
 * same, whatever rule withheld it (SPEC 8a: the rule would tell a reader a range); reports from
 * version 0.1.0, whose codes named the rule, read the same too.
 *
 * @param _code The value's code (`'withheld'`; older codes are accepted and read the same).
 * @param _threshold Unused; kept so callers of version 0.1.0 still compile.
 * @returns The phrase that stands where the number stood.
 * @example
 * suppressedInWords('withheld');    // 'withheld to protect a small number'
 * suppressedInWords('small-count'); // 'withheld to protect a small number'
 */
export function suppressedInWords(_code?: SuppressionCode | string, _threshold?: number): string {
  return 'withheld to protect a small number';
}

/** Options of the text formatters: the disclosure threshold, and the decimals of ratios and percentages. */
export interface WordsOptions {
  threshold?: number;
  /** Decimals of ratios and of percentages; default 2 and 1. */
  precision?: Partial<Precision>;
}

const ratioDecimals = (options: WordsOptions): number => options.precision?.ratio ?? DEFAULT_PRECISION.ratio;
const percentDecimals = (options: WordsOptions): number => options.precision?.percent ?? DEFAULT_PRECISION.percent;

/**
 * An unbounded or finite number, the way a reader expects it: rounded half-up from its exact value,
 * thousands separated, an ASCII minus sign, `∞` for Infinity.
 *
 * @param value A number.
 * @param digits Decimal places.
 * @returns The number with a fixed number of decimals, or `∞` / `-∞`.
 * @example
 * fixed(1.23456, 2);   // '1.23'
 * fixed(201 / 200, 2); // '1.01'
 * fixed(Infinity, 2);  // '∞'
 */
export function fixed(value: number, digits: number): string {
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '-∞';
  return formatNumber(value, digits);
}

/**
 * A count with thousands separators, or the words for a withheld count.
 *
 * @param value A count or a withheld figure.
 * @param options The disclosure threshold for the words.
 * @returns The count, for example `1,112`, or the withheld phrase.
 * @example
 * count(1112); // '1,112'
 * count({ suppressed: true, code: 'withheld', reason: '' }); // 'withheld to protect a small number'
 */
export function count(value: Figure | null | undefined, options: WordsOptions = {}): string {
  if (value === null || value === undefined) return '–';
  if (isSuppressed(value)) return suppressedInWords(value.code, options.threshold);
  return formatCount(value);
}

/**
 * A proportion as a percentage, rounded half-up from its exact value (one decimal by default).
 *
 * @param value A proportion in [0, 1], null when not estimable, or a withheld figure.
 * @param options `precision.percent`: decimals (default 1).
 * @returns For example `12.4%`; `–` for null.
 * @example
 * percent(247 / 2000); // '12.4%'
 * percent(null);       // '–'
 */
export function percent(value: Figure | null | undefined, options: WordsOptions = {}): string {
  if (value === null || value === undefined) return '–';
  if (isSuppressed(value)) return suppressedInWords(value.code, options.threshold);
  return formatPercent(value, percentDecimals(options));
}

/**
 * A difference of proportions in percentage points, signed, with an ASCII minus.
 *
 * @param value A difference of proportions (e.g. 0.032), null, or a withheld figure.
 * @param options `precision.percent`: decimals (default 1).
 * @returns For example `+3.2`; `–` for null. The caller adds the unit ("pp").
 * @example
 * points(0.032);  // '+3.2'
 * points(-0.1);   // '-10.0'
 * points(0);      // '0.0'
 */
export function points(value: Figure | null | undefined, options: WordsOptions = {}): string {
  if (value === null || value === undefined) return '–';
  if (isSuppressed(value)) return suppressedInWords(value.code, options.threshold);
  return formatPoints(value, percentDecimals(options));
}

/**
 * A ratio, rounded half-up from its exact value (two decimals by default; `∞` for an unbounded limit).
 *
 * @param value A ratio, null when not estimable, or a withheld figure.
 * @param options `precision.ratio`: decimals (default 2).
 * @returns For example `1.01` for 201/200; `–` for null.
 * @example
 * ratio(201 / 200); // '1.01'
 * ratio(Infinity);  // '∞'
 */
export function ratio(value: Figure | null | undefined, options: WordsOptions = {}): string {
  if (value === null || value === undefined) return '–';
  if (isSuppressed(value)) return suppressedInWords(value.code, options.threshold);
  if (value === Infinity) return '∞';
  return formatRatio(value, ratioDecimals(options));
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * An ISO date in the long British form used in action plans.
 *
 * @param iso A `YYYY-MM-DD` date (anything else is returned unchanged).
 * @returns For example `1 April 2024`.
 * @example
 * longDate('2024-04-01'); // '1 April 2024'
 */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const month = MONTHS[Number(match[2]) - 1];
  if (month === undefined) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * The label of a focal group in text: the chosen terminology for `minority`, the broad group's name otherwise.
 *
 * @param group The comparison's focal group.
 * @param terminology The report's term for the minority group.
 * @returns The label to print.
 * @example
 * groupLabel('minority', 'Global Majority'); // 'Global Majority'
 * groupLabel('black', 'minority ethnic');    // 'Black'
 */
export function groupLabel(group: FocalGroup | string, terminology: string): string {
  switch (group) {
    case 'minority':
      return terminology;
    case 'asian':
      return 'Asian';
    case 'black':
      return 'Black';
    case 'mixed':
      return 'Mixed';
    case 'other':
      return 'Other';
    default:
      return String(group);
  }
}

const KEY_LABELS: Record<string, string> = {
  'appointed-from-shortlisting': 'Appointed from shortlisting',
  'entered-disciplinary': 'Entered the formal disciplinary process',
  'fitness-to-practise-referral': 'Referred to fitness to practise',
  'accessed-funded-cpd': 'Accessed funded non-mandatory CPD',
  'harassment-from-public': 'Harassment, bullying or abuse from the public',
  'harassment-from-colleagues': 'Harassment, bullying or abuse from colleagues',
  'harassment-from-managers': 'Harassment, bullying or abuse from managers',
  'left-organisation': 'Left the organisation',
  'senior-management': 'In senior management',
};

/**
 * A comparison key in words: `band:PO1-PO4` becomes `Pay band PO1-PO4`, pinned keys get a phrase.
 *
 * @param key A pinned comparison key.
 * @returns A label for a table row.
 * @example
 * keyLabel('band:Scale 1-2');             // 'Pay band Scale 1-2'
 * keyLabel('appointed-from-shortlisting'); // 'Appointed from shortlisting'
 */
export function keyLabel(key: string): string {
  if (key.startsWith('band:')) return `Pay band ${key.slice('band:'.length)}`;
  return KEY_LABELS[key] ?? key;
}
