import { classify } from '../engine/classify.js';
import { type Dec, dec, percentOf, sum, toDs } from '../internal/decimal.js';
import type { BandLevel, BandScale } from '../model/bands.js';
import type { DecimalInput } from '../model/decimal-string.js';
import type { ScoreResult } from '../model/score-result.js';
import type { NoWeakGap, RatedCriterionInput, WeakCriterionGap } from '../model/whatif-gaps.js';
import { bandResult, bandShown, pointsToPercent } from './band-gap.js';
import { pts, readAvailable, readNum, readStep, stepPlaces } from './grid.js';
import { appraisalLost } from './rank-gap-results.js';

const FN = 'pointsNeededForNoWeakCriterion';

/** Options of {@link pointsNeededForNoWeakCriterion}. */
export interface NoWeakOptions {
  /** Grid of the additional points (default `0.01`). */
  readonly step?: DecimalInput | undefined;
}

/** The lowest non-weak level above `percent`: where a weak criterion must climb to. */
function exitLevel(scale: BandScale, percent: Dec): BandLevel | undefined {
  let best: BandLevel | undefined;
  for (const level of scale.levels) {
    const min = dec(level.min);
    if (level.weak || !min.greaterThan(percent)) continue;
    if (best === undefined || min.lessThan(dec(best.min))) best = level;
  }
  return best;
}

/**
 * For each rated criterion now rated weak ("tiêu chí yếu", seed 004), the fewest additional
 * points that lift it to the lowest rating that is not weak. Ratings are judged on the
 * unrounded percent of the criterion's applicable maximum, as when scoring; the points are
 * rounded up to the grid `step`. Criteria with a maximum of 0 (not applicable) are skipped.
 *
 * @param criteria - The rated criteria (e.g. nodes at the rated depth).
 * @param scale - The criterion rating scale (levels best first, some marked `weak`).
 * @param options - Grid step.
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
  const step = readStep(options.step, FN);
  const gaps: WeakCriterionGap[] = [];
  for (const c of criteria) {
    const points = readNum(c.points, 'points', FN);
    const max = readNum(c.max, 'max', FN);
    if (!max.greaterThan(0)) continue;
    const percent = percentOf(points, max);
    const level = classify(toDs(percent), scale);
    if (level !== undefined && !level.weak) continue;
    const target = exitLevel(scale, percent);
    if (target === undefined) {
      throw new RangeError(
        `${FN}: criterion "${c.code}" is weak and no level above it is not weak`,
      );
    }
    const needed = pointsToPercent(points, max, dec(target.min), step);
    const available = readAvailable(c.available, max, points, FN);
    gaps.push({
      code: c.code,
      name: c.name,
      points: toDs(points),
      max: toDs(max),
      percent: toDs(percent),
      rating: level !== undefined ? bandResult(level) : { code: '', label: '' },
      target: bandShown(target),
      pointsNeeded: toDs(needed),
      available: toDs(available),
      reachable: needed.lessThanOrEqualTo(available),
    });
  }
  const total = sum(gaps.map((g) => dec(g.pointsNeeded)));
  const reachable = gaps.every((g) => g.reachable);
  const sp = stepPlaces(step);
  const list = (lang: 'vi' | 'en'): string =>
    gaps
      .map(
        (g) =>
          `${g.code} +${pts(dec(g.pointsNeeded), lang, sp)} ${lang === 'vi' ? 'điểm' : 'points'}${
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
      : `${gaps.length} tiêu chí yếu; cần thêm tổng ${pts(total, 'vi', sp)} điểm: ${list('vi')}`;
  const textEn =
    gaps.length === 0
      ? 'No weak criterion'
      : `${gaps.length} weak ${gaps.length === 1 ? 'criterion' : 'criteria'}; ${pts(total, 'en', sp)} more points needed in all: ${list('en')}`;
  return { reachable, pointsNeeded: toDs(total), criteria: gaps, text, textEn };
}

/** Options of {@link pointsNeededForNoWeakCriterionInResult}. */
export interface NoWeakResultOptions extends NoWeakOptions {
  /** Count only points lost on appraisal-method leaves as winnable (survey points held fixed). */
  readonly lockSurvey?: boolean | undefined;
}

/**
 * {@link pointsNeededForNoWeakCriterion} on a scored result's rated criteria (`result.ratings`).
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
  return pointsNeededForNoWeakCriterion(
    result.ratings.map((n) => ({
      code: n.code,
      name: n.name,
      points: n.points,
      max: n.max,
      ...(options.lockSurvey ? { available: toDs(appraisalLost([n])) } : {}),
    })),
    scale,
    options.step !== undefined ? { step: options.step } : {},
  );
}
