import { compileCriteriaSet } from '../compile/compile-set.js';
import type { CompiledRule } from '../compile/compiled-rule.js';
import { exactNode, stageScoreOf } from '../engine/result.js';
import { type Q, qDec, qSign, qSub, qToString } from '../internal/rational.js';
import type { DecimalInput, DecimalString } from '../model/decimal-string.js';
import type { NodeScore, ScoreResult } from '../model/score-result.js';
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

const OWN = new Set(['rule', 'points', 'self-score', 'appraisal-1', 'appraisal-2']);

/** The compiled rule of each leaf code, when the result comes from the engine. */
function rulesOf(result: ScoreResult): ReadonlyMap<string, CompiledRule> {
  const score = stageScoreOf(result);
  const out = new Map<string, CompiledRule>();
  if (score === undefined) return out;
  const program = compileCriteriaSet(score.unit.program.set);
  program.nodes.forEach((n, i) => {
    const rule = program.rules[i];
    if (rule !== undefined) out.set(n.code, rule);
  });
  return out;
}

/**
 * The plan items of a scored result (docs/what-if.md): exactly the nodes whose points are
 * counted. A node with its own score at the stage (a field total, say) is one item up to its
 * applicable maximum, and its children are not items; otherwise its children are, down to the
 * leaves (a leaf with nothing entered is an item from 0). With `depth`, counted nodes at that
 * depth are items. A yes-no leaf is all-or-nothing, up to its "Có" points. Survey nodes are
 * locked unless `unlockSurvey`; `locked` codes lock their subtree. Items that can gain nothing
 * are left out.
 *
 * @param result - A scored unit (from `scoreAssessment`).
 * @param options - Depth, costs, locks, caps, all-or-nothing codes.
 * @returns The items, in tree order.
 * @example
 * planCheapest(planItemsFromResult(result, { locked: ['8'] }), gap.pointsNeeded);
 */
export function planItemsFromResult(
  result: ScoreResult,
  options: PlanItemsOptions = {},
): PlanItem[] {
  const rules = rulesOf(result);
  const locks = new Set(options.locked ?? []);
  const aon = new Set(options.allOrNothing ?? []);
  const items: PlanItem[] = [];
  const visit = (nodes: readonly NodeScore[], chain: readonly string[]): void => {
    for (const n of nodes) {
      if (n.status !== 'scored') continue;
      const codes = [n.code, ...chain];
      const leaf = n.children.length === 0;
      const atDepth = options.depth !== undefined && n.depth >= options.depth;
      if (!leaf && !OWN.has(n.source) && !atDepth) {
        visit(n.children, codes);
        continue;
      }
      const exact = exactNode(result, n.code)?.points;
      const item = itemOf(exact, n, codes, rules.get(n.code), options, locks, aon);
      if (item !== undefined) items.push(item);
    }
  };
  visit(result.fields, []);
  return items;
}

function itemOf(
  exact: Q | undefined,
  n: NodeScore,
  codes: readonly string[],
  rule: CompiledRule | undefined,
  options: PlanItemsOptions,
  locks: ReadonlySet<string>,
  aon: ReadonlySet<string>,
): PlanItem | undefined {
  const leaf = n.children.length === 0;
  const yesNo = leaf && (rule?.kind ?? n.explanation?.rule) === 'yes-no';
  const upTo: DecimalString | undefined =
    yesNo && rule?.kind === 'yes-no' ? (qToString(rule.yes) as DecimalString) : undefined;
  const reach = upTo ?? n.max;
  const gain = qSub(qDec(reach), exact ?? qDec(n.points));
  if (qSign(gain) <= 0) return undefined;
  // Own keys only: a criterion coded `constructor` must not find Object.prototype's.
  const own = <T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
    table !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
  const costCode = codes.find((c) => own(options.costs, c) !== undefined);
  const cost = costCode === undefined ? undefined : own(options.costs, costCode);
  const cap = own(options.caps, n.code);
  return {
    code: n.code,
    name: n.name,
    current: n.points,
    max: n.max,
    ...(upTo !== undefined && upTo !== n.max ? { upTo } : {}),
    gain: qToString(gain) as DecimalString,
    method: n.method,
    locked: codes.some((c) => locks.has(c)) || (n.method === 'survey' && !options.unlockSurvey),
    allOrNothing: yesNo || aon.has(n.code),
    ...(cost !== undefined ? { costPerPoint: cost } : {}),
    ...(cap !== undefined ? { cap } : {}),
  };
}
