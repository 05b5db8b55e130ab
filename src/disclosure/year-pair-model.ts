/**
 * The intruder's model of two years' published reports on the same organisation (SPEC 8a, year on
 * year): each year's model ({@link publicationModel}) and the people between them.
 *
 * What links the years, for each ethnic group (minority, white, unknown, and each broad group
 * when both years publish them) and each pay band (matched by label; band not known is one more):
 * - this year's staff in post in a band = last year's in that band, minus those who left on last
 *   year's final day, minus those who left during this year, plus those who joined this year and
 *   are still in post; the intruder assumes nobody changed band or ethnicity record (a stronger
 *   intruder than one who allows it, so a stricter test);
 * - this year's staff at risk (metrics 3, 5 and 8) = last year's staff in post, minus those who
 *   left on its final day, plus this year's joiners;
 * - those who left on last year's final day are within last year's leavers, and those who left
 *   this year (from last year's staff or the joiners) within this year's.
 * The flows (left, joined, left on the final day, joiners) are unknowns the audit reports; one is
 * disclosed when it is determined exactly and from 1 to threshold - 1 ("the one leaver was a
 * minority ethnic member of band SO1-SO2"). A flow known to be 0 discloses nothing the published
 * zeros do not.
 *
 * @module
 */
import type { PublishedReport, WresReport } from '../model/report.js';
import { publicationModel, populationKey, type IntruderConstraint, type IntruderModel, type PrintedPrecision } from './intruder.js';
import { BROAD_GROUPS } from './layout.js';

const YEARS = ['previous', 'current'] as const;

/**
 * The joint model of last year's and this year's published reports (see the module comment).
 *
 * @param published Last year's and this year's published reports.
 * @param original Their reports before disclosure control (optional: true values in the audit).
 * @param precision How the numbers are read.
 * @returns The model: both years' unknowns (ids prefixed `previous:` and `current:`), the flows
 *   between them (`pair|left|SO1-SO2|minority`, ...), and every constraint.
 * @example
 * const model = yearPairModel({ previous, current }, undefined, 'json');
 * model.variables.get('pair|left|Grade 2|minority'); // how many minority ethnic staff left band Grade 2 this year
 */
export function yearPairModel(
  published: { previous: PublishedReport; current: PublishedReport },
  original: { previous?: WresReport; current?: WresReport } = {},
  precision: PrintedPrecision = 'json',
): IntruderModel {
  const model: IntruderModel = { variables: new Map(), constraints: [] };
  for (const year of YEARS) {
    const entry = original[year] === undefined ? { published: published[year] } : { published: published[year], original: original[year]! };
    const single = publicationModel([entry], precision);
    for (const [id, variable] of single.variables) model.variables.set(`${year}:${id}`, { ...variable, id: `${year}:${id}` });
    for (const constraint of single.constraints) {
      const renamed: IntruderConstraint = { terms: constraint.terms.map(([id, coefficient]) => [`${year}:${id}`, coefficient]) };
      if (constraint.min !== undefined) renamed.min = constraint.min;
      if (constraint.max !== undefined) renamed.max = constraint.max;
      model.constraints.push(renamed);
    }
  }
  const threshold = published.current.disclosure?.threshold ?? 1;
  const idOf = (year: (typeof YEARS)[number], cell: string): string => `${year}:${populationKey(published[year], cell)}`;
  const has = (year: (typeof YEARS)[number], cell: string): boolean => model.variables.has(idOf(year, cell));
  const flow = (id: string, label: string, truth?: number): string => {
    const variable = { id, lower: 0, upper: Number.POSITIVE_INFINITY, withheld: true, smallBelow: threshold, label };
    model.variables.set(id, truth === undefined ? variable : { ...variable, value: truth });
    return id;
  };
  const add = (terms: [string, number][], min?: number, max?: number): void => {
    const constraint: IntruderConstraint = { terms };
    if (min !== undefined) constraint.min = min;
    if (max !== undefined) constraint.max = max;
    model.constraints.push(constraint);
  };

  const bandsOf = (report: PublishedReport): string[] => report.metrics.find((metric) => metric.id === 'sc-wres-1')?.bands?.rows.map((row) => row.band) ?? [];
  const previousBands = bandsOf(published.previous);
  const currentBands = bandsOf(published.current);
  if (currentBands.length === 0 || previousBands.length === 0) return model;
  // Slots: each band of this year's report with the same label last year, and band not known;
  // when the bands differ, all staff in post (known band and not) are one slot.
  const sameBands = previousBands.length === currentBands.length && previousBands.every((band, index) => band === currentBands[index]);
  const slots: { name: string; cells: (group: string) => string[] }[] = sameBands
    ? [
        ...currentBands.map((band, index) => ({ name: band, cells: (group: string) => [`band[${index}].${group}`] })),
        { name: 'band not known', cells: (group: string) => [`band-not-known.${group}`] },
      ]
    : [{ name: 'in post', cells: (group: string) => [`totals.${group}`, `band-not-known.${group}`] }];

  const groups = ['minority', 'white', 'unknown', ...BROAD_GROUPS].filter((group) =>
    slots.every((slot) => slot.cells(group).every((cell) => has('previous', cell) && has('current', cell))));
  for (const group of groups) {
    const lastDay: string[] = [];
    const left: string[] = [];
    const joined: string[] = [];
    for (const slot of slots) {
      const key = `${slot.name}|${group}`;
      const d = flow(`pair|left-on-final-day|${key}`, `${group} staff of ${slot.name} in post last year who left on its final day`);
      const l = flow(`pair|left|${key}`, `${group} staff of ${slot.name} in post last year who left this year`);
      const j = flow(`pair|joined|${key}`, `${group} staff who joined ${slot.name} this year and are in post`);
      lastDay.push(d);
      left.push(l);
      joined.push(j);
      add([
        ...slot.cells(group).map((cell): [string, number] => [idOf('current', cell), 1]),
        ...slot.cells(group).map((cell): [string, number] => [idOf('previous', cell), -1]),
        [d, 1], [l, 1], [j, -1],
      ], 0, 0);
    }
    const previousInPost = slots.flatMap((slot) => slot.cells(group).map((cell): [string, number] => [idOf('previous', cell), 1]));
    const joiners = flow(`pair|joiners|${group}`, `${group} staff who joined this year`);
    add([[joiners, 1], ...joined.map((id): [string, number] => [id, -1])], 0);
    if (published.current.options.population === 'at-risk' && has('current', `population.${group}`)) {
      // At risk this year = in post at the end of last year - left on its final day + joiners.
      add([[idOf('current', `population.${group}`), 1], ...previousInPost.map(([id]): [string, number] => [id, -1]), ...lastDay.map((id): [string, number] => [id, 1]), [joiners, -1]], 0, 0);
    }
    const leavers = 'sc-wres-8/left-organisation';
    if (published.previous.options.population === 'at-risk' && has('previous', `${leavers}.${group}`)) {
      add([[idOf('previous', `${leavers}.${group}`), 1], ...lastDay.map((id): [string, number] => [id, -1])], 0);
    }
    if (published.current.options.population === 'at-risk' && has('current', `${leavers}.${group}`)) {
      // This year's leavers include those of last year's staff and the joiners who left.
      add([[idOf('current', `${leavers}.${group}`), 1], ...left.map((id): [string, number] => [id, -1]), [joiners, -1], ...joined.map((id): [string, number] => [id, 1])], 0);
    }
  }
  return model;
}
