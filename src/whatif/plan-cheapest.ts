import { D, type Dec, sum, toDs, ZERO } from '../internal/decimal.js';
import type { DecimalInput, DecimalString } from '../model/decimal-string.js';
import type { CheapestPlan, PlanItem, PlanOptions, PlanStep } from '../model/whatif-plan.js';
import { pts, readNum, readStep, stepPlaces } from './grid.js';
import { type SolverItem, solvePlan } from './plan-solve.js';

const FN = 'planCheapest';
const collator = new Intl.Collator('vi', { numeric: true });

interface Prepared extends SolverItem {
  readonly name: string;
  readonly current: Dec;
  /** Exact gain of an all-or-nothing item (its missing points). */
  readonly fullGain: Dec;
}

function prepare(item: PlanItem, step: Dec): Prepared | undefined {
  const locked = item.locked ?? item.method === 'survey';
  if (locked) return undefined;
  const current = readNum(item.current, 'current', FN);
  const max = readNum(item.upTo ?? item.max, 'max', FN);
  const cpp = readNum(item.costPerPoint ?? 1, 'costPerPoint', FN);
  if (cpp.isNegative()) throw new RangeError(`${FN}: costPerPoint of "${item.code}" is negative`);
  const missing = D.max(max.minus(current), 0);
  const cap = item.cap === undefined ? undefined : readNum(item.cap, 'cap', FN);
  const aon = item.allOrNothing ?? false;
  if (aon && cap?.lessThan(missing)) return undefined;
  const avail = cap === undefined ? missing : D.min(missing, D.max(cap, 0));
  const units = avail.dividedToIntegerBy(step).toNumber();
  if (units === 0) return undefined;
  const fixedCost = aon
    ? item.fixedCost === undefined
      ? avail.times(cpp)
      : readNum(item.fixedCost, 'fixedCost', FN)
    : ZERO;
  if (fixedCost.isNegative())
    throw new RangeError(`${FN}: fixedCost of "${item.code}" is negative`);
  return {
    code: item.code,
    name: item.name,
    current,
    units,
    aon,
    unitCost: step.times(cpp),
    fixedCost,
    fullGain: avail,
  };
}

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
  const s = readStep(step, FN);
  const units = items.reduce((n, it) => n + (prepare(it, s)?.units ?? 0), 0);
  return toDs(s.times(units));
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
  const step = readStep(options.step, FN);
  const g = readNum(goal, 'goal', FN);
  const prepared = items.flatMap((it) => prepare(it, step) ?? []);
  const goalUnits = g.greaterThan(0) ? g.dividedBy(step).ceil().toNumber() : 0;
  const capacity = prepared.reduce((s, p) => s + p.units, 0);
  const alloc = solvePlan(prepared, goalUnits) ?? prepared.map((p) => p.units);
  const feasible = goalUnits <= capacity;
  const steps = prepared
    .flatMap((p, i): PlanStep[] => {
      const units = alloc[i] ?? 0;
      if (units === 0) return [];
      const gain = p.aon ? p.fullGain : step.times(units);
      const cost = p.aon ? p.fixedCost : p.unitCost.times(units);
      const to = p.current.plus(gain);
      return [
        {
          code: p.code,
          name: p.name,
          from: toDs(p.current),
          to: toDs(to),
          gain: toDs(gain),
          cost: toDs(cost),
          allOrNothing: p.aon,
        },
      ];
    })
    .sort(
      (a, b) =>
        new D(a.cost).div(a.gain).comparedTo(new D(b.cost).div(b.gain)) ||
        collator.compare(a.code, b.code),
    );
  const maxGain = step.times(capacity);
  const totalGain = sum(steps.map((s) => new D(s.gain)));
  const totalCost = sum(steps.map((s) => new D(s.cost)));
  const sp = stepPlaces(step);
  return {
    feasible,
    goal: toDs(g),
    maxGain: toDs(maxGain),
    totalGain: toDs(totalGain),
    totalCost: toDs(totalCost),
    steps,
    ...describePlan({ feasible, g, maxGain, totalGain, totalCost, steps, sp }),
  };
}

interface PlanFacts {
  readonly feasible: boolean;
  readonly g: Dec;
  readonly maxGain: Dec;
  readonly totalGain: Dec;
  readonly totalCost: Dec;
  readonly steps: readonly PlanStep[];
  readonly sp: number;
}

function describePlan(f: PlanFacts): { text: string; textEn: string } {
  if (!f.g.greaterThan(0)) {
    return { text: 'Không cần cải thiện thêm', textEn: 'No improvement needed' };
  }
  const list = (lang: 'vi' | 'en'): string =>
    f.steps
      .map(
        (s) =>
          `${s.code} ${s.name} +${pts(new D(s.gain), lang, f.sp)} ${lang === 'vi' ? 'điểm' : 'points'} (${lang === 'vi' ? 'chi phí' : 'cost'} ${pts(new D(s.cost), lang, f.sp)})`,
      )
      .join('; ');
  const totals = (lang: 'vi' | 'en'): string =>
    lang === 'vi'
      ? `Tổng: +${pts(f.totalGain, 'vi', f.sp)} điểm, chi phí ${pts(f.totalCost, 'vi', f.sp)}`
      : `Total: +${pts(f.totalGain, 'en', f.sp)} points, cost ${pts(f.totalCost, 'en', f.sp)}`;
  if (!f.feasible) {
    const rest = (lang: 'vi' | 'en'): string =>
      f.steps.length === 0 ? '' : ` ${list(lang)}. ${totals(lang)}`;
    return {
      text: `Không đủ: cần ${pts(f.g, 'vi', f.sp)} điểm nhưng các tiêu chí có thể cải thiện chỉ cho thêm tối đa ${pts(f.maxGain, 'vi', f.sp)} điểm.${rest('vi')}`,
      textEn: `Not enough: ${pts(f.g, 'en', f.sp)} points needed but the criteria that can be improved give at most ${pts(f.maxGain, 'en', f.sp)} points.${rest('en')}`,
    };
  }
  return {
    text: `Phương án rẻ nhất: ${list('vi')}. ${totals('vi')}`,
    textEn: `Cheapest plan: ${list('en')}. ${totals('en')}`,
  };
}
