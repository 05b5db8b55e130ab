import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WresInputError } from '../../src/errors.js';
import {
  DEFAULT_TERMINOLOGY,
  NHS_ETHNIC_CATEGORY_CODES,
  ONS_2011_CATEGORIES,
  ONS_2021_CATEGORIES,
  TERMINOLOGY_PRESETS,
  WHITE_BRITISH,
  classifyEthnicity,
  createEthnicityClassifier,
  normaliseEthnicity,
} from '../../src/ethnicity/index.js';

const WB = WHITE_BRITISH;
const INDIAN = 'Asian or Asian British: Indian';
const AFRICAN = 'Black, Black British, Caribbean or African: African';

describe('tables', () => {
  it('has the 19 ONS 2021 categories in 5 groups (ONS: 5 Asian, 3 Black, 4 Mixed, 5 White, 2 Other)', () => {
    expect(ONS_2021_CATEGORIES).toHaveLength(19);
    const counts: Record<string, number> = {};
    for (const c of ONS_2021_CATEGORIES) counts[c.broadGroup] = (counts[c.broadGroup] ?? 0) + 1;
    expect(counts).toEqual({
      asian: 5, black: 3, mixed: 4, white: 5, other: 2,
    });
  });
  it('has the 18 ONS 2011 categories and the 18 NHS codes A-S, Z and 99', () => {
    expect(ONS_2011_CATEGORIES).toHaveLength(18);
    expect(NHS_ETHNIC_CATEGORY_CODES.map((c) => c.code).join(' ')).toBe('A B C D E F G H J K L M N P R S Z 99');
  });
});

describe('classifyEthnicity: every category of each scheme', () => {
  it.each(ONS_2021_CATEGORIES.map((c) => [c.label, c.broadGroup] as const))('ONS 2021 %s', (label, broadGroup) => {
    const result = classifyEthnicity(label);
    expect(result.category).toBe(label);
    expect(result.broadGroup).toBe(broadGroup);
    expect(result.matched).toBe(true);
    expect(result.comparisonGroup).toBe(broadGroup === 'white' ? 'white' : 'minority');
    // The same label in upper case with extra spaces and other punctuation is the same category.
    expect(classifyEthnicity(`  ${label.toUpperCase().replace(/: /, ' -  ')} `).category).toBe(label);
  });

  it.each(ONS_2011_CATEGORIES.map((c) => [c.label, c.category] as const))('ONS 2011 %s', (label, category) => {
    expect(classifyEthnicity(label)).toMatchObject({ category, matched: true });
  });

  it.each(NHS_ETHNIC_CATEGORY_CODES.map((c) => [c.code, c.label, c.category] as const))('NHS code %s (%s)', (code, label, category) => {
    expect(classifyEthnicity(code).category).toBe(category);
    expect(classifyEthnicity(code.toLowerCase()).category).toBe(category);
    expect(classifyEthnicity(label).category).toBe(category);
    expect(classifyEthnicity(`${code} - ${label}`).category).toBe(category);
  });

  it('maps NHS R (Chinese, "Other" in 2001) to the 2021 Asian category, and Z and 99 to unknown', () => {
    expect(classifyEthnicity('R')).toMatchObject({ category: 'Asian or Asian British: Chinese', broadGroup: 'asian' });
    expect(classifyEthnicity('Z')).toMatchObject({ category: 'Unknown', comparisonGroup: 'unknown', matched: true });
    expect(classifyEthnicity('99').comparisonGroup).toBe('unknown');
  });

  it('rejects a code whose label disagrees with it ("B White British" is unmatched)', () => {
    expect(classifyEthnicity('B White British').matched).toBe(false);
  });
});

describe('classifyEthnicity: HR spellings', () => {
  it.each([
    ['White British', WB], ['white - british', WB], ['WHITE/BRITISH', WB], ['White: British', WB],
    ['Black African', AFRICAN], ['African', AFRICAN], ['Black or Black British - African', AFRICAN],
    ['Asian - Indian', INDIAN], ['Indian', INDIAN], ['Asian British Indian', INDIAN],
    ['Other White', 'White: Other White'], ['Any other White background', 'White: Other White'], ['White - Other', 'White: Other White'],
    ['Mixed - White & Black Caribbean', 'Mixed or Multiple ethnic groups: White and Black Caribbean'],
    ['Asian, Asian British or Asian Welsh: Pakistani', 'Asian or Asian British: Pakistani'],
    ['Gypsy/Roma', 'White: Gypsy or Irish Traveller'],
    ['White', 'White'], ['Asian', 'Asian or Asian British'], ['Other', 'Other ethnic group'],
  ])('%s -> %s', (value, category) => {
    expect(classifyEthnicity(value)).toMatchObject({ category, matched: true });
  });

  it.each(['Not stated', 'Prefer not to say', 'Unknown', 'Refused', 'not known', 'Declined to state', 'N/A'])(
    '%s is a recognised unknown',
    (value) => {
      expect(classifyEthnicity(value)).toEqual({ category: 'Unknown', broadGroup: 'unknown', comparisonGroup: 'unknown', matched: true });
    },
  );

  it('treats null, undefined, blank and punctuation-only as recognised unknowns', () => {
    for (const value of [null, undefined, '', '   ', ' - ']) {
      expect(classifyEthnicity(value)).toEqual({ category: 'Unknown', broadGroup: 'unknown', comparisonGroup: 'unknown', matched: true });
    }
  });

  it('leaves ambiguous or unknown words unmatched', () => {
    for (const value of ['British', 'Martian', 'BME']) {
      expect(classifyEthnicity(value)).toEqual({ category: 'Unknown', broadGroup: 'unknown', comparisonGroup: 'unknown', matched: false });
    }
  });

  it('normalises case, spaces, punctuation and & (documented examples)', () => {
    expect(normaliseEthnicity('  White - British ')).toBe('white british');
    expect(normaliseEthnicity('Mixed: White & Asian')).toBe('mixed white and asian');
  });

  it('is insensitive to case, spacing and punctuation for every spelling it knows (property)', () => {
    const labels = [...ONS_2021_CATEGORIES.map((c) => c.label), ...ONS_2011_CATEGORIES.map((c) => c.label)];
    fc.assert(
      fc.property(fc.constantFrom(...labels), fc.constantFrom(' ', '  ', ' - ', '/', ', ', '_'), fc.boolean(), (label, sep, upper) => {
        const variant = label.split(/[\s:/,]+/).join(sep);
        expect(classifyEthnicity(upper ? variant.toUpperCase() : variant.toLowerCase()).category).toBe(classifyEthnicity(label).category);
      }),
    );
  });
});

describe('whiteMinorities', () => {
  it("keeps every White category white by default and moves White minorities to minority with 'minority'", () => {
    const white = ONS_2021_CATEGORIES.filter((c) => c.broadGroup === 'white');
    expect(white).toHaveLength(5);
    for (const { label } of white) {
      expect(classifyEthnicity(label).comparisonGroup).toBe('white');
      const moved = classifyEthnicity(label, { whiteMinorities: 'minority' });
      expect(moved.comparisonGroup).toBe(label === WB ? 'white' : 'minority');
      expect(moved.broadGroup).toBe('white');
    }
  });
  it("counts group-level 'White' as unknown when White minorities are focal (it cannot be placed)", () => {
    expect(classifyEthnicity('White').comparisonGroup).toBe('white');
    expect(classifyEthnicity('White', { whiteMinorities: 'minority' }).comparisonGroup).toBe('unknown');
  });
  it('does not change non-White groups', () => {
    expect(classifyEthnicity('Indian', { whiteMinorities: 'minority' }).comparisonGroup).toBe('minority');
    expect(classifyEthnicity('Not stated', { whiteMinorities: 'minority' }).comparisonGroup).toBe('unknown');
  });
});

describe('custom mapping', () => {
  it('takes precedence over the tables, with the same normalisation', () => {
    const classifier = createEthnicityClassifier({
      mapping: { 'WB': 'White British', 'White British': 'unknown', 'Code 7': 'N', 'Other': 'asian' },
    });
    expect(classifier.classify('wb').category).toBe(WB);
    expect(classifier.classify('white - british').comparisonGroup).toBe('unknown');
    expect(classifier.classify('CODE-7').category).toBe(AFRICAN);
    expect(classifier.classify('Other')).toMatchObject({ category: 'Asian or Asian British', broadGroup: 'asian', comparisonGroup: 'minority' });
    expect(classifier.unmatched()).toEqual([]);
  });

  it('rejects unknown targets and a bad whiteMinorities with a WresInputError naming each option', () => {
    let error: unknown;
    try {
      createEthnicityClassifier({ mapping: { a: 'Martian', b: 'asian', c: 'Klingon' }, whiteMinorities: 'both' as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WresInputError);
    const issues = (error as WresInputError).issues;
    expect(issues.map((i) => [i.source, i.field, i.value])).toEqual([
      ['options', 'ethnicity.whiteMinorities', 'both'],
      ['options', 'ethnicity.mapping["a"]', 'Martian'],
      ['options', 'ethnicity.mapping["c"]', 'Klingon'],
    ]);
    expect((error as WresInputError).message).toContain('"Martian" is not an ethnic category the library knows');
  });
});

describe('createEthnicityClassifier', () => {
  it('counts unmatched non-blank values by raw value, most frequent first', () => {
    const classifier = createEthnicityClassifier();
    for (const value of ['Martian', 'White British', 'Venusian', 'Martian', '', null, 'Martian', 'Venusian', 'Zorg']) {
      classifier.classify(value);
    }
    expect(classifier.unmatched()).toEqual([
      { value: 'Martian', count: 3 },
      { value: 'Venusian', count: 2 },
      { value: 'Zorg', count: 1 },
    ]);
  });

  it('gives the same answer from its cache as a fresh classification (property)', () => {
    const classifier = createEthnicityClassifier({ whiteMinorities: 'minority' });
    const pool = ['White Irish', 'A', 'c', 'Black Other', 'x', 'Not stated', '', 'Roma', 'Arab', 'Chinese'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pool), fc.string({ maxLength: 8 })), { maxLength: 40 }), (values) => {
        for (const value of values) {
          expect(classifier.classify(value)).toEqual(classifyEthnicity(value, { whiteMinorities: 'minority' }));
        }
      }),
    );
  });

  it('never throws and always returns one of the known groups for arbitrary strings (property)', () => {
    const classifier = createEthnicityClassifier();
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (value) => {
        const result = classifier.classify(value);
        expect(['white', 'mixed', 'asian', 'black', 'other', 'unknown']).toContain(result.broadGroup);
        expect(['minority', 'white', 'unknown']).toContain(result.comparisonGroup);
        if (!result.matched) expect(result.comparisonGroup).toBe('unknown');
      }),
    );
  });

  it('returns frozen results (callers cannot corrupt the cache)', () => {
    expect(Object.isFrozen(createEthnicityClassifier().classify('A'))).toBe(true);
  });
});

describe('terminology', () => {
  it("defaults to 'minority ethnic' and lists the four presets of SPEC section 2", () => {
    expect(DEFAULT_TERMINOLOGY).toBe('minority ethnic');
    expect(TERMINOLOGY_PRESETS).toEqual(['minority ethnic', 'Black, Asian and minority ethnic', 'Global Majority', 'BAME']);
  });
});

describe('numeric values', () => {
  it('reads a number as its decimal text (NHS code 99 exported as a number)', () => {
    expect(classifyEthnicity(99)).toMatchObject({ category: 'Unknown', matched: true });
    const classifier = createEthnicityClassifier();
    classifier.classify(7);
    classifier.classify(7);
    expect(classifier.unmatched()).toEqual([{ value: '7', count: 2 }]);
  });
});
