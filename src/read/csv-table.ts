/**
 * CSV text to a {@link RawTable}: the header, then data records whose cells are cut from the
 * decoded text only when asked for. Every record must have as many fields as the header (extra
 * fields that are all empty, as some exports end each line with a delimiter, are allowed); the
 * lines that do not, and every tokenising problem, are named together in one error.
 *
 * @module
 */
import type { RawCell, RawTable } from '../model/raw-table.js';
import { type CsvTokens, MAX_FIELD_LENGTH, type TokenProblem, fieldText, fieldsIn, tokenizeCsv } from './csv-tokens.js';
import type { Delimiter } from './delimiter.js';
import { type FileContext, type FileProblem, fileError, failFile, visible } from './problems.js';

/** Problems listed in full in one file's error (all are counted). */
const MAX_LISTED = 10;

function columnName(header: string[], field: number): string {
  const name = header[field];
  return name === undefined || name.trim() === '' ? `column ${field + 1}` : visible(name);
}

function tokenProblem(header: string[], p: TokenProblem): FileProblem {
  const at = { row: p.line, field: columnName(header, p.field) };
  switch (p.kind) {
    case 'unclosed-quote':
      return { ...at, message: 'opens a quoted value that never closes (a stray " character?)' };
    case 'text-after-quote':
      return { ...at, message: 'has text after the closing quote of a quoted value (a quote inside quotes is written "")' };
    default:
      return {
        ...at,
        message: `is ${p.length!.toLocaleString('en-GB')} characters long, more than a spreadsheet cell holds (${MAX_FIELD_LENGTH.toLocaleString('en-GB')}): a quote may have opened a value that runs on`,
      };
  }
}

/** Whether every field of record `r` from `from` on is empty. */
function restIsEmpty(tokens: CsvTokens, r: number, from: number): boolean {
  const first = tokens.first[r]!;
  for (let f = from; f < fieldsIn(tokens, r); f++) if (fieldText(tokens, first + f) !== '') return false;
  return true;
}

/**
 * Tokenises CSV text and checks its shape, giving the table a profile is applied to.
 *
 * @param text Decoded text (no byte-order mark).
 * @param delimiter The field delimiter.
 * @param skipLines Title lines above the header: the header is the first non-blank record starting
 *   below line `skipLines`.
 * @param context The file's name and source, for messages.
 * @throws {WresInputError} When there is no header, or lines with a broken quote, an overlong field
 *   or the wrong number of fields (all of them counted, the first ten named).
 */
export function csvTable(text: string, delimiter: Delimiter, skipLines: number, context: FileContext): RawTable {
  const tokens = tokenizeCsv(text, { delimiter: delimiter.charCodeAt(0), skipLines, maxProblems: MAX_LISTED });
  if (tokens.records === 0) {
    failFile(context, skipLines > 0 ? `${context.name} has no header row below line ${skipLines}` : `${context.name} has no header row: it holds no text`);
  }
  const headerFirst = tokens.first[0]!;
  const width = fieldsIn(tokens, 0);
  const header = Array.from({ length: width }, (_, f) => fieldText(tokens, headerFirst + f));

  const problems: FileProblem[] = tokens.problems.map((p) => tokenProblem(header, p));
  const brokenLines = new Set(tokens.problems.map((p) => p.line));
  let total = tokens.problemCount;
  let wider = 0;
  let widest = 0;
  for (let r = 1; r < tokens.records; r++) {
    const fields = fieldsIn(tokens, r);
    if (fields === width || (fields > width && restIsEmpty(tokens, r, width))) continue;
    if (fields > width) {
      wider++;
      widest = Math.max(widest, fields);
    }
    if (brokenLines.has(tokens.lines[r]!)) continue; // already named for its broken quote
    total++;
    if (problems.length < MAX_LISTED) {
      const line = tokens.lines[r]!;
      problems.push({
        row: line,
        message: `has ${fields} ${fields === 1 ? 'field' : 'fields'} but the header has ${width}${fields < width ? ' (a value may hold a line break without quotes around it)' : ' (a value may hold the delimiter without quotes around it)'}`,
      });
    }
  }
  if (total > 0) {
    problems.sort((a, b) => a.row! - b.row!);
    if (wider > (tokens.records - 1) / 2) {
      // Most lines are wider than the "header": it is more likely a title line above the real one.
      const line = tokens.lines[0]!;
      problems.unshift({
        row: line,
        message: `${context.name}: the header (line ${line}) has ${width} ${width === 1 ? 'field' : 'fields'} but most lines have more (up to ${widest}): if there are title lines above the header, set skipRows to their number`,
      });
      total++;
    }
    throw fileError(context, problems.slice(0, MAX_LISTED), total);
  }

  const { starts, first, lines, text: source } = tokens;
  return {
    origin: context.name,
    header,
    rowCount: tokens.records - 1,
    cell(row: number, column: number): RawCell {
      if (row < 0 || row >= tokens.records - 1 || column < 0 || column >= width) return null;
      const j = first[row + 1]! + column;
      const s = starts[j]!;
      const e = starts[j + 1]! - 1;
      if (s === e) return null;
      if (source.charCodeAt(s) !== 34) return source.slice(s, e);
      const inner = fieldText(tokens, j);
      return inner === '' ? null : inner;
    },
    rowNumber(row: number): number {
      return lines[row + 1]!;
    },
  };
}
