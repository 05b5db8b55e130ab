/**
 * The forms in which a profile compares what a file holds with what the profile says: headers
 * ignoring case and spaces, values ignoring case, spaces and punctuation (SPEC section 12).
 *
 * @module
 */

function isPlain(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/**
 * A value in the form matching ignores: lower case, letters and digits only, so `"Fixed-Term "`
 * and `"fixed term"` are one value, as ethnicity matching already treats them.
 *
 * @param value A raw value, or a value listed in a profile.
 * @returns The comparable form (`''` for a blank or punctuation-only value).
 * @example
 * normaliseValue(' Fixed-Term '); // 'fixedterm'
 */
export function normaliseValue(value: string): string {
  return isPlain(value) ? value : value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A header in the form column matching ignores: lower case, without white space (punctuation is
 * kept, so "Q5 (a)" and "Q5 a" stay two columns).
 *
 * @param header A header as written in a file or a profile.
 * @returns The comparable form.
 * @example
 * normaliseHeader(' Employee  Number'); // 'employeenumber'
 */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[\s\u00a0\ufeff]+/g, '');
}
