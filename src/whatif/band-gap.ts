import { classify } from '../engine/classify.js';
import { formatPercent } from '../format/number-format.js';
import { type Dec, dec, percentOf, toDs } from '../internal/decimal.js';
import type { BandLevel, BandScale } from '../model/bands.js';
import type { BandResult } from '../model/score-result.js';
import type { BandGap, BandGapInput, BandShown } from '../model/whatif-gaps.js';
import { ceilToStep, pts, readAvailable, readNum, readStep, stepPlaces } from './grid.js';

const FN = 'pointsNeededForBand';

/** A level as a {@link BandResult}. */
export function bandResult(level: BandLevel): BandResult {
  return {
    code: level.code,
    label: level.label,
    ...(level.labelEn !== undefined ? { labelEn: level.labelEn } : {}),
  };
}

/** A level as a {@link BandShown}. */
export function bandShown(level: BandLevel): BandShown {
  return { ...bandResult(level), min: level.min };
}

/** Fewest points on the grid so that `points + g ≥ min% of max` (exact, unrounded). */
export function pointsToPercent(points: Dec, max: Dec, minPercent: Dec, step: Dec): Dec {
  return ceilToStep(minPercent.times(max).div(100).minus(points), step);
}

/**
 * The fewest additional points that put a unit in a band or a better one ("đạt loại Tốt trở
 * lên", "Hoàn thành tốt nhiệm vụ").
 *
 * The band is judged on the **unrounded** index, as {@link classify} and the triggers do: an
 * index of 79.996 % shows as 80,00 % but is not in a band that starts at 80 %. The additional
 * points are rounded up to the grid `step` (0.01 by default). Exact.
 *
 * @param input - The unit's points and maximum, the target band's code, options.
 * @param scale - The band scale (levels best first, inclusive `min`).
 * @returns The points needed, whether they are within reach, the new index, and a sentence.
 * @throws RangeError when the band code is not in the scale, `max` is not positive, or a number
 *   cannot be read.
 * @example
 * pointsNeededForBand({ points: '78.8', max: '100', band: 'tot' }, scale).text;
 * // 'Cần thêm 1,2 điểm để đạt loại Tốt (từ 80 %)'
 */
export function pointsNeededForBand(input: BandGapInput, scale: BandScale): BandGap {
  const level = scale.levels.find((l) => l.code === input.band);
  if (level === undefined) throw new RangeError(`${FN}: no band "${input.band}" in the scale`);
  const points = readNum(input.points, 'points', FN);
  const max = readNum(input.max, 'max', FN);
  if (!max.greaterThan(0)) throw new RangeError(`${FN}: max must be positive`);
  const step = readStep(input.step, FN);
  const available = readAvailable(input.available, max, points, FN);
  const index = percentOf(points, max);
  const current = classify(toDs(index), scale);
  const min = dec(level.min);
  const alreadyMet = index.greaterThanOrEqualTo(min);
  const needed = pointsToPercent(points, max, min, step);
  const reachable = needed.lessThanOrEqualTo(available);
  const newPoints = points.plus(needed);
  const sp = stepPlaces(step);
  const label = level.label;
  const labelEn = level.labelEn ?? level.label;
  const from = `từ ${formatPercent(level.min, { trimZeros: true })}`;
  const fromEn = `from ${formatPercent(level.min, { trimZeros: true, lang: 'en' })}`;
  const [text, textEn] = alreadyMet
    ? [`Đã đạt loại ${label} trở lên`, `Already in band ${labelEn} or better`]
    : reachable
      ? [
          `Cần thêm ${pts(needed, 'vi', sp)} điểm để đạt loại ${label} (${from})`,
          `${pts(needed, 'en', sp)} more points needed for band ${labelEn} (${fromEn})`,
        ]
      : [
          `Không thể đạt loại ${label} (${from}): cần ${pts(needed, 'vi', sp)} điểm nhưng chỉ còn ${pts(available, 'vi', sp)} điểm có thể giành thêm`,
          `Cannot reach band ${labelEn} (${fromEn}): ${pts(needed, 'en', sp)} points needed but only ${pts(available, 'en', sp)} points can still be won`,
        ];
  return {
    reachable,
    alreadyMet,
    band: bandShown(level),
    ...(current !== undefined ? { currentBand: bandResult(current) } : {}),
    currentIndex: toDs(index),
    pointsNeeded: toDs(needed),
    available: toDs(available),
    newPoints: toDs(newPoints),
    newIndex: toDs(percentOf(newPoints, max)),
    text,
    textEn,
  };
}
