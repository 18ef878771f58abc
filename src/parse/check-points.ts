import { dec } from '../internal/decimal.js';
import type { DecimalString } from '../model/decimal-string.js';
import type { Problem } from '../schema/problem.js';
import { showEn, showVi } from './show.js';

type Path = readonly (string | number)[];

/** What a checked number is, for messages. */
export type PointsWhat = readonly [vi: string, en: string];

/**
 * `negative_points`, `points_above_max` and (with a step) `step_mismatch` for one number.
 * `limit` names the upper bound in words: the node's max or an adjustment's cap.
 */
export function checkPoints(
  value: DecimalString,
  max: DecimalString,
  path: Path,
  what: PointsWhat,
  step?: DecimalString | undefined,
): Problem[] {
  const v = dec(value);
  if (v.isNegative()) {
    return [
      {
        code: 'negative_points',
        path,
        message: `${what[0]}: ${showVi(value)} là số âm; điểm không được âm.`,
        messageEn: `${what[1]}: ${showEn(value)} is negative; points cannot be negative.`,
      },
    ];
  }
  if (v.greaterThan(dec(max))) {
    return [
      {
        code: 'points_above_max',
        path,
        message: `${what[0]}: ${showVi(value)} vượt mức tối đa ${showVi(max)}.`,
        messageEn: `${what[1]}: ${showEn(value)} is above the maximum ${showEn(max)}.`,
      },
    ];
  }
  if (step !== undefined && !v.modulo(dec(step)).isZero()) {
    return [
      {
        code: 'step_mismatch',
        path,
        message: `${what[0]}: ${showVi(value)} không phải bội số của bước điểm ${showVi(step)}.`,
        messageEn: `${what[1]}: ${showEn(value)} is not a multiple of the step ${showEn(step)}.`,
      },
    ];
  }
  return [];
}
