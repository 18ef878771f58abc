import type { DecimalString } from '../model/decimal-string.js';
import { type RoundingMode, roundDecimal } from './round.js';

/** Language of human-facing output. */
export type Lang = 'vi' | 'en';

/** Options of {@link formatNumber} and {@link formatPercent}. */
export interface FormatOptions {
  /** Decimal places shown, 2 by default. */
  readonly places?: number | undefined;
  /** `vi` (default): `1.234,50`; `en`: `1,234.50`. */
  readonly lang?: Lang | undefined;
  /** Rounding, `half-up` by default. */
  readonly mode?: RoundingMode | undefined;
  /** Drop trailing zeros in the fraction (`0,5` rather than `0,50`). */
  readonly trimZeros?: boolean | undefined;
}

/**
 * Formats an exact decimal for people: rounded, with grouped thousands.
 * Exact: the digits come from the decimal string, never from a float.
 *
 * @example
 * formatNumber('1234.5');                 // '1.234,50'
 * formatNumber('1234.5', { lang: 'en' }); // '1,234.50'
 * formatNumber('0.5', { trimZeros: true }); // '0,5'
 */
export function formatNumber(
  value: DecimalString | string | number,
  options: FormatOptions = {},
): string {
  return formatRounded(
    roundDecimal(value, options.places ?? 2, options.mode ?? 'half-up'),
    options,
  );
}

/**
 * {@link formatNumber} of a value already rounded to its places, as `qToFixed` writes it
 * (`"-1234.50"`): only the separators and the trimming, for callers that rounded exactly
 * themselves and would otherwise have it parsed and rounded a second time. Internal.
 */
export function formatRounded(rounded: string, options: FormatOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const negative = rounded.startsWith('-');
  const body = negative ? rounded.slice(1) : rounded;
  // Cut at the point and drop trailing zeros by index: this runs for every number in every text.
  const dot = body.indexOf('.');
  const intPart = dot < 0 ? body : body.slice(0, dot);
  let end = body.length;
  if (dot >= 0 && options.trimZeros) while (end > dot + 1 && body.charCodeAt(end - 1) === 48) end--;
  const frac = dot < 0 ? '' : body.slice(dot + 1, end);
  const group = lang === 'vi' ? '.' : ',';
  const point = lang === 'vi' ? ',' : '.';
  const grouped = intPart.length <= 3 ? intPart : intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '-' : ''}${grouped}${frac.length > 0 ? point + frac : ''}`;
}

/**
 * Formats a percentage: `84,58 %` in Vietnamese (with a space, as published), `84.58%` in English.
 *
 * @example
 * formatPercent('84.575'); // '84,58 %'
 */
export function formatPercent(
  value: DecimalString | string | number,
  options: FormatOptions = {},
): string {
  const text = formatNumber(value, options);
  return (options.lang ?? 'vi') === 'vi' ? `${text} %` : `${text}%`;
}
