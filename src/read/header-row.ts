/**
 * Where the header is when an export puts title lines above it ("Northbrook Council", "Staff list
 * at 31/03/2025", a blank line): the first row that fills most of the columns the rows below it
 * fill. For `wres init`, which writes the `skipRows` it finds into a starter profile.
 *
 * @module
 */
import { fieldText, tokenizeCsv } from './csv-tokens.js';
import { decodeText } from './encoding.js';
import { detectFile } from './file-kind.js';
import { type FileContext, failFile } from './problems.js';
import { csvSettings } from './read-table.js';
import { sheetRowShapes } from './xlsx/xlsx-table.js';

/** Rows looked at: titles are short, and the rows below the header show its width. */
const PREVIEW_ROWS = 40;
/** Characters of a CSV looked at. */
const SAMPLE_CHARS = 64 * 1024;
/** A header fills at least this share of the cells the fullest row below it fills. */
const HEADER_FILL = 0.8;

/** A previewed row: the line (or sheet row) it starts on, and how many of its cells are not empty. */
interface RowShape {
  row: number;
  filled: number;
}

/** Index of the first row that fills two cells or more and most of what the rows below it fill. */
function headerIndex(shapes: RowShape[]): number {
  for (let i = 0; i < shapes.length; i++) {
    const filled = shapes[i]!.filled;
    if (filled < 2) continue;
    let widest = 0;
    for (let j = i + 1; j < Math.min(shapes.length, i + 1 + PREVIEW_ROWS); j++) widest = Math.max(widest, shapes[j]!.filled);
    if (filled >= HEADER_FILL * widest) return i;
  }
  return -1;
}

/** Options of {@link detectSkipRows}: what {@link readTable} would be told, less `skipRows`. */
export interface DetectSkipRowsOptions {
  name: string;
  sheet?: string;
  encoding?: string;
  delimiter?: string;
}

/**
 * How many rows are above a file's header: the `skipRows` to read it with. The header is the
 * first row with two or more values that fills at least 80% of the cells of the fullest row among
 * the next 40; title lines (one value, or a few) and blank lines above it are counted. For a CSV
 * without a given delimiter, each of comma, semicolon and tab is tried and the one that gives the
 * widest header wins. 0 when no row stands out (a one-column file).
 *
 * @param bytes The file's bytes.
 * @param options The file's name and what is known about it.
 * @returns The number of lines (CSV) or sheet rows (xlsx) above the header.
 * @throws {WresInputError} When the file cannot be read at all (another kind, bad bytes).
 * @example
 * const bytes = new TextEncoder().encode('Northbrook Council\nStaff at 31/03/2025\n\nid,grade\n1,PO3\n');
 * detectSkipRows(bytes, { name: 'staff.csv' }); // 3
 */
export function detectSkipRows(bytes: Uint8Array, options: DetectSkipRowsOptions): number {
  const context: FileContext = { name: options.name, source: 'dataset' };
  const kind = detectFile(bytes, options.name);
  if (kind.kind === 'xlsx') {
    const shapes = sheetRowShapes(bytes, options.sheet, context, PREVIEW_ROWS);
    const index = headerIndex(shapes);
    return index < 0 ? 0 : shapes[index]!.row - 1;
  }
  if (!kind.readable) failFile(context, kind.description);
  const { encoding, delimiter: given } = csvSettings(context, options);
  const text = decodeText(bytes, context, encoding).text;
  // A prefix of the text; its last record may be cut short, so it is left out when the text is longer.
  const sample = text.slice(0, SAMPLE_CHARS);
  let best = { filled: 0, row: 1 };
  for (const delimiter of given === undefined ? ([',', ';', '\t'] as const) : [given]) {
    const tokens = tokenizeCsv(sample, { delimiter: delimiter.charCodeAt(0), skipLines: 0, maxProblems: 0 });
    const complete = text.length > sample.length ? tokens.records - 1 : tokens.records;
    const shapes: RowShape[] = [];
    for (let r = 0; r < Math.min(complete, PREVIEW_ROWS + 10); r++) {
      let filled = 0;
      for (let j = tokens.first[r]!; j < tokens.first[r + 1]! - 1; j++) if (fieldText(tokens, j) !== '') filled++;
      shapes.push({ row: tokens.lines[r]!, filled });
    }
    const index = headerIndex(shapes);
    if (index >= 0 && shapes[index]!.filled > best.filled) best = shapes[index]!;
  }
  return best.row - 1;
}
