/**
 * The parts of an `.xlsx` workbook (a zip of XML parts, ECMA-376 / Office Open XML): its sheets in
 * order with their names and parts, its date system, and where its shared strings and styles are.
 *
 * @module
 */
import { unzipSync } from 'fflate';
import { textDecoder } from '../text-decoder.js';
import { type FileContext, failFile } from '../problems.js';
import { attribute, elementPrefix, nextElement, unescapeXml } from './xml.js';

/**
 * The largest part read (uncompressed): JavaScript strings hold at most about 500 million
 * characters, and a part that inflates beyond this is more likely a zip bomb than a staff list.
 */
const MAX_PART_BYTES = 400 * 1024 * 1024;

/** One sheet of a workbook, in the order Excel shows the tabs. */
export interface SheetEntry {
  name: string;
  /** The sheet's part in the zip (`xl/worksheets/sheet1.xml`), or `undefined` if its link is broken. */
  part: string | undefined;
  /** `'worksheet'`, or `'chartsheet'`/`'dialogsheet'`/`'macrosheet'` for sheets without cells. */
  type: string;
  hidden: boolean;
}

/** What a workbook holds, before any sheet is read. */
export interface WorkbookIndex {
  sheets: SheetEntry[];
  dateSystem: 1900 | 1904;
  sharedStringsPart: string | undefined;
  stylesPart: string | undefined;
}

/** Reads some parts of the zip as UTF-8 text (absent parts are left out). */
export function readParts(bytes: Uint8Array, names: string[], context: FileContext): Map<string, string> {
  const wanted = new Set(names);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted.has(file.name)) return false;
        if (file.originalSize > MAX_PART_BYTES) {
          failFile(context, `${context.name}: its part ${file.name} is ${Math.round(file.originalSize / 1048576)} MB uncompressed, more than the ${MAX_PART_BYTES / 1048576} MB the reader takes; save the sheet as CSV`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'WresInputError') throw error;
    return failFile(context, `${context.name} is a damaged workbook: its zip cannot be read (${error instanceof Error ? error.message : String(error)}); open it in Excel and save it again`);
  }
  const parts = new Map<string, string>();
  const decoder = textDecoder('utf-8');
  for (const [name, data] of Object.entries(files)) parts.set(name, decoder.decode(data));
  return parts;
}

/** A relationship target resolved against the folder of the part that names it. */
function resolveTarget(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `${folder}${target}`;
  const out: string[] = [];
  for (const piece of path.split('/')) {
    if (piece === '..') out.pop();
    else if (piece !== '.' && piece !== '') out.push(piece);
  }
  return out.join('/');
}

/** The relationships of a part: id -> { type (last segment), target part }. */
function relationships(xml: string, folder: string): Map<string, { type: string; part: string }> {
  const p = elementPrefix(xml, 'Relationships');
  const rels = new Map<string, { type: string; part: string }>();
  for (let pos = 0; ; ) {
    const rel = nextElement(xml, `${p}Relationship`, pos, xml.length);
    if (rel === undefined) break;
    const id = attribute(xml, rel.start, rel.tagEnd, 'Id');
    const type = attribute(xml, rel.start, rel.tagEnd, 'Type') ?? '';
    const target = attribute(xml, rel.start, rel.tagEnd, 'Target');
    const external = attribute(xml, rel.start, rel.tagEnd, 'TargetMode') === 'External';
    if (id !== undefined && target !== undefined && !external) {
      rels.set(id, { type: type.slice(type.lastIndexOf('/') + 1), part: resolveTarget(folder, unescapeXml(target)) });
    }
    pos = rel.tagEnd + 1;
  }
  return rels;
}

/**
 * Reads the workbook part and its relationships: the sheets in tab order, the date system, and the
 * shared strings and styles parts.
 */
export function readWorkbookIndex(bytes: Uint8Array, context: FileContext): WorkbookIndex {
  const parts = readParts(bytes, ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'], context);
  const workbook = parts.get('xl/workbook.xml');
  if (workbook === undefined) failFile(context, `${context.name} is a damaged workbook: it has no xl/workbook.xml; open it in Excel and save it again`);
  const rels = relationships(parts.get('xl/_rels/workbook.xml.rels') ?? '', 'xl/');
  const p = elementPrefix(workbook, 'workbook');

  const properties = nextElement(workbook, `${p}workbookPr`, 0, workbook.length);
  const date1904 = properties === undefined ? undefined : attribute(workbook, properties.start, properties.tagEnd, 'date1904');
  const dateSystem = date1904 === '1' || date1904 === 'true' ? 1904 : 1900;

  const sheets: SheetEntry[] = [];
  const list = nextElement(workbook, `${p}sheets`, 0, workbook.length);
  for (let pos = list?.tagEnd ?? workbook.length; list !== undefined; ) {
    const sheet = nextElement(workbook, `${p}sheet`, pos, list.close);
    if (sheet === undefined) break;
    const name = unescapeXml(attribute(workbook, sheet.start, sheet.tagEnd, 'name') ?? '');
    const state = attribute(workbook, sheet.start, sheet.tagEnd, 'state');
    // The relationship id is r:id, whatever prefix the writer bound to the relationships namespace.
    const idMatch = /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(workbook.slice(sheet.start, sheet.tagEnd));
    const rel = idMatch === null ? undefined : rels.get(idMatch[1]!);
    sheets.push({ name, part: rel?.part, type: rel?.type ?? 'worksheet', hidden: state === 'hidden' || state === 'veryHidden' });
    pos = sheet.tagEnd + 1;
  }
  const partOfType = (type: string): string | undefined => [...rels.values()].find((rel) => rel.type === type)?.part;
  return { sheets, dateSystem, sharedStringsPart: partOfType('sharedStrings'), stylesPart: partOfType('styles') };
}
