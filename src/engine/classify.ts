import { qDec } from '../internal/rational.js';
import type { BandLevel, BandScale } from '../model/bands.js';
import type { DecimalString } from '../model/decimal-string.js';
import { parseDecimal } from '../parse/decimal-input.js';
import { levelOf } from './stage-score.js';

const PLAIN = /^-?\d+(\.\d+)?$/;

/**
 * The band of a percentage: the first level (best first) whose inclusive lower bound it
 * reaches, compared exactly. Scoring passes the published value (or the exact one with
 * `classifyOn: exact`); pass whichever your rule decides on.
 *
 * @param percent - A percentage (`"84.58"`, `84.58`, `"84,58"`).
 * @param scale - A validated band scale (levels best first, the lowest starting at 0).
 * @returns The level, or `undefined` for a negative percentage.
 * @throws RangeError when `percent` is not a number.
 * @example
 * classify('84.58', scale)?.label; // 'Tốt' with Tốt ≥ 80
 */
export function classify(
  percent: DecimalString | string | number,
  scale: BandScale,
): BandLevel | undefined {
  // The library's own outputs (40 significant digits) are taken whole; people's input is read.
  const value =
    typeof percent === 'string' && PLAIN.test(percent) ? percent : parseDecimal(percent);
  if (value === undefined) throw new RangeError(`classify: not a number: ${String(percent)}`);
  const i = levelOf(
    { levels: scale.levels, mins: scale.levels.map((l) => qDec(l.min)) },
    qDec(value),
  );
  return scale.levels[i];
}
