/**
 * Reports published together, protected together (SPEC 8a): several reports on the same data
 * (whole council and each service, breakdown on and off, White minorities counted either way,
 * two presets) let a reader subtract one from another. This module protects them as one
 * publication by withholding further cells until none of these gives a withheld cell away:
 *
 * 1. *The same people*: a cell counted in two reports (same scope and population; for minority and
 *    white cells, the same White-minority grouping) is withheld in every report if in any.
 * 2. *Services add up*: a whole-council cell is the sum of the same cell in each service's report
 *    (the intruder is assumed to know the services cover the council). Where exactly one of those
 *    terms is withheld it would be the whole minus the others, so one more is withheld (the
 *    smallest published service cell, else the whole).
 * 3. *The two groupings*: a minority cell counted with White minorities minus the same cell counted
 *    without them is the White minorities' count, and so is the white cell the other way round.
 *    When that count is from 1 to threshold - 1 and all four are published, the minority cell of
 *    the report that counts them as minority and the white cell of the other are withheld; when
 *    exactly one of the four is withheld, one more is; a published zero on the larger side (which
 *    makes the smaller zero) is withheld with it.
 *
 * A zero the publication gives away (a report's published zeros imply it, or the services' published
 * cells already make up the whole council's) is published in every report and never hidden behind.
 * Each report is then protected again with those cells forced (so its own tables hide them), and
 * the rules run until nothing changes. `sc-wres/audit`'s `auditReport` over the whole publication
 * checks the result with the same relations.
 *
 * @module
 */
import type { PublishedReport, WresReport } from '../model/report.js';
import { protectReport, type ProtectionWorkings } from './apply.js';
import { populationKey } from './intruder.js';
import { layoutReport } from './layout.js';
import type { DisclosurePolicy, PresetName } from './types.js';

interface Protected {
  report: WresReport;
  published: PublishedReport;
  workings: ProtectionWorkings;
}

const MAX_ROUNDS = 60;

/**
 * Protects several reports on the same data as one publication (see the module comment).
 *
 * @param reports The reports from `computeReport` (not changed), in any order.
 * @param policy The policy for all, or one per report (the same data under two presets: a cell
 *   withheld under either is withheld under both).
 * @returns The published reports, in the same order.
 * @internal
 */
export function protectPublication(
  reports: readonly WresReport[],
  policy: PresetName | DisclosurePolicy | readonly (PresetName | DisclosurePolicy)[],
): PublishedReport[] {
  const policies = Array.isArray(policy) ? (policy as readonly (PresetName | DisclosurePolicy)[]) : reports.map(() => policy as PresetName | DisclosurePolicy);
  if (policies.length !== reports.length) throw new RangeError(`applyDisclosureControl: ${reports.length} reports but ${policies.length} policies.`);
  const forced = reports.map(() => new Set<string>());
  const known = reports.map(() => new Set<string>());
  let results: Protected[] = [];
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    results = reports.map((report, index) => ({ report, ...protectReport(report, policies[index]!, forced[index], known[index]) }));
    // A zero that one report gives away is known in all: published everywhere, never hidden behind.
    const zeroKeys = new Set(results.flatMap((result) => [...result.workings.knownZeros].map((cell) => populationKey(result.report, cell))));
    for (const key of zerosFromTheWhole(results)) zeroKeys.add(key);
    let revealed = false;
    results.forEach((result, index) => {
      for (const cell of result.workings.values.keys()) {
        if (zeroKeys.has(populationKey(result.report, cell)) && !known[index]!.has(cell)) {
          known[index]!.add(cell);
          forced[index]!.delete(cell);
          revealed = true;
        }
      }
    });
    if (revealed) continue;
    const added = crossReportCells(results);
    let changed = false;
    added.forEach((cells, index) => {
      for (const cell of cells) {
        if (!forced[index]!.has(cell) && !known[index]!.has(cell)) {
          forced[index]!.add(cell);
          changed = true;
        }
      }
    });
    if (!changed) break;
  }
  return results.map((result) => result.published);
}

/**
 * Cells that the services adding up to the whole council make zero: when the published service
 * cells already make up the published whole (0 when the whole is 0), every withheld one is 0; when
 * every service shows a zero, so is the whole. Returned as population keys.
 */
function zerosFromTheWhole(results: readonly Protected[]): Set<string> {
  const zeros = new Set<string>();
  const familyOf = (result: Protected): string => `${result.report.options.population}|${result.report.options.whiteMinorities}|${result.report.options.breakdown}`;
  const aliases = new Map<Protected, (cell: string) => string | undefined>();
  const cellIn = (result: Protected, cell: string): string | undefined => {
    if (!aliases.has(result)) aliases.set(result, aliasesOf(result));
    return aliases.get(result)!(cell);
  };
  for (const whole of results) {
    if (whole.report.options.scope.service !== undefined) continue;
    const services = results.filter((result) => result.report.options.scope.service !== undefined && familyOf(result) === familyOf(whole));
    if (services.length === 0) continue;
    for (const [cell, total] of whole.workings.values) {
      const parts = services.flatMap((result) => {
        const id = cellIn(result, cell);
        return id === undefined ? [] : [{ result, id, withheld: result.workings.cellRules.has(id), value: result.workings.values.get(id)! }];
      });
      if (whole.workings.cellRules.has(cell)) {
        // Every service shows a zero: so is the whole.
        if (parts.length === services.length && parts.every((part) => !part.withheld && part.value === 0)) zeros.add(populationKey(whole.report, cell));
        continue;
      }
      const withheldParts = parts.filter((part) => part.withheld);
      if (withheldParts.length === 0) continue;
      const shown = parts.filter((part) => !part.withheld).reduce((sum, part) => sum + part.value, 0);
      if (shown === total) for (const part of withheldParts) zeros.add(populationKey(part.result.report, part.id));
    }
  }
  return zeros;
}

/**
 * The cell id a report gives a count: the same id, or, for a metric's count that the report
 * places in another cell (metric 9's senior managers standing as its "Senior" band's cells when
 * they are the same people), that cell's id.
 */
function aliasesOf(result: Protected): (cell: string) => string | undefined {
  let positions: { id: string; holder: object; key: string }[] | undefined;
  const report = result.report;
  return (cell) => {
    if (result.workings.values.has(cell)) return cell;
    const match = /^(sc-wres-\d)\/([\w-]+)\.(\w[\w-]*)$/.exec(cell);
    if (match === null) return undefined;
    // layoutReport only reads the report: its positions point at the report's own objects.
    positions ??= layoutReport(report, 'value').positions;
    const comparison = report.metrics.find((metric) => metric.id === match[1])?.comparisons.find((c) => c.key === match[2] && (match[3] === 'white' || c.group === match[3]));
    if (comparison === undefined) return undefined;
    const holder = match[3] === 'white' ? comparison.reference : comparison.focal;
    const id = positions.find((position) => position.holder === holder && position.key === 'count')?.id;
    return id !== undefined && result.workings.values.has(id) ? id : undefined;
  };
}

/** Cells each report must withhold so that no cross-report relation gives a withheld cell away. */
function crossReportCells(results: readonly Protected[]): Set<string>[] {
  const add = results.map(() => new Set<string>());
  const threshold = Math.max(...results.map((result) => result.workings.policy.threshold));
  const withheld = (index: number, cell: string): boolean => results[index]!.workings.cellRules.has(cell);
  const value = (index: number, cell: string): number | undefined => results[index]!.workings.values.get(cell);

  // 1. The same people in two reports.
  const byKey = new Map<string, [number, string][]>();
  results.forEach((result, index) => {
    for (const cell of result.workings.values.keys()) {
      const key = populationKey(result.report, cell);
      byKey.set(key, [...(byKey.get(key) ?? []), [index, cell]]);
    }
  });
  for (const places of byKey.values()) {
    if (places.some(([index, cell]) => withheld(index, cell))) {
      for (const [index, cell] of places) if (!withheld(index, cell)) add[index]!.add(cell);
    }
  }

  // 2. Services add up to the whole council.
  const families = new Map<string, number[]>();
  results.forEach((result, index) => {
    const family = `${result.report.options.population}|${result.report.options.whiteMinorities}|${result.report.options.breakdown}`;
    families.set(family, [...(families.get(family) ?? []), index]);
  });
  for (const members of families.values()) {
    const whole = members.find((index) => results[index]!.report.options.scope.service === undefined);
    const services = members.filter((index) => results[index]!.report.options.scope.service !== undefined);
    if (whole === undefined || services.length === 0) continue;
    for (const cell of results[whole]!.workings.values.keys()) {
      const terms: [number, string][] = [[whole, cell], ...services.filter((index) => value(index, cell) !== undefined).map((index): [number, string] => [index, cell])];
      if (terms.length < 2) continue;
      const hidden = terms.filter(([index]) => withheld(index, cell) || add[index]!.has(cell));
      if (hidden.length !== 1) continue;
      const candidates = terms.filter(([index]) => !withheld(index, cell) && !add[index]!.has(cell));
      const part = candidates.filter(([index]) => index !== whole).sort((a, b) => (value(a[0], cell) ?? 0) - (value(b[0], cell) ?? 0))[0];
      const chosen = part ?? candidates[0];
      if (chosen !== undefined) add[chosen[0]]!.add(cell);
    }
  }

  // 3. White minorities counted as minority in one report (M) and as white in another (W):
  //    M.minority - W.minority = W.white - M.white = the White minorities (one unknown).
  const hiddenIn = (index: number, cell: string): boolean => withheld(index, cell) || add[index]!.has(cell);
  results.forEach((asMinority, m) => {
    if (asMinority.report.options.whiteMinorities !== 'minority') return;
    results.forEach((asWhite, w) => {
      const same = asWhite.report.options.whiteMinorities === 'white' &&
        (asWhite.report.options.scope.service ?? '*') === (asMinority.report.options.scope.service ?? '*') &&
        asWhite.report.options.population === asMinority.report.options.population;
      if (!same) return;
      for (const cell of asMinority.workings.values.keys()) {
        if (!cell.endsWith('.minority') || value(w, cell) === undefined) continue;
        const white = cell.replace(/\.minority$/, '.white');
        const terms: [number, string][] = [[m, cell], [w, cell]];
        if (value(w, white) !== undefined && value(m, white) !== undefined) terms.push([w, white], [m, white]);
        const difference = value(m, cell)! - value(w, cell)!;
        // The White minorities' count itself, when both sides show it.
        if (difference > 0 && difference < threshold && terms.every(([index, id]) => !hiddenIn(index, id))) {
          add[m]!.add(cell);
          if (terms.length === 4) add[w]!.add(white);
          continue;
        }
        // Exactly one withheld term of the relation is the others' difference: withhold one more.
        const hiddenTerms = terms.filter(([index, id]) => hiddenIn(index, id));
        if (terms.length === 4 && hiddenTerms.length === 1) {
          const other = terms.find(([index, id]) => !hiddenIn(index, id) && !(index === hiddenTerms[0]![0] && id === hiddenTerms[0]![1]))!;
          add[other[0]]!.add(other[1]);
        }
        // Zeros bound the other side: W.minority <= M.minority and M.white <= W.white.
        if (hiddenIn(w, cell) && !hiddenIn(m, cell) && value(m, cell) === 0) add[m]!.add(cell);
        if (terms.length === 4 && hiddenIn(m, white) && !hiddenIn(w, white) && value(w, white) === 0) add[w]!.add(white);
      }
    });
  });
  return add;
}
