/**
 * A small `.xlsx` writer for tests: workbooks made here, part by part as ECMA-376 lays them out,
 * zipped with fflate, so each test states exactly what the workbook holds (Excel's own files are
 * checked through test/read/fixtures/openpyxl-staff.xlsx, made by another writer).
 */
import { zipSync, strToU8 } from 'fflate';

/** Style indexes of the fixture's cellXfs. */
export const STYLE = { general: 0, builtInDate: 1, customDate: 2, money: 3, time: 4, dateTime: 5 } as const;

export type FixtureCell =
  | string
  | number
  | boolean
  | null
  | { serial: number; style?: number }
  | { inline: string }
  | { formula: string; cached: string }
  | { error: string }
  | { raw: string };

export interface FixtureSheet {
  name: string;
  /** `rows[i]` is sheet row i + 1; `null` leaves the row out of the part. */
  rows: (FixtureCell[] | null)[];
  hidden?: boolean;
}

export interface FixtureWorkbook {
  sheets: FixtureSheet[];
  date1904?: boolean;
  /** Namespace prefix for every element (`'x:'`), as some writers use. */
  prefix?: string;
  /** Leave out the `r` attributes of rows and cells (allowed by the format). */
  omitReferences?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function makeXlsx(workbook: FixtureWorkbook): Uint8Array {
  const p = workbook.prefix ?? '';
  const ns = p === '' ? `xmlns="${MAIN}"` : `xmlns:${p.slice(0, -1)}="${MAIN}"`;
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const files: Record<string, Uint8Array> = {};

  workbook.sheets.forEach((sheet, s) => {
    const rows = sheet.rows
      .map((cells, i) => {
        if (cells === null) return '';
        const rowRef = workbook.omitReferences ? '' : ` r="${i + 1}"`;
        const body = cells
          .map((cell, c) => {
            if (cell === null) return '';
            const ref = workbook.omitReferences ? '' : ` r="${columnLetters(c)}${i + 1}"`;
            if (typeof cell === 'string') {
              if (!sharedIndex.has(cell)) {
                sharedIndex.set(cell, shared.length);
                shared.push(cell);
              }
              return `<${p}c${ref} t="s"><${p}v>${sharedIndex.get(cell)}</${p}v></${p}c>`;
            }
            if (typeof cell === 'number') return `<${p}c${ref}><${p}v>${cell}</${p}v></${p}c>`;
            if (typeof cell === 'boolean') return `<${p}c${ref} t="b"><${p}v>${cell ? 1 : 0}</${p}v></${p}c>`;
            if ('serial' in cell) return `<${p}c${ref} s="${cell.style ?? STYLE.builtInDate}"><${p}v>${cell.serial}</${p}v></${p}c>`;
            if ('inline' in cell) return `<${p}c${ref} t="inlineStr"><${p}is><${p}t>${escape(cell.inline)}</${p}t></${p}is></${p}c>`;
            if ('formula' in cell) return `<${p}c${ref} t="str"><${p}f>${escape(cell.formula)}</${p}f><${p}v>${escape(cell.cached)}</${p}v></${p}c>`;
            if ('error' in cell) return `<${p}c${ref} t="e"><${p}v>${escape(cell.error)}</${p}v></${p}c>`;
            return cell.raw;
          })
          .join('');
        return `<${p}row${rowRef}>${body}</${p}row>`;
      })
      .join('');
    files[`xl/worksheets/sheet${s + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} xmlns:r="${REL}"><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`,
    );
  });

  const sheetList = workbook.sheets
    .map((sheet, s) => `<${p}sheet name="${escape(sheet.name)}" sheetId="${s + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${s + 1}"/>`)
    .join('');
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${ns} xmlns:r="${REL}">` +
      `<${p}workbookPr${workbook.date1904 ? ' date1904="1"' : ''}/><${p}sheets>${sheetList}</${p}sheets></${p}workbook>`,
  );
  const n = workbook.sheets.length;
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      workbook.sheets.map((_, s) => `<Relationship Id="rId${s + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${n + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>`,
  );
  files['xl/sharedStrings.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}sst ${ns} count="${shared.length}" uniqueCount="${shared.length}">` +
      shared.map((text) => `<${p}si><${p}t xml:space="preserve">${escape(text)}</${p}t></${p}si>`).join('') +
      `</${p}sst>`,
  );
  files['xl/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}styleSheet ${ns}>` +
      `<${p}numFmts count="3"><${p}numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>` +
      `<${p}numFmt numFmtId="165" formatCode="&quot;£&quot;#,##0.00"/><${p}numFmt numFmtId="166" formatCode="dd/mm/yyyy\\ hh:mm"/></${p}numFmts>` +
      `<${p}cellXfs count="6"><${p}xf numFmtId="0"/><${p}xf numFmtId="14" applyNumberFormat="1"/>` +
      `<${p}xf numFmtId="164" applyNumberFormat="1"/><${p}xf numFmtId="165" applyNumberFormat="1"/>` +
      `<${p}xf numFmtId="20" applyNumberFormat="1"/><${p}xf numFmtId="166" applyNumberFormat="1"/></${p}cellXfs></${p}styleSheet>`,
  );
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  return zipSync(files);
}

