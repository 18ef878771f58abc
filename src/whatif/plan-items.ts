import { walkScores } from '../engine/find-node.js';
import { dec } from '../internal/decimal.js';
import type { DecimalInput } from '../model/decimal-string.js';
import type { NodeScore, ScoreResult } from '../model/score-result.js';
import type { PlanItem } from '../model/whatif-plan.js';

/** Options of {@link planItemsFromResult}. */
export interface PlanItemsOptions {
  /** Plan on nodes at this depth (2 = criteria) instead of on leaves. */
  readonly depth?: number | undefined;
  /** Cost of one point per node code (default 1). */
  readonly costs?: Readonly<Record<string, DecimalInput>> | undefined;
  /** Codes of nodes to lock in addition to survey nodes. */
  readonly locked?: readonly string[] | undefined;
  /** Let the plan improve survey nodes too. */
  readonly unlockSurvey?: boolean | undefined;
}

/**
 * Builds {@link planCheapest} items from a scored result: every applicable leaf (or node at
 * `depth`) that lost points. Leaves scored by a yes-no rule become all-or-nothing items; other
 * rules (tiers, ratios) are treated as continuous, an approximation the caller can override by
 * editing the items. Survey nodes are locked unless `unlockSurvey`.
 *
 * @param result - A scored unit.
 * @param options - Depth, costs, locks.
 * @returns The items, in tree order.
 * @example
 * planCheapest(planItemsFromResult(result, { locked: ['8'] }), gap.pointsNeeded);
 */
export function planItemsFromResult(
  result: ScoreResult,
  options: PlanItemsOptions = {},
): PlanItem[] {
  const locked = new Set(options.locked ?? []);
  const picked = [...walkScores(result.fields)].filter(
    (n: NodeScore) =>
      n.applicable &&
      (options.depth === undefined ? n.children.length === 0 : n.depth === options.depth) &&
      dec(n.lost).greaterThan(0),
  );
  return picked.map((n): PlanItem => {
    const cost = options.costs?.[n.code];
    return {
      code: n.code,
      name: n.name,
      current: n.points,
      max: n.max,
      method: n.method,
      locked: locked.has(n.code) || (n.method === 'survey' && !options.unlockSurvey),
      allOrNothing: n.children.length === 0 && n.explanation?.rule === 'yes-no',
      ...(cost !== undefined ? { costPerPoint: cost } : {}),
    };
  });
}
