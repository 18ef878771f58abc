// The oracle's cheapest plan (docs/what-if.md, "The plan"): two independent references.
// 1. enumeratePlan: brute force over every allocation on the grid (small cases only);
// 2. subsetGreedyPlan: every subset of all-or-nothing items, the continuous rest filled by cost per
//    point. With linear costs, box limits and everything on one grid, filling the cheapest first is
//    optimal, so this is exact too; the two are checked against each other in the self-tests.
import { add, cmp, div, ge, isZero, lt, minQ, mul, type Q, q, sub, sum, ZERO } from './rational.js';
import { ceilGrid, floorGrid, STEP } from './what-if.js';

/** A plan item as the planner sees it. */
export interface PItem {
  readonly code: string;
  /** What the item can still give (its whole gain, for an all-or-nothing item). */
  readonly gain: Q;
  readonly costPerPoint: Q;
  readonly allOrNothing: boolean;
  readonly locked: boolean;
  /** Most additional points (continuous items only). */
  readonly cap?: Q | undefined;
}

/** The oracle's answer: feasibility and the least total cost (undefined when infeasible). */
export interface PlanAnswer {
  readonly feasible: boolean;
  readonly cost: Q | undefined;
  /** The most points the unlocked items count for on the grid. */
  readonly maxGain: Q;
}

/** What an item counts for on the grid (its whole gain rounded down; 0 when locked). */
export function counted(i: PItem): Q {
  if (i.locked) return ZERO;
  const g = i.cap !== undefined && !i.allOrNothing ? minQ(i.gain, i.cap) : i.gain;
  return floorGrid(g);
}

/** Cost of an all-or-nothing item: its whole gain at its cost per point. */
function wholeCost(i: PItem): Q {
  return mul(i.gain, i.costPerPoint);
}

/** Number of grid allocations {@link enumeratePlan} would try. */
export function enumerationSize(items: readonly PItem[]): number {
  let n = 1;
  for (const i of items) {
    if (i.locked) continue;
    n *= i.allOrNothing ? 2 : Number(div(counted(i), STEP).n) + 1;
  }
  return n;
}

/** Brute force: every allocation on the grid, the cheapest that counts for ≥ goal. */
export function enumeratePlan(items: readonly PItem[], goal: Q): PlanAnswer {
  const open = items.filter((i) => !i.locked && !isZero(counted(i)));
  const maxGain = sum(open.map(counted));
  let best: Q | undefined;
  const walk = (k: number, got: Q, cost: Q): void => {
    if (k === open.length) {
      if (ge(got, goal) && (best === undefined || lt(cost, best))) best = cost;
      return;
    }
    const i = open[k] as PItem;
    if (i.allOrNothing) {
      walk(k + 1, got, cost);
      walk(k + 1, add(got, counted(i)), add(cost, wholeCost(i)));
      return;
    }
    const steps = Number(div(counted(i), STEP).n);
    for (let s = 0; s <= steps; s++) {
      const g = mul(q(BigInt(s)), STEP);
      walk(k + 1, add(got, g), add(cost, mul(g, i.costPerPoint)));
    }
  };
  walk(0, ZERO, ZERO);
  return {
    feasible: best !== undefined || !(cmp(goal, ZERO) > 0),
    cost: cmp(goal, ZERO) > 0 ? best : ZERO,
    maxGain,
  };
}

/** Exact by subsets of all-or-nothing items and the cheapest continuous points first. */
export function subsetGreedyPlan(items: readonly PItem[], goal: Q): PlanAnswer {
  const open = items.filter((i) => !i.locked && !isZero(counted(i)));
  const maxGain = sum(open.map(counted));
  if (!(cmp(goal, ZERO) > 0)) return { feasible: true, cost: ZERO, maxGain };
  const whole = open.filter((i) => i.allOrNothing);
  const continuous = open
    .filter((i) => !i.allOrNothing)
    .sort((a, b) => cmp(a.costPerPoint, b.costPerPoint));
  if (whole.length > 16) throw new RangeError('oracle: too many all-or-nothing items to enumerate');
  let best: Q | undefined;
  for (let mask = 0; mask < 1 << whole.length; mask++) {
    let got = ZERO;
    let cost = ZERO;
    whole.forEach((i, b) => {
      if (mask & (1 << b)) {
        got = add(got, counted(i));
        cost = add(cost, wholeCost(i));
      }
    });
    let left = ceilGrid(sub(goal, got));
    for (const i of continuous) {
      if (!(cmp(left, ZERO) > 0)) break;
      const take = minQ(counted(i), left);
      cost = add(cost, mul(take, i.costPerPoint));
      left = sub(left, take);
    }
    if (cmp(left, ZERO) > 0) continue;
    if (best === undefined || lt(cost, best)) best = cost;
  }
  return { feasible: best !== undefined, cost: best, maxGain };
}
