import { formatNumber } from '../format/number-format.js';
import { roundDecimal } from '../format/round.js';
import { dec } from '../internal/decimal.js';
import type { BandLevel, BandScale } from '../model/bands.js';
import type { RankTarget, RankTargetVerdict } from '../model/ranking.js';
import type { ScoreResult } from '../model/score-result.js';
import type { BandTarget, BandTargetVerdict } from '../model/targets.js';
import { parseDecimal } from '../parse/decimal-input.js';

/**
 * Checks a rank against a target such as "6–9/17" (seed 001) or "6/12 or better" (seed 000).
 * Targets are floors: a rank better than `best` meets the target too, so the target is met
 * exactly when `rank ≤ worst`.
 *
 * @param rank - The rank obtained (1 = best).
 * @param of - Number of units in the block.
 * @param target - The target range.
 * @returns The verdict, with the places missed and a sentence in Vietnamese and English.
 * @throws RangeError when `rank` is not in 1..`of`, or the target is not 1 ≤ best ≤ worst.
 * @example
 * checkRankTarget(11, 17, { best: 6, worst: 9 }).text;
 * // 'Không đạt: hạng 11/17, mục tiêu 6–9/17, thiếu 2 bậc'
 */
export function checkRankTarget(rank: number, of: number, target: RankTarget): RankTargetVerdict {
  const { best, worst } = target;
  if (!Number.isInteger(of) || !Number.isInteger(rank) || rank < 1 || rank > of) {
    throw new RangeError(`checkRankTarget: rank ${rank}/${of} is not a rank`);
  }
  if (
    !Number.isInteger(worst) ||
    worst < 1 ||
    (best !== undefined && (!Number.isInteger(best) || best < 1 || best > worst))
  ) {
    throw new RangeError(`checkRankTarget: target ${best ?? ''}–${worst} is not a rank range`);
  }
  const met = rank <= worst;
  const missedBy = Math.max(0, rank - worst);
  const plural = (n: number): string => `${n} ${n === 1 ? 'place' : 'places'}`;
  const ranged = best !== undefined && best > 1 && best < worst;
  const goal = ranged ? `${best}–${worst}/${of}` : `${worst}/${of}`;
  const [more, moreEn] = ranged || worst === 1 ? ['', ''] : [' trở lên', ' or better'];
  const head = `hạng ${rank}/${of}, mục tiêu ${goal}${more}`;
  const headEn = `rank ${rank}/${of}, target ${goal}${moreEn}`;
  if (!met) {
    return {
      met,
      rank,
      missedBy,
      text: `Không đạt: ${head}, thiếu ${missedBy} bậc`,
      textEn: `Not met: ${headEn}, short by ${plural(missedBy)}`,
    };
  }
  const ahead = best !== undefined && rank < best ? best - rank : 0;
  return {
    met,
    rank,
    missedBy,
    text: `Đạt: ${head}${ahead > 0 ? `, vượt ${ahead} bậc` : ''}`,
    textEn: `Met: ${headEn}${ahead > 0 ? `, ${plural(ahead)} better` : ''}`,
  };
}

/**
 * Checks a classification target such as seed 004's "Khá or better, no weak criterion,
 * higher than last year".
 *
 * @param result - The unit's score.
 * @param target - The band to reach, and optionally no weak criterion and an index to beat.
 * @param scale - The band scale `result.band` comes from (levels best first).
 * @returns The verdict, with each part and a sentence in Vietnamese and English.
 * @throws RangeError when the target's band, or the result's band, is not in `scale`, or `above`
 *   is not a number.
 * @example
 * checkBandTarget(result, { atLeast: 'kha', noWeakCriterion: true }, scale).met;
 */
export function checkBandTarget(
  result: ScoreResult,
  target: BandTarget,
  scale: BandScale,
): BandTargetVerdict {
  const targetIndex = scale.levels.findIndex((l) => l.code === target.atLeast);
  const targetLevel = scale.levels[targetIndex];
  if (targetLevel === undefined) {
    throw new RangeError(`checkBandTarget: unknown band code "${target.atLeast}"`);
  }
  const band = result.band;
  const bandIndex = band === undefined ? -1 : scale.levels.findIndex((l) => l.code === band.code);
  if (band !== undefined && bandIndex < 0) {
    throw new RangeError(`checkBandTarget: band "${band.code}" of the result is not in the scale`);
  }
  const bandMet = band !== undefined && bandIndex <= targetIndex;
  const weakCriteria = result.ratings.filter((n) => n.rating?.weak === true).map((n) => n.code);

  // "trở lên" (or better) is pointless for the top band.
  const [more, moreEn] = targetIndex > 0 ? [' trở lên', ' or better'] : ['', ''];
  const parts = [
    `xếp loại ${band?.label ?? '(chưa xếp loại)'}, mục tiêu ${targetLevel.label}${more}`,
  ];
  const partsEn = [
    `band ${band ? labelEn(band) : '(none)'}, target ${labelEn(targetLevel)}${moreEn}`,
  ];

  let weakOk = true;
  if (target.noWeakCriterion === true) {
    weakOk = weakCriteria.length === 0;
    const list = weakCriteria.join(', ');
    parts.push(
      weakOk ? 'không có tiêu chí yếu' : `có ${weakCriteria.length} tiêu chí yếu (${list})`,
    );
    partsEn.push(
      weakOk
        ? 'no weak criterion'
        : `${weakCriteria.length} weak ${weakCriteria.length === 1 ? 'criterion' : 'criteria'} (${list})`,
    );
  }

  let aboveMet: boolean | undefined;
  if (target.above !== undefined) {
    const above = parseDecimal(target.above);
    if (above === undefined) {
      throw new RangeError(`checkBandTarget: "above" is not a number: ${target.above}`);
    }
    const now = roundDecimal(result.index, result.places);
    const before = roundDecimal(above, result.places);
    aboveMet = dec(now).greaterThan(dec(before));
    const fmt = (v: string, lang: 'vi' | 'en'): string =>
      formatNumber(v, { places: result.places, lang });
    parts.push(
      `chỉ số ${fmt(now, 'vi')} ${aboveMet ? 'cao hơn' : 'không cao hơn'} ${fmt(before, 'vi')}`,
    );
    partsEn.push(
      `index ${fmt(now, 'en')} ${aboveMet ? 'above' : 'not above'} ${fmt(before, 'en')}`,
    );
  }

  const met = bandMet && weakOk && aboveMet !== false;
  return {
    met,
    bandMet,
    weakCriteria,
    ...(aboveMet !== undefined ? { aboveMet } : {}),
    text: `${met ? 'Đạt' : 'Không đạt'}: ${parts.join('; ')}`,
    textEn: `${met ? 'Met' : 'Not met'}: ${partsEn.join('; ')}`,
  };
}

function labelEn(level: Pick<BandLevel, 'label' | 'labelEn'>): string {
  return level.labelEn ?? level.label;
}
