import { stageScoreOf } from '../engine/result.js';
import { pow10 } from '../internal/int.js';
import { type Q, qDec } from '../internal/rational.js';
import type { DecimalInput } from '../model/decimal-string.js';
import type { ScoreResult } from '../model/score-result.js';
import type { RankGap } from '../model/whatif-gaps.js';
import type { PlanItem } from '../model/whatif-plan.js';
import { identityKey } from '../parse/code-key.js';
import { gapTotals } from './gap-totals.js';
import { readQ, readStepQ } from './grid.js';
import { winnablePoints } from './plan-cheapest.js';
import { planItemsFromResult } from './plan-items.js';
import { rankGapExact } from './rank-gap.js';

/** Options of {@link pointsNeededForRankInResults}. */
export interface RankGapResultsOptions {
  /** Points the unit can still win; default: what its plan items can win on the grid. */
  readonly available?: DecimalInput | undefined;
  /** Hold survey points fixed: survey items cannot be won by work (the CLI's default). */
  readonly lockSurvey?: boolean | undefined;
  /** The plan items winnable points come from (default: {@link planItemsFromResult}). */
  readonly items?: readonly PlanItem[] | undefined;
  /** Grid of the additional points (default `0.01`). */
  readonly step?: DecimalInput | undefined;
}

/**
 * A result's published index, exactly: the engine's scaled integer when the result is its own
 * (the value `shown.index` prints, without building the shown texts of every peer).
 */
function publishedIndex(r: ScoreResult): Q {
  const score = stageScoreOf(r);
  return score === undefined ? qDec(r.shown.index) : { n: score.published, d: pow10(r.places) };
}

/** Whether a result has an applicable maximum (`max` is not `'0'`). */
function hasMax(r: ScoreResult): boolean {
  const score = stageScoreOf(r);
  return score === undefined ? r.max !== '0' : score.unit.unitMax !== 0;
}

/**
 * `pointsNeededForRank` from scored results, on the engine's own numbers: the unit's
 * block-mates (same criteria set and block) are the others, held at their published index; the
 * points are added to the unit's total as scoring adds them (bonus, penalty, floor, cap); the
 * winnable points are those of its plan items ({@link planItemsFromResult}) on the grid, so a
 * reachable answer always has a plan.
 *
 * @param results - Scored units, any blocks and sets.
 * @param unitId - The unit to lift (when it has several sets, the first result is used).
 * @param k - Target: rank ≤ k.
 * @param options - Available points, survey lock, grid step.
 * @returns As `pointsNeededForRank`.
 * @throws RangeError when no result has this unit id, or as `pointsNeededForRank`.
 * @example
 * pointsNeededForRankInResults(results, 'tu-ky', 6).text;
 * // 'Cần thêm 2,37 điểm để đạt hạng 6/12 (vượt Huyện X 86,45 %)'
 */
export function pointsNeededForRankInResults(
  results: readonly ScoreResult[],
  unitId: string,
  k: number,
  options: RankGapResultsOptions = {},
): RankGap {
  const key = identityKey(unitId);
  const unit = results.find((r) => identityKey(r.unit.id) === key);
  if (unit === undefined) {
    throw new RangeError(`pointsNeededForRankInResults: no result for unit "${unitId}"`);
  }
  const block = identityKey(unit.unit.block);
  const totals = gapTotals(unit);
  const available =
    options.available ??
    winnablePoints(
      options.items ?? planItemsFromResult(unit, { unlockSurvey: options.lockSurvey !== true }),
      options.step,
    );
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError('pointsNeededForRankInResults: k must be a positive integer');
  }
  return rankGapExact({
    points: totals.total,
    raw: totals.raw,
    ...(totals.cap !== undefined ? { cap: totals.cap } : {}),
    max: totals.max,
    k,
    name: unit.unit.name,
    places: unit.places,
    mode: unit.roundingMode,
    step: readStepQ(options.step, 'pointsNeededForRankInResults'),
    others: results
      .filter(
        (r) =>
          r.criteriaSet.id === unit.criteriaSet.id &&
          identityKey(r.unit.block) === block &&
          identityKey(r.unit.id) !== key &&
          hasMax(r),
      )
      .map((r) => ({ id: r.unit.id, name: r.unit.name, index: publishedIndex(r) })),
    available: readQ(available, 'available', 'pointsNeededForRankInResults'),
  });
}
