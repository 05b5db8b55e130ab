/**
 * Hand-built reports for the renderer tests. The interval limits are illustrative numbers chosen by
 * hand (the renderers only format them); counts and proportions are consistent (proportion = count / total).
 */
import { readComparison } from '../../src/metrics/reading.js';
import type {
  Comparison,
  Figure,
  MetricResult,
  PublishedReport,
  SourceSummary,
  Suppressed,
  WresReport,
} from '../../src/model/report.js';

export function group(count: number, total: number, lower: number, upper: number) {
  return { count, total, proportion: total === 0 ? null : count / total, lower, upper };
}

export function comparison(
  key: string,
  focal: ReturnType<typeof group>,
  reference: ReturnType<typeof group>,
  rl: { ratio: number | null; lower: number; upper: number; significant: boolean } | null,
  diff: { value: number | null; lower: number; upper: number } | null,
  statement: string,
): Comparison {
  return {
    key,
    group: 'minority',
    focal,
    reference,
    relativeLikelihood:
      rl === null
        ? null
        : {
            ...rl,
            method: 'koopman',
            level: 0.95,
            numerator: 'focal',
            nonAdverse: rl.ratio === null ? null : rl.ratio >= 0.8 && rl.ratio <= 1.25,
          },
    difference: diff === null ? null : { ...diff, method: 'newcombe', level: 0.95 },
    statement,
    reading: rl === null ? null : readComparison(
      { ...rl, method: 'koopman', level: 0.95, numerator: 'focal', nonAdverse: null },
      ['appointed-from-shortlisting', 'accessed-funded-cpd', 'senior-management'].includes(key) ? 'good' : key.startsWith('band:') ? 'neutral' : 'bad',
    ),
  };
}

function source(rowsRead: number, completeness: number | null, extra: Partial<SourceSummary> = {}): SourceSummary {
  return {
    present: rowsRead > 0,
    rowsRead,
    rowsUsed: rowsRead,
    rowsSkipped: 0,
    skippedReasons: [],
    ethnicityCompleteness: completeness,
    ...extra,
  };
}

function outcomeMetric(
  number: MetricResult['number'],
  title: string,
  population: string,
  comparisons: Comparison[],
  unknownEthnicity: number,
): MetricResult {
  return {
    number,
    id: `sc-wres-${number}` as MetricResult['id'],
    title,
    status: 'ok',
    comparisons,
    unknownEthnicity,
    population,
  };
}

/** A complete, unsuppressed report of a made-up council ("Northbrook"). */
export function councilReport(): WresReport {
  const metric1: MetricResult = {
    number: 1,
    id: 'sc-wres-1',
    title: 'Pay band representation',
    status: 'ok',
    population: 'staff in post on the last day of the period',
    unknownEthnicity: 12,
    comparisons: [
      comparison(
        'band:Scale 1-2',
        group(120, 400, 0.2572, 0.3469),
        group(100, 500, 0.1675, 0.2370),
        { ratio: 1.5, lower: 1.1921, upper: 1.8874, significant: true },
        { value: 0.1, lower: 0.0431, upper: 0.1557 },
        'Minority ethnic staff are 1.50 times as likely as white staff to be in pay band Scale 1-2.',
      ),
      comparison(
        'band:PO1-PO4, "senior" | practitioners',
        group(40, 400, 0.0743, 0.1332),
        group(80, 500, 0.1303, 0.1945),
        { ratio: 0.625, lower: 0.4387, upper: 0.8905, significant: true },
        { value: -0.06, lower: -0.1017, upper: -0.0168 },
        'Minority ethnic staff are 0.63 times as likely as white staff to be in pay band PO1-PO4.',
      ),
    ],
    bands: {
      rows: [
        { band: 'Scale 1-2', minority: 120, white: 100, unknown: 5, total: 220, minorityShare: 120 / 220, differencePoints: (120 / 220 - 400 / 900) * 100 },
        { band: 'PO1-PO4, "senior" | practitioners', minority: 40, white: 80, unknown: 2, total: 120, minorityShare: 40 / 120, differencePoints: (40 / 120 - 400 / 900) * 100 },
      ],
      bandNotKnown: { minority: 3, white: 4, unknown: 1 },
      totals: { minority: 403, white: 504, unknown: 13, total: 920 },
      workforceMinorityShare: 400 / 900,
    },
  };
  const metric2 = outcomeMetric(
    2,
    'Relative likelihood of being appointed from shortlisting',
    'applications shortlisted in the period',
    [
      comparison(
        'appointed-from-shortlisting',
        group(30, 300, 0.0711, 0.1396),
        group(45, 250, 0.1373, 0.2329),
        { ratio: 0.5556, lower: 0.3607, upper: 0.8524, significant: true },
        { value: -0.08, lower: -0.1383, upper: -0.0258 },
        'Shortlisted minority ethnic applicants are 0.56 times as likely as shortlisted white applicants to be appointed.',
      ),
    ],
    7,
  );
  const metric3 = outcomeMetric(
    3,
    'Relative likelihood of entering the formal disciplinary process',
    'staff employed at any time in the period',
    [
      comparison(
        'entered-disciplinary',
        group(6, 450, 0.0061, 0.0288),
        group(0, 560, 0, 0.0068),
        { ratio: null, lower: 1.5, upper: Infinity, significant: true },
        { value: 0.0133, lower: 0.0036, upper: 0.0288 },
        'No white staff entered the formal disciplinary process, so the relative likelihood cannot be estimated.',
      ),
    ],
    4,
  );
  const noData = (number: MetricResult['number'], title: string): MetricResult => ({
    number,
    id: `sc-wres-${number}` as MetricResult['id'],
    title,
    status: 'no-data',
    reason: 'No records were supplied for this metric.',
    comparisons: [],
    unknownEthnicity: 0,
    population: 'staff employed at any time in the period',
  });
  const metric9: MetricResult = {
    ...outcomeMetric(
      9,
      'Representation in senior management',
      'staff in post on the last day of the period',
      [
        comparison(
          'senior-management',
          group(5, 400, 0.0053, 0.0289),
          group(20, 500, 0.0261, 0.0609),
          { ratio: 0.3125, lower: 0.1185, upper: 0.8241, significant: true },
          { value: -0.0275, lower: -0.0497, upper: -0.0049 },
          'Minority ethnic staff are 0.31 times as likely as white staff to be senior managers.',
        ),
      ],
      12,
    ),
    representation: {
      seniorMinorityShare: 0.2,
      workforceMinorityShare: 0.4444,
      vsWorkforcePoints: -24.44,
      populationMinorityShare: 0.46,
      vsPopulationPoints: -26,
      statement: 'Minority ethnic staff were 20.0% of senior managers of known ethnicity, against 44.4% of the workforce (24.4 percentage points lower) and 46.0% of the local population (26.0 percentage points lower).',
    },
  };
  return {
    library: { name: 'sc-wres', version: '0.1.0' },
    organisation: { name: 'Northbrook Council', code: 'E09000099', populationMinorityShare: 0.46 },
    period: { start: '2024-04-01', end: '2025-03-31' },
    options: {
      standard: 'sc-wres',
      population: 'at-risk',
      scope: {},
      terminology: 'minority ethnic',
      whiteMinorities: 'white',
      breakdown: 'none',
      intervals: { proportion: 'wilson', ratio: 'koopman', difference: 'newcombe', level: 0.95 },
    },
    sources: {
      staff: source(920, 0.9859, { excludedNotDirect: 31 }),
      applications: source(557, 0.9874),
      disciplinaryCases: source(8, null),
      fitnessToPractiseReferrals: { ...source(0, null), present: false },
      cpd: { ...source(0, null), present: false },
      survey: { ...source(0, null), present: false },
    },
    unmatchedEthnicity: [{ source: 'staff', value: 'Whte British', count: 3 }],
    metrics: [
      metric1,
      metric2,
      metric3,
      noData(4, 'Relative likelihood of being referred to fitness to practise'),
      noData(5, 'Relative likelihood of accessing funded non-mandatory CPD'),
      noData(6, 'Harassment, bullying or abuse from people who use services, relatives or the public'),
      noData(7, 'Harassment, bullying or abuse from colleagues and managers'),
      outcomeMetric(
        8,
        'Relative likelihood of leaving the organisation',
        'staff employed at any time in the period',
        [
          comparison(
            'left-organisation',
            group(54, 450, 0.0933, 0.1533),
            group(56, 560, 0.0778, 0.1275),
            { ratio: 1.2, lower: 0.8424, upper: 1.7094, significant: false },
            { value: 0.02, lower: -0.0191, upper: 0.0603 },
            'Minority ethnic staff are 1.20 times as likely as white staff to leave.',
          ),
        ],
        4,
      ),
      metric9,
    ],
  };
}

/** A withheld value as applyDisclosureControl writes it (the rule it stands for is only a note here). */
export function withheld(_rule?: string): Suppressed {
  return { suppressed: true, code: 'withheld', reason: 'Withheld to protect a small number of people.' };
}

/**
 * The council report after disclosure control (threshold 10): metric 3's and 9's small counts
 * withheld, and the unmatched "Whte British" (3 records, below 10) dropped, as applyDisclosureControl does.
 */
export function publishedReport(): PublishedReport {
  const base = councilReport() as PublishedReport;
  const metrics = base.metrics.map((metric): MetricResult<Figure> => {
    if (metric.number === 3) {
      const c = metric.comparisons[0]!;
      return {
        ...metric,
        comparisons: [
          {
            ...c,
            focal: { count: withheld('small-count'), total: 450, proportion: withheld('derived'), lower: withheld('derived'), upper: withheld('derived') },
            relativeLikelihood: withheld('derived'),
            difference: withheld('derived'),
            statement: withheld('derived'),
          },
        ],
        unknownEthnicity: withheld('small-count'),
      };
    }
    if (metric.number === 9) {
      const c = metric.comparisons[0]!;
      return {
        ...metric,
        comparisons: [
          {
            ...c,
            focal: { count: withheld('small-count'), total: 400, proportion: withheld('derived'), lower: withheld('derived'), upper: withheld('derived') },
            relativeLikelihood: withheld('derived'),
            difference: withheld('derived'),
            statement: withheld('derived'),
          },
        ],
        representation: {
          seniorMinorityShare: withheld('derived'),
          workforceMinorityShare: 0.4444,
          vsWorkforcePoints: withheld('derived'),
          populationMinorityShare: 0.46,
          vsPopulationPoints: withheld('derived'),
          statement: withheld('derived'),
        },
      };
    }
    if (metric.number === 1 && metric.bands) {
      return {
        ...metric,
        bands: {
          ...metric.bands,
          bandNotKnown: { minority: withheld('small-count'), white: withheld('small-count'), unknown: withheld('secondary') },
        },
      };
    }
    return metric;
  });
  return {
    ...base,
    metrics,
    unmatchedEthnicity: [],
    disclosure: {
      policy: 'sc-wres-publication',
      threshold: 10,
      rounding: null,
      withheld: 19,
      sourceRounding: 10,
      method: 'Counts from 1 to 9 are withheld, with their complements and enough other cells that none can be worked out.',
    },
  };
}
