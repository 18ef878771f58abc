import { type Int, lcm, mul, quot } from '../internal/int.js';
import { type Q, Q0, qAdd, qCmp, qInt, qMul } from '../internal/rational.js';

/** An unlocked item ready for planning, gains counted in grid units. Internal. */
export interface SolverItem {
  readonly code: string;
  /** Grid units the item can give (all of them at once when `aon`). */
  readonly units: number;
  readonly aon: boolean;
  /** Cost of one unit (continuous items). */
  readonly unitCost: Q;
  /** Cost of taking the item (all-or-nothing items). */
  readonly fixedCost: Q;
}

/** Units taken per item (same order as the input). */
export type Allocation = readonly number[];

// Beyond this many DP cells the exact programme would be too slow or too big to be useful.
const MAX_CELLS = 60_000_000;

/** Continuous items in the order greedy fills them: cheapest unit first, ties by position. */
function greedyOrder(items: readonly SolverItem[]): number[] {
  return items
    .map((_, i) => i)
    .filter((i) => !items[i]?.aon)
    .sort(
      (a, b) => qCmp((items[a] as SolverItem).unitCost, (items[b] as SolverItem).unitCost) || a - b,
    );
}

/** Fills `need` units greedily into `taken` (continuous items only). */
function fillGreedy(
  items: readonly SolverItem[],
  order: readonly number[],
  need: number,
  taken: number[],
): void {
  let left = need;
  for (const i of order) {
    if (left <= 0) break;
    const take = Math.min(left, (items[i] as SolverItem).units);
    taken[i] = take;
    left -= take;
  }
}

/**
 * Minimum-cost allocation of at least `goal` units. Continuous items have a linear cost per
 * unit, so for them alone the greedy fill (cheapest unit first) is optimal: any allocation can
 * swap a dearer unit for an unused cheaper one without raising the cost. All-or-nothing items
 * make it a knapsack: an exact 0/1 programme over the grid finds, for every gain `u` of the
 * all-or-nothing items (capped at the goal), their cheapest subset; the rest is the greedy
 * cost of `goal − u`. The minimum over `u` is optimal. Costs are scaled to integers so the
 * programme adds exactly in doubles.
 *
 * @returns Units per item, or undefined when the goal exceeds what all items give.
 */
export function solvePlan(items: readonly SolverItem[], goal: number): Allocation | undefined {
  const taken = items.map(() => 0);
  const capacity = items.reduce((s, it) => s + it.units, 0);
  if (goal > capacity) return undefined;
  const order = greedyOrder(items);
  const aon = items.map((it, i) => (it.aon ? i : -1)).filter((i) => i >= 0);
  if (aon.length === 0 || goal === 0) {
    fillGreedy(items, order, goal, taken);
    return taken;
  }
  if (aon.length * (goal + 1) > MAX_CELLS) {
    throw new RangeError('planCheapest: goal too fine for the grid step (use a larger step)');
  }
  const scale = integerScale(items);
  const toInt = (c: Q): number => Number(quot(mul(c.n, scale), c.d));
  const f = new Float64Array(goal + 1).fill(Number.POSITIVE_INFINITY);
  f[0] = 0;
  const from = aon.map(() => new Int32Array(goal + 1).fill(-1));
  aon.forEach((i, layer) => {
    const it = items[i] as SolverItem;
    const cost = toInt(it.fixedCost);
    const back = from[layer] as Int32Array;
    for (let u = goal; u >= 0; u--) {
      const fu = f[u] as number;
      if (fu === Number.POSITIVE_INFINITY) continue;
      const t = Math.min(goal, u + it.units);
      if (fu + cost < (f[t] as number)) {
        f[t] = fu + cost;
        back[t] = u;
      }
    }
  });
  const greedyCost = continuousCosts(items, order, goal, toInt);
  let bestU = -1;
  let best = Number.POSITIVE_INFINITY;
  for (let u = 0; u <= goal; u++) {
    const c = (f[u] as number) + (greedyCost[goal - u] as number);
    if (c < best) {
      best = c;
      bestU = u;
    }
  }
  let state = bestU;
  for (let layer = aon.length - 1; layer >= 0; layer--) {
    const prev = (from[layer] as Int32Array)[state] as number;
    if (prev < 0) continue;
    const i = aon[layer] as number;
    taken[i] = (items[i] as SolverItem).units;
    state = prev;
  }
  fillGreedy(items, order, goal - bestU, taken);
  return taken;
}

/** Greedy cost of r units of continuous items, r = 0..goal (Infinity beyond their capacity). */
function continuousCosts(
  items: readonly SolverItem[],
  order: readonly number[],
  goal: number,
  toInt: (c: Q) => number,
): Float64Array {
  const costs = new Float64Array(goal + 1).fill(Number.POSITIVE_INFINITY);
  costs[0] = 0;
  let r = 0;
  for (const i of order) {
    const it = items[i] as SolverItem;
    const unit = toInt(it.unitCost);
    for (let n = 0; n < it.units && r < goal; n++, r++) costs[r + 1] = (costs[r] as number) + unit;
  }
  return costs;
}

/** A common denominator making every cost an integer, checked to keep all sums exact in doubles. */
function integerScale(items: readonly SolverItem[]): Int {
  let scale: Int = 1;
  let total: Q = Q0;
  for (const it of items) {
    scale = lcm(lcm(scale, it.unitCost.d), it.fixedCost.d);
    total = qAdd(total, it.aon ? it.fixedCost : qMul(it.unitCost, qInt(it.units)));
  }
  if (qCmp(qMul(total, qInt(scale)), qInt(Number.MAX_SAFE_INTEGER)) > 0) {
    throw new RangeError('planCheapest: costs too large or too precise to plan exactly');
  }
  return scale;
}
