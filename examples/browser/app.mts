/**
 * The browser example's script: reads the files the user picks (in the page, nothing is
 * uploaded), computes the SC-WRES report and shows it. Two ways in: a council's own exports with
 * their import profile (the library reads each file and applies the profile, exactly as
 * `wres report --profile` does), or CSV files whose headers are the field names. Bundled by build.mjs.
 */
import Papa from 'papaparse';
import {
  applyProfile,
  computeReport,
  isSuppressed,
  parseProfileText,
  profileReportInput,
  readSourceTables,
  renderJson,
  renderMarkdown,
  renderHtml,
  keyLabel,
  validateDataset,
  WresInputError,
  type ExportFile,
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
/** Disclosure control as the page chooses it: a preset, or none (false). */
type Disclosure = NonNullable<ReportOptions['disclosure']>;

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

/** The last part of a path: a profile names "staff.xlsx" or "exports/staff.xlsx"; the picked file is "staff.xlsx". */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * The report from the exports and their import profile: the files the profile names are matched
 * to the picked files by name, each read with the profile's settings for it, and the profile
 * applied; the page's disclosure choice overrides the profile's.
 */
async function reportFromProfile(profileFile: File, picked: readonly File[], disclosure: Disclosure): Promise<{ report: WresReport | PublishedReport; staff: number }> {
  const profile = parseProfileText(await profileFile.text(), profileFile.name);
  const byName = new Map(picked.map((file) => [file.name.toLowerCase(), file]));
  const files: Partial<Record<SourceName, ExportFile>> = {};
  const missing: string[] = [];
  for (const [source, config] of Object.entries(profile.sources) as [SourceName, { file?: string } | undefined][]) {
    if (config?.file === undefined) continue;
    const file = byName.get(baseName(config.file).toLowerCase());
    if (file === undefined) missing.push(`${baseName(config.file)} (${source})`);
    else files[source] = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  if (missing.length > 0) throw new Error(`${profileFile.name} names files you have not picked: ${missing.join(', ')}. Pick them too (hold Ctrl or Shift to pick several).`);
  const applied = applyProfile(profile, readSourceTables(profile, files), { origin: profileFile.name });
  if (applied.options.period === undefined) throw new Error(`${profileFile.name} has no "period": add e.g. "period: 2024-04-01..2025-03-31".`);
  const options = { ...applied.options, period: applied.options.period, disclosure } as ReportOptions;
  return { report: computeReport(profileReportInput(applied), options), staff: applied.dataset.staff.length };
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
        `<tr data-metric="${m.number}" data-key="${escapeHtml(c.key)}"><td>${m.number}</td><td>${escapeHtml(keyLabel(c.key))}</td>` +
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
    const disclosureChoice = element<HTMLSelectElement>('disclosure').value;
    const disclosure: Disclosure = disclosureChoice === 'none' ? false : (disclosureChoice as PresetName);
    const profileFile = element<HTMLInputElement>('profile').files?.[0];
    let report: WresReport | PublishedReport;
    let staffCount: number;
    if (profileFile !== undefined) {
      ({ report, staff: staffCount } = await reportFromProfile(profileFile, [...(element<HTMLInputElement>('exports').files ?? [])], disclosure));
    } else {
      ({ report, staff: staffCount } = await reportFromCsv(disclosure));
    }
    element<HTMLElement>('summary-wrap').innerHTML = summaryTable(report);
    const markdown = renderMarkdown(report);
    element<HTMLElement>('report').innerHTML = markdownToHtml(markdown);
    download(element<HTMLAnchorElement>('download-md'), markdown, 'text/markdown');
    // The council's document: the same self-contained page as `wres report --format html`, shown
    // in a sandboxed frame (no script runs in it) and offered as a download to print to PDF.
    const html = renderHtml(report);
    element<HTMLIFrameElement>('html-view').srcdoc = html;
    download(element<HTMLAnchorElement>('download-html'), html, 'text/html');
    download(element<HTMLAnchorElement>('download-json'), renderJson(report), 'application/json');
    status.textContent = `Report computed from ${staffCount} staff records${report.disclosure ? `, ${report.disclosure.policy} disclosure control applied` : ' (no disclosure control: not for publication)'}.`;
    output.hidden = false;
  } catch (error) {
    showError(status, error);
  }
}

/** The report from CSV files whose headers are the field names, with the options of the form. */
async function reportFromCsv(disclosure: Disclosure): Promise<{ report: WresReport | PublishedReport; staff: number }> {
  const input: Record<string, unknown> = {};
  const rows: Partial<Record<SourceName, number[]>> = {};
  for (const [id, source] of SOURCES) {
    const file = element<HTMLInputElement>(`file-${id}`).files?.[0];
    if (file === undefined) continue;
    const csv = await readCsv(file);
    input[source] = csv.records;
    rows[source] = csv.rows;
  }
  if (input['staff'] === undefined) throw new Error('Choose your exports and their import profile, or at least the staff CSV file: every metric needs it.');
  const name = element<HTMLInputElement>('organisation').value.trim();
  const share = element<HTMLInputElement>('population-share').value.trim();
  if (name !== '' || share !== '') {
    input['organisation'] = { ...(name !== '' ? { name } : {}), ...(share !== '' ? { populationMinorityShare: Number(share) / 100 } : {}) };
  }
  const validation = validateDataset(input, { rows });
  const bands = element<HTMLInputElement>('pay-bands').value.split(',').map((b) => b.trim()).filter((b) => b !== '');
  const options: ReportOptions = {
    period: { start: element<HTMLInputElement>('period-start').value, end: element<HTMLInputElement>('period-end').value },
    disclosure,
  };
  if (bands.length > 0) options.payBands = bands;
  return { report: computeReport(validation, options), staff: validation.sources.staff.rowsUsed };
}

/** An error in the status box: an input error as its first line and a list of its problems. */
function showError(status: HTMLElement, error: unknown): void {
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

element<HTMLFormElement>('form').addEventListener('submit', (event) => void run(event));
element<HTMLElement>('status').textContent = 'Ready: choose your exports and their import profile (or CSV files), then press “Compute report”.';
