/**
 * Mixed line endings (issue 13, item 10): exports glued together from two systems, or edited on
 * another platform, mix LF, CRLF and a lone CR. Each is one physical line, so a row number is the
 * line a text editor shows, whatever the mixture.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/csv/parse.js';
import { chunked } from './helpers.js';


describe('parseCsv with mixed line endings', () => {
  it('numbers rows by physical line with an LF header and CRLF data', async () => {
    // Lines counted by hand: 1 header, 2 S1, 3 S2, 4 blank, 5 S3.
    const parsed = await parseCsv('id,ethnicity\n1,Indian\r\n2,"White"\r\n\r\n3,Indian\r\n', { source: 'staff' });
    expect(parsed.records.map((r) => r.id)).toEqual(['1', '2', '3']);
    expect(parsed.rows).toEqual([2, 3, 5]);
    expect(parsed.records[1]).toEqual({ id: '2', ethnicity: 'White' });
  });

  it('does not merge LF data records under a CRLF header', async () => {
    const parsed = await parseCsv('id,ethnicity\r\n1,Indian\n2,Pakistani\n3,Indian\n', { source: 'staff' });
    expect(parsed.records).toEqual([
      { id: '1', ethnicity: 'Indian' },
      { id: '2', ethnicity: 'Pakistani' },
      { id: '3', ethnicity: 'Indian' },
    ]);
    expect(parsed.rows).toEqual([2, 3, 4]);
    expect(parsed.rejects).toEqual([]);
  });

  it('reads a lone CR as a line break, alone or among LF and CRLF', async () => {
    const parsed = await parseCsv('id,ethnicity\r1,Indian\r2,Pakistani\n3,Indian\r\n\r4,"Black\rAfrican"\r5,Indian', { source: 'staff' });
    expect(parsed.records.map((r) => r.id)).toEqual(['1', '2', '3', '4', '5']);
    // 1 header, 2, 3, 4, 5 blank (the lone CR), 6-7 the quoted break, 8.
    expect(parsed.rows).toEqual([2, 3, 4, 6, 8]);
    expect(parsed.records[3]!.ethnicity).toBe('Black\rAfrican');
  });

  it('numbers rows by physical line for any mixture of endings and any chunking (property)', async () => {
    const eol = fc.constantFrom('\n', '\r\n', '\r');
    await fc.assert(
      fc.asyncProperty(
        eol,
        fc.array(fc.tuple(eol, fc.nat(2), fc.boolean()), { minLength: 1, maxLength: 15 }),
        fc.integer({ min: 1, max: 11 }),
        async (headerEol, rows, size) => {
          let text = `id,ethnicity${headerEol}`;
          const starts: number[] = [];
          rows.forEach(([end, blanks, quotedBreak], i) => {
            text += end.repeat(blanks);
            starts.push(text.length);
            // A quoted cell with a line break of the row's own kind adds a physical line.
            text += quotedBreak ? `${i},"a${end}b"${end}` : `${i},Indian${end}`;
          });
          // A row's line: 1 + the line breaks before it, a CR followed by LF being one break.
          const expected = starts.map((at) => 1 + (text.slice(0, at).match(/\r\n|\r|\n/g)?.length ?? 0));
          const parsed = await parseCsv(chunked(text, size), { source: 'staff' });
          expect(parsed.rejects).toEqual([]);
          expect(parsed.records.map((r) => r.id)).toEqual(rows.map((_, i) => String(i)));
          expect(parsed.rows).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
