/**
 * The intruder's integer programmes, solved with HiGHS (the `highs` WebAssembly build): the
 * smallest and largest whole value of every withheld cell of an {@link IntruderModel}.
 *
 * @module
 */
import highsLoader, { type Highs } from 'highs';
import type { IntruderModel } from '../disclosure/intruder.js';

/** What the intruder can tell about one withheld value. */
export interface IntruderRange {
  /** The cell's id in the model: the report's population, then the layout id (`*|at-risk|band[2].minority`). */
  id: string;
  /** Smallest whole value consistent with the publication. */
  min: number;
  /** Largest (Infinity when nothing published bounds it). */
  max: number;
  /** True when `min === max`: the intruder knows it exactly. */
  exact: boolean;
  /** The true value, when the original report was given. */
  value?: number;
}

/** Result of an intruder audit. */
export interface IntruderAudit {
  /** True when no withheld cell is determined exactly (nor, in a year pair, a small flow of people). */
  safe: boolean;
  /** Every withheld cell's range. */
  ranges: IntruderRange[];
  /** Ids of withheld cells the intruder determines exactly (and of year-pair flows it finds to be from 1 to threshold - 1). */
  exposed: string[];
}

let loading: Promise<Highs> | undefined;

/** The HiGHS runtime, loaded once (the WebAssembly module is about 3.5 MB). */
function runtime(): Promise<Highs> {
  loading ??= highsLoader();
  return loading;
}

/**
 * Solves min and max of every withheld unknown of the model over whole-number tables: for each,
 * the linear relaxation first, and the integer programme only when the relaxation's bound is
 * beyond the values the whole-number tables found so far take (then it is exact without one).
 *
 * @param model The intruder's model.
 * @returns Ranges, exposed ids and `safe`.
 * @throws {RangeError} When the publication contradicts itself (no whole-number table fits it) or
 *   the solver stops without an answer.
 * @internal
 */
export async function solveIntruder(model: IntruderModel): Promise<IntruderAudit> {
  const highs = await runtime();
  const ids = [...model.variables.keys()];
  const column = new Map(ids.map((id, index) => [id, index]));
  const numCols = ids.length;
  // Rows in CSR form.
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  for (const constraint of model.constraints) {
    const merged = new Map<number, number>();
    for (const [id, coefficient] of constraint.terms) {
      const index = column.get(id)!;
      merged.set(index, (merged.get(index) ?? 0) + coefficient);
    }
    for (const [index, coefficient] of [...merged].sort((a, b) => a[0] - b[0])) {
      if (coefficient === 0) continue;
      indices.push(index);
      values.push(coefficient);
    }
    starts.push(indices.length);
    rowLower.push(constraint.min ?? -highs.infinity);
    rowUpper.push(constraint.max ?? highs.infinity);
  }
  const colLower = ids.map((id) => model.variables.get(id)!.lower);
  const colUpper = ids.map((id) => {
    const upper = model.variables.get(id)!.upper;
    return upper === Number.POSITIVE_INFINITY ? highs.infinity : upper;
  });
  const integer = highs.constants.variableType.integer;
  const base = {
    numCols,
    numRows: rowLower.length,
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    matrix: { format: 'csr' as const, numRows: rowLower.length, numCols, starts, indices, values },
    integrality: ids.map(() => integer),
  };
  const statuses = highs.constants.modelStatus;
  const continuous = ids.map(() => highs.constants.variableType.continuous);
  const ranges: IntruderRange[] = [];
  // Every whole-number table a solve finds fits the publication: the smallest and largest value
  // each cell takes in them bound its range from inside. A linear relaxation bounds it from
  // outside; where the two meet, no integer programme is needed.
  const seenLow = new Array<number>(numCols).fill(Number.POSITIVE_INFINITY);
  const seenHigh = new Array<number>(numCols).fill(Number.NEGATIVE_INFINITY);
  highs.withModel((solver) => {
    solver.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0 });
    const optimise = (index: number, sense: 'minimize' | 'maximize', whole: boolean): number => {
      const colCost = ids.map((_, j) => (j === index ? 1 : 0));
      solver.passModel({ ...base, colCost, sense: highs.constants.objectiveSense[sense], integrality: whole ? base.integrality : continuous });
      const { modelStatus } = solver.run();
      if (modelStatus === statuses.optimal) {
        if (whole) {
          solver.getSolution().colValue.forEach((value, j) => {
            const rounded = Math.round(value);
            if (rounded < seenLow[j]!) seenLow[j] = rounded;
            if (rounded > seenHigh[j]!) seenHigh[j] = rounded;
          });
        }
        return solver.getObjectiveValue();
      }
      if ((modelStatus === statuses.unbounded || modelStatus === statuses.unboundedOrInfeasible) && sense === 'maximize') return Number.POSITIVE_INFINITY;
      if (modelStatus === statuses.infeasible) {
        throw new RangeError('auditReport: the published figures contradict each other (no whole-number table fits them).');
      }
      throw new RangeError(`auditReport: the solver stopped without an answer (HiGHS model status ${modelStatus}).`);
    };
    const bound = (index: number, sense: 'minimize' | 'maximize'): number => {
      const relaxed = optimise(index, sense, false);
      if (sense === 'minimize' && Math.ceil(relaxed - 1e-6) >= seenLow[index]!) return seenLow[index]!;
      if (sense === 'maximize' && Number.isFinite(relaxed) && Math.floor(relaxed + 1e-6) <= seenHigh[index]!) return seenHigh[index]!;
      const whole = optimise(index, sense, true);
      return Number.isFinite(whole) ? Math.round(whole) : whole;
    };
    ids.forEach((id, index) => {
      const variable = model.variables.get(id)!;
      if (!variable.withheld) return;
      const min = bound(index, 'minimize') + 0;
      const max = bound(index, 'maximize') + 0;
      const range: IntruderRange = { id, min, max, exact: min === max };
      if (variable.value !== undefined) range.value = variable.value;
      ranges.push(range);
    });
  });
  const exposed = ranges.filter((range) => {
    const smallBelow = model.variables.get(range.id)!.smallBelow;
    return range.exact && (smallBelow === undefined || (range.min >= 1 && range.min < smallBelow));
  }).map((range) => range.id);
  return { safe: exposed.length === 0, ranges, exposed };
}
