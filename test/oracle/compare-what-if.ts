// What-if comparisons: plan items, winnable points, points needed for a rank, a band and no weak
// criterion; the engine's plans are re-scored by the oracle and their cost checked against the
// oracle's optimum. The oracle also checks itself (its answer meets, 0,01 less does not).
import type { PlanItem } from '../../src/model/whatif-plan.js';
import { type Collector, type Scored, text, unitWhere } from './compare-common.js';
import { roundQ } from './decimal-text.js';
import * as E from './engine-adapter.js';
import type { Batch } from './generators.js';
import { enumeratePlan, enumerationSize, type PItem, subsetGreedyPlan } from './plan.js';
import { normaliseKey, type OBlock, rankUnits } from './rank.js';
import { cmp, eq, ge, parseQ, type Q, sub, ZERO } from './rational.js';
import { type OUnit, scoreUnit } from './score.js';
import {
  allocate,
  bandGap,
  indexWith,
  noWeakGaps,
  type OGap,
  type OItem,
  planItems,
  rankAmong,
  rankGap,
  STEP,
  winnable,
} from './what-if.js';

const COSTS = ['1', '0.5', '2', '1.5', '3', '0.25'];

function pItems(items: readonly OItem[], costs: ReadonlyMap<string, string>): PItem[] {
  return items.map((i) => ({
    code: i.code,
    gain: i.gain,
    costPerPoint: parseQ(costs.get(i.code) ?? '1'),
    allOrNothing: i.allOrNothing,
    locked: i.locked,
  }));
}

/** Applies engine plan steps in the oracle and re-scores the unit. */
function applySteps(s: Scored, steps: E.PlanView['steps']): OUnit {
  const overrides = new Map<string, Q>();
  for (const st of steps) overrides.set(st.code, parseQ(st.to));
  return scoreUnit(s.set, s.assessment, { stage: s.oracle.stage, overrides });
}

/** The oracle's own consistency: its answer reaches the target by a real plan; 0,01 less does not. */
function selfCheck(
  s: Scored,
  items: readonly OItem[],
  g: OGap,
  meetsUnit: (u: OUnit) => boolean,
  meetsIndex: (index: Q) => boolean,
  label: string,
): void {
  if (!g.alreadyMet && meetsIndex(indexWith(s.oracle, sub(g.pointsNeeded, STEP)))) {
    throw new Error(`oracle inconsistency (${label}): 0.01 less also meets`);
  }
  if (!meetsIndex(indexWith(s.oracle, g.pointsNeeded))) {
    throw new Error(`oracle inconsistency (${label}): the answer does not meet`);
  }
  if (g.reachable && !g.alreadyMet) {
    const after = scoreUnit(s.set, s.assessment, {
      stage: s.oracle.stage,
      overrides: allocate(items, g.pointsNeeded),
    });
    if (!meetsUnit(after))
      throw new Error(`oracle inconsistency (${label}): its own plan does not meet`);
  }
}

function comparePlanFor(
  c: Collector,
  label: string,
  where: string,
  s: Scored,
  engineItems: readonly PlanItem[],
  enginePoints: string,
  engineReachable: boolean,
  oracleGap: OGap,
  oracleP: PItem[],
  itemsAgree: boolean,
  meetsUnit: (u: OUnit) => boolean,
): void {
  if (eq(parseQ(enginePoints), ZERO)) return;
  const plan = c.call('plan-cheapest', where, () => E.planCheapest(engineItems, enginePoints));
  if (plan === undefined) return;
  // docs/what-if.md: reachable ⟺ a plan exists (the engine's own two answers must agree)
  c.check(
    `whatif.${label}.plan-exists`,
    `${where}: planCheapest(items, pointsNeeded).feasible vs the gap's reachable`,
    `feasible=${engineReachable}`,
    `feasible=${plan.feasible}`,
  );
  if (plan.feasible) {
    const after = applySteps(s, plan.steps);
    const reached = meetsUnit(after);
    if (!reached) {
      c.add(
        `whatif.${label}.plan-reaches`,
        where,
        'target met after the plan',
        `not met: plan ${plan.steps.map((x) => `${x.code} ${x.from}→${x.to}`).join(', ')} gives index ${text(after.index)}`,
      );
    }
  }
  // The cheapest cost is compared when both sides plan the same thing: same points, same items.
  if (itemsAgree && eq(parseQ(enginePoints), oracleGap.pointsNeeded)) {
    const best = subsetGreedyPlan(oracleP, oracleGap.pointsNeeded);
    if (enumerationSize(oracleP) <= 5_000) {
      const brute = enumeratePlan(oracleP, oracleGap.pointsNeeded);
      if (
        brute.feasible !== best.feasible ||
        (brute.cost !== undefined && best.cost !== undefined && !eq(brute.cost, best.cost))
      ) {
        throw new Error('oracle inconsistency: brute force and subset/greedy plans differ');
      }
    }
    c.check(`whatif.${label}.plan-feasible`, where, best.feasible, plan.feasible);
    if (best.feasible && plan.feasible && best.cost !== undefined) {
      c.check(`whatif.${label}.plan-cost`, where, text(best.cost), text(parseQ(plan.totalCost)));
    }
  }
}

export function runWhatIf(c: Collector, batch: Batch, scored: Scored[]): void {
  const ranked = scored.filter((s) => s.engine !== undefined && !s.oracle.noApplicableMaximum);
  if (ranked.length === 0) return;
  const blocks = rankUnits(scored.filter((s) => s.engine !== undefined).map((s) => s.oracle));
  for (const qy of batch.queries) {
    const s = ranked[qy.unit % ranked.length] as Scored;
    const ev = s.engine as E.UnitView;
    const where = `${unitWhere(s.oracle)} (${s.oracle.stage}, unlockSurvey=${qy.unlock})`;
    const block = blocks.find(
      (b) => b.setId === s.oracle.setId && b.block === normaliseKey(s.oracle.unit.block),
    ) as OBlock;
    const costs = new Map<string, string>();
    s.oracle.nodes.forEach((n, i) => {
      costs.set(
        n.code,
        COSTS[(qy.costs[i % Math.max(1, qy.costs.length)] ?? 0) % COSTS.length] as string,
      );
    });
    const oItems = planItems(s.oracle, { unlockSurvey: qy.unlock });
    const eItems = c.call('plan-items', where, () =>
      E.planItems(ev, { unlockSurvey: qy.unlock, costs: Object.fromEntries(costs) }),
    );
    if (eItems === undefined) return;
    const available = winnable(oItems);
    // Items that can still give something (an item at its maximum is not compared).
    const oDesc = oItems
      .filter((i) => i.gain.n > 0n)
      .map(
        (i) =>
          `${i.code}:${text(i.current)}/${text(i.max)}${i.allOrNothing ? ':aon' : ''}${i.locked ? ':locked' : ''}`,
      );
    const eDesc = eItems
      .filter((i) => cmp(parseQ(i.gain ?? text(sub(parseQ(i.max), parseQ(i.current)))), ZERO) > 0)
      .map(
        (i) =>
          `${i.code}:${text(parseQ(i.current))}/${text(parseQ(i.max))}${i.allOrNothing ? ':aon' : ''}${i.locked ? ':locked' : ''}`,
      );
    c.check('whatif.items', where, oDesc.join(' '), eDesc.join(' '));
    const itemsAgree = oDesc.join(' ') === eDesc.join(' ');
    for (const oi of oItems) {
      const ei = eItems.find((x) => x.code === oi.code);
      if (ei !== undefined && oi.gain.n > 0n)
        c.check('whatif.items.gain', `${where}/${oi.code}`, text(oi.gain), ei.gain ?? 'undefined');
    }
    const oP = pItems(oItems, costs);
    const eRaw = eItems.map((i) => i.raw);

    // rank ≤ k
    const k = 1 + (qy.k % (block.units.length || 1));
    const og = rankGap(s.oracle, block, k, available);
    const othersShown = block.units
      .filter((x) => x.unitId !== s.oracle.unit.id)
      .map((x) => x.shown);
    const meetsRank = (u: OUnit) => rankAmong(othersShown, u.published) <= k;
    const pub = (x: Q) => roundQ(x, s.oracle.options.places, s.oracle.options.mode);
    selfCheck(
      s,
      oItems,
      og,
      meetsRank,
      (x) => og.target === undefined || ge(pub(x), og.target),
      'rank',
    );
    // every unit of the set, also those without an applicable maximum: the engine must leave them out
    const setUnits = scored
      .filter((x) => x.engine !== undefined && x.oracle.setId === s.oracle.setId)
      .map((x) => x.engine as E.UnitView);
    const eg = c.call('rank-gap', where, () =>
      E.rankGap(setUnits, s.oracle.unit.id, k, !qy.unlock),
    );
    const rw = `${where} rank≤${k}`;
    if (eg !== undefined) {
      c.check('whatif.rank.pointsNeeded', rw, text(og.pointsNeeded), text(parseQ(eg.pointsNeeded)));
      c.check('whatif.rank.available', rw, text(available), text(parseQ(eg.available)));
      c.check('whatif.rank.reachable', rw, og.reachable, eg.reachable);
      c.check('whatif.rank.alreadyMet', rw, og.alreadyMet, eg.alreadyMet);
      c.check('whatif.rank.newRank', rw, og.newRank, eg.newRank);
      c.check('whatif.rank.of', rw, og.of, eg.of);
      comparePlanFor(
        c,
        'rank',
        rw,
        s,
        eRaw,
        eg.pointsNeeded,
        eg.reachable,
        og,
        oP,
        itemsAgree,
        meetsRank,
      );
    }

    // band or better
    const bandCodes = s.set.bands?.levels.map((l) => l.code) ?? [];
    if (bandCodes.length > 0) {
      const code = bandCodes[qy.band % bandCodes.length] as string;
      const ob = bandGap(s.oracle, s.set, code, available);
      const min = parseQ(ob.level.min);
      const meetsBand = (u: OUnit) =>
        !u.noApplicableMaximum && u.band !== undefined && ge(parseQ(u.band.min), min);
      const classify = (x: Q) => (s.oracle.options.classifyOn === 'exact' ? x : pub(x));
      selfCheck(s, oItems, ob, meetsBand, (x) => ge(classify(x), min), 'band');
      const bw = `${where} band≥${code}`;
      const eb = c.call('band-gap', bw, () => E.bandGap(ev, s.set, code, !qy.unlock));
      if (eb !== undefined) {
        c.check(
          'whatif.band.pointsNeeded',
          bw,
          text(ob.pointsNeeded),
          text(parseQ(eb.pointsNeeded)),
        );
        c.check('whatif.band.available', bw, text(available), text(parseQ(eb.available)));
        c.check('whatif.band.reachable', bw, ob.reachable, eb.reachable);
        c.check('whatif.band.alreadyMet', bw, ob.alreadyMet, eb.alreadyMet);
        comparePlanFor(
          c,
          'band',
          bw,
          s,
          eRaw,
          eb.pointsNeeded,
          eb.reachable,
          ob,
          oP,
          itemsAgree,
          meetsBand,
        );
      }
    }

    // no weak criterion
    if (s.set.criterionRating !== undefined) {
      const ow = noWeakGaps(s.oracle, s.set, oItems);
      const ew = c.call('no-weak', where, () => E.noWeak(ev, s.set, !qy.unlock));
      if (ew !== undefined) {
        c.check(
          'whatif.noweak.criteria',
          where,
          ow.map((x) => x.code).join(','),
          ew.map((x) => x.code).join(','),
        );
        for (const o of ow) {
          const e = ew.find((x) => x.code === o.code);
          if (e === undefined) continue;
          const nw = `${where} no-weak ${o.code}`;
          c.check(
            'whatif.noweak.pointsNeeded',
            nw,
            text(o.pointsNeeded),
            text(parseQ(e.pointsNeeded)),
          );
          c.check('whatif.noweak.available', nw, text(o.available), text(parseQ(e.available)));
          c.check('whatif.noweak.reachable', nw, o.reachable, e.reachable);
        }
      }
    }
  }
}
