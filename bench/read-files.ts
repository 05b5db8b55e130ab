/**
 * The file readers alone (src/read): CSV bytes to a table in MB/s, and an .xlsx of 100,000 staff
 * rows in seconds, next to the floors of this machine (decoding the bytes and counting lines).
 * A measurement, not a test. Run: node --expose-gc --import tsx bench/read-files.ts
 * Options: READ_BENCH_ROWS (CSV rows, default 1,000,000), READ_BENCH_XLSX_ROWS (default 100,000).
 */
import { performance } from 'node:perf_hooks';
import { readTable } from '../src/read/index.js';
import { STYLE, makeXlsx, type FixtureCell } from '../test/read/xlsx-fixture.js';

const csvRows = Number(process.env.READ_BENCH_ROWS ?? 1_000_000);
const xlsxRows = Number(process.env.READ_BENCH_XLSX_ROWS ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc;
const ETHNICITIES = ['White - British', 'Asian or Asian British – Indian', 'Black or Black British - Caribbean', 'Mixed – White and Asian', 'Prefer not to say'];
const GRADES = ['Scale 1', 'Scale 4', 'SO1', 'PO3', 'PO7', 'Senior Management'];

/** Median wall and CPU time (ms) of `runs` runs after a warm-up; CPU time is steadier on a busy machine. */
function median(work: () => void, runs = 5): { wall: number; cpu: number } {
  work();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let k = 0; k < runs; k++) {
    gc?.();
    const cpu = process.cpuUsage();
    const start = performance.now();
    work();
    walls.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  const middle = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { wall: middle(walls), cpu: middle(cpus) };
}

function staffCsv(rows: number): string {
  const lines = ['Employee Number,Ethnic Origin,Grade,Annual Salary,Date Started,Leaving Date,Service Area,Contract Type'];
  for (let i = 0; i < rows; i++) {
    const salary = 18_000 + ((i * 7919) % 60_000);
    lines.push(`E${100000 + i},${ETHNICITIES[i % 5]},${GRADES[i % 6]},"£${salary.toLocaleString('en-GB')}.00",${(i % 28) + 1}/0${(i % 9) + 1}/20${10 + (i % 14)},${i % 9 === 0 ? '31/03/2025' : ''},Adult Social Care,${i % 7 === 0 ? 'Fixed Term' : 'Permanent'}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const text = staffCsv(csvRows);
const utf8 = new TextEncoder().encode(text);
// Windows-1252: the same text with £ as 0xA3 and – as 0x96.
const cp1252 = new Uint8Array([...text].map((c) => (c === '£' ? 0xa3 : c === '–' ? 0x96 : c.charCodeAt(0))));
const megabytes = utf8.length / 1e6;

const floor = median(() => {
  const decoded = new TextDecoder().decode(utf8);
  let lines = 0;
  for (let at = decoded.indexOf('\n'); at >= 0; at = decoded.indexOf('\n', at + 1)) lines++;
  if (lines === 0) throw new Error('no lines');
});
const read = median(() => {
  readTable(utf8, { name: 'staff.csv' });
});
const read1252 = median(() => {
  readTable(cp1252, { name: 'staff.csv' });
});
const table = readTable(utf8, { name: 'staff.csv' });
const everyCell = median(() => {
  let length = 0;
  for (let r = 0; r < table.rowCount; r++) for (let c = 0; c < table.header.length; c++) length += (table.cell(r, c) as string | null)?.length ?? 0;
  if (length === 0) throw new Error('no cells');
}, 3);

const sheetRows: FixtureCell[][] = [['Employee Number', 'Ethnic Origin', 'Grade', 'Annual Salary', 'Date Started', 'Leaving Date', 'Service Area', 'Contract Type']];
for (let i = 0; i < xlsxRows; i++) {
  sheetRows.push([100000 + i, ETHNICITIES[i % 5]!, GRADES[i % 6]!, { serial: 18_000 + (i % 60_000), style: STYLE.money }, { serial: 40_000 + (i % 5000) }, i % 9 === 0 ? { serial: 45_747 } : null, 'Adult Social Care', i % 7 === 0 ? 'Fixed Term' : 'Permanent']);
}
const workbook = makeXlsx({ sheets: [{ name: 'Staff', rows: sheetRows }] });
const xlsx = median(() => {
  readTable(workbook, { name: 'staff.xlsx' });
});

const row = (label: string, time: { wall: number; cpu: number }, sized = false): void => {
  const rate = sized ? `  ${(megabytes / (time.wall / 1000)).toFixed(0).padStart(4)} MB/s wall, ${(megabytes / (time.cpu / 1000)).toFixed(0).padStart(4)} MB/s CPU` : '';
  console.log(`${label.padEnd(48)} ${(time.wall / 1000).toFixed(3).padStart(7)} s wall ${(time.cpu / 1000).toFixed(3).padStart(7)} s CPU${rate}`);
};
console.log(`CSV: ${csvRows.toLocaleString('en-GB')} staff rows, ${megabytes.toFixed(1)} MB; xlsx: ${xlsxRows.toLocaleString('en-GB')} rows, ${(workbook.length / 1e6).toFixed(1)} MB zipped`);
row('floor: decode UTF-8 and count lines', floor, true);
row('readTable, UTF-8 CSV (detect, tokenise, check)', read, true);
row('readTable, Windows-1252 CSV', read1252, true);
row('every cell of the UTF-8 table as a string', everyCell);
row('readTable, .xlsx', xlsx);
console.log(`heap used after: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
