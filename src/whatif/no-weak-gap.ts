import { exactPoints, gridQ } from '../engine/exact.js';
import { stageScoreOf } from '../engine/result.js';
import {
  type Q,
  Q0,
  Q100,
  q,
  qAdd,
  qCmp,
  qDec,
  qDiv,
  qInt,
  qMin,
  qMul,
  qSub,
} from '../internal/rational.js';
import type { BandLevel, BandScale } from '../model/bands.js';
import type { DecimalInput } from '../model/decimal-string.js';
import type { ScoreResult } from '../model/score-result.js';
import type { NoWeakGap, RatedCriterionInput, WeakCriterionGap } from '../model/whatif-gaps.js';
import type { PlanItem } from '../model/whatif-plan.js';
import { bandResult, bandShown, levelFor } from './band-gap.js';
import { dsQ, ptsQ, readPlaces, readQ, readStepQ, stepPlacesQ } from './grid.js';
import { winnableUnits } from './plan-cheapest.js';
import { planItemsFromResult } from './plan-items.js';
import { gainToMeet, type Judged, meets } from './threshold.js';

const FN = 'pointsNeededForNoWeakCriterion';

/** Options of {@link pointsNeededForNoWeakCriterion}. */
export interface NoWeakOptions {
  /** Grid of the additional points (default `0.01`). */
  readonly step?: DecimalInput | undefined;
  /** Judge ratings on the published percent (default) or the exact one, as the set's `classifyOn`. */
  readonly classifyOn?: 'published' | 'exact' | undefined;
  /** Decimal places of the published percent (default 2). */
  readonly places?: number | undefined;
  /** Rounding of the published percent (default `half-up`). */
  readonly rounding?: 'half-up' | 'half-even' | undefined;
}

/** The lowest level that is not weak and lies above the current one: where a weak criterion must climb. */
function exitLevel(scale: BandScale, percent: Q, judged: Judged): BandLevel | undefined {
  let best: BandLevel | undefined;
  for (const level of scale.levels) {
    if (level.weak || meets(percent, qDec(level.min), judged)) continue;
    if (best === undefined || qCmp(qDec(level.min), qDec(best.min)) < 0) best = level;
  }
  return best;
}

/**
 * For each rated criterion now rated weak ("tiêu chí yếu", seed 004), the fewest additional
 * points that lift it to the lowest rating that is not weak. Ratings are judged as scoring
 * judges them (published percent by default); the points are a multiple of the grid `step`,
 * and one step less would not do. Criteria with a maximum of 0 are skipped. Exact.
 *
 * @param criteria - The rated criteria (e.g. nodes at the rated depth).
 * @param scale - The criterion rating scale (levels best first, some marked `weak`).
 * @param options - Grid step, and how ratings are judged.
 * @returns The weak criteria with the points each needs, the total, and a sentence.
 * @throws RangeError when a weak criterion has no non-weak level above it, or a number cannot
 *   be read.
 * @example
 * pointsNeededForNoWeakCriterion(
 *   [{ code: '2.1', name: 'Ban hành VBQPPL', points: '1', max: '2' }], ratingScale,
 * ).text; // '1 tiêu chí yếu; cần thêm tổng 0,2 điểm: 2.1 +0,2 điểm' (with "Trung bình" from 60 %)
 */
export function pointsNeededForNoWeakCriterion(
  criteria: readonly RatedCriterionInput[],
  scale: BandScale,
  options: NoWeakOptions = {},
): NoWeakGap {
  return noWeakExact(
    criteria.map((c) => {
      const points = readQ(c.points, 'points', FN);
      const max = readQ(c.max, 'max', FN);
      return {
        code: c.code,
        name: c.name,
        points,
        max,
        available:
          c.available === undefined ? qSub(max, points) : readQ(c.available, 'available', FN),
      };
    }),
    scale,
    {
      on: options.classifyOn ?? 'published',
      places: readPlaces(options.places, FN),
      mode: options.rounding ?? 'half-up',
    },
    readStepQ(options.step, FN),
  );
}

/** A rated criterion on exact numbers. Internal. */
interface RatedExact {
  readonly code: string;
  readonly name: string;
  readonly points: Q;
  readonly max: Q;
  readonly available: Q;
}

function noWeakExact(
  criteria: readonly RatedExact[],
  scale: BandScale,
  judged: Judged,
  step: Q,
): NoWeakGap {
  const gaps: WeakCriterionGap[] = [];
  let total: Q = Q0;
  for (const c of criteria) {
    const { points, max, available } = c;
    if (qCmp(max, Q0) <= 0) continue;
    const percent = qDiv(qMul(points, Q100), max);
    const level = levelFor(scale, percent, judged);
    if (level !== undefined && !level.weak) continue;
    const target = exitLevel(scale, percent, judged);
    if (target === undefined) {
      throw new RangeError(
        `${FN}: criterion "${c.code}" is weak and no level above it is not weak`,
      );
    }
    const needed = gainToMeet({ raw: points, cap: max, max }, qDec(target.min), judged, step);
    const lifted = qDiv(qMul(qMin(qAdd(points, needed), max), Q100), max);
    total = qAdd(total, needed);
    gaps.push({
      code: c.code,
      name: c.name,
      points: dsQ(points),
      max: dsQ(max),
      percent: dsQ(percent),
      rating: level !== undefined ? bandResult(level) : { code: '', label: '' },
      target: bandShown(target),
      pointsNeeded: dsQ(needed),
      available: dsQ(available),
      reachable: qCmp(needed, available) <= 0 && meets(lifted, qDec(target.min), judged),
    });
  }
  const reachable = gaps.every((g) => g.reachable);
  const sp = stepPlacesQ(step);
  const list = (lang: 'vi' | 'en'): string =>
    gaps
      .map(
        (g) =>
          `${g.code} +${ptsQ(qDec(g.pointsNeeded), lang, sp)} ${lang === 'vi' ? 'điểm' : 'points'}${
            g.reachable
              ? ''
              : lang === 'vi'
                ? ' (không đủ điểm còn lại)'
                : ' (more than can be won)'
          }`,
      )
      .join('; ');
  const text =
    gaps.length === 0
      ? 'Không có tiêu chí yếu'
      : `${gaps.length} tiêu chí yếu; cần thêm tổng ${ptsQ(total, 'vi', sp)} điểm: ${list('vi')}`;
  const textEn =
    gaps.length === 0
      ? 'No weak criterion'
      : `${gaps.length} weak ${gaps.length === 1 ? 'criterion' : 'criteria'}; ${ptsQ(total, 'en', sp)} more points needed in all: ${list('en')}`;
  return { reachable, pointsNeeded: dsQ(total), criteria: gaps, text, textEn };
}

/** Options of {@link pointsNeededForNoWeakCriterionInResult}. */
export interface NoWeakResultOptions {
  /** Grid of the additional points (default `0.01`). */
  readonly step?: DecimalInput | undefined;
  /** Hold survey points fixed: survey items cannot be won by work (the CLI's default). */
  readonly lockSurvey?: boolean | undefined;
  /** The plan items winnable points come from (default: {@link planItemsFromResult}). */
  readonly items?: readonly PlanItem[] | undefined;
}

/**
 * {@link pointsNeededForNoWeakCriterion} on a scored result's rated criteria (`result.ratings`),
 * judged as the set judges ratings, on the engine's exact numbers. Each criterion's winnable
 * points are those of the plan items in its subtree, on the grid.
 * @throws TypeError when the result does not come from `scoreAssessment` (e.g. a copy).
 *
 * @param result - A scored unit whose set rates criteria.
 * @param scale - The set's criterion rating scale (`set.criterionRating.scale`).
 * @param options - Grid step; `lockSurvey` to hold survey points fixed.
 * @returns As {@link pointsNeededForNoWeakCriterion}.
 * @throws RangeError as {@link pointsNeededForNoWeakCriterion}.
 * @example
 * pointsNeededForNoWeakCriterionInResult(result, set.criterionRating.scale).criteria;
 */
export function pointsNeededForNoWeakCriterionInResult(
  result: ScoreResult,
  scale: BandScale,
  options: NoWeakResultOptions = {},
): NoWeakGap {
  const score = stageScoreOf(result);
  if (score === undefined) {
    throw new TypeError(`${FN}InResult: pass a result from scoreAssessment, not a copy`);
  }
  const { unit, data } = score;
  const { program } = unit;
  const items =
    options.items ?? planItemsFromResult(result, { unlockSurvey: options.lockSurvey !== true });
  const step = readStepQ(options.step, FN);
  // Winnable steps per node position, summed over a rated node's subtree below.
  const unitsAt = new Float64Array(program.size);
  for (const it of items) {
    const at = program.index.get(it.code);
    if (at !== undefined) unitsAt[at] = (unitsAt[at] as number) + winnableUnits(it, step);
  }
  const rated: RatedExact[] = [];
  for (let i = 0; i < program.size; i++) {
    if ((score.ratings[i] as number) < 0) continue;
    const node = program.nodes[i] as { code: string; name: string };
    const end = program.end[i] as number;
    let units = 0;
    for (let j = i; j < end; j++) units += unitsAt[j] as number;
    // In lowest terms: a grid maximum over 10⁹ would make every percent below a bigint.
    const points = exactPoints(unit, data, i);
    const max = gridQ(unit, unit.max[i] as number);
    rated.push({
      code: node.code,
      name: node.name,
      points: q(points.n, points.d),
      max: q(max.n, max.d),
      available: qMul(step, qInt(units)),
    });
  }
  return noWeakExact(
    rated,
    scale,
    { on: result.classifyOn, places: result.places, mode: result.roundingMode },
    step,
  );
}
