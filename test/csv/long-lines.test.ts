/**
 * Long lines (issue 13, item 7): one 50 MB line took 71 s and 773 MB, and a stray quote in a 71 MB
 * export 52 s, because the old reader re-read an unfinished line with every chunk. Reading is now
 * linear, and a cell longer than a spreadsheet cell (32,767 characters) stops the file at once.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/csv/parse.js';

/** A stream of `total` characters: `head`, then `fill` repeated, in 64 KiB chunks; counts what was read. */
function counted(head: string, fill: string, total: number): { stream: Readable; read: () => number } {
  let produced = 0;
  const chunk = fill.repeat(Math.ceil(65_536 / fill.length));
  const stream = Readable.from((function* chunks() {
    produced += head.length;
    yield Buffer.from(head);
    while (produced < total) {
      produced += chunk.length;
      yield Buffer.from(chunk);
    }
  })());
  return { stream, read: () => produced };
}

describe('parseCsv on long lines', () => {
  it('stops at a cell longer than 32,767 characters in a 50 MB line, naming the row and the column', async () => {
    const { stream, read } = counted('id,ethnicity,notes\n1,Indian,', 'x', 50_000_000);
    const started = performance.now();
    const parsed = await parseCsv(stream, { source: 'staff', file: 'staff.csv' });
    const seconds = (performance.now() - started) / 1000;
    expect(parsed.records).toEqual([]);
    expect(parsed.issues).toEqual([
      expect.objectContaining({ source: 'staff', row: 2, field: 'notes', message: expect.stringContaining('longer than 32,767 characters') }),
    ]);
    // It read a few chunks past the limit, not the 50 MB.
    expect(read()).toBeLessThan(300_000);
    expect(stream.destroyed).toBe(true);
    expect(seconds).toBeLessThan(2);
  });

  it('stops early at a stray quote in a large export and says the quote is probably never closed', async () => {
    const { stream, read } = counted('id,ethnicity\n1,Indian\n2,"Indian\n', '3,Indian\n', 71_000_000);
    const parsed = await parseCsv(stream, { source: 'staff', file: 'staff.csv' });
    expect(parsed.records).toEqual([{ id: '1', ethnicity: 'Indian' }]);
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ source: 'staff', row: 3, field: 'ethnicity' });
    expect(parsed.issues[0]!.message).toContain('opens with a quote that is probably never closed');
    expect(read()).toBeLessThan(300_000);
  });

  it('reads a 20 MB line of short fields in linear time, keeping only as many cells as the header needs', async () => {
    // 10 million fields on one data line: rejected for its field count, without holding the fields.
    const { stream } = counted('id,ethnicity\n1,', 'a,', 20_000_000);
    const started = performance.now();
    const parsed = await parseCsv(stream, { source: 'staff' });
    const seconds = (performance.now() - started) / 1000;
    expect(parsed.rejects).toHaveLength(1);
    expect(parsed.rejects[0]!.message).toMatch(/^has \d{8} fields but the header has 2$/);
    expect(seconds).toBeLessThan(5);
  });

  it('reads cells just under the limit, spread over many chunks, whole', async () => {
    const long = 'é'.repeat(32_767);
    const text = `id,ethnicity,notes\n1,Indian,"${long}"\n2,Indian,${long}\n`;
    const bytes = Buffer.from(text);
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 1000) chunks.push(bytes.subarray(i, i + 1000));
    const parsed = await parseCsv(Readable.from(chunks), { source: 'staff', columns: { notes: 'service' } });
    expect(parsed.issues).toEqual([]);
    expect(parsed.records.map((r) => r.service)).toEqual([long, long]);
  });

  it('reads a 20 MB first line of 10 million columns in linear time, keeping 10,001 of them, and says it is too wide', async () => {
    const { stream } = counted('', 'a,', 20_000_000);
    const started = performance.now();
    const parsed = await parseCsv(stream, { source: 'staff', file: 'one-line.csv' });
    expect(parsed.issues).toEqual([expect.objectContaining({ row: 1, message: expect.stringMatching(/^the file "one-line.csv" has 10,\d{3},\d{3} columns in its header row/) })]);
    expect(parsed.header).toEqual([]);
    expect((performance.now() - started) / 1000).toBeLessThan(5);
  });

  it('rejects a header row of more than 10,000 columns in a sentence', async () => {
    const header = Array.from({ length: 10_001 }, (_, i) => `c${i}`).join(',');
    const parsed = await parseCsv(`${header}\n`, { source: 'survey', file: 'wide.csv' });
    expect(parsed.issues).toEqual([
      expect.objectContaining({ row: 1, message: expect.stringContaining('the file "wide.csv" has 10,001 columns in its header row') }),
    ]);
  });
});
