/**
 * docs/ethnicity.md shows the classification tables to council staff; this test keeps the
 * documented rows equal to what the library does, so the page cannot drift from src/ethnicity.
 * Expected values are the library's own tables (the source of truth); the test checks the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NHS_ETHNIC_CATEGORY_CODES,
  ONS_2011_CATEGORIES,
  ONS_2021_CATEGORIES,
  classifyEthnicity,
} from '../../src/ethnicity/index.js';

const page = readFileSync(join(import.meta.dirname, '../../docs/ethnicity.md'), 'utf8');

/** The body rows of the Markdown table that follows `heading`, as arrays of trimmed cells without backticks. */
function tableAfter(heading: string): string[][] {
  const start = page.indexOf(heading);
  if (start < 0) throw new Error(`docs/ethnicity.md has no heading "${heading}"`);
  const lines = page.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split('|').map((cell) => cell.trim().replaceAll('`', '')));
  }
  return rows;
}

describe('docs/ethnicity.md agrees with src/ethnicity', () => {
  it('lists the 19 ONS 2021 categories with their broad and comparison groups under both whiteMinorities settings', () => {
    const rows = tableAfter('## ONS 2021 categories');
    expect(rows.map((r) => r[0])).toEqual(ONS_2021_CATEGORIES.map((c) => c.label));
    for (const [label, broad, group, withWhiteMinorities] of rows) {
      const byDefault = classifyEthnicity(label);
      expect([label, byDefault.broadGroup, byDefault.comparisonGroup]).toEqual([label, broad, group]);
      expect([label, classifyEthnicity(label, { whiteMinorities: 'minority' }).comparisonGroup]).toEqual([
        label,
        withWhiteMinorities,
      ]);
    }
  });

  it('maps the 18 ONS 2011 labels as the library does', () => {
    const rows = tableAfter('## ONS 2011 categories');
    expect(rows).toEqual(ONS_2011_CATEGORIES.map((c) => [c.label, c.category]));
    for (const [label, category] of rows) expect(classifyEthnicity(label).category).toBe(category);
  });

  it('maps the NHS codes as the library does', () => {
    const rows = tableAfter('## NHS Data Dictionary ethnic category codes');
    expect(rows.map((r) => r.slice(0, 3))).toEqual(NHS_ETHNIC_CATEGORY_CODES.map((c) => [c.code, c.label, c.category]));
    for (const [code, , category, broad] of rows) {
      expect([code, classifyEthnicity(code).category, classifyEthnicity(code).broadGroup]).toEqual([code, category, broad]);
    }
  });

  it('recognises every documented HR spelling as its category', () => {
    const wrong: string[] = [];
    let spellings = 0;
    for (const [category, list] of tableAfter('<summary>All recognised spellings')) {
      for (const spelling of (list ?? '').split(', ').filter((s) => s !== '')) {
        spellings++;
        const result = classifyEthnicity(spelling);
        if (result.category !== category || !result.matched) wrong.push(`${spelling} -> ${result.category}`);
      }
    }
    expect(spellings).toBeGreaterThan(150);
    expect(wrong).toEqual([]);
  });
});
