/**
 * The ethnicity categories the synthetic council uses, each with the ways real HR, recruitment
 * and survey systems write it: the ONS 2021 England and Wales label, the ONS 2011 label, the NHS
 * Data Dictionary ethnic category code, and a common HR-system spelling. A few categories have no
 * NHS code or no 2011 label (Roma was new in 2021; the NHS codes have no Gypsy or Irish Traveller,
 * Roma or Arab category), and those fall back to the ONS 2021 label.
 *
 * The shares are the synthetic council's, chosen to resemble a London borough's social care
 * workforce; they are not statistics about any real council.
 *
 * @module
 */

/** The broad groups of the specification (section 2). */
export type BroadGroup = 'white' | 'mixed' | 'asian' | 'black' | 'other';

/** One ethnicity category and its spellings. */
export interface EthnicityFormat {
  key: string;
  broad: BroadGroup;
  /** Share of the category within its side (white, or minority ethnic) of the workforce. */
  weight: number;
  ons2021: string;
  ons2011?: string;
  nhs?: string;
  hr: string;
}

/** White categories (the reference group by default); weights sum to 1. */
export const WHITE_CATEGORIES: readonly EthnicityFormat[] = [
  {
    key: 'white-british',
    broad: 'white',
    weight: 0.71,
    ons2021: 'White: English, Welsh, Scottish, Northern Irish or British',
    ons2011: 'White: English/Welsh/Scottish/Northern Irish/British',
    nhs: 'A',
    hr: 'White British',
  },
  {
    key: 'white-irish',
    broad: 'white',
    weight: 0.05,
    ons2021: 'White: Irish',
    ons2011: 'White: Irish',
    nhs: 'B',
    hr: 'White Irish',
  },
  {
    key: 'white-gypsy-traveller',
    broad: 'white',
    weight: 0.004,
    ons2021: 'White: Gypsy or Irish Traveller',
    ons2011: 'White: Gypsy or Irish Traveller',
    hr: 'White: Gypsy or Irish Traveller',
  },
  {
    key: 'white-roma',
    broad: 'white',
    weight: 0.006,
    ons2021: 'White: Roma',
    hr: 'White: Roma',
  },
  {
    key: 'white-other',
    broad: 'white',
    weight: 0.23,
    ons2021: 'White: Other White',
    ons2011: 'White: Any other White background',
    nhs: 'C',
    hr: 'White Other',
  },
];

/** Minority ethnic categories (the focal group); weights sum to 1. */
export const MINORITY_CATEGORIES: readonly EthnicityFormat[] = [
  {
    key: 'mixed-white-black-caribbean',
    broad: 'mixed',
    weight: 0.028,
    ons2021: 'Mixed or Multiple ethnic groups: White and Black Caribbean',
    ons2011: 'Mixed/multiple ethnic groups: White and Black Caribbean',
    nhs: 'D',
    hr: 'Mixed - White and Black Caribbean',
  },
  {
    key: 'mixed-white-black-african',
    broad: 'mixed',
    weight: 0.014,
    ons2021: 'Mixed or Multiple ethnic groups: White and Black African',
    ons2011: 'Mixed/multiple ethnic groups: White and Black African',
    nhs: 'E',
    hr: 'Mixed - White and Black African',
  },
  {
    key: 'mixed-white-asian',
    broad: 'mixed',
    weight: 0.022,
    ons2021: 'Mixed or Multiple ethnic groups: White and Asian',
    ons2011: 'Mixed/multiple ethnic groups: White and Asian',
    nhs: 'F',
    hr: 'Mixed - White and Asian',
  },
  {
    key: 'mixed-other',
    broad: 'mixed',
    weight: 0.026,
    ons2021: 'Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups',
    ons2011: 'Mixed/multiple ethnic groups: Any other Mixed/multiple ethnic background',
    nhs: 'G',
    hr: 'Mixed - Any other mixed background',
  },
  {
    key: 'asian-indian',
    broad: 'asian',
    weight: 0.114,
    ons2021: 'Asian or Asian British: Indian',
    ons2011: 'Asian/Asian British: Indian',
    nhs: 'H',
    hr: 'Asian - Indian',
  },
  {
    key: 'asian-pakistani',
    broad: 'asian',
    weight: 0.057,
    ons2021: 'Asian or Asian British: Pakistani',
    ons2011: 'Asian/Asian British: Pakistani',
    nhs: 'J',
    hr: 'Asian - Pakistani',
  },
  {
    key: 'asian-bangladeshi',
    broad: 'asian',
    weight: 0.057,
    ons2021: 'Asian or Asian British: Bangladeshi',
    ons2011: 'Asian/Asian British: Bangladeshi',
    nhs: 'K',
    hr: 'Asian - Bangladeshi',
  },
  {
    key: 'asian-chinese',
    broad: 'asian',
    weight: 0.023,
    ons2021: 'Asian or Asian British: Chinese',
    ons2011: 'Asian/Asian British: Chinese',
    nhs: 'R',
    hr: 'Chinese',
  },
  {
    key: 'asian-other',
    broad: 'asian',
    weight: 0.068,
    ons2021: 'Asian or Asian British: Other Asian',
    ons2011: 'Asian/Asian British: Any other Asian background',
    nhs: 'L',
    hr: 'Asian - Any other Asian background',
  },
  {
    key: 'black-african',
    broad: 'black',
    weight: 0.296,
    ons2021: 'Black, Black British, Caribbean or African: African',
    ons2011: 'Black/African/Caribbean/Black British: African',
    nhs: 'N',
    hr: 'Black African',
  },
  {
    key: 'black-caribbean',
    broad: 'black',
    weight: 0.182,
    ons2021: 'Black, Black British, Caribbean or African: Caribbean',
    ons2011: 'Black/African/Caribbean/Black British: Caribbean',
    nhs: 'M',
    hr: 'Black Caribbean',
  },
  {
    key: 'black-other',
    broad: 'black',
    weight: 0.045,
    ons2021: 'Black, Black British, Caribbean or African: Other Black',
    ons2011: 'Black/African/Caribbean/Black British: Any other Black/African/Caribbean background',
    nhs: 'P',
    hr: 'Black - Any other Black background',
  },
  {
    key: 'other-arab',
    broad: 'other',
    weight: 0.023,
    ons2021: 'Other ethnic group: Arab',
    ons2011: 'Other ethnic group: Arab',
    hr: 'Arab',
  },
  {
    key: 'other-any',
    broad: 'other',
    weight: 0.045,
    ons2021: 'Other ethnic group: Any other ethnic group',
    ons2011: 'Other ethnic group: Any other ethnic group',
    nhs: 'S',
    hr: 'Any other ethnic group',
  },
];

/** How systems record "not known": blank, the usual phrases, and the NHS codes Z and 99. */
export const UNKNOWN_VALUES: readonly string[] = ['', 'Not stated', 'Prefer not to say', 'Z', '99'];

/**
 * Misspellings that match no classification table, so the report's list of unmatched values has
 * something to show. Each is written for a person whose true category is the one named.
 */
export const TYPOS: Readonly<Record<string, string>> = {
  'black-african': 'Black Afican',
  'white-british': 'Whtie British',
};
