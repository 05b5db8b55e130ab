/**
 * A synthetic nation of councils for trying `collateReports` and `wres collate`: seeded, pure (no
 * file system, no clock, no `Math.random`), so the same seed always gives the same counts. No
 * real council: every rate is an invented parameter written down here.
 *
 * Each council has adults' and children's services, in one of England's nine regions. What is in
 * it on purpose:
 * - London councils have many more minority ethnic staff than the rest (35% to 60% against 5% to
 *   30%);
 * - councils with many minority ethnic staff have higher disciplinary rates for everyone, while
 *   within most councils minority ethnic staff are only slightly more likely to enter the process
 *   (relative likelihood about 1.1): the crude national ratio from summed counts is much larger
 *   than the Mantel-Haenszel ratio pooled within councils (a Simpson-type confounding);
 * - a few councils really differ: in `OUTLIERS` councils minority ethnic staff are 2.5 times as
 *   likely to enter the disciplinary process, and appointment from shortlisting varies more
 *   between councils than chance explains.
 */
import type { CollationEntry } from '../../src/index.js';
import type { GroupTally, OutcomeCounts, WresCounts } from '../../src/model/counts.js';
import { mulberry32 } from '../council/council.js';

/** The seed of the example and the docs. */
export const NATION_SEED = 2024;
/** England's nine regions, London first. */
export const REGIONS = [
  'London', 'South East', 'East of England', 'South West', 'West Midlands',
  'East Midlands', 'Yorkshire and the Humber', 'North West', 'North East',
] as const;
/** Councils whose minority ethnic staff are 2.5 times as likely to enter the disciplinary process (by position, from 0). */
export const OUTLIERS = [3, 17, 40, 58, 71];
const BANDS = ['Scale 1-6', 'SO1-SO2', 'PO1-PO8', 'Senior management'];

/** An entry of the synthetic nation: a council's service, with its region and service. */
export type NationEntry = Extract<CollationEntry, { counts: WresCounts }> & { region: string; service: 'adults' | 'children' };

class Draw {
  constructor(private readonly next: () => number) {}
  uniform(low: number, high: number): number {
    return low + (high - low) * this.next();
  }
  integer(low: number, high: number): number {
    return Math.floor(this.uniform(low, high + 1));
  }
  normal(): number {
    // Box-Muller: two uniforms give one standard normal.
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }
  binomial(n: number, p: number): number {
    let count = 0;
    for (let i = 0; i < n; i += 1) if (this.next() < p) count += 1;
    return count;
  }
}

const tally = (minority: number, white: number, unknown = 0): GroupTally => ({ minority, white, unknown });

function outcome(draw: Draw, population: GroupTally, whiteRate: number, ratio: number): OutcomeCounts {
  const minorityRate = Math.min(0.95, whiteRate * ratio);
  return {
    population,
    outcome: tally(draw.binomial(population.minority, minorityRate), draw.binomial(population.white, whiteRate), draw.binomial(population.unknown, whiteRate)),
  };
}

function councilCounts(draw: Draw, name: string, index: number, minorityShare: number, service: 'adults' | 'children', bandSeed: number): WresCounts {
  const staff = service === 'adults' ? draw.integer(400, 3000) : draw.integer(150, 1200);
  const unknown = draw.binomial(staff, 0.04);
  const minority = draw.binomial(staff - unknown, minorityShare);
  const white = staff - unknown - minority;
  const at = (share: number): GroupTally => tally(Math.round(minority * share), Math.round(white * share), Math.round(unknown * share));
  const everyone = tally(minority, white, unknown);
  const councilEffect = (sd: number): number => Math.exp(sd * draw.normal());
  // Disciplinary rates rise with the council's minority share for everyone (the confounder).
  const disciplinaryRate = 0.008 + 0.05 * minorityShare;
  const disciplinaryRatio = OUTLIERS.includes(index) ? 2.5 : 1.1 * councilEffect(0.05);
  const shortlisted = at(0.3);
  const regulated = at(service === 'children' ? 0.45 : 0.2);
  const respondents = at(0.35);
  // Minority ethnic staff are over-represented in the lowest band and under-represented at the top.
  // Bands are drawn with their own generator (seeded by the council), so the other counts do not depend on them;
  // each council's minority ethnic staff reach the upper bands a little more or less often than elsewhere.
  const bandDraw = new Draw(mulberry32(bandSeed));
  const seniority = Math.exp(0.25 * bandDraw.normal());
  const bandShares = { minority: [0.6 / seniority, 0.22, 0.16 * seniority, 0.02 * seniority], white: [0.45, 0.25, 0.24, 0.06] };
  const split = (total: number, shares: number[]): number[] => {
    const parts: number[] = [];
    let left = total;
    let share = shares.reduce((sum, s) => sum + s, 0);
    for (const s of shares.slice(0, -1)) {
      const part = bandDraw.binomial(left, Math.min(1, s / share));
      parts.push(part);
      left -= part;
      share -= s;
    }
    return [...parts, left];
  };
  const bandMinority = split(minority, bandShares.minority);
  const bandWhite = split(white, bandShares.white);
  const bandUnknown = split(unknown, bandShares.white);
  return {
    organisation: { name },
    bands: {
      labels: BANDS,
      staff: BANDS.map((_, i) => tally(bandMinority[i]!, bandWhite[i]!, bandUnknown[i]!)),
      bandNotKnown: tally(0, 0, 0),
    },
    outcomes: {
      'appointed-from-shortlisting': outcome(draw, shortlisted, draw.uniform(0.15, 0.3), 0.6 * councilEffect(0.3)),
      'entered-disciplinary': outcome(draw, everyone, disciplinaryRate, disciplinaryRatio),
      'fitness-to-practise-referral': outcome(draw, regulated, 0.006, 1.4),
      'accessed-funded-cpd': outcome(draw, everyone, draw.uniform(0.2, 0.4), 0.9 * councilEffect(0.1)),
      'harassment-from-public': outcome(draw, respondents, draw.uniform(0.2, 0.35), 1.2),
      'harassment-from-colleagues': outcome(draw, respondents, draw.uniform(0.1, 0.2), 1.3),
      'harassment-from-managers': outcome(draw, respondents, draw.uniform(0.06, 0.12), 1.3),
      'left-organisation': outcome(draw, everyone, draw.uniform(0.08, 0.15), 1.05),
      'senior-management': { population: everyone, outcome: tally(bandMinority[3]!, bandWhite[3]!, bandUnknown[3]!) },
    },
  };
}

/**
 * Generates the synthetic nation: `councils` councils (default 96), each with an adults' and a
 * children's entry (`name` "<council> (adults)"), spread over the nine regions.
 *
 * @param seed - Seed of the pseudo-random generator ({@link NATION_SEED} gives the example's nation).
 * @param councils - How many councils, 80 to 150 for a national picture.
 * @returns Collation entries with counts, region and service.
 * @example
 * generateNation(NATION_SEED).length; // 192 (96 councils, two services each)
 */
export function generateNation(seed: number = NATION_SEED, councils = 96): NationEntry[] {
  const draw = new Draw(mulberry32(seed));
  const entries: NationEntry[] = [];
  for (let index = 0; index < councils; index += 1) {
    // About one council in six is in London, as in England.
    const region = index % 6 === 0 ? 'London' : REGIONS[1 + (index % (REGIONS.length - 1))]!;
    const minorityShare = region === 'London' ? draw.uniform(0.35, 0.6) : draw.uniform(0.05, 0.3);
    const council = `Council ${String(index + 1).padStart(3, '0')}`;
    for (const service of ['adults', 'children'] as const) {
      const name = `${council} (${service})`;
      const bandSeed = (seed * 7919 + index * 2 + (service === 'adults' ? 0 : 1)) >>> 0;
      entries.push({ name, region, service, counts: councilCounts(draw, name, index, minorityShare, service, bandSeed) });
    }
  }
  return entries;
}
