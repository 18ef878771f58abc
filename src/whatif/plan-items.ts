import type { Program } from '../compile/program.js';
import { exactPoints, gridQ } from '../engine/exact.js';
import { stageScoreOf } from '../engine/result.js';
import type { StageScore } from '../engine/stage-score.js';
import { SRC, STATUS } from '../engine/unit-data.js';
import { type Q, qSign, qSub, qToString } from '../internal/rational.js';
import type { DecimalInput, DecimalString } from '../model/decimal-string.js';
import type { ScoreResult } from '../model/score-result.js';
import type { PlanItem } from '../model/whatif-plan.js';

/** Options of {@link planItemsFromResult}. */
export interface PlanItemsOptions {
  /** Plan on counted nodes at this depth (2 = criteria) instead of on leaves. */
  readonly depth?: number | undefined;
  /** Cost of one point per node code; a node without one takes its nearest ancestor's (else 1). */
  readonly costs?: Readonly<Record<string, DecimalInput>> | undefined;
  /** Codes of nodes to lock, with their whole subtree, in addition to survey nodes. */
  readonly locked?: readonly string[] | undefined;
  /** Most additional points per item code. */
  readonly caps?: Readonly<Record<string, DecimalInput>> | undefined;
  /** Item codes that give all their missing points at once (e.g. a tier jump). */
  readonly allOrNothing?: readonly string[] | undefined;
  /** Let the plan improve survey nodes too. */
  readonly unlockSurvey?: boolean | undefined;
}

// Own keys only: a criterion coded `constructor` must not find Object.prototype's.
function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

const ds = (q: Q): DecimalString => qToString(q) as DecimalString;

/**
 * The plan items of a scored result (docs/what-if.md): exactly the nodes whose points are
 * counted. A node with its own score at the stage (a field total, say) is one item up to its
 * applicable maximum, and its children are not items; otherwise its children are, down to the
 * leaves (a leaf with nothing entered is an item from 0). With `depth`, counted nodes at that
 * depth are items. A yes-no leaf is all-or-nothing, up to its "Có" points. Survey nodes are
 * locked unless `unlockSurvey`; `locked` codes lock their subtree. Items that can gain nothing
 * are left out. Read straight off the engine's exact data: the node tree is not built.
 *
 * @param result - A scored unit, as `scoreAssessment` returns it.
 * @param options - Depth, costs, locks, caps, all-or-nothing codes.
 * @returns The items, in tree order.
 * @throws TypeError when the result does not come from `scoreAssessment` (e.g. a copy).
 * @example
 * planCheapest(planItemsFromResult(result, { locked: ['8'] }), gap.pointsNeeded);
 */
export function planItemsFromResult(
  result: ScoreResult,
  options: PlanItemsOptions = {},
): PlanItem[] {
  const score = stageScoreOf(result);
  if (score === undefined) {
    throw new TypeError('planItemsFromResult: pass a result from scoreAssessment, not a copy');
  }
  const { unit, data } = score;
  const { program } = unit;
  const locks = new Set(options.locked ?? []);
  const aon = new Set(options.allOrNothing ?? []);
  const items: PlanItem[] = [];
  // Pre-order: an item's subtree is skipped (its end), a summing parent is walked into.
  for (let i = 0; i < program.size; ) {
    const end = program.end[i] as number;
    if (data.status[i] !== STATUS.SCORED) {
      i = end;
      continue;
    }
    const leaf = program.leaf[i] === 1;
    const atDepth = options.depth !== undefined && (program.depth[i] as number) >= options.depth;
    if (!leaf && data.source[i] === SRC.NONE && !atDepth) {
      i++;
      continue;
    }
    const item = itemAt(score, i, options, locks, aon);
    if (item !== undefined) items.push(item);
    i = end;
  }
  return items;
}

/** The codes of node `i` and its ancestors, nearest first. */
function chainOf(program: Program, i: number): string[] {
  const codes: string[] = [];
  for (let j = i; j >= 0; j = program.parent[j] as number) {
    codes.push((program.nodes[j] as { code: string }).code);
  }
  return codes;
}

function itemAt(
  score: StageScore,
  i: number,
  options: PlanItemsOptions,
  locks: ReadonlySet<string>,
  aon: ReadonlySet<string>,
): PlanItem | undefined {
  const { unit, data } = score;
  const { program } = unit;
  const node = program.nodes[i];
  if (node === undefined) return undefined;
  const rule = program.rules[i];
  const points = exactPoints(unit, data, i);
  const max = gridQ(unit, unit.max[i] as number);
  const yesNo = rule?.kind === 'yes-no';
  const reach = yesNo ? rule.yes : max;
  const gain = qSub(reach, points);
  if (qSign(gain) <= 0) return undefined;
  // Costs and locks are inherited down the tree; without any, the chain is not needed.
  const codes = options.costs !== undefined || locks.size > 0 ? chainOf(program, i) : [];
  const costCode = codes.find((c) => own(options.costs, c) !== undefined);
  const cost = costCode === undefined ? undefined : own(options.costs, costCode);
  const cap = own(options.caps, node.code);
  const upTo = yesNo ? ds(rule.yes) : undefined;
  const maxText = ds(max);
  return {
    code: node.code,
    name: node.name,
    current: ds(points),
    max: maxText,
    ...(upTo !== undefined && upTo !== maxText ? { upTo } : {}),
    gain: ds(gain),
    method: node.method,
    locked: codes.some((c) => locks.has(c)) || (node.method === 'survey' && !options.unlockSurvey),
    allOrNothing: yesNo || aon.has(node.code),
    ...(cost !== undefined ? { costPerPoint: cost } : {}),
    ...(cap !== undefined ? { cap } : {}),
  };
}
