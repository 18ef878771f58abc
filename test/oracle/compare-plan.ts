// Cheapest-plan comparisons on small item lists: feasibility, total cost against brute force and
// the subset/greedy optimum, and the legality of every step.
import type { PlanItem } from '../../src/model/whatif-plan.js';
import { type Collector, text } from './compare-common.js';
import * as E from './engine-adapter.js';
import type { Batch } from './generators.js';
import { h2s } from './generators.js';
import { counted, enumeratePlan, enumerationSize, type PItem, subsetGreedyPlan } from './plan.js';
import { add, cmp, eq, isZero, parseQ, q, sub, ZERO } from './rational.js';

const PLAN_COSTS = ['1', '0.5', '2', '1.5', '0', '3', '0.25'];

export function runPlan(c: Collector, batch: Batch): void {
  const specs = batch.planItems;
  const items: PItem[] = [];
  const raw: PlanItem[] = [];
  specs.forEach((s, i) => {
    const kind = s.kind % 8;
    const aon = kind === 3 || kind === 4;
    // gains in hundredths; an all-or-nothing item may be off the grid (thousandths)
    const gain = aon && s.thousandths ? q(BigInt(s.gain * 10 + 5), 1000n) : q(BigInt(s.gain), 100n);
    const current = q(BigInt(25 * (i % 3)), 100n);
    const cost = PLAN_COSTS[s.cost % PLAN_COSTS.length] as string;
    const survey = kind === 5 || kind === 6;
    const locked: boolean | undefined = kind === 7 ? true : kind === 6 ? false : undefined;
    const cap =
      !aon && s.cap % 5 === 4 && s.gain > 1 ? q(BigInt(s.gain - 1 - (s.cap % 3)), 100n) : undefined;
    const usedCap = cap !== undefined && cap.n > 0n ? cap : undefined;
    items.push({
      code: `${i + 1}.1`,
      gain,
      costPerPoint: parseQ(cost),
      allOrNothing: aon,
      locked: locked ?? survey,
      cap: usedCap,
    });
    raw.push(
      E.makePlanItem({
        code: `${i + 1}.1`,
        current: text(current),
        max: text(add(current, gain)),
        costPerPoint: cost,
        allOrNothing: aon,
        locked,
        survey,
        cap: usedCap === undefined ? undefined : text(usedCap),
      }),
    );
  });
  const goal = q(BigInt(batch.planGoal), 100n);
  const where = `plan goal ${h2s(batch.planGoal)}`;
  const best = subsetGreedyPlan(items, goal);
  if (enumerationSize(items) <= 20_000) {
    const brute = enumeratePlan(items, goal);
    if (
      brute.feasible !== best.feasible ||
      (brute.cost !== undefined && best.cost !== undefined && !eq(brute.cost, best.cost))
    ) {
      throw new Error('oracle inconsistency: brute force and subset/greedy plans differ');
    }
  }
  const p = c.call('plan-cheapest', where, () => E.planCheapest(raw, text(goal)));
  if (p === undefined) return;
  c.check('plan.maxGain', where, text(best.maxGain), text(parseQ(p.maxGain)));
  c.check('plan.feasible', where, best.feasible, p.feasible);
  if (best.feasible && p.feasible && best.cost !== undefined) {
    c.check('plan.cost', where, text(best.cost), text(parseQ(p.totalCost)));
  }
  if (!p.feasible) return;
  // the steps themselves: legal gains, counted gain ≥ goal, costs add up
  let got = ZERO;
  let cost = ZERO;
  for (const st of p.steps) {
    const item = items.find((x) => x.code === st.code);
    if (item === undefined || item.locked) {
      c.add('plan.step', where, 'only unlocked items', `step on ${st.code}`);
      continue;
    }
    const g = parseQ(st.gain);
    if (item.allOrNothing) {
      if (!eq(g, item.gain))
        c.add('plan.step', `${where} ${st.code}`, `all ${text(item.gain)}`, st.gain);
      got = add(got, counted(item));
    } else {
      const onGrid = isZero(sub(g, q((g.n * 100n) / g.d, 100n)));
      if (!onGrid || cmp(g, counted(item)) > 0)
        c.add('plan.step', `${where} ${st.code}`, `≤ ${text(counted(item))} on the grid`, st.gain);
      got = add(got, g);
    }
    cost = add(cost, parseQ(st.cost));
  }
  if (cmp(got, goal) < 0) c.add('plan.steps-reach', where, `≥ ${text(goal)}`, text(got));
  c.check('plan.steps-cost', where, text(cost), text(parseQ(p.totalCost)));
}
