/**
 * Cells as text, for matching: the one place that says how a number, a boolean or an Excel date
 * cell reads when a profile compares it with the values it lists.
 *
 * @module
 */
import type { RawCell } from '../model/raw-table.js';

/**
 * A cell's text as a person sees it: text as it is, a number in decimal, `true`/`false`, a date
 * cell as `YYYY-MM-DD`, and `''` for an empty cell.
 */
export function cellText(cell: RawCell): string {
  if (typeof cell === 'string') return cell;
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.date;
  return String(cell);
}

/** An empty cell, or text that is only white space. */
export function isBlank(cell: RawCell): boolean {
  if (cell === null) return true;
  if (typeof cell !== 'string') return false;
  if (cell.length === 0) return true;
  const first = cell.charCodeAt(0);
  return first > 32 && first !== 160 ? false : cell.trim() === '';
}

/** Text trimmed, with the common case (nothing to trim) making no copy. */
export function trimmed(text: string): string {
  const length = text.length;
  if (length > 0) {
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(length - 1);
    if (first > 32 && first !== 160 && last > 32 && last !== 160) return text;
  }
  return text.trim();
}
