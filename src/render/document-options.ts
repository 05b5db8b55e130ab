/**
 * The options the two documents (Markdown and HTML) share: the precision of their figures, the
 * action plan and earlier years' reports.
 *
 * @module
 */
import type { PublishedReport, WresReport } from '../model/report.js';
import type { Precision } from '../text/numbers.js';
import type { ActionPlan } from './action-plan.js';

/** Options of both {@link renderMarkdown} and {@link renderHtml}. */
export interface DocumentRenderOptions {
  /** Decimals of ratios (default 2) and of percentages and percentage points (default 1). */
  precision?: Partial<Precision>;
  /** The action plan: a foreword after the title, and each metric's actions under its figures. */
  actions?: ActionPlan;
  /** Earlier years' reports, earliest first: adds the year-on-year table (in HTML, with its chart) after the summary. */
  previous?: readonly (WresReport | PublishedReport)[];
}
