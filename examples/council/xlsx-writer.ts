/**
 * A small writer of Excel `.xlsx` workbooks for the example council's raw exports: text cells (in
 * the shared-string table, as Excel writes them), number cells, and date cells (Excel's day
 * serial with a `dd/mm/yyyy` number format, as UK HR systems give them). Enough for an export; not
 * a general spreadsheet library. The zip is fflate's (a devDependency: only the generator uses it),
 * with a fixed timestamp so the same rows always give the same bytes.
 *
 * @module
 */
import { strToU8, zipSync } from 'fflate';

/** One cell: text, a number, a calendar date (`{ date: 'YYYY-MM-DD' }`), or empty. */
export type XlsxCell = string | number | { date: string } | null;

/** One worksheet: its tab name and rows (the first row written is row 1). */
export interface XlsxSheet {
  name: string;
  rows: readonly (readonly XlsxCell[])[];
  /** Column widths in characters, for a workbook that opens readably. */
  widths?: readonly number[];
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** "A", "B", ..., "Z", "AA", ... for a 0-based column index. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Excel's day serial of an ISO date (1900 date system: day 25569 is 1970-01-01). */
export function excelSerial(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25569;
}

/** Style index 1 is the date style (`dd/mm/yyyy`, custom number format 164). */
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  private uses = 0;
  of(text: string): number {
    this.uses++;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.list.length;
      this.index.set(text, at);
      this.list.push(text);
    }
    return at;
  }
  xml(): string {
    const items = this.list.map((t) => `<si><t${/^\s|\s$/.test(t) ? ' xml:space="preserve"' : ''}>${escapeXml(t)}</t></si>`);
    return `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${this.uses}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
  }
}

function sheetXml(sheet: XlsxSheet, strings: SharedStrings, boldRows: ReadonlySet<number>): string {
  const rows = sheet.rows.map((cells, r) => {
    const xml = cells.map((cell, c) => {
      const ref = `${columnName(c)}${r + 1}`;
      if (cell === null || cell === '') return '';
      if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
      if (typeof cell === 'object') return `<c r="${ref}" s="1"><v>${excelSerial(cell.date)}</v></c>`;
      return `<c r="${ref}" t="s"${boldRows.has(r) ? ' s="2"' : ''}><v>${strings.of(cell)}</v></c>`;
    });
    return `<row r="${r + 1}">${xml.join('')}</row>`;
  });
  const cols =
    sheet.widths === undefined
      ? ''
      : `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${cols}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/**
 * The bytes of a workbook holding the sheets, in order (the first is the one Excel opens on).
 *
 * @param sheets - the worksheets
 * @param boldRows - 0-based row numbers written in bold in every sheet (a title, a header)
 * @returns the `.xlsx` file's bytes
 * @example
 * writeXlsx([{ name: 'Staff', rows: [['Employee Number'], [100001]] }]).length > 0; // true
 */
export function writeXlsx(sheets: readonly XlsxSheet[], boldRows: readonly number[] = []): Uint8Array {
  const strings = new SharedStrings();
  const bold = new Set(boldRows);
  const sheetEntries = sheets.map((sheet, i) => ({ id: i + 1, name: sheet.name, xml: sheetXml(sheet, strings, bold) }));
  // Excel writes the content types first; the zip keeps insertion order.
  const files: Record<string, Uint8Array> = {};
  files['[Content_Types].xml'] = strToU8(
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheetEntries
        .map((s) => `<Override PartName="/xl/worksheets/sheet${s.id}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
        .join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '</Types>',
  );
  files['_rels/.rels'] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>` +
      sheetEntries.map((s) => `<sheet name="${escapeXml(s.name)}" sheetId="${s.id}" r:id="rId${s.id}"/>`).join('') +
      '</sheets></workbook>',
  );
  const n = sheetEntries.length;
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">` +
      sheetEntries.map((s) => `<Relationship Id="rId${s.id}" Type="${DOC_REL}/worksheet" Target="worksheets/sheet${s.id}.xml"/>`).join('') +
      `<Relationship Id="rId${n + 1}" Type="${DOC_REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
  );
  for (const s of sheetEntries) files[`xl/worksheets/sheet${s.id}.xml`] = strToU8(s.xml);
  files['xl/styles.xml'] = strToU8(STYLES);
  files['xl/sharedStrings.xml'] = strToU8(strings.xml());
  // A Date built from local fields gives the same DOS timestamp in every time zone.
  return zipSync(files, { level: 6, mtime: new Date(2025, 3, 2, 8, 15, 0) });
}
