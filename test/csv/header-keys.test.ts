/**
 * Headers and mapping keys that are names of Object.prototype (issue 13, item 9): a column named
 * `toString`, `constructor` or `__proto__` is an ordinary column, and a mapping keyed `TOSTRING`
 * applies to it as any other key would.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/csv/parse.js';

describe('headers named like Object.prototype properties', () => {
  it('lists toString, constructor and __proto__ columns as ignored', async () => {
    const parsed = await parseCsv('id,toString,ethnicity,constructor,__proto__,hasOwnProperty\n1,a,Indian,b,c,d\n', { source: 'staff' });
    expect(parsed.ignoredColumns).toEqual(['toString', 'constructor', '__proto__', 'hasOwnProperty']);
    expect(parsed.records).toEqual([{ id: '1', ethnicity: 'Indian' }]);
  });

  it('applies a mapping keyed TOSTRING to a toString column, and a __proto__ mapping to a __proto__ column', async () => {
    const parsed = await parseCsv('toString,__proto__\n1,Indian\n', {
      source: 'staff',
      columns: JSON.parse('{ "TOSTRING": "id", "__proto__": "ethnicity" }') as Record<string, string>,
    });
    expect(parsed.issues).toEqual([]);
    expect(parsed.records).toEqual([{ id: '1', ethnicity: 'Indian' }]);
    expect(Object.keys(parsed.columns)).toEqual(['toString', '__proto__']);
    expect(Object.getPrototypeOf(parsed.columns)).toBe(Object.prototype);
    expect(parsed.unusedMappings).toEqual([]);
  });
});
