/**
 * The browser example's script: reads the CSV files the user picks (in the page, nothing is
 * uploaded), validates them, computes the SC-WRES report and shows it. Bundled by build.mjs.
 */
import Papa from 'papaparse';
import {
  computeReport,
  isSuppressed,
  renderJson,
  renderMarkdown,
  validateDataset,
  WresInputError,
  type Figure,
  type PresetName,
  type PublishedReport,
  type ReportOptions,
  type WresReport,
} from 'sc-wres';

/** The form's file inputs: the dataset source each one fills. */
const SOURCES = [
  ['staff', 'staff'],
  ['applications', 'applications'],
  ['disciplinary', 'disciplinaryCases'],
  ['fitness-to-practise', 'fitnessToPractiseReferrals'],
  ['cpd', 'cpd'],
  ['survey', 'survey'],
] as const;

type SourceName = (typeof SOURCES)[number][1];

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The page has no element #${id}`);
  return found as T;
}

/** One CSV file as records keyed by header, with each record's CSV row number (the header is row 1). */
async function readCsv(file: File): Promise<{ records: Record<string, string>[]; rows: number[] }> {
  const parsed = Papa.parse<string[]>(await file.text(), { header: false, skipEmptyLines: false });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (fatal !== undefined) throw new Error(`${file.name}, row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  const [header, ...lines] = parsed.data;
  if (header === undefined) throw new Error(`${file.name} is empty: it needs a header row`);
  const names = header.map((h) => h.trim());
  const records: Record<string, string>[] = [];
  const rows: number[] = [];
  lines.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    records.push(Object.fromEntries(names.map((name, j) => [name, cells[j] ?? ''])));
    rows.push(i + 2);
  });
  return { records, rows };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Inline Markdown the renderer uses: **bold**, *italic*, `code`. */
function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>')
    .replace(/`(.+?)`/g, '<code>$1</code>');
}

/** The subset of Markdown that renderMarkdown writes (headings, tables, lists, paragraphs) as HTML. */
function markdownToHtml(markdown: string): string {
  const html: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] ?? '';
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      html.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`);
      i++;
    } else if (line.startsWith('|')) {
      const block: string[] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('|')) block.push(lines[i++] ?? '');
      const cells = (row: string) => row.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      const [head, , ...body] = block;
      html.push('<div class="table"><table>');
      if (head !== undefined && cells(head).some((c) => c !== '')) html.push(`<thead><tr>${cells(head).map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead>`);
      html.push(`<tbody>${body.map((r) => `<tr>${cells(r).map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody>`);
      html.push('</table></div>');
    } else if (line.startsWith('- ')) {
      html.push('<ul>');
      while (i < lines.length && (lines[i] ?? '').startsWith('- ')) html.push(`<li>${inline((lines[i++] ?? '').slice(2))}</li>`);
      html.push('</ul>');
    } else if (line.trim() === '') {
      i++;
    } else {
      const paragraph: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim() !== '' && !/^(#|\||- )/.test(lines[i] ?? '')) paragraph.push(lines[i++] ?? '');
      html.push(`<p>${inline(paragraph.join(' '))}</p>`);
    }
  }
  return html.join('\n');
}

function show(value: Figure | null, digits = 2): string {
  if (value === null) return '–';
  if (isSuppressed(value)) return 'withheld';
  return Number.isFinite(value) ? value.toFixed(digits) : '∞';
}

/** The summary table: one row per comparison, relative likelihood with its interval. */
function summaryTable(report: WresReport | PublishedReport): string {
  const rows = report.metrics.flatMap((m) => {
    if (m.status !== 'ok') return [`<tr data-metric="${m.number}"><td>${m.number}</td><td colspan="4">${escapeHtml(m.reason ?? m.status)}</td></tr>`];
    return m.comparisons.map((c) => {
      const rl = c.relativeLikelihood;
      const ratio = rl === null ? '–' : isSuppressed(rl) ? 'withheld' : `${show(rl.ratio)} (${show(rl.lower)} to ${show(rl.upper)})`;
      return (
        `<tr data-metric="${m.number}" data-key="${escapeHtml(c.key)}"><td>${m.number}</td><td>${escapeHtml(c.key)}</td>` +
        `<td>${show(c.focal.count, 0)} of ${show(c.focal.total, 0)}</td><td>${show(c.reference.count, 0)} of ${show(c.reference.total, 0)}</td>` +
        `<td class="rl">${ratio}</td></tr>`
      );
    });
  });
  return (
    '<div class="table"><table id="summary"><thead><tr><th>Metric</th><th>Comparison</th><th>Minority ethnic</th><th>White</th>' +
    `<th>Relative likelihood (${Math.round(report.options.intervals.level * 100)}% CI)</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}

function download(link: HTMLAnchorElement, text: string, type: string): void {
  if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.hidden = false;
}

async function run(event: SubmitEvent): Promise<void> {
  event.preventDefault();
  const status = element<HTMLElement>('status');
  const output = element<HTMLElement>('output');
  output.hidden = true;
  status.className = 'status';
  status.textContent = 'Reading the files…';
  try {
    const input: Record<string, unknown> = {};
    const rows: Partial<Record<SourceName, number[]>> = {};
    for (const [id, source] of SOURCES) {
      const file = element<HTMLInputElement>(`file-${id}`).files?.[0];
      if (file === undefined) continue;
      const csv = await readCsv(file);
      input[source] = csv.records;
      rows[source] = csv.rows;
    }
    if (input['staff'] === undefined) throw new Error('Choose the staff CSV file: every metric needs it.');
    const name = element<HTMLInputElement>('organisation').value.trim();
    const share = element<HTMLInputElement>('population-share').value.trim();
    if (name !== '' || share !== '') {
      input['organisation'] = { ...(name !== '' ? { name } : {}), ...(share !== '' ? { populationMinorityShare: Number(share) / 100 } : {}) };
    }
    const validation = validateDataset(input, { rows });

    const bands = element<HTMLInputElement>('pay-bands').value.split(',').map((b) => b.trim()).filter((b) => b !== '');
    const disclosure = element<HTMLSelectElement>('disclosure').value;
    const options: ReportOptions = {
      period: { start: element<HTMLInputElement>('period-start').value, end: element<HTMLInputElement>('period-end').value },
      disclosure: disclosure === 'none' ? false : (disclosure as PresetName),
    };
    if (bands.length > 0) options.payBands = bands;
    const report = computeReport(validation, options);

    element<HTMLElement>('summary-wrap').innerHTML = summaryTable(report);
    const markdown = renderMarkdown(report);
    element<HTMLElement>('report').innerHTML = markdownToHtml(markdown);
    download(element<HTMLAnchorElement>('download-md'), markdown, 'text/markdown');
    download(element<HTMLAnchorElement>('download-json'), renderJson(report), 'application/json');
    const used = validation.sources.staff.rowsUsed;
    status.textContent = `Report computed from ${used} staff records${report.disclosure ? `, ${report.disclosure.policy} disclosure control applied` : ' (no disclosure control: not for publication)'}.`;
    output.hidden = false;
  } catch (error) {
    status.className = 'status error';
    if (error instanceof WresInputError) {
      status.innerHTML = `<strong>${escapeHtml(error.message.split('\n')[0] ?? '')}</strong><ul>${error.message
        .split('\n')
        .slice(1)
        .map((line) => `<li>${escapeHtml(line)}</li>`)
        .join('')}</ul>`;
    } else {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  }
}

element<HTMLFormElement>('form').addEventListener('submit', (event) => void run(event));
element<HTMLElement>('status').textContent = 'Ready: choose the CSV files and press “Compute report”.';
