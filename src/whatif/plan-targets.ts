import { compileCriteriaSet } from '../compile/compile-set.js';
import type { Program } from '../compile/program.js';
import { stageScoreOf } from '../engine/result.js';
import { type Q, Q0, qAdd, qCmp, qDec, qMax, qSign, qSub } from '../internal/rational.js';
import type { DecimalString } from '../model/decimal-string.js';
import type { ScoreResult } from '../model/score-result.js';
import type { BandGap, NoWeakGap, RankGap } from '../model/whatif-gaps.js';
import type { CheapestPlan, PlanItem } from '../model/whatif-plan.js';
import { dsQ, readQ } from './grid.js';
import { planCheapest } from './plan-cheapest.js';

const FN = 'planForTargets';

/** One part of a plan for targets: lift one weak criterion, or win a rank or band gap. */
export interface PlanPhase {
  /** What this part is for. */
  readonly purpose: 'no-weak' | 'rank' | 'band';
  /** The weak criterion lifted (`no-weak` only). */
  readonly code?: string | undefined;
  /** Points this part must win. */
  readonly goal: DecimalString;
  /** The cheapest plan for it. */
  readonly plan: CheapestPlan;
}

/** The cheapest plan meeting every target asked for ({@link planForTargets}). */
export interface TargetsPlan {
  /** True when every part can be met. */
  readonly feasible: boolean;
  /** Points gained over all parts. */
  readonly totalGain: DecimalString;
  /** Cost over all parts. */
  readonly totalCost: DecimalString;
  /** Weak criteria first (each at its cheapest), then the largest of the rank and band gaps. */
  readonly phases: readonly PlanPhase[];
  /** The candidate items, as given to the planner. */
  readonly items: readonly PlanItem[];
}

/** The gaps a plan is for. */
export interface TargetGaps {
  /** Points the unit needs for its target rank, if one was asked. */
  readonly rank?: RankGap | undefined;
  /** Points the unit needs for its target band, if one was asked. */
  readonly band?: BandGap | undefined;
  /** The weak criteria to lift, if "no weak criterion" was asked. */
  readonly noWeak?: NoWeakGap | undefined;
}

/** Which items lie in the subtree of `code` (the node and every node below it). */
function insideOf(program: Program, code: string): (item: PlanItem) => boolean {
  const i = program.index.get(code);
  if (i === undefined) return (item) => item.code === code;
  const end = program.end[i] as number;
  // With unique codes (every parsed set), a code is in the subtree when its position is.
  if (program.index.size === program.size) {
    return (item) => {
      const at = program.index.get(item.code);
      return at !== undefined && at >= i && at < end;
    };
  }
  const codes = new Set(program.nodes.slice(i, end).map((n) => n.code));
  return (item) => codes.has(item.code);
}

function programOf(result: ScoreResult): Program {
  const score = stageScoreOf(result);
  if (score === undefined) {
    throw new TypeError('planForTargets: pass a result from scoreAssessment, not a copy');
  }
  return compileCriteriaSet(score.unit.program.set);
}

/** Items after a plan's steps: points raised, caps used up. */
function after(items: readonly PlanItem[], plan: CheapestPlan): PlanItem[] {
  const steps = new Map(plan.steps.map((s) => [s.code, s]));
  return items.map((item) => {
    const s = steps.get(item.code);
    if (s === undefined) return item;
    return {
      ...item,
      current: s.to,
      ...(item.cap !== undefined
        ? { cap: dsQ(qMax(qSub(readQ(item.cap, 'cap', FN), qDec(s.gain)), Q0)) }
        : {}),
    };
  });
}

/**
 * The cheapest plan for every target asked (docs/what-if.md, "The plan"): first each weak
 * criterion is lifted at its cheapest (only items in its subtree), then the rest of the larger
 * of the rank and band gaps is won from what is left. Exact within each part; the split into
 * parts is a simple, explainable choice. When a gap is reachable, its part is feasible.
 *
 * @param items - Plan items of the unit ({@link planItemsFromResult}, with costs and locks).
 * @param result - The unit's result (for the criteria's subtrees).
 * @param gaps - The rank, band and no-weak answers to plan for.
 * @returns The phases and totals.
 * @example
 * planForTargets(planItemsFromResult(result), result, { rank, band }).totalGain; // '11.85'
 */
export function planForTargets(
  items: readonly PlanItem[],
  result: ScoreResult,
  gaps: TargetGaps,
): TargetsPlan {
  const phases: PlanPhase[] = [];
  let left = [...items];
  const weakOnes = gaps.noWeak?.criteria ?? [];
  const program = weakOnes.length > 0 ? programOf(result) : undefined;
  for (const weak of weakOnes) {
    const plan = planCheapest(
      left.filter(insideOf(program as Program, weak.code)),
      weak.pointsNeeded,
    );
    phases.push({ purpose: 'no-weak', code: weak.code, goal: weak.pointsNeeded, plan });
    if (plan.steps.length > 0) left = after(left, plan);
  }
  const total = (pick: (p: PlanPhase) => string): Q =>
    phases.reduce<Q>((acc, p) => qAdd(acc, qDec(pick(p))), Q0);
  const won = total((p) => p.plan.totalGain);
  const candidates: ['rank' | 'band', Q][] = [];
  if (gaps.rank !== undefined && !gaps.rank.alreadyMet)
    candidates.push(['rank', qDec(gaps.rank.pointsNeeded)]);
  if (gaps.band !== undefined && !gaps.band.alreadyMet)
    candidates.push(['band', qDec(gaps.band.pointsNeeded)]);
  const largest = candidates.reduce<['rank' | 'band', Q] | undefined>(
    (best, c) => (best === undefined || qCmp(c[1], best[1]) > 0 ? c : best),
    undefined,
  );
  if (largest !== undefined && qSign(qSub(largest[1], won)) > 0) {
    const goal = dsQ(qSub(largest[1], won));
    phases.push({ purpose: largest[0], goal, plan: planCheapest(left, goal) });
  }
  return {
    feasible: phases.every((p) => p.plan.feasible),
    totalGain: dsQ(total((p) => p.plan.totalGain)),
    totalCost: dsQ(total((p) => p.plan.totalCost)),
    phases,
    items,
  };
}
