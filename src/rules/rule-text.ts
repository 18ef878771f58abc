import { formatNumber } from '../format/number-format.js';
import { type Dec, dec } from '../internal/decimal.js';
import type { DecimalString } from '../model/decimal-string.js';

/** Language of rule texts. */
export type RuleLang = 'vi' | 'en';

const PLAIN = /^-?\d+(?:\.(\d+))?$/;

/** A number in full (every decimal it has, trailing zeros dropped): `0,125`, `1.234,5`. */
export function num(value: Dec | DecimalString | string | number, lang: RuleLang = 'vi'): string {
  // Plain decimal strings (what the library holds) are written without building a Decimal.
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  const m = typeof text === 'string' ? PLAIN.exec(text) : null;
  if (m !== null) {
    return formatNumber(text as string, { places: m[1]?.length ?? 0, trimZeros: true, lang });
  }
  const d = typeof value === 'object' ? value : dec(value);
  return formatNumber(d.toFixed(), { places: d.decimalPlaces(), trimZeros: true, lang });
}

/** A percent threshold in full: `80 %` (vi) or `80%` (en). */
export function pct(value: Dec | DecimalString | string | number, lang: RuleLang = 'vi'): string {
  return lang === 'vi' ? `${num(value, lang)} %` : `${num(value, lang)}%`;
}

/** A computed percent shown to 2 places, trailing zeros dropped: `66,67 %`, `90 %`. */
export function shownPct(value: Dec, lang: RuleLang = 'vi'): string {
  const text = formatNumber(value.toFixed(), { places: 2, trimZeros: true, lang });
  return lang === 'vi' ? `${text} %` : `${text}%`;
}

/** Points with their unit: `0,5 điểm`, `1 point`, `0.5 points`. */
export function pts(value: Dec | DecimalString | string | number, lang: RuleLang = 'vi'): string {
  const d = typeof value === 'object' ? value : dec(value);
  if (lang === 'vi') return `${num(d, lang)} điểm`;
  return `${num(d, lang)} ${d.equals(1) ? 'point' : 'points'}`;
}
