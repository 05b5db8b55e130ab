/**
 * The report's charts as Vega-Lite specifications, for notebooks (Deno's Jupyter kernel,
 * Observable, Quarto) that display Vega-Lite natively. The HTML page draws the same data as SVG.
 *
 * @module
 */
import type { PublishedReport, WresReport } from '../model/report.js';
import { bandShares, likelihoodPoints, seniorShares, trendPoints } from './chart-data.js';
import { CHART_COLOURS } from './chart-colours.js';

/** A Vega-Lite specification (JSON), typed loosely so the core needs no Vega dependency. */
export type VegaLiteSpec = Record<string, unknown>;

/** The charts of a report (pinned names); a chart without data is absent. */
export interface ChartSpecs {
  /** Minority ethnic share of each pay band against the workforce and the local population. */
  payBands?: VegaLiteSpec;
  /** Every headline relative likelihood with its interval, log scale, the line at 1 and the 0.80-1.25 band. */
  relativeLikelihoods?: VegaLiteSpec;
  /** Minority ethnic share of senior managers, of the workforce and of the local population. */
  seniorManagement?: VegaLiteSpec;
  /** The headline relative likelihoods over the years given (only with earlier reports). */
  trend?: VegaLiteSpec;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';
const percentAxis = { format: '.0%', title: null };

/**
 * The report's charts as Vega-Lite specs with their data inline.
 *
 * @param report A report or published report (withheld figures are left out of the charts).
 * @param options `previous`: earlier years' reports, earliest first, for the `trend` chart.
 * @returns The specs by pinned name.
 * @example
 * const specs = chartSpecs(report);
 * Object.keys(specs); // ['payBands', 'relativeLikelihoods', 'seniorManagement']
 */
export function chartSpecs(report: WresReport | PublishedReport, options: { previous?: readonly (WresReport | PublishedReport)[] } = {}): ChartSpecs {
  const term = report.options.terminology;
  const specs: ChartSpecs = {};
  const bands = bandShares(report);
  if (bands !== null) {
    const rules = [
      ...(bands.workforce === null ? [] : [{ label: 'Workforce', share: bands.workforce }]),
      ...(bands.population === null ? [] : [{ label: 'Local population', share: bands.population }]),
    ];
    specs.payBands = {
      $schema: SCHEMA,
      title: `${capital(term)} share of each pay band`,
      description: `Bars: the ${term} share of staff in each pay band, lowest band first. Lines: the ${term} share of the workforce and of the local population.`,
      width: 480,
      layer: [
        {
          data: { values: bands.bands },
          mark: { type: 'bar', color: CHART_COLOURS.primary },
          encoding: {
            y: { field: 'band', type: 'nominal', sort: null, title: null },
            x: { field: 'share', type: 'quantitative', axis: percentAxis, scale: { domain: [0, 1] } },
          },
        },
        {
          data: { values: bands.bands },
          mark: { type: 'text', align: 'left', dx: 4 },
          encoding: {
            y: { field: 'band', type: 'nominal', sort: null },
            x: { field: 'share', type: 'quantitative' },
            text: { field: 'share', type: 'quantitative', format: '.1%' },
          },
        },
        {
          data: { values: rules },
          mark: { type: 'rule', color: CHART_COLOURS.reference, strokeDash: [6, 3] },
          encoding: { x: { field: 'share', type: 'quantitative' } },
        },
        {
          data: { values: rules },
          mark: { type: 'text', align: 'left', dx: 3, dy: -6, y: 0 },
          encoding: { x: { field: 'share', type: 'quantitative' }, text: { field: 'label' } },
        },
      ],
    };
  }
  const points = likelihoodPoints(report);
  if (points.length > 0) {
    const values = points.map((p) => ({ ...p, lowerShown: Math.max(p.lower, 0.05), upperShown: Math.min(p.upper, 20), ratioShown: Math.max(p.ratio, 0.05) }));
    const scale = { type: 'log', domain: [0.05, 20] };
    specs.relativeLikelihoods = {
      $schema: SCHEMA,
      title: 'Relative likelihoods with 95% confidence intervals',
      description: `Each relative likelihood (${term} over white) with its confidence interval on a log scale; the line marks 1 (equally likely) and the shaded band the 0.80 to 1.25 non-adverse range.`,
      width: 480,
      data: { values },
      layer: [
        {
          data: { values: [{ low: 0.8, high: 1.25 }] },
          mark: { type: 'rect', color: CHART_COLOURS.band },
          encoding: { x: { field: 'low', type: 'quantitative', scale }, x2: { field: 'high' } },
        },
        {
          data: { values: [{ one: 1 }] },
          mark: { type: 'rule', color: CHART_COLOURS.reference },
          encoding: { x: { field: 'one', type: 'quantitative', scale } },
        },
        {
          mark: { type: 'rule', color: CHART_COLOURS.primary, strokeWidth: 2 },
          encoding: {
            y: { field: 'label', type: 'nominal', sort: null, title: null },
            x: { field: 'lowerShown', type: 'quantitative', scale, title: 'Relative likelihood (log scale)' },
            x2: { field: 'upperShown' },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 70, color: CHART_COLOURS.primary },
          encoding: {
            y: { field: 'label', type: 'nominal', sort: null },
            x: { field: 'ratioShown', type: 'quantitative', scale },
            tooltip: [{ field: 'label' }, { field: 'ratio', format: '.2f' }, { field: 'lower', format: '.2f' }, { field: 'upper', format: '.2f' }, { field: 'reading' }],
          },
        },
      ],
    };
  }
  const senior = seniorShares(report);
  if (senior !== null) {
    specs.seniorManagement = {
      $schema: SCHEMA,
      title: `${capital(term)} share of senior management`,
      description: `The ${term} share of senior managers, of the workforce and of the local population.`,
      width: 480,
      data: { values: senior },
      layer: [
        {
          mark: { type: 'bar', color: CHART_COLOURS.primary },
          encoding: {
            y: { field: 'label', type: 'nominal', sort: null, title: null },
            x: { field: 'share', type: 'quantitative', axis: percentAxis, scale: { domain: [0, 1] } },
          },
        },
        {
          mark: { type: 'text', align: 'left', dx: 4 },
          encoding: {
            y: { field: 'label', type: 'nominal', sort: null },
            x: { field: 'share', type: 'quantitative' },
            text: { field: 'share', type: 'quantitative', format: '.1%' },
          },
        },
      ],
    };
  }
  if (options.previous !== undefined && options.previous.length > 0) {
    const trend = trendPoints([...options.previous, report]);
    if (trend.length > 0) {
      specs.trend = {
        $schema: SCHEMA,
        title: 'Relative likelihoods over the years',
        description: 'Each headline relative likelihood in each year, with its confidence interval, on a log scale.',
        data: { values: trend },
        facet: { row: { field: 'label', type: 'nominal', sort: null, title: null, header: { labelAngle: 0, labelAlign: 'left' } } },
        spec: {
          width: 360,
          height: 40,
          layer: [
            {
              mark: { type: 'rule', color: CHART_COLOURS.primary },
              encoding: {
                x: { field: 'lower', type: 'quantitative', scale: { type: 'log', domain: [0.05, 20], clamp: true }, title: 'Relative likelihood' },
                x2: { field: 'upper' },
                y: { field: 'period', type: 'ordinal', title: null },
              },
            },
            {
              mark: { type: 'point', filled: true, color: CHART_COLOURS.primary },
              encoding: {
                x: { field: 'ratio', type: 'quantitative', scale: { type: 'log', domain: [0.05, 20], clamp: true } },
                y: { field: 'period', type: 'ordinal' },
              },
            },
          ],
        },
      };
    }
  }
  return specs;
}

function capital(text: string): string {
  return text.length > 0 ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
}
