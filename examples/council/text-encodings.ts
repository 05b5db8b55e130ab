/**
 * The byte forms the example council's raw exports are saved in: Windows-1252 (Excel's "CSV
 * (Comma delimited)" on a UK Windows machine), UTF-8 with a byte-order mark (Excel's "CSV UTF-8"),
 * and UTF-16 little-endian with a byte-order mark (Excel's "Unicode Text").
 *
 * @module
 */

/** Windows-1252's bytes 0x80 to 0x9F (the rest of its upper half is Latin-1). */
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/**
 * Text as Windows-1252 bytes; a character the code page lacks is an error (the generator must not
 * write what Excel would have replaced with "?").
 *
 * @example
 * windows1252('£5 – it’s'); // Uint8Array [0xa3, 0x35, 0x20, 0x96, 0x20, 0x69, 0x74, 0x92, 0x73]
 */
export function windows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : CP1252_HIGH[ch];
    if (byte === undefined) throw new Error(`windows1252: "${ch}" (U+${code.toString(16).padStart(4, '0')}) is not in the code page`);
    bytes[i] = byte;
  }
  return bytes;
}

/** Text as UTF-8 bytes, with the byte-order mark Excel's "CSV UTF-8" writes. */
export function utf8WithBom(text: string): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${text}`);
}

/** Text as UTF-8 bytes, no byte-order mark. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Text as UTF-16 little-endian bytes with a byte-order mark (Excel's "Unicode Text"). */
export function utf16le(text: string): Uint8Array {
  const withBom = `\uFEFF${text}`;
  const bytes = new Uint8Array(withBom.length * 2);
  for (let i = 0; i < withBom.length; i++) {
    const unit = withBom.charCodeAt(i);
    bytes[2 * i] = unit & 0xff;
    bytes[2 * i + 1] = unit >> 8;
  }
  return bytes;
}

/**
 * Rows as delimited text: a field is quoted when it holds the delimiter, a quote or a line break.
 *
 * @example
 * delimited([['a', 'b;c']], ';', '\r\n'); // 'a;"b;c"\r\n'
 */
export function delimited(rows: readonly (readonly (string | number | null)[])[], delimiter: string, newline: string): string {
  const field = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(delimiter)).join(newline) + newline;
}
