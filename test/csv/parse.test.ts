import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv, scanCsvHeader, streamCsv } from '../../src/csv/parse.js';
import { csvField } from '../../src/render/csv.js';
import { chunked } from './helpers.js';

describe('parseCsv', () => {
  const text =
    '\uFEFFid,ethnicity,Notes\r\n' + // row 1 (with a byte-order mark)
    '1,"White, British",a\r\n' + // row 2: quoted comma
    '\r\n' + // row 3: blank, skipped
    '2,"Asian or Asian British:\r\nIndian",b\r\n' + // rows 4-5: quoted line break
    ',,\r\n' + // row 6: empty cells only, skipped
    '3,"Said ""no""",c\r\n' + // row 7: doubled quotes
    '4,Indian\r\n' + // row 8: too few fields
    ' 5 , Black African ,d\r\n'; // row 9: padded cells
  const expected = {
    records: [
      { id: '1', ethnicity: 'White, British' },
      { id: '2', ethnicity: 'Asian or Asian British:\r\nIndian' },
      { id: '3', ethnicity: 'Said "no"' },
      { id: '5', ethnicity: 'Black African' },
    ],
    // Physical lines counted by hand in the comments above.
    rows: [2, 4, 7, 9],
  };

  it('handles a BOM, CRLF, quoted commas, quotes and line breaks, blank lines, and keeps physical row numbers', async () => {
    const parsed = await parseCsv(text, { source: 'staff', file: 'staff.csv' });
    expect(parsed.header).toEqual(['id', 'ethnicity', 'Notes']);
    expect(parsed.records).toEqual(expected.records);
    expect(parsed.rows).toEqual(expected.rows);
    expect(parsed.ignoredColumns).toEqual(['Notes']);
    expect(parsed.rejects).toEqual([
      { source: 'staff', file: 'staff.csv', row: 8, reason: 'row has a different number of fields from the header', message: 'has 2 fields but the header has 3' },
    ]);
    // rows read = accepted + rejected; the two blank lines are not rows.
    expect(parsed.rowsRead).toBe(5);
    expect(parsed.issues).toEqual([]);
  });

  it('gives the same result from a stream delivered in 1, 3 and 7 byte chunks', async () => {
    for (const size of [1, 3, 7]) {
      const parsed = await parseCsv(chunked(text, size), { source: 'staff', file: 'staff.csv' });
      expect(parsed.records).toEqual(expected.records);
      expect(parsed.rows).toEqual(expected.rows);
      expect(parsed.rowsRead).toBe(5);
    }
  });

  it('keeps a multi-byte character split across chunks whole', async () => {
    const parsed = await parseCsv(chunked('id,ethnicity\n1,Rómá – “other”\n', 1), { source: 'staff' });
    expect(parsed.records).toEqual([{ id: '1', ethnicity: 'Rómá – “other”' }]);
  });

  it('matches headers ignoring case, spaces and punctuation, and applies a column mapping', async () => {
    const parsed = await parseCsv('Staff ID,Course date,Employer funded,MANDATORY\nA1,2024-05-01,yes,no\n', {
      source: 'cpd',
      columns: { 'Course date': 'date', 'Employer funded': 'funded', 'Old column': 'date' },
    });
    expect(parsed.columns).toEqual({ 'Staff ID': 'staffId', 'Course date': 'date', 'Employer funded': 'funded', MANDATORY: 'mandatory' });
    expect(parsed.records).toEqual([{ staffId: 'A1', date: '2024-05-01', funded: 'yes', mandatory: 'no' }]);
    expect(parsed.unusedMappings).toEqual(['Old column']);
  });

  it('names the file and the missing required column', async () => {
    const parsed = await parseCsv('id,name\n1,x\n', { source: 'staff', file: 'people.csv' });
    expect(parsed.records).toEqual([]);
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ source: 'staff', field: 'ethnicity' });
    expect(parsed.issues[0]!.message).toContain('"people.csv" has no such column');
  });

  it('reports an empty file, two columns for one field, and a mapping to an unknown field', async () => {
    expect((await parseCsv('\n\n', { source: 'survey', file: 'e.csv' })).issues[0]!.message).toBe('the file "e.csv" is empty: it has no header row');
    const twice = await parseCsv('staffId,Staff ID,date\n', { source: 'disciplinaryCases' });
    expect(twice.issues[0]!.message).toContain('comes from two columns');
    const unknown = await parseCsv('who,date\n', { source: 'disciplinaryCases', columns: { who: 'person' } });
    expect(unknown.issues.map((i) => i.field)).toEqual(['person', 'staffId']);
  });

  it('rejects rows with broken quotes instead of guessing', async () => {
    // A badly placed quote spoils its own row only; a quote never closed runs to the end of the file.
    const bad = await parseCsv('id,ethnicity\n1,"Indian"x\n2,"never closed\n3,Indian\n', { source: 'staff' });
    expect(bad.records).toEqual([]);
    expect(bad.rejects.map((r) => [r.row, r.reason])).toEqual([[2, 'row has a badly placed quote'], [3, 'row has an unclosed quote']]);
    const open = await parseCsv('id,ethnicity\n1,Indian\n2,"never closed\n3,Indian\n', { source: 'staff' });
    expect(open.records).toEqual([{ id: '1', ethnicity: 'Indian' }]);
    expect(open.rejects.map((r) => [r.row, r.reason])).toEqual([[3, 'row has an unclosed quote']]);
    expect(open.rowsRead).toBe(2);
  });

  it('reports progress with the rows read', async () => {
    const calls: number[] = [];
    const body = Array.from({ length: 25 }, (_, i) => `${i},Indian`).join('\n');
    await parseCsv(`id,ethnicity\n${body}\n`, { source: 'staff', onProgress: (n) => calls.push(n), progressEvery: 10 });
    expect(calls).toEqual([10, 20, 25]);
  });

  it('round-trips any RFC 4180 file: records and physical row numbers (property)', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'B', ' ', ',', '"', '\n', '\r\n', 'é', '1') });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, cell, fc.nat(2)), { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        async (rows, eol) => {
          let text = `id,ethnicity${eol}`;
          let line = 2;
          const expectedRows: number[] = [];
          const expectedRecords: Record<string, string>[] = [];
          for (const [id, ethnicity, blanks] of rows) {
            text += eol.repeat(blanks);
            line += blanks;
            // A record whose cells are all blank is a blank line, not a row.
            if (id.trim() === '' && ethnicity.trim() === '') continue;
            text += `${csvField(id)},${csvField(ethnicity)}${eol}`;
            expectedRows.push(line);
            expectedRecords.push({ id: id.trim(), ethnicity: ethnicity.trim() });
            line += 1 + (`${id}${ethnicity}`.match(/\r\n|\r|\n/g)?.length ?? 0);
          }
          const parsed = await parseCsv(chunked(text, 5), { source: 'staff' });
          expect(parsed.records).toEqual(expectedRecords);
          expect(parsed.rows).toEqual(expectedRows);
          expect(parsed.rowsRead).toBe(parsed.records.length + parsed.rejects.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('streamCsv', () => {
  it('hands each accepted record to the handler with its row, in file order, and keeps none', async () => {
    const seen: [string, number][] = [];
    const text = 'id,ethnicity\n1,Indian\n\n2,"Black\nAfrican"\n3,x,y\n4,\n';
    const summary = await streamCsv(chunked(text, 5), { source: 'staff', file: 's.csv' }, (record, row) => seen.push([`${record.id}:${record.ethnicity}`, row]));
    // Rows counted by hand: 1 header, 2 first, 3 blank, 4-5 the quoted line break, 6 three fields, 7 last.
    expect(seen).toEqual([['1:Indian', 2], ['2:Black\nAfrican', 4], ['4:', 7]]);
    expect(summary.rowsRead).toBe(4);
    expect(summary.rejects).toEqual([{ source: 'staff', file: 's.csv', row: 6, reason: 'row has a different number of fields from the header', message: 'has 3 fields but the header has 2' }]);
    expect(summary).not.toHaveProperty('records');
  });

  it('gives parseCsv\'s records and rows for any chunking (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('1', '2', ' 3 ', '"4,5"', ''), fc.constantFrom('Indian', '"a ""b"""', '"x\ny"', '')), { maxLength: 12 }),
        fc.integer({ min: 1, max: 9 }),
        async (rows, size) => {
          const text = `id,ethnicity\r\n${rows.map(([a, b]) => `${a},${b}`).join('\r\n')}\r\n`;
          const parsed = await parseCsv(text, { source: 'staff' });
          const records: Record<string, string>[] = [];
          const lines: number[] = [];
          const summary = await streamCsv(chunked(text, size), { source: 'staff' }, (record, row) => {
            records.push(record);
            lines.push(row);
          });
          expect(records).toEqual(parsed.records);
          expect(lines).toEqual(parsed.rows);
          expect(summary.rowsRead).toBe(parsed.rowsRead);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stops reading and rejects with the handler\'s error when the handler throws', async () => {
    let calls = 0;
    const text = `id,ethnicity\n${Array.from({ length: 50 }, (_, i) => `${i},Indian`).join('\n')}\n`;
    const stream = chunked(text, 16);
    const failure = streamCsv(stream, { source: 'staff' }, () => {
      calls += 1;
      if (calls === 3) throw new RangeError('handler failed');
    });
    await expect(failure).rejects.toThrow('handler failed');
    expect(calls).toBe(3);
    expect(stream.destroyed).toBe(true);
  });

  it('does not hand on records of a file with a file-level issue', async () => {
    const seen: unknown[] = [];
    const summary = await streamCsv('id,grade\n1,A\n', { source: 'staff', file: 'x.csv' }, (record) => seen.push(record));
    expect(seen).toEqual([]);
    expect(summary.issues).toEqual([expect.objectContaining({ source: 'staff', field: 'ethnicity' })]);
  });
});

describe('scanCsvHeader', () => {
  it('reads the header of an endless stream and stops there', async () => {
    let produced = 0;
    const endless = Readable.from((function* rows() {
      yield 'ID,Ethnicity,Shoe size\n';
      for (;;) {
        produced += 1;
        yield `${produced},Indian,9\n`;
      }
    })());
    const scan = await scanCsvHeader(endless, { source: 'staff' });
    expect(scan.header).toEqual(['ID', 'Ethnicity', 'Shoe size']);
    expect(scan.columns).toEqual({ ID: 'id', Ethnicity: 'ethnicity' });
    expect(scan.ignoredColumns).toEqual(['Shoe size']);
    expect(scan.rowsRead).toBe(0);
    expect(scan.issues).toEqual([]);
    expect(endless.destroyed).toBe(true);
    expect(produced).toBeLessThan(100_000); // it stopped long before the stream would end (never)
  });

  it('names the missing required column', async () => {
    const scan = await scanCsvHeader('Employee,ethnicity\n1,Indian\n', { source: 'staff', file: 'hr.csv' });
    expect(scan.issues).toEqual([expect.objectContaining({ source: 'staff', field: 'id', message: expect.stringContaining('the file "hr.csv" has no such column') })]);
  });
});
