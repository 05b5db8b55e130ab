/**
 * The ethnicity classifications the library recognises, and the common spellings HR systems
 * export. Every recognised value maps to one canonical category: an ONS 2021 label (the wording
 * of the 2021 Census questionnaire for England), a group-level category when only the group is
 * known ("White", "Asian"), or `'Unknown'`.
 *
 * Sources:
 * - ONS, "Ethnic group, national identity and religion" (2021 Census, England and Wales), 19
 *   categories in 5 groups.
 * - ONS 2011 Census, 18 categories (no Roma; Chinese under Asian).
 * - NHS Data Dictionary, "Ethnic Category" (2001 Census based) codes A to S, Z (not stated) and
 *   99 (not known). Code R (Chinese) sat under "Other ethnic groups" in 2001; it is mapped to the
 *   2021 category "Asian or Asian British: Chinese", as the 2011 and 2021 censuses classify it.
 *
 * @module
 */

/** The broad ethnic groups (the ONS 2021 high-level groups) and `unknown`. */
export type BroadGroup = 'white' | 'mixed' | 'asian' | 'black' | 'other' | 'unknown';

const WHITE = 'White';
const MIXED = 'Mixed or Multiple ethnic groups';
const ASIAN = 'Asian or Asian British';
const BLACK = 'Black, Black British, Caribbean or African';
const OTHER = 'Other ethnic group';

/**
 * The category of values that say nothing about ethnicity (not stated, refused, blank...), and of
 * values the tables do not recognise (those come back with `matched: false`).
 *
 * @example
 * UNKNOWN_CATEGORY;                              // 'Unknown'
 * classifyEthnicity('Prefer not to say').category; // 'Unknown'
 * classifyEthnicity('Martian');                    // { category: 'Unknown', broadGroup: 'unknown', comparisonGroup: 'unknown', matched: false }
 */
export const UNKNOWN_CATEGORY = 'Unknown';

/**
 * White British: the one White category that stays in the reference group under `whiteMinorities: 'minority'`.
 *
 * @example
 * WHITE_BRITISH; // 'White: English, Welsh, Scottish, Northern Irish or British'
 * classifyEthnicity('White British', { whiteMinorities: 'minority' }).comparisonGroup; // 'white'
 * classifyEthnicity('White Irish', { whiteMinorities: 'minority' }).comparisonGroup;   // 'minority'
 */
export const WHITE_BRITISH = `${WHITE}: English, Welsh, Scottish, Northern Irish or British`;

/**
 * The 19 ONS 2021 categories (England wording), with their broad groups, in ONS order.
 *
 * @example
 * ONS_2021_CATEGORIES.length; // 19
 * ONS_2021_CATEGORIES[2];     // { label: 'Asian or Asian British: Indian', broadGroup: 'asian' }
 * ONS_2021_CATEGORIES.filter((c) => c.broadGroup === 'white').length; // 5
 */
export const ONS_2021_CATEGORIES: readonly { label: string; broadGroup: BroadGroup }[] = [
  { label: `${ASIAN}: Bangladeshi`, broadGroup: 'asian' },
  { label: `${ASIAN}: Chinese`, broadGroup: 'asian' },
  { label: `${ASIAN}: Indian`, broadGroup: 'asian' },
  { label: `${ASIAN}: Pakistani`, broadGroup: 'asian' },
  { label: `${ASIAN}: Other Asian`, broadGroup: 'asian' },
  { label: `${BLACK}: African`, broadGroup: 'black' },
  { label: `${BLACK}: Caribbean`, broadGroup: 'black' },
  { label: `${BLACK}: Other Black`, broadGroup: 'black' },
  { label: `${MIXED}: White and Asian`, broadGroup: 'mixed' },
  { label: `${MIXED}: White and Black African`, broadGroup: 'mixed' },
  { label: `${MIXED}: White and Black Caribbean`, broadGroup: 'mixed' },
  { label: `${MIXED}: Other Mixed or Multiple ethnic groups`, broadGroup: 'mixed' },
  { label: WHITE_BRITISH, broadGroup: 'white' },
  { label: `${WHITE}: Irish`, broadGroup: 'white' },
  { label: `${WHITE}: Gypsy or Irish Traveller`, broadGroup: 'white' },
  { label: `${WHITE}: Roma`, broadGroup: 'white' },
  { label: `${WHITE}: Other White`, broadGroup: 'white' },
  { label: `${OTHER}: Arab`, broadGroup: 'other' },
  { label: `${OTHER}: Any other ethnic group`, broadGroup: 'other' },
];

/**
 * Categories for values that name only a broad group ("White", "Asian", "BME" is not one of
 * them). Under `whiteMinorities: 'minority'` the group-level White category cannot be placed
 * (British or a White minority?) and is counted as unknown.
 *
 * @example
 * GROUP_CATEGORIES.map((c) => c.broadGroup); // ['white', 'mixed', 'asian', 'black', 'other']
 * GROUP_CATEGORIES[2];                        // { label: 'Asian or Asian British', broadGroup: 'asian' }
 * classifyEthnicity('White', { whiteMinorities: 'minority' });
 * // { category: 'White', broadGroup: 'white', comparisonGroup: 'unknown', matched: true }
 */
export const GROUP_CATEGORIES: readonly { label: string; broadGroup: BroadGroup }[] = [
  { label: WHITE, broadGroup: 'white' },
  { label: MIXED, broadGroup: 'mixed' },
  { label: ASIAN, broadGroup: 'asian' },
  { label: BLACK, broadGroup: 'black' },
  { label: OTHER, broadGroup: 'other' },
];

const C = (group: string, sub: string) => `${group}: ${sub}`;

/**
 * The 18 ONS 2011 categories (England and Wales) and the 2021 category each maps to.
 *
 * @example
 * ONS_2011_CATEGORIES.length; // 18
 * ONS_2011_CATEGORIES.find((c) => c.label === 'Asian/Asian British: Chinese');
 * // { label: 'Asian/Asian British: Chinese', category: 'Asian or Asian British: Chinese' }
 */
export const ONS_2011_CATEGORIES: readonly { label: string; category: string }[] = [
  { label: 'White: English/Welsh/Scottish/Northern Irish/British', category: WHITE_BRITISH },
  { label: 'White: Irish', category: C(WHITE, 'Irish') },
  { label: 'White: Gypsy or Irish Traveller', category: C(WHITE, 'Gypsy or Irish Traveller') },
  { label: 'White: Any other White background', category: C(WHITE, 'Other White') },
  { label: 'Mixed/multiple ethnic groups: White and Black Caribbean', category: C(MIXED, 'White and Black Caribbean') },
  { label: 'Mixed/multiple ethnic groups: White and Black African', category: C(MIXED, 'White and Black African') },
  { label: 'Mixed/multiple ethnic groups: White and Asian', category: C(MIXED, 'White and Asian') },
  {
    label: 'Mixed/multiple ethnic groups: Any other Mixed/multiple ethnic background',
    category: C(MIXED, 'Other Mixed or Multiple ethnic groups'),
  },
  { label: 'Asian/Asian British: Indian', category: C(ASIAN, 'Indian') },
  { label: 'Asian/Asian British: Pakistani', category: C(ASIAN, 'Pakistani') },
  { label: 'Asian/Asian British: Bangladeshi', category: C(ASIAN, 'Bangladeshi') },
  { label: 'Asian/Asian British: Chinese', category: C(ASIAN, 'Chinese') },
  { label: 'Asian/Asian British: Any other Asian background', category: C(ASIAN, 'Other Asian') },
  { label: 'Black/African/Caribbean/Black British: African', category: C(BLACK, 'African') },
  { label: 'Black/African/Caribbean/Black British: Caribbean', category: C(BLACK, 'Caribbean') },
  {
    label: 'Black/African/Caribbean/Black British: Any other Black/African/Caribbean background',
    category: C(BLACK, 'Other Black'),
  },
  { label: 'Other ethnic group: Arab', category: C(OTHER, 'Arab') },
  { label: 'Other ethnic group: Any other ethnic group', category: C(OTHER, 'Any other ethnic group') },
];

/**
 * NHS Data Dictionary ethnic category codes, their Data Dictionary labels, and the category each maps to.
 *
 * @example
 * NHS_ETHNIC_CATEGORY_CODES.map((c) => c.code).join(' '); // 'A B C D E F G H J K L M N P R S Z 99'
 * NHS_ETHNIC_CATEGORY_CODES.find((c) => c.code === 'R');
 * // { code: 'R', label: 'Other Ethnic Groups - Chinese', category: 'Asian or Asian British: Chinese' }
 */
export const NHS_ETHNIC_CATEGORY_CODES: readonly { code: string; label: string; category: string }[] = [
  { code: 'A', label: 'White - British', category: WHITE_BRITISH },
  { code: 'B', label: 'White - Irish', category: C(WHITE, 'Irish') },
  { code: 'C', label: 'White - Any other White background', category: C(WHITE, 'Other White') },
  { code: 'D', label: 'Mixed - White and Black Caribbean', category: C(MIXED, 'White and Black Caribbean') },
  { code: 'E', label: 'Mixed - White and Black African', category: C(MIXED, 'White and Black African') },
  { code: 'F', label: 'Mixed - White and Asian', category: C(MIXED, 'White and Asian') },
  { code: 'G', label: 'Mixed - Any other mixed background', category: C(MIXED, 'Other Mixed or Multiple ethnic groups') },
  { code: 'H', label: 'Asian or Asian British - Indian', category: C(ASIAN, 'Indian') },
  { code: 'J', label: 'Asian or Asian British - Pakistani', category: C(ASIAN, 'Pakistani') },
  { code: 'K', label: 'Asian or Asian British - Bangladeshi', category: C(ASIAN, 'Bangladeshi') },
  { code: 'L', label: 'Asian or Asian British - Any other Asian background', category: C(ASIAN, 'Other Asian') },
  { code: 'M', label: 'Black or Black British - Caribbean', category: C(BLACK, 'Caribbean') },
  { code: 'N', label: 'Black or Black British - African', category: C(BLACK, 'African') },
  { code: 'P', label: 'Black or Black British - Any other Black background', category: C(BLACK, 'Other Black') },
  { code: 'R', label: 'Other Ethnic Groups - Chinese', category: C(ASIAN, 'Chinese') },
  { code: 'S', label: 'Other Ethnic Groups - Any other ethnic group', category: C(OTHER, 'Any other ethnic group') },
  { code: 'Z', label: 'Not stated', category: UNKNOWN_CATEGORY },
  { code: '99', label: 'Not known', category: UNKNOWN_CATEGORY },
];

/**
 * Common spellings, by category. Matching ignores case, spaces and punctuation (see
 * `normaliseEthnicity`), so "white - british", "White/British" and "WHITE BRITISH" are one entry.
 */
const SPELLINGS: readonly [category: string, spellings: readonly string[]][] = [
  [
    WHITE_BRITISH,
    [
      'White British', 'British White', 'White English', 'White Welsh', 'White Scottish',
      'White Northern Irish', 'White English Welsh Scottish Northern Irish or British',
      'White English Welsh Scottish Northern Irish British', 'English Welsh Scottish Northern Irish or British',
      'White UK', 'White - British', 'White: British', 'White British / English / Welsh / Scottish / Northern Irish',
    ],
  ],
  [C(WHITE, 'Irish'), ['White Irish', 'Irish', 'Irish White']],
  [
    C(WHITE, 'Gypsy or Irish Traveller'),
    [
      'White Gypsy or Irish Traveller', 'Gypsy or Irish Traveller', 'Gypsy Irish Traveller', 'Gypsy',
      'Irish Traveller', 'Traveller', 'Traveller of Irish heritage', 'White Traveller of Irish heritage',
      'Gypsy Roma', 'White Gypsy Roma', 'Gypsy / Roma', 'Gypsy or Traveller',
    ],
  ],
  [C(WHITE, 'Roma'), ['White Roma', 'Roma', 'Roma White']],
  [
    C(WHITE, 'Other White'),
    [
      'Other White', 'White Other', 'Any other White background', 'White any other White background',
      'White any other background', 'White other background', 'Other White background', 'White European',
      'White other European', 'White Eastern European', 'White Western European', 'White - Other',
    ],
  ],
  [
    C(MIXED, 'White and Black Caribbean'),
    [
      'White and Black Caribbean', 'Mixed White and Black Caribbean', 'Mixed White Black Caribbean',
      'White Black Caribbean', 'Mixed Black Caribbean and White', 'Mixed multiple White and Black Caribbean',
      'Mixed or multiple ethnic groups White and Black Caribbean', 'Mixed multiple ethnic groups White and Black Caribbean',
      'Mixed White & Black Caribbean', 'Black Caribbean and White',
    ],
  ],
  [
    C(MIXED, 'White and Black African'),
    [
      'White and Black African', 'Mixed White and Black African', 'Mixed White Black African',
      'White Black African', 'Mixed Black African and White', 'Mixed multiple White and Black African',
      'Mixed or multiple ethnic groups White and Black African', 'Mixed multiple ethnic groups White and Black African',
      'Black African and White',
    ],
  ],
  [
    C(MIXED, 'White and Asian'),
    [
      'White and Asian', 'Mixed White and Asian', 'Mixed White Asian', 'White Asian', 'Mixed Asian and White',
      'Mixed multiple White and Asian', 'Mixed or multiple ethnic groups White and Asian',
      'Mixed multiple ethnic groups White and Asian', 'Asian and White',
    ],
  ],
  [
    C(MIXED, 'Other Mixed or Multiple ethnic groups'),
    [
      'Other Mixed', 'Mixed Other', 'Any other Mixed background', 'Any other Mixed or Multiple ethnic background',
      'Any other Mixed multiple ethnic background', 'Mixed any other Mixed background', 'Mixed any other background',
      'Other Mixed background', 'Mixed other background', 'Other Mixed or Multiple ethnic groups',
      'Other Mixed or Multiple ethnic background', 'Mixed any other Mixed or Multiple ethnic background',
      'Mixed multiple any other Mixed multiple ethnic background', 'Mixed - Other', 'Other Mixed Multiple',
    ],
  ],
  [C(ASIAN, 'Indian'), ['Indian', 'Asian Indian', 'Indian Asian', 'British Indian', 'Asian British Indian', 'Asian or Asian British Indian', 'Asian - Indian']],
  [C(ASIAN, 'Pakistani'), ['Pakistani', 'Asian Pakistani', 'Pakistani Asian', 'British Pakistani', 'Asian British Pakistani', 'Asian or Asian British Pakistani']],
  [C(ASIAN, 'Bangladeshi'), ['Bangladeshi', 'Asian Bangladeshi', 'Bangladeshi Asian', 'British Bangladeshi', 'Asian British Bangladeshi', 'Asian or Asian British Bangladeshi']],
  [C(ASIAN, 'Chinese'), ['Chinese', 'Asian Chinese', 'Chinese Asian', 'British Chinese', 'Asian British Chinese', 'Asian or Asian British Chinese', 'Other Chinese', 'Other ethnic group Chinese', 'Other ethnic groups Chinese']],
  [
    C(ASIAN, 'Other Asian'),
    [
      'Other Asian', 'Asian Other', 'Any other Asian background', 'Asian any other Asian background',
      'Asian any other background', 'Other Asian background', 'Asian other background',
      'Asian or Asian British any other Asian background', 'Asian British other', 'Asian British any other Asian background',
      'Asian - Other',
    ],
  ],
  [
    C(BLACK, 'African'),
    [
      'Black African', 'African', 'African Black', 'Black British African', 'Black or Black British African',
      'Black African Caribbean or Black British African', 'Black - African', 'Black Black British Caribbean or African African',
    ],
  ],
  [
    C(BLACK, 'Caribbean'),
    [
      'Black Caribbean', 'Caribbean', 'Caribbean Black', 'Black British Caribbean', 'Black or Black British Caribbean',
      'Black African Caribbean or Black British Caribbean', 'Black - Caribbean', 'Black Black British Caribbean or African Caribbean',
    ],
  ],
  [
    C(BLACK, 'Other Black'),
    [
      'Other Black', 'Black Other', 'Any other Black background', 'Black any other Black background',
      'Black any other background', 'Other Black background', 'Black other background',
      'Any other Black African or Caribbean background', 'Black or Black British any other Black background',
      'Black African Caribbean or Black British any other Black African or Caribbean background',
      'Black British other', 'Black - Other', 'Other Black African or Caribbean',
    ],
  ],
  [C(OTHER, 'Arab'), ['Arab', 'Other Arab', 'Other ethnic group Arab', 'Arab other ethnic group', 'Other ethnic groups Arab']],
  [
    C(OTHER, 'Any other ethnic group'),
    [
      'Any other ethnic group', 'Other any other ethnic group', 'Other ethnic group any other ethnic group',
      'Other ethnic groups any other ethnic group', 'Any other ethnic background', 'Other ethnic background',
      'Other ethnic group other', 'Other - any other ethnic group',
    ],
  ],
  [WHITE, ['White', 'White - unspecified', 'White (unspecified)']],
  [MIXED, ['Mixed', 'Mixed or Multiple', 'Mixed Multiple', 'Multiple', 'Mixed ethnic group', 'Mixed/multiple ethnic groups', 'Mixed or Multiple ethnic group', 'Dual heritage', 'Mixed heritage']],
  [ASIAN, ['Asian', 'Asian British', 'Asian Asian British or Asian Welsh', 'Asian / Asian British', 'Asian British or Asian Welsh']],
  [BLACK, ['Black', 'Black British', 'Black or Black British', 'Black African Caribbean or Black British', 'Black / African / Caribbean / Black British', 'Black Black British Black Welsh Caribbean or African', 'Black Black British Caribbean or African']],
  [OTHER, ['Other', 'Other ethnic groups', 'Other ethnicity', 'Other ethnic origin']],
  [
    UNKNOWN_CATEGORY,
    [
      'Unknown', 'Not known', 'Not stated', 'Prefer not to say', 'Prefer not to state', 'I prefer not to say',
      'Refused', 'Declined', 'Declined to state', 'Declined to say', 'Not declared', 'Undeclared', 'Undisclosed',
      'Not disclosed', 'Do not wish to disclose', 'Do not wish to say', 'Rather not say', "Don't wish to disclose",
      'Information refused', 'Information not yet obtained', 'Not provided', 'Not recorded', 'Not specified',
      'Unspecified', 'Not given', 'Withheld', 'Not applicable', 'N/A', 'NA', 'None', 'Null', 'Blank',
      'Not stated / prefer not to say', 'Unknown / not stated', 'Not known / not stated', 'Ethnicity unknown',
    ],
  ],
];

/**
 * Lowercase, `&` read as "and", every character that is not a letter or digit replaced by a
 * space, runs of spaces collapsed, ends trimmed. Single letters survive, so NHS codes still match.
 *
 * @param value A raw ethnicity value.
 * @returns The matching key.
 * @example
 * normaliseEthnicity('  White - British '); // 'white british'
 * normaliseEthnicity('Mixed: White & Asian'); // 'mixed white and asian'
 */
export function normaliseEthnicity(value: string): string {
  return value
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Broad group of every category the tables can produce. */
export const CATEGORY_BROAD_GROUP: ReadonlyMap<string, BroadGroup> = new Map<string, BroadGroup>([
  ...ONS_2021_CATEGORIES.map((c) => [c.label, c.broadGroup] as const),
  ...GROUP_CATEGORIES.map((c) => [c.label, c.broadGroup] as const),
  [UNKNOWN_CATEGORY, 'unknown'],
]);

function buildLookup(): Map<string, string> {
  const lookup = new Map<string, string>();
  const add = (spelling: string, category: string) => {
    const key = normaliseEthnicity(spelling);
    const existing = lookup.get(key);
    if (existing !== undefined && existing !== category) {
      throw new Error(`Ethnicity tables: "${spelling}" maps to both "${existing}" and "${category}".`);
    }
    lookup.set(key, category);
  };
  for (const { label } of ONS_2021_CATEGORIES) add(label, label);
  // The Welsh-inclusive 2021 wording used in ONS outputs for England and Wales.
  for (const { label } of ONS_2021_CATEGORIES) {
    add(
      label
        .replace(ASIAN, 'Asian, Asian British or Asian Welsh')
        .replace(BLACK, 'Black, Black British, Black Welsh, Caribbean or African'),
      label,
    );
  }
  for (const { label } of GROUP_CATEGORIES) add(label, label);
  for (const { label, category } of ONS_2011_CATEGORIES) add(label, category);
  for (const { code, label, category } of NHS_ETHNIC_CATEGORY_CODES) {
    add(code, category);
    add(label, category);
    add(`${code} ${label}`, category);
    add(`${label} ${code}`, category);
  }
  for (const [category, spellings] of SPELLINGS) for (const spelling of spellings) add(spelling, category);
  // Broad group names as mapping targets ('white', 'asian', ...) and the word 'unknown'.
  for (const group of ['white', 'mixed', 'asian', 'black', 'other'] as const) {
    const category = GROUP_CATEGORIES.find((c) => c.broadGroup === group)?.label;
    if (category !== undefined) add(group, category);
  }
  add('unknown', UNKNOWN_CATEGORY);
  return lookup;
}

/** Normalised spelling to canonical category, for every recognised value. */
export const ETHNICITY_LOOKUP: ReadonlyMap<string, string> = buildLookup();
