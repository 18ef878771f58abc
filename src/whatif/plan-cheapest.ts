import {
  type Q,
  Q0,
  qAdd,
  qCeil,
  qCmp,
  qDec,
  qDiv,
  qInt,
  qMul,
  qSign,
} from '../internal/rational.js';
import type { DecimalInput, DecimalString } from '../model/decimal-string.js';
import type { CheapestPlan, PlanItem, PlanOptions, PlanStep } from '../model/whatif-plan.js';
import { dsQ, ptsQ, readQ, readStepQ, stepPlacesQ } from './grid.js';
import { prepare } from './plan-prepare.js';
import { solvePlan } from './plan-solve.js';

const FN = 'planCheapest';
const collator = new Intl.Collator('vi', { numeric: true });

/**
 * Points the unlocked items can win on the grid: what {@link planCheapest} counts toward a goal
 * (each continuous item's gain rounded down to the step, each all-or-nothing item's gain counted
 * rounded down too). A goal on the grid is feasible exactly when it is at most this.
 *
 * @param items - Candidate criteria.
 * @param step - Grid step (default `0.01`).
 * @returns The winnable points, a multiple of the step.
 * @throws RangeError as {@link planCheapest}.
 * @example
 * winnablePoints(planItemsFromResult(result)); // '15.42'
 */
export function winnablePoints(items: readonly PlanItem[], step?: DecimalInput): DecimalString {
  const s = readStepQ(step, FN);
  const units = items.reduce((n, it) => n + winnableUnits(it, s), 0);
  return dsQ(qMul(s, qInt(units)));
}

/** Grid steps one item can win toward a goal (see {@link winnablePoints}). Internal. */
export function winnableUnits(item: PlanItem, step: Q): number {
  return prepare(item, step)?.units ?? 0;
}

/**
 * The cheapest way to gain at least `goal` points: which criteria to improve and by how much.
 *
 * Model: each unlocked item gives a multiple of `step` (0.01 by default) up to its missing
 * points (`max − current`, or its `cap`), at a linear cost per point; an `allOrNothing` item
 * (e.g. a yes-no criterion) gives all its missing points at once for a fixed cost. Items of
 * method `survey` are locked unless `locked: false`. A remainder below one step is never planned.
 * For an all-or-nothing item the programme counts its gain rounded down to the grid (the step
 * still reports, and delivers, the full gain), so a plan never promises more than it gives.
 *
 * The answer is optimal within this model: greedy by cost per point when every item is
 * continuous (a linear, bounded cover), otherwise an exact dynamic programme over the grid.
 * Costs are exact decimals.
 *
 * @param items - Candidate criteria.
 * @param goal - Points to gain (≤ 0: nothing to do).
 * @param options - Grid step.
 * @returns The steps, totals and a sentence; when the goal is out of reach, `feasible: false`
 *   and the steps take everything that can be gained.
 * @throws RangeError for a negative cost, an unreadable number, or a problem too large to solve
 *   exactly (more than 60 million programme cells, or costs beyond 2^53 once scaled to integers).
 * @example
 * planCheapest([
 *   { code: '1.1', name: 'Kế hoạch CCHC', current: '0.5', max: '1' },
 *   { code: '6.2', name: 'Chữ ký số', current: '0', max: '2', allOrNothing: true, fixedCost: '1' },
 * ], '2').text;
 * // 'Phương án rẻ nhất: 6.2 Chữ ký số +2 điểm (chi phí 1). Tổng: +2 điểm, chi phí 1'
 */
export function planCheapest(
  items: readonly PlanItem[],
  goal: DecimalInput,
  options: PlanOptions = {},
): CheapestPlan {
  const step = readStepQ(options.step, FN);
  const g = readQ(goal, 'goal', FN);
  const prepared = items.flatMap((it) => prepare(it, step) ?? []);
  const goalUnits = qSign(g) > 0 ? Number(qCeil(qDiv(g, step))) : 0;
  const capacity = prepared.reduce((s, p) => s + p.units, 0);
  const alloc = solvePlan(prepared, goalUnits) ?? prepared.map((p) => p.units);
  const feasible = goalUnits <= capacity;
  const chosen = prepared.flatMap((p, i) => {
    const units = alloc[i] ?? 0;
    if (units === 0) return [];
    const gain = p.aon ? p.fullGain : qMul(step, qInt(units));
    const cost = p.aon ? p.fixedCost : qMul(p.unitCost, qInt(units));
    return [{ p, gain, cost }];
  });
  // Cheapest cost per point first: c₁/g₁ < c₂/g₂ ⟺ c₁·g₂ < c₂·g₁ (gains are positive).
  chosen.sort(
    (a, b) =>
      qCmp(qMul(a.cost, b.gain), qMul(b.cost, a.gain)) || collator.compare(a.p.code, b.p.code),
  );
  const steps: PlanStep[] = chosen.map(({ p, gain, cost }) => ({
    code: p.code,
    name: p.name,
    from: dsQ(p.current),
    to: dsQ(qAdd(p.current, gain)),
    gain: dsQ(gain),
    cost: dsQ(cost),
    allOrNothing: p.aon,
  }));
  let totalGain: Q = Q0;
  let totalCost: Q = Q0;
  for (const c of chosen) {
    totalGain = qAdd(totalGain, c.gain);
    totalCost = qAdd(totalCost, c.cost);
  }
  const maxGain = qMul(step, qInt(capacity));
  const sp = stepPlacesQ(step);
  return {
    feasible,
    goal: dsQ(g),
    maxGain: dsQ(maxGain),
    totalGain: dsQ(totalGain),
    totalCost: dsQ(totalCost),
    steps,
    ...describePlan({ feasible, g, maxGain, totalGain, totalCost, steps, sp }),
  };
}

interface PlanFacts {
  readonly feasible: boolean;
  readonly g: Q;
  readonly maxGain: Q;
  readonly totalGain: Q;
  readonly totalCost: Q;
  readonly steps: readonly PlanStep[];
  readonly sp: number;
}

function describePlan(f: PlanFacts): { text: string; textEn: string } {
  if (qSign(f.g) <= 0) {
    return { text: 'Không cần cải thiện thêm', textEn: 'No improvement needed' };
  }
  const list = (lang: 'vi' | 'en'): string =>
    f.steps
      .map(
        (s) =>
          `${s.code} ${s.name} +${ptsQ(qDec(s.gain), lang, f.sp)} ${lang === 'vi' ? 'điểm' : 'points'} (${lang === 'vi' ? 'chi phí' : 'cost'} ${ptsQ(qDec(s.cost), lang, f.sp)})`,
      )
      .join('; ');
  const totals = (lang: 'vi' | 'en'): string =>
    lang === 'vi'
      ? `Tổng: +${ptsQ(f.totalGain, 'vi', f.sp)} điểm, chi phí ${ptsQ(f.totalCost, 'vi', f.sp)}`
      : `Total: +${ptsQ(f.totalGain, 'en', f.sp)} points, cost ${ptsQ(f.totalCost, 'en', f.sp)}`;
  if (!f.feasible) {
    const rest = (lang: 'vi' | 'en'): string =>
      f.steps.length === 0 ? '' : ` ${list(lang)}. ${totals(lang)}`;
    return {
      text: `Không đủ: cần ${ptsQ(f.g, 'vi', f.sp)} điểm nhưng các tiêu chí có thể cải thiện chỉ cho thêm tối đa ${ptsQ(f.maxGain, 'vi', f.sp)} điểm.${rest('vi')}`,
      textEn: `Not enough: ${ptsQ(f.g, 'en', f.sp)} points needed but the criteria that can be improved give at most ${ptsQ(f.maxGain, 'en', f.sp)} points.${rest('en')}`,
    };
  }
  return {
    text: `Phương án rẻ nhất: ${list('vi')}. ${totals('vi')}`,
    textEn: `Cheapest plan: ${list('en')}. ${totals('en')}`,
  };
}
