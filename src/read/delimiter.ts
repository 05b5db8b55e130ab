/**
 * Which delimiter a CSV file uses, from its header line and the records below it: the candidate
 * (comma, semicolon, tab) that splits the header into more than one field and the most following
 * records into as many fields. Quoted fields are tokenised as such, so a delimiter inside quotes
 * (`"Smith; J"`) does not count.
 *
 * @module
 */
import { fieldsIn, tokenizeCsv } from './csv-tokens.js';

/** The field delimiters a CSV file may use. */
export type Delimiter = ',' | ';' | '\t';

/** The candidates, in the order a tie is settled. */
const CANDIDATES: Delimiter[] = [',', ';', '\t'];

/** How much of the text the guess reads (whole records, from the header on). */
const SAMPLE_CHARS = 64 * 1024;

const DELIMITER_NAMES: Record<string, Delimiter> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  '\t': '\t',
  '\\t': '\t',
  tab: '\t',
};

/**
 * The delimiter a name or character stands for (`','`, `'comma'`, `';'`, `'semicolon'`, `'\t'`,
 * `'tab'`), or `undefined`.
 *
 * @example
 * delimiterFromName('semicolon'); // ';'
 * delimiterFromName('|');         // undefined
 */
export function delimiterFromName(name: string): Delimiter | undefined {
  return DELIMITER_NAMES[name.length === 1 ? name : name.trim().toLowerCase()];
}

/**
 * Guesses the delimiter of CSV text. For each candidate the sample is tokenised (quotes honoured,
 * the first `skipLines` lines left out); a candidate scores the share of records that have as many
 * fields as the header, and only counts when the header has two fields or more. The best score
 * wins, then the wider header, then the order comma, semicolon, tab. A file of one column reads as
 * comma-separated.
 *
 * @param text The decoded text.
 * @param skipLines Title lines above the header.
 * @returns The delimiter.
 * @example
 * detectDelimiter('Name;Salary\n"Smith, J";"32,589"\n'); // ';'
 * detectDelimiter('Name\tGrade\nAl\tPO1\n');              // '\t'
 */
export function detectDelimiter(text: string, skipLines = 0): Delimiter {
  // A prefix of the text: its last record may be cut short, so it is left out of the scoring.
  const truncated = text.length > SAMPLE_CHARS;
  const sample = truncated ? text.slice(0, SAMPLE_CHARS) : text;
  let best: Delimiter = ',';
  let bestScore = -1;
  let bestWidth = 0;
  for (const candidate of CANDIDATES) {
    const tokens = tokenizeCsv(sample, { delimiter: candidate.charCodeAt(0), skipLines, maxProblems: 1000 });
    const records = truncated && tokens.records > 1 ? tokens.records - 1 : tokens.records;
    if (records === 0) continue;
    const width = fieldsIn(tokens, 0);
    if (width < 2) continue;
    let same = 0;
    for (let r = 1; r < records; r++) if (fieldsIn(tokens, r) === width) same++;
    const lastLine = tokens.lines[records - 1]!;
    const problems = tokens.problems.filter((problem) => !truncated || problem.line <= lastLine).length;
    const score = records === 1 ? 1 - problems : same / (records - 1) - problems / records;
    if (score > bestScore || (score === bestScore && width > bestWidth)) {
      best = candidate;
      bestScore = score;
      bestWidth = width;
    }
  }
  return best;
}
