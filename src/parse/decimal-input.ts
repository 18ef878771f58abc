import { D, toDs } from '../internal/decimal.js';
import type { DecimalString } from '../model/decimal-string.js';

/** Why a decimal input was rejected. */
export type DecimalInputProblem = 'not_a_number' | 'not_finite' | 'too_many_digits';

/** Outcome of {@link readDecimal}. */
export type DecimalRead =
  | {
      /** The input is a valid number. */
      readonly ok: true;
      /** The number, exact; a trailing `%` is dropped, not divided (`"95%"` gives `"95"`). */
      readonly value: DecimalString;
      /** True when the input ended with `%`. */
      readonly percentSign: boolean;
    }
  | {
      /** The input was refused. */
      readonly ok: false;
      /** Why it was refused. */
      readonly problem: DecimalInputProblem;
    };

// Digits before and after the separator that any score, ratio or count can need.
const MAX_INT_DIGITS = 15;
const MAX_FRACTION_DIGITS = 20;
const PLAIN = /^[+-]?(\d+)(?:\.(\d+))?$/;
// With both separators, dots may only group thousands before the one decimal comma: "1.234,5".
const GROUPED = /^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/;
// Ordinary, non-breaking and narrow spaces, zero-width characters and the BOM.
const SPACES = /\s|\u00a0|\u202f|\u200b|\u200c|\u200d|\ufeff/g;

/**
 * Reads a number as people type it: `74.42`, `"74,42"`, `"1.234,5"`, `"95%"`, `" 3 "`.
 * A comma is a decimal separator; when both `.` and `,` appear, dots must group thousands
 * (`"1.234,5"`); any other mix (`"5.0,5"`, `"1.2.3,4"`, `"1,234.5"`) is refused.
 * Exponents, NaN, infinities and absurdly long numbers are refused. Negative zero becomes 0.
 */
export function readDecimal(input: unknown): DecimalRead {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, problem: 'not_finite' };
    return fromText(String(input).includes('e') ? new D(input).toFixed() : String(input), false);
  }
  if (typeof input !== 'string') return { ok: false, problem: 'not_a_number' };
  let text = input.normalize('NFC').replace(SPACES, '');
  let percentSign = false;
  if (text.endsWith('%')) {
    percentSign = true;
    text = text.slice(0, -1);
  }
  if (text.includes(',')) {
    // "5.0,5" or "1.2.3,4" is a typing slip, not 50.5 or 123.4: refused, not guessed.
    if (text.includes('.')) {
      if (!GROUPED.test(text)) return { ok: false, problem: 'not_a_number' };
      text = text.replace(/\./g, '');
    }
    text = text.replace(',', '.');
  }
  return fromText(text, percentSign);
}

function fromText(text: string, percentSign: boolean): DecimalRead {
  const m = PLAIN.exec(text);
  if (!m) return { ok: false, problem: 'not_a_number' };
  const intDigits = (m[1] ?? '').replace(/^0+(?=\d)/, '');
  if (intDigits.length > MAX_INT_DIGITS || (m[2] ?? '').length > MAX_FRACTION_DIGITS) {
    return { ok: false, problem: 'too_many_digits' };
  }
  return { ok: true, value: toDs(new D(text)), percentSign };
}

/**
 * Parses a decimal input (see {@link readDecimal}) to an exact {@link DecimalString},
 * or `undefined` when it is not a valid number.
 *
 * @example
 * parseDecimal('74,42'); // '74.42'
 * parseDecimal(0.1);     // '0.1'
 */
export function parseDecimal(input: unknown): DecimalString | undefined {
  const r = readDecimal(input);
  return r.ok ? r.value : undefined;
}
