/**
 * Just enough XML for the parts of an `.xlsx` workbook: a linear scanner over the text (no DOM, no
 * regular expressions over the whole document), element names with the namespace prefix a writer
 * chose (`<row>` or `<x:row>`), attributes in either quote, and entity and Excel `_xHHHH_` escapes.
 *
 * @module
 */

/**
 * The prefix (`''` or `'x:'`) a part uses for its elements, from its root element's name.
 *
 * @example
 * elementPrefix('<?xml version="1.0"?><x:worksheet xmlns:x="...">', 'worksheet'); // 'x:'
 */
export function elementPrefix(xml: string, rootName: string): string {
  const at = xml.search(new RegExp(`<([A-Za-z_][\\w.-]*:)?${rootName}[\\s>/]`));
  if (at < 0) return '';
  const colon = xml.indexOf(':', at);
  const nameEnd = xml.indexOf(rootName, at);
  return colon > at && colon < nameEnd ? xml.slice(at + 1, colon + 1) : '';
}

/** Index of the `>` that ends the tag starting at `from` (a `<`), stepping over quoted values; -1 if none. */
export function tagEnd(xml: string, from: number): number {
  for (let i = from + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 62) return i; // >
    if (c === 34 || c === 39) {
      i = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (i < 0) return -1;
    }
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The value of attribute `name` in the tag `xml[start..end)`, entities not yet resolved, or
 * `undefined`. Reads only the tag (quoted values stepped over), so its cost is the tag's length.
 */
export function attribute(xml: string, start: number, end: number, name: string): string | undefined {
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c === 34 || c === 39) {
      const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0 || close > end) return undefined;
      i = close;
      continue;
    }
    if (!isSpace(c) || !xml.startsWith(name, i + 1)) continue;
    let j = i + 1 + name.length;
    while (isSpace(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== 61) continue; // =
    j++;
    while (isSpace(xml.charCodeAt(j))) j++;
    const quote = xml[j];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = xml.indexOf(quote, j + 1);
    return close < 0 || close > end ? undefined : xml.slice(j + 1, close);
  }
  return undefined;
}

/**
 * Whether the element name at `at` (just after `<` and the prefix) is exactly `name`: the next
 * character ends the name.
 */
export function nameEndsAt(xml: string, at: number): boolean {
  const c = xml.charCodeAt(at);
  return c === 62 || c === 47 || isSpace(c); // > / space
}

/**
 * Finds the next element `<prefix+name ...>` at or after `from` and before `limit`: its start (the
 * `<`), the end of its start tag (the `>`), whether it closes itself, and the start of its end tag.
 */
export function nextElement(
  xml: string,
  qualified: string,
  from: number,
  limit: number,
): { start: number; tagEnd: number; selfClosing: boolean; close: number } | undefined {
  const open = `<${qualified}`;
  for (let at = xml.indexOf(open, from); at >= 0 && at < limit; at = xml.indexOf(open, at + 1)) {
    if (!nameEndsAt(xml, at + open.length)) continue;
    const end = tagEnd(xml, at);
    if (end < 0) return undefined;
    const selfClosing = xml.charCodeAt(end - 1) === 47;
    const close = selfClosing ? end : xml.indexOf(`</${qualified}>`, end);
    return { start: at, tagEnd: end, selfClosing, close: close < 0 ? limit : close };
  }
  return undefined;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Resolves XML entities (`&amp;`, `&#163;`, `&#xA3;`) and Excel's `_xHHHH_` escapes (a carriage
 * return is written `_x000D_`; a literal `_x` sequence is `_x005F_x`).
 *
 * @example
 * unescapeXml('Fish &amp; Chips_x000D_'); // 'Fish & Chips\r'
 */
export function unescapeXml(text: string): string {
  let out = text;
  if (out.includes('&')) {
    out = out.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
      if (body[0] === '#') {
        const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[body] ?? whole;
    });
  }
  if (out.includes('_x')) {
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
  return out;
}

/**
 * The text of a string item (`<si>` of the shared strings, or a cell's `<is>`) in `xml[start..end)`:
 * its `<t>` elements joined, rich-text runs included, phonetic guides (`<rPh>`) left out. Pass
 * `phonetic: false` when the part holds no `<rPh>` at all (checked once per part, so the scan stays
 * linear).
 */
export function stringItemText(xml: string, start: number, end: number, prefix: string, phonetic: boolean): string {
  if (phonetic) {
    const item = xml.slice(start, end).replace(new RegExp(`<${prefix}rPh[\\s>][\\s\\S]*?</${prefix}rPh>`, 'g'), '');
    return stringItemText(item, 0, item.length, prefix, false);
  }
  const t = `${prefix}t`;
  let text = '';
  let pos = start;
  for (;;) {
    const element = nextElement(xml, t, pos, end);
    if (element === undefined) break;
    if (!element.selfClosing) text += xml.slice(element.tagEnd + 1, element.close);
    pos = element.close + 1;
  }
  return unescapeXml(text);
}
