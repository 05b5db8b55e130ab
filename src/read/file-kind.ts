/**
 * What a file is, from its first bytes (and, for a zip, the names inside it), whatever its name
 * says: CSV text, an `.xlsx` workbook, or one of the kinds people pick by mistake (an `.xls`, a
 * PDF, another kind of zip, a web page saved as "Excel"), each named so the person knows what to do.
 *
 * @module
 */
import { unzipSync } from 'fflate';
import { textDecoder } from './text-decoder.js';

/** The kinds of file the readers recognise. Only `'csv'` and `'xlsx'` can be read. */
export type FileKind =
  | 'csv'
  | 'xlsx'
  | 'empty'
  | 'xls'
  | 'encrypted-workbook'
  | 'xlsb'
  | 'ods'
  | 'xml-spreadsheet'
  | 'html'
  | 'pdf'
  | 'word'
  | 'powerpoint'
  | 'zip'
  | 'damaged-zip';

/** What {@link detectFile} found. */
export interface FileKindInfo {
  kind: FileKind;
  /** Whether {@link readTable} can read it (`'csv'` and `'xlsx'`). */
  readable: boolean;
  /**
   * A sentence about the file, starting with its name: for a file that cannot be read, what it is
   * and what to do (`staff.csv is an Excel 97-2003 .xls workbook: save it as .xlsx or CSV`).
   */
  description: string;
}

const SAVE_AS = 'save it as .xlsx or CSV';
const EXPORT_DATA = 'export the data from the system as CSV or .xlsx instead';

/** What each kind is and what to do about it, after "NAME is ". */
const KIND_TEXT: Record<FileKind, string> = {
  csv: 'CSV text',
  xlsx: 'an Excel .xlsx workbook',
  empty: 'empty: it holds no rows at all',
  xls: `an Excel 97-2003 .xls workbook: ${SAVE_AS}`,
  'encrypted-workbook': 'a password-protected Excel workbook: remove the password (File > Info > Protect Workbook) and save it again',
  xlsb: `an Excel binary workbook (.xlsb): ${SAVE_AS}`,
  ods: `an OpenDocument spreadsheet (.ods): ${SAVE_AS}`,
  'xml-spreadsheet': `an Excel 2003 XML spreadsheet: open it in Excel and ${SAVE_AS}`,
  html: `a web page (HTML), as some systems' "Excel" exports are: open it in Excel and ${SAVE_AS}`,
  pdf: `a PDF document: ${EXPORT_DATA}`,
  word: `a Word document: ${EXPORT_DATA}`,
  powerpoint: `a PowerPoint presentation: ${EXPORT_DATA}`,
  zip: 'a zip archive, not a workbook: unzip it and give the file inside',
  'damaged-zip': 'a damaged or incomplete zip file (a workbook cut short when copied?): copy it again, or open it in Excel and save it again',
};

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

/** `EncryptedPackage` in UTF-16LE: the stream a password-protected .xlsx keeps inside an OLE2 file. */
const ENCRYPTED_PACKAGE = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);

function holds(bytes: Uint8Array, needle: number[]): boolean {
  const head = needle[0]!;
  for (let at = bytes.indexOf(head); at >= 0; at = bytes.indexOf(head, at + 1)) {
    if (startsWith(bytes, needle, at)) return true;
  }
  return false;
}

function zipKind(bytes: Uint8Array): FileKind {
  const names = new Set<string>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.add(file.name);
        return false;
      },
    });
  } catch {
    return 'damaged-zip';
  }
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('xl/workbook.bin')) return 'xlsb';
  if (names.has('content.xml') && names.has('mimetype')) return 'ods';
  if (names.has('word/document.xml')) return 'word';
  if (names.has('ppt/presentation.xml')) return 'powerpoint';
  return 'zip';
}

/** The start of a text file, lower-cased, without a byte-order mark or leading white space. */
function textStart(bytes: Uint8Array): string {
  const head = textDecoder('utf-8').decode(bytes.subarray(0, 1024));
  return head.replace(/^\uFEFF/, '').trimStart().slice(0, 512).toLowerCase();
}

/** Whether the bytes hold nothing but a byte-order mark and white space (NULs too, for UTF-16). */
function isBlank(bytes: Uint8Array): boolean {
  const mark = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) ? 2 : 0;
  for (let i = mark; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte !== 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 0) return false;
  }
  return true;
}

/**
 * Recognises a file's kind from its bytes; the name is only used in the description. CSV is what
 * is left: text whose encoding and shape the CSV reader then checks.
 *
 * @param bytes The file's bytes.
 * @param name The file's name, for the description.
 * @returns The kind, whether it can be read, and a sentence naming the file.
 * @example
 * detectFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'staff.csv');
 * // { kind: 'xls', readable: false,
 * //   description: 'staff.csv is an Excel 97-2003 .xls workbook: save it as .xlsx or CSV' }
 * detectFile(new TextEncoder().encode('id,ethnicity\n1,A1\n'), 'staff.csv').kind; // 'csv'
 */
export function detectFile(bytes: Uint8Array, name: string): FileKindInfo {
  const kind = fileKind(bytes);
  return { kind, readable: kind === 'csv' || kind === 'xlsx', description: `${name} is ${KIND_TEXT[kind]}` };
}

function fileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return holds(bytes, ENCRYPTED_PACKAGE) ? 'encrypted-workbook' : 'xls';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  // PK: a zip's local file header, or the end record of an empty zip.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return zipKind(bytes);
  if (isBlank(bytes)) return 'empty';
  const start = textStart(bytes);
  if (start.startsWith('<?xml') && start.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml-spreadsheet';
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<table')) return 'html';
  if (start.startsWith('<?xml') && start.includes('<html')) return 'html';
  return 'csv';
}
