import type { Precision } from '../text/numbers.js';

/**
 * `--precision RATIO[,PERCENT]`: decimals of ratios and of percentages in text outputs, e.g. `2,1`
 * (the default), `1,0`, or `3` (ratios only). Each is a whole number from 0 to 6.
 */
export function parsePrecision(text: string, problems: string[]): Partial<Precision> | undefined {
  const parts = text.split(',').map((part) => part.trim());
  const valid = parts.length <= 2 && parts.every((part) => /^\d$/.test(part) && Number(part) <= 6);
  if (!valid) {
    problems.push(`--precision must be the decimals of ratios, optionally then of percentages, each 0 to 6, e.g. "2,1" or "1,0" (got "${text}").`);
    return undefined;
  }
  const precision: Partial<Precision> = { ratio: Number(parts[0]) };
  if (parts[1] !== undefined) precision.percent = Number(parts[1]);
  return precision;
}
