import { digits, type Int, neg, sign } from '../internal/int.js';
import type { Lang } from './number-format.js';

/**
 * A published percent, held as an integer count of 10^−places, written for people as
 * `formatPercent` writes the same decimal (`7450` at 2 places: `"74,50 %"`, `"74.50%"`). Straight
 * from the integer's digits: the value is already rounded, so there is nothing to parse or round
 * (trigger reasons write one per node they name).
 *
 * @param n - The percent in units of 10^−places.
 * @param places - Decimal places shown (the set's rounding).
 * @param lang - `vi`: `1.234,50 %`; `en`: `1,234.50%`.
 * @returns The text, with grouped thousands and the language's decimal mark.
 */
export function formatScaledPercent(n: Int, places: number, lang: Lang): string {
  const negative = sign(n) < 0;
  const s = digits(negative ? neg(n) : n).padStart(places + 1, '0');
  const cut = s.length - places;
  const whole = s.slice(0, cut);
  const grouped =
    whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  const frac = places > 0 ? `${lang === 'vi' ? ',' : '.'}${s.slice(cut)}` : '';
  return `${negative ? '-' : ''}${grouped}${frac}${lang === 'vi' ? ' %' : '%'}`;
}
