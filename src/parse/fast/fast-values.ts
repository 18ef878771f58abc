import type { RawValue } from '../../model/assessment.js';
import type { DecimalString } from '../../model/decimal-string.js';
import { yesNoWord } from '../value-readers.js';
import { compareDs, fastDecimal, isNegativeDs } from './fast-decimal.js';
import { codeOf, fastDate, isPlainObject } from './fast-text.js';

// The fast twins of value-readers.ts: each gives the value the full reader gives, or `undefined`
// whenever the full reader would refuse, report a problem, or the input is unusual.

// Words clerks type for yes/no, as they are read (bounded: a flood of distinct words stops adding).
const YES_NO = new Map<string, boolean>();
const YES_NO_MAX = 512;

/** `Có`, `x`, `true`, 1/0… (readYesNo). */
export function fastYesNo(raw: unknown): RawValue | undefined {
  if (typeof raw === 'boolean') return { kind: 'yes-no', value: raw };
  if (typeof raw === 'number') {
    return raw === 1
      ? { kind: 'yes-no', value: true }
      : raw === 0
        ? { kind: 'yes-no', value: false }
        : undefined;
  }
  if (typeof raw !== 'string') return undefined;
  let value = YES_NO.get(raw);
  if (value === undefined) {
    value = yesNoWord(raw);
    if (value === undefined) return undefined;
    if (YES_NO.size < YES_NO_MAX) YES_NO.set(raw, value);
  }
  return { kind: 'yes-no', value };
}

/** `o` has exactly the own keys `a` (and `b`), nothing inherited. */
function hasOnly(o: Record<string, unknown>, a: string, b?: string): boolean {
  let n = 0;
  for (const k in o) {
    if ((k !== a && k !== b) || !Object.hasOwn(o, k)) return false;
    n++;
  }
  return n === (b === undefined ? 1 : 2);
}

function ratio(n: DecimalString | undefined, d: DecimalString | undefined): RawValue | undefined {
  if (n === undefined || d === undefined || isNegativeDs(n) || isNegativeDs(d)) return undefined;
  if (d === '0' && n !== '0') return undefined;
  return { kind: 'ratio', numerator: n, denominator: d };
}

function percent(v: DecimalString | undefined): RawValue | undefined {
  if (v === undefined || isNegativeDs(v) || compareDs(v, '1000') > 0) return undefined;
  return { kind: 'percent', percent: v };
}

/** `"45/50"`, `{ numerator, denominator }`, `95`, `"95,5 %"` (readRatio, then readPercent). */
export function fastRatio(raw: unknown): RawValue | undefined {
  if (typeof raw === 'string') {
    const slash = raw.indexOf('/');
    if (slash < 0) return percent(fastDecimal(raw, true));
    if (raw.indexOf('/', slash + 1) >= 0) return undefined;
    return ratio(fastDecimal(raw.slice(0, slash), true), fastDecimal(raw.slice(slash + 1), true));
  }
  if (typeof raw === 'number') return percent(fastDecimal(raw, true));
  if (isPlainObject(raw) && hasOnly(raw, 'numerator', 'denominator')) {
    return ratio(fastDecimal(raw['numerator'], true), fastDecimal(raw['denominator'], true));
  }
  return undefined;
}

/** A whole count ≥ 0 (readCount). */
export function fastCount(raw: unknown): RawValue | undefined {
  const v = fastDecimal(raw, false);
  if (v === undefined || v.includes('.') || isNegativeDs(v)) return undefined;
  return { kind: 'count', count: Number(v) };
}

/** Days late, `{ daysLate }`, or (when the rule has a due date) a completion date. */
export function fastDeadline(raw: unknown, due: boolean): RawValue | undefined {
  const inner = isPlainObject(raw) && hasOnly(raw, 'daysLate') ? raw['daysLate'] : raw;
  // A number in this form is never a date, so the full reader's date test cannot intervene.
  const v = fastDecimal(inner, false);
  if (v !== undefined) return v.includes('.') ? undefined : { kind: 'days-late', days: Number(v) };
  if (!due || typeof raw !== 'string') return undefined;
  const date = fastDate(raw);
  return date === undefined ? undefined : { kind: 'date', date };
}

/** A survey mean: a number, `"3,8"` or `{ mean }` (readMean). */
export function fastMean(raw: unknown): RawValue | undefined {
  const inner = isPlainObject(raw) && hasOnly(raw, 'mean') ? raw['mean'] : raw;
  const v = fastDecimal(inner, false);
  return v === undefined ? undefined : { kind: 'mean', mean: v };
}

/** Survey answers `{ A: 120, B: 30 }` over the rule's option codes (readAnswers). */
export function fastAnswers(raw: unknown, options: ReadonlySet<string>): RawValue | undefined {
  if (!isPlainObject(raw)) return undefined;
  const counts: Record<string, DecimalString> = {};
  for (const key in raw) {
    if (!Object.hasOwn(raw, key)) return undefined;
    const code = codeOf(key);
    // Assigning `__proto__` would set the prototype; Object.fromEntries would not.
    if (!options.has(code) || code === '__proto__') return undefined;
    const v = fastDecimal(raw[key], true);
    if (v === undefined || isNegativeDs(v)) return undefined;
    counts[code] = v;
  }
  return { kind: 'answers', counts };
}
