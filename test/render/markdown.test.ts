import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { councilReport, publishedReport } from './fixtures.js';

describe('renderMarkdown', () => {
  const md = renderMarkdown(councilReport());

  it('opens with the title, organisation, period, standard and terminology', () => {
    expect(md.startsWith('# Social Care Workforce Race Equality Standard (SC-WRES) report\n')).toBe(true);
    expect(md).toContain('| Organisation | Northbrook Council (E09000099) |');
    expect(md).toContain('| Period | 1 April 2024 to 31 March 2025 |');
    expect(md).toContain('every relative likelihood is the minority ethnic rate divided by the white rate');
    expect(md).toContain('"minority ethnic" is the group compared with white staff.');
    expect(md).toContain('95%: proportions Wilson score, relative likelihoods Koopman asymptotic score, differences Newcombe hybrid score');
  });

  it('has one heading per metric, in order, with status and reason', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## Metric '));
    expect(headings.map((h) => h.slice(0, 11))).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `## Metric ${n}`),
    );
    expect(md).toContain('## Metric 4: Relative likelihood of being referred to fitness to practise\n\n**Status:** no data. No records were supplied for this metric.');
  });

  it('formats a comparison row: counts, % with CI (1 decimal), RL with CI (2 decimals), difference in points', () => {
    // Metric 2 fixture: 30/300 = 10.0% (7.1% to 14.0%), 45/250 = 18.0% (13.7% to 23.3%),
    // RL 0.5556 -> 0.56 (0.36 to 0.85), difference -0.08 -> -8.0 pp (-13.8 to -2.6); appointment is a good
    // outcome and the interval lies below 1, so the reading is adverse.
    expect(md).toContain(
      '| Appointed from shortlisting | minority ethnic | 30 of 300 | 10.0% (7.1% to 14.0%) | 45 of 250 | 18.0% (13.7% to 23.3%) | 0.56 (0.36 to 0.85) | yes | Adverse | -8.0 (-13.8 to -2.6) |',
    );
    expect(md).toContain('- Shortlisted minority ethnic applicants are 0.56 times as likely');
  });

  it('shows a ratio that cannot be estimated and an unbounded limit', () => {
    expect(md).toContain('| Entered the formal disciplinary process | minority ethnic | 6 of 450 | 1.3% (0.6% to 2.9%) | 0 of 560 | 0.0% (0.0% to 0.7%) | not estimable | – |');
  });

  it('escapes pipes in band labels so the table keeps its columns', () => {
    const line = md.split('\n').find((l) => l.startsWith('| Pay band PO1-PO4'))!;
    expect(line).toContain('PO1-PO4, "senior" \\| practitioners');
    // 9 columns -> 10 unescaped bars.
    expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(12);
  });

  it("shows metric 1's band table with the band-not-known line and metric 9's representation", () => {
    // Scale 1-2: 120 / 220 = 54.5%; workforce 400 / 900 = 44.4%; difference 10.1 points.
    expect(md).toContain('| Scale 1-2 | 120 | 100 | 5 | 220 | 54.5% | +10.1 |');
    expect(md).toContain('| Band not known | 3 | 4 | 1 | – | – | – |');
    expect(md).toContain('The minority ethnic share of the workforce (staff of known ethnicity and known band) is 44.4%.');
    expect(md).toContain('- Minority ethnic share of senior managers: 20.0%');
    expect(md).toContain('- Difference from the workforce: -24.4 percentage points');
    expect(md).toContain('- Difference from the local population: -26.0 percentage points');
  });

  it('reports unknown ethnicity, completeness per source and unmatched values', () => {
    expect(md).toContain('Records left out because their ethnicity is unknown: 12.');
    expect(md).toContain('| Staff | yes | 920 | 920 | 0 | 98.6% | 31 not directly employed |');
    expect(md).toContain('| CPD records | no | – | – | – | – | – |');
    expect(md).toContain('| Staff | "Whte British" | 3 |');
  });

  it('warns that disclosure control was not applied', () => {
    expect(md).toContain('Disclosure control was not applied');
  });

  it('writes withheld values in words and explains the method when disclosure control was applied', () => {
    const pub = renderMarkdown(publishedReport());
    // Every withheld value reads the same, whatever rule withheld it (SPEC 8a: "fewer than 10" would tell a range).
    expect(pub).toContain('| Entered the formal disciplinary process | minority ethnic | withheld to protect a small number of 450 | withheld to protect a small number |');
    expect(pub).toContain('| Band not known | withheld to protect a small number | withheld to protect a small number | withheld to protect a small number |');
    expect(pub).toContain('statement withheld to protect a small number.');
    expect(pub).toContain('Records left out because their ethnicity is unknown: withheld to protect a small number.');
    expect(pub).not.toMatch(/fewer than 10 of|\| fewer than 10 \||small-count|small-complement|secondary|derived|built from/);
    expect(pub).toContain('Policy: **sc-wres-publication**. Counts from 1 to 9 are not published.');
    expect(pub).toContain('19 values were withheld, each shown as "withheld to protect a small number".');
    expect(pub).not.toContain('[object Object]');
    expect(pub).not.toContain('NaN');
  });

  it('uses the chosen terminology and NHS WRES direction', () => {
    const report = councilReport();
    const nhs = {
      ...report,
      options: { ...report.options, terminology: 'Global Majority', standard: 'nhs-wres' as const },
    };
    const text = renderMarkdown(nhs);
    expect(text).toContain('| Appointed from shortlisting | Global Majority |');
    expect(text).toContain('which are white over Global Majority');
  });
});
