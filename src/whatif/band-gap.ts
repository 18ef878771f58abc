import { formatPercent } from '../format/number-format.js';
import { type Q, Q0, Q100, qCmp, qDec, qDiv, qMul, qSub } from '../internal/rational.js';
import type { BandLevel, BandScale } from '../model/bands.js';
import type { BandResult } from '../model/score-result.js';
import type { BandGap, BandGapInput, BandShown } from '../model/whatif-gaps.js';
import { dsQ, ptsQ, readPlaces, readQ, readStepQ, stepPlacesQ } from './grid.js';
import { type GainBase, gainToMeet, type Judged, meets, pointsAfter } from './threshold.js';

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

/** The level (best first) a percent falls in, judged as given. */
export function levelFor(scale: BandScale, percent: Q, judged: Judged): BandLevel | undefined {
  return scale.levels.find((l) => meets(percent, qDec(l.min), judged));
}

/**
 * The fewest additional points that put a unit in a band or a better one ("đạt loại Tốt trở
 * lên", "Hoàn thành tốt nhiệm vụ").
 *
 * The band is judged as scoring judges it: on the published index by default (80,00 % shown is
 * in the band from 80 %), or on the exact index with `classifyOn: 'exact'`. The answer is the
 * smallest multiple of `step` (0.01 by default) that gets there; one step less does not. Exact.
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
  const points = readQ(input.points, 'points', FN);
  const max = readQ(input.max, 'max', FN);
  if (qCmp(max, Q0) <= 0) throw new RangeError(`${FN}: max must be positive`);
  const rest = qSub(max, points);
  return bandGapExact(
    {
      points,
      raw: input.raw === undefined ? points : readQ(input.raw, 'raw', FN),
      ...(input.cap !== undefined ? { cap: readQ(input.cap, 'cap', FN) } : {}),
      max,
      band: input.band,
      judged: {
        on: input.classifyOn ?? 'published',
        places: readPlaces(input.places, FN),
        mode: input.rounding ?? 'half-up',
      },
      step: readStepQ(input.step, FN),
      available:
        input.available === undefined
          ? qCmp(rest, Q0) < 0
            ? Q0
            : rest
          : readQ(input.available, 'available', FN),
    },
    scale,
  );
}

/** {@link pointsNeededForBand} on exact numbers, already read. Internal. */
export interface BandGapExactInput {
  readonly points: Q;
  readonly raw: Q;
  readonly cap?: Q | undefined;
  readonly max: Q;
  readonly band: string;
  readonly judged: Judged;
  readonly step: Q;
  readonly available: Q;
}

/** The band gap on exact numbers (see {@link pointsNeededForBand}). Internal. */
export function bandGapExact(input: BandGapExactInput, scale: BandScale): BandGap {
  const level = scale.levels.find((l) => l.code === input.band);
  if (level === undefined) throw new RangeError(`${FN}: no band "${input.band}" in the scale`);
  const { points, max, judged, step, available } = input;
  const base: GainBase = {
    raw: input.raw,
    max,
    ...(input.cap !== undefined ? { cap: input.cap } : {}),
  };
  const indexOf = (p: Q): Q => qDiv(qMul(p, Q100), max);
  const index = indexOf(points);
  const current = levelFor(scale, index, judged);
  const min = qDec(level.min);
  const alreadyMet = meets(index, min, judged);
  const needed = alreadyMet ? Q0 : gainToMeet(base, min, judged, step);
  const newPoints = pointsAfter(base, needed);
  const reachable =
    alreadyMet || (qCmp(needed, available) <= 0 && meets(indexOf(newPoints), min, judged));
  const sp = stepPlacesQ(step);
  const label = level.label;
  const labelEn = level.labelEn ?? level.label;
  const from = `từ ${formatPercent(level.min, { trimZeros: true })}`;
  const fromEn = `from ${formatPercent(level.min, { trimZeros: true, lang: 'en' })}`;
  const [text, textEn] = alreadyMet
    ? [`Đã đạt loại ${label} trở lên`, `Already in band ${labelEn} or better`]
    : reachable
      ? [
          `Cần thêm ${ptsQ(needed, 'vi', sp)} điểm để đạt loại ${label} (${from})`,
          `${ptsQ(needed, 'en', sp)} more points needed for band ${labelEn} (${fromEn})`,
        ]
      : [
          `Không thể đạt loại ${label} (${from}): cần ${ptsQ(needed, 'vi', sp)} điểm nhưng chỉ còn ${ptsQ(available, 'vi', sp)} điểm có thể giành thêm`,
          `Cannot reach band ${labelEn} (${fromEn}): ${ptsQ(needed, 'en', sp)} points needed but only ${ptsQ(available, 'en', sp)} points can still be won`,
        ];
  return {
    reachable,
    alreadyMet,
    band: bandShown(level),
    ...(current !== undefined ? { currentBand: bandResult(current) } : {}),
    currentIndex: dsQ(index),
    pointsNeeded: dsQ(needed),
    available: dsQ(available),
    newPoints: dsQ(newPoints),
    newIndex: dsQ(indexOf(newPoints)),
    text,
    textEn,
  };
}
