/**
 * Reading amounts as exports write them: "£32,589.00", "32,589" and " 32589 " are all 32589
 * (SPEC section 12). One walk over the characters, no regular expression per cell.
 *
 * @module
 */

const CURRENCY = new Set([0xa3 /* £ */, 0x24 /* $ */, 0x20ac /* € */]);

/**
 * Reads an amount from text: optional sign, optional currency symbol (£, $, €), digits with
 * optional comma thousands separators in groups of three, optional decimals; spaces around are
 * ignored.
 *
 * @param text The text of a cell.
 * @returns The number, `undefined` for blank text, or `null` when the text is not an amount.
 * @example
 * readAmount('£32,589.00'); // 32589
 * readAmount(' 32589 ');    // 32589
 * readAmount('32,58');      // null (commas must separate thousands)
 */
export function readAmount(text: string): number | undefined | null {
  let i = 0;
  let end = text.length;
  while (i < end && text.charCodeAt(i) <= 32) i++;
  while (end > i && text.charCodeAt(end - 1) <= 32) end--;
  if (i === end) return undefined;
  let negative = false;
  let c = text.charCodeAt(i);
  if (c === 45 /* - */ || c === 43 /* + */) {
    negative = c === 45;
    c = text.charCodeAt(++i);
  }
  if (CURRENCY.has(c)) {
    i++;
    while (i < end && text.charCodeAt(i) === 32) i++;
    c = text.charCodeAt(i);
    if (!negative && c === 45) {
      negative = true;
      i++;
    }
  }
  let value = 0;
  let digits = 0;
  let groupDigits = -1; // digits since the last comma; -1 before any comma
  for (; i < end; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      if (groupDigits >= 0) groupDigits++;
    } else if (c === 44 /* , */) {
      if (digits === 0 || (groupDigits >= 0 && groupDigits !== 3) || (groupDigits < 0 && digits > 3)) return null;
      groupDigits = 0;
    } else break;
  }
  if (digits === 0 || (groupDigits >= 0 && groupDigits !== 3)) return null;
  if (i < end) {
    if (text.charCodeAt(i) !== 46 /* . */ || i + 1 === end) return null;
    let fraction = 0;
    let scale = 1;
    for (i++; i < end; i++) {
      c = text.charCodeAt(i);
      if (c < 48 || c > 57) return null;
      fraction = fraction * 10 + (c - 48);
      scale *= 10;
    }
    // (whole * 10^k + fraction) / 10^k is the decimal's value correctly rounded, as Number() reads
    // it, while both are exact integers (below 2^53) and 10^k is exact (k <= 22).
    const scaled = value * scale + fraction;
    if (fraction === 0) {
      // "£32,589.00": the whole part is the value.
    } else if (scale <= 1e22 && Number.isSafeInteger(scaled)) value = scaled / scale;
    else value = Number(text.slice(0, end).replace(/[^0-9.]/g, ''));
  }
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}
