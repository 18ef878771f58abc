import type { DecimalString } from '../../model/decimal-string.js';

// The limits of readDecimal (decimal-input.ts): digits before and after the separator.
const MAX_INT_DIGITS = 15;
const MAX_FRACTION_DIGITS = 20;

const ZERO = 48;
const NINE = 57;

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

// The spaces people leave in numbers ("95,5 %", "\u00a03"); readDecimal drops them anywhere.
// Other invisible characters are rare: the fast reader leaves them to readDecimal.
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f;
}

/**
 * The decimal string readDecimal gives for `text` when it is `[+-]digits[(.|,)digits][%]`
 * (spaces already removed); `undefined` for anything else or anything readDecimal refuses.
 * Grouped thousands ("1.234,5") are left to readDecimal.
 */
function fromText(t: string, allowPercent: boolean): DecimalString | undefined {
  const n = t.length;
  let i = 0;
  const first = t.charCodeAt(0);
  const negative = first === 45; // '-'
  if (negative || first === 43) i = 1; // '+'
  const intStart = i;
  while (i < n && isDigit(t.charCodeAt(i))) i++;
  const intEnd = i;
  if (intEnd === intStart) return undefined;
  let fracStart = i;
  let fracEnd = i;
  let dot = true;
  const sep = t.charCodeAt(i);
  if (sep === 46 || sep === 44) {
    dot = sep === 46;
    fracStart = ++i;
    while (i < n && isDigit(t.charCodeAt(i))) i++;
    fracEnd = i;
    if (fracEnd === fracStart) return undefined;
  }
  let percent = false;
  if (i < n && t.charCodeAt(i) === 37) {
    if (!allowPercent) return undefined;
    percent = true;
    i++;
  }
  if (i !== n || fracEnd - fracStart > MAX_FRACTION_DIGITS) return undefined;
  let z = intStart;
  while (z < intEnd - 1 && t.charCodeAt(z) === ZERO) z++;
  if (intEnd - z > MAX_INT_DIGITS) return undefined;
  let fe = fracEnd;
  while (fe > fracStart && t.charCodeAt(fe - 1) === ZERO) fe--;
  // Already canonical: the input is the value (no copy).
  if (first !== 43 && z === intStart && fe === fracEnd && dot && !percent) {
    if (!(fe === fracStart && intEnd - z === 1 && t.charCodeAt(z) === ZERO && negative)) {
      return t as DecimalString;
    }
  }
  const whole = t.slice(z, intEnd);
  const frac = fe > fracStart ? t.slice(fracStart, fe) : '';
  if (frac === '' && whole === '0') return '0' as DecimalString;
  return `${negative ? '-' : ''}${whole}${frac === '' ? '' : `.${frac}`}` as DecimalString;
}

function withoutSpaces(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) continue;
    out += s[i];
  }
  return out;
}

function fromString(s: string, allowPercent: boolean): DecimalString | undefined {
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s.charCodeAt(i))) {
      return fromText(withoutSpaces(s), allowPercent);
    }
  }
  return fromText(s, allowPercent);
}

// Texts of the numbers read so far: the same few hundred values (points on a grid, percents)
// recur in every file, and a lookup is cheaper than printing a double. Bounded.
const NUMBER_TEXT = new Map<number, DecimalString | null>();
const NUMBER_TEXT_MAX = 4096;

function fromNumber(x: number): DecimalString | undefined {
  const hit = NUMBER_TEXT.get(x);
  if (hit !== undefined) return hit ?? undefined;
  const text = numberText(x);
  if (NUMBER_TEXT.size < NUMBER_TEXT_MAX) NUMBER_TEXT.set(x, text ?? null);
  return text;
}

function numberText(x: number): DecimalString | undefined {
  // Below 1e15 a number has at most 15 integer digits; String() gives its shortest exact form,
  // without exponent from 1e-6 on, as readDecimal does. Smaller or larger: left to readDecimal.
  if (!(x > -1e15 && x < 1e15)) return undefined;
  const s = String(x);
  if (s.includes('e')) return undefined;
  const dot = s.indexOf('.');
  if (dot >= 0 && s.length - dot - 1 > MAX_FRACTION_DIGITS) return undefined;
  return s as DecimalString;
}

/**
 * The exact decimal string readDecimal would give for `raw`, for the plain spellings clerks use
 * (`9.5`, `"9,5"`, `" 95,5 %"`, `-0`); `undefined` when the input is anything else (then the full
 * parser decides). `allowPercent` accepts a trailing `%` (dropped, as readDecimal does).
 */
export function fastDecimal(raw: unknown, allowPercent: boolean): DecimalString | undefined {
  if (typeof raw === 'number') return fromNumber(raw);
  if (typeof raw === 'string') return fromString(raw, allowPercent);
  return undefined;
}

/** A canonical decimal string is negative (never `-0`). */
export function isNegativeDs(ds: string): boolean {
  return ds.charCodeAt(0) === 45;
}

function intEnd(ds: string, from: number): number {
  const dot = ds.indexOf('.', from);
  return dot < 0 ? ds.length : dot;
}

function compareAbs(a: string, ai: number, b: string, bi: number): number {
  const ae = intEnd(a, ai);
  const be = intEnd(b, bi);
  // Canonical: no leading zeros, so the longer integer part is the larger.
  if (ae - ai !== be - bi) return ae - ai < be - bi ? -1 : 1;
  for (let k = 0; k < ae - ai; k++) {
    const ca = a.charCodeAt(ai + k);
    const cb = b.charCodeAt(bi + k);
    if (ca !== cb) return ca < cb ? -1 : 1;
  }
  // Fractions digit by digit after the points, a missing digit read as 0.
  const n = Math.max(a.length - ae, b.length - be);
  for (let k = 1; k < n; k++) {
    const ca = ae + k < a.length ? a.charCodeAt(ae + k) : ZERO;
    const cb = be + k < b.length ? b.charCodeAt(be + k) : ZERO;
    if (ca !== cb) return ca < cb ? -1 : 1;
  }
  return 0;
}

/** Compares two canonical decimal strings exactly: -1, 0 or 1. */
export function compareDs(a: string, b: string): number {
  const an = isNegativeDs(a);
  const bn = isNegativeDs(b);
  if (an !== bn) return an ? -1 : 1;
  return an ? compareAbs(b, 1, a, 1) : compareAbs(a, 0, b, 0);
}

/** Digits after the point of a canonical decimal string. */
export function fractionDigits(ds: string): number {
  const dot = ds.indexOf('.');
  return dot < 0 ? 0 : ds.length - dot - 1;
}

/**
 * A non-negative canonical decimal times 10^`scale`, cut to an integer, and whether the cut lost
 * anything; `undefined` when the integer is not a safe JS integer.
 */
export function scaledFloor(
  ds: string,
  scale: number,
): { units: number; cut: boolean } | undefined {
  const dot = ds.indexOf('.');
  const whole = dot < 0 ? ds : ds.slice(0, dot);
  const frac = dot < 0 ? '' : ds.slice(dot + 1);
  const kept = frac.length > scale ? frac.slice(0, scale) : frac.padEnd(scale, '0');
  const units = Number(whole + kept);
  if (!Number.isSafeInteger(units)) return undefined;
  return { units, cut: frac.length > scale };
}
