import { formatNumber, type Lang } from '../format/number-format.js';
import { D, type Dec, dec, sum, toDs } from '../internal/decimal.js';
import type { DecimalString } from '../model/decimal-string.js';
import type { NodeScore, ScoreResult } from '../model/score-result.js';
import type { BandGap, NoWeakGap, RankGap } from '../model/whatif-gaps.js';
import type { CheapestPlan, PlanItem } from '../model/whatif-plan.js';
import { planCheapest } from '../whatif/plan-cheapest.js';
import { planItemsFromResult } from '../whatif/plan-items.js';
import type { CostFile } from './what-if-inputs.js';

/** Plans with more steps than this are listed one step per line. */
const LONG_PLAN = 5;

/** One part of a what-if plan: lift one weak criterion, or win the points of a rank/band gap. */
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

/** The cheapest plan meeting every target asked for. */
export interface WhatIfPlan {
  /** True when every part can be met. */
  readonly feasible: boolean;
  /** Points gained over all parts. */
  readonly totalGain: DecimalString;
  /** Cost over all parts. */
  readonly totalCost: DecimalString;
  /** Weak criteria first (each at its cheapest), then the largest of the rank and band gaps. */
  readonly phases: readonly PlanPhase[];
  /** The candidate items after locks, costs and caps, as given to the planner. */
  readonly items: readonly PlanItem[];
}

/** Codes of a node and of every node below it. */
function subtree(node: NodeScore, out = new Set<string>()): Set<string> {
  out.add(node.code);
  for (const c of node.children) subtree(c, out);
  return out;
}

/** Each node's code chain: itself, then its ancestors up to the field. */
function ancestry(nodes: readonly NodeScore[], above: readonly string[] = []) {
  const out = new Map<string, readonly string[]>();
  for (const n of nodes) {
    const chain = [n.code, ...above];
    out.set(n.code, chain);
    for (const [k, v] of ancestry(n.children, chain)) out.set(k, v);
  }
  return out;
}

/** Every code of the result's tree, with its subtree (for locks and checks). */
export function subtrees(result: ScoreResult): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const walk = (nodes: readonly NodeScore[]): void => {
    for (const n of nodes) {
      out.set(n.code, subtree(n));
      walk(n.children);
    }
  };
  walk(result.fields);
  return out;
}

/** Plan items of a result with the cost file applied (locks cover subtrees; costs inherit). */
export function costedItems(
  result: ScoreResult,
  cost: CostFile | undefined,
  unlockSurvey: boolean,
): PlanItem[] {
  const trees = subtrees(result);
  const locked = new Set((cost?.locked ?? []).flatMap((c) => [...(trees.get(c) ?? [])]));
  const chains = ancestry(result.fields);
  return planItemsFromResult(result, {
    locked: [...locked],
    unlockSurvey,
    ...(cost?.depth !== undefined ? { depth: cost.depth } : {}),
  }).map((item) => {
    const costCode = chains.get(item.code)?.find((c) => cost?.costs[c] !== undefined);
    const cap = cost?.caps[item.code];
    return {
      ...item,
      current: item.current as DecimalString,
      ...(cost?.allOrNothing.includes(item.code) ? { allOrNothing: true } : {}),
      ...(costCode !== undefined ? { costPerPoint: cost?.costs[costCode] } : {}),
      ...(cap !== undefined ? { cap } : {}),
    };
  });
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
      ...(item.cap !== undefined ? { cap: toDs(D.max(dec(item.cap).minus(s.gain), 0)) } : {}),
    };
  });
}

/**
 * The cheapest plan for every target asked: first each weak criterion is lifted at its cheapest
 * (only items in its subtree), then the rest of the larger of the rank and band gaps is won from
 * what is left. Exact within each part; the split into parts is a simple, explainable choice.
 */
export function planWhatIf(
  items: readonly PlanItem[],
  result: ScoreResult,
  gaps: { rank?: RankGap | undefined; band?: BandGap | undefined; noWeak?: NoWeakGap | undefined },
): WhatIfPlan {
  const trees = subtrees(result);
  const phases: PlanPhase[] = [];
  let left = [...items];
  for (const weak of gaps.noWeak?.criteria ?? []) {
    const inside = trees.get(weak.code) ?? new Set([weak.code]);
    const plan = planCheapest(
      left.filter((i) => inside.has(i.code)),
      weak.pointsNeeded,
    );
    phases.push({ purpose: 'no-weak', code: weak.code, goal: weak.pointsNeeded, plan });
    left = after(left, plan);
  }
  const won = sum(phases.map((p) => dec(p.plan.totalGain)));
  const candidates: ['rank' | 'band', Dec][] = [];
  if (gaps.rank !== undefined && !gaps.rank.alreadyMet)
    candidates.push(['rank', dec(gaps.rank.pointsNeeded)]);
  if (gaps.band !== undefined && !gaps.band.alreadyMet)
    candidates.push(['band', dec(gaps.band.pointsNeeded)]);
  const largest = candidates.reduce<['rank' | 'band', Dec] | undefined>(
    (best, c) => (best === undefined || c[1].greaterThan(best[1]) ? c : best),
    undefined,
  );
  if (largest?.[1].minus(won).greaterThan(0)) {
    const goal = toDs(largest[1].minus(won));
    phases.push({ purpose: largest[0], goal, plan: planCheapest(left, goal) });
  }
  return {
    feasible: phases.every((p) => p.plan.feasible),
    totalGain: toDs(sum(phases.map((p) => dec(p.plan.totalGain)))),
    totalCost: toDs(sum(phases.map((p) => dec(p.plan.totalCost)))),
    phases,
    items,
  };
}

/** A plan of many steps as a head line and one line per step; `undefined` for short plans. */
function long(plan: CheapestPlan, lang: Lang): string | undefined {
  if (plan.steps.length <= LONG_PLAN) return undefined;
  const n = (v: string) => formatNumber(v, { lang, trimZeros: true });
  const vi = lang === 'vi';
  const head = plan.feasible
    ? vi
      ? 'phương án rẻ nhất'
      : 'cheapest plan'
    : vi
      ? `không đủ, các tiêu chí có thể cải thiện chỉ cho thêm tối đa ${n(plan.maxGain)} điểm`
      : `not enough, the criteria that can be improved give at most ${n(plan.maxGain)} points`;
  const steps = plan.steps.map(
    (s) =>
      `    ${s.code} ${s.name} +${n(s.gain)} ${vi ? 'điểm' : 'points'} (${vi ? 'chi phí' : 'cost'} ${n(s.cost)})`,
  );
  const total = vi
    ? `    Tổng: +${n(plan.totalGain)} điểm, chi phí ${n(plan.totalCost)}`
    : `    Total: +${n(plan.totalGain)} points, cost ${n(plan.totalCost)}`;
  return [`${head}:`, ...steps, total].join('\n');
}

/** The plan in sentences, one line per part (and a total when there are several). */
export function planLines(plan: WhatIfPlan, gaps: { band?: BandGap | undefined }, lang: Lang) {
  const n = (v: string) => formatNumber(v, { lang, trimZeros: true });
  if (plan.phases.length === 0) {
    return [lang === 'vi' ? 'Không cần cải thiện thêm.' : 'No improvement needed.'];
  }
  const band = gaps.band?.band;
  const lines = plan.phases
    .flatMap((p) => {
      const body =
        long(p.plan, lang) ?? (lang === 'vi' ? p.plan.text : p.plan.textEn).replace(/\.$/, '');
      if (p.purpose === 'no-weak') {
        return lang === 'vi'
          ? `Nâng tiêu chí ${p.code} (+${n(p.goal)} điểm): ${body}.`
          : `Lift criterion ${p.code} (+${n(p.goal)} points): ${body}.`;
      }
      const target =
        p.purpose === 'band' && band !== undefined
          ? lang === 'vi'
            ? `loại ${band.label}`
            : `band ${band.labelEn ?? band.label}`
          : lang === 'vi'
            ? 'hạng mục tiêu'
            : 'the target rank';
      return lang === 'vi'
        ? `Cho ${n(p.goal)} điểm (${target}): ${body}.`
        : `For ${n(p.goal)} points (${target}): ${body}.`;
    })
    .flatMap((line) => line.split('\n'));
  if (plan.phases.length > 1) {
    lines.push(
      lang === 'vi'
        ? `Tổng cộng: +${n(plan.totalGain)} điểm, chi phí ${n(plan.totalCost)}${plan.feasible ? '' : ' (chưa đủ để đạt mọi mục tiêu)'}.`
        : `In all: +${n(plan.totalGain)} points, cost ${n(plan.totalCost)}${plan.feasible ? '' : ' (not enough for every target)'}.`,
    );
  }
  return lines;
}
