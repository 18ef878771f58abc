import { dec } from '../internal/decimal.js';
import { foldText } from '../internal/fold-text.js';
import type { RawValue } from '../model/assessment.js';
import type { DecimalString } from '../model/decimal-string.js';
import type { Problem } from '../schema/problem.js';
import { readDecimal } from './decimal-input.js';
import { readDate } from './read-date.js';

/** A reader's verdict: the value, a problem with a value of its kind, or "not my kind". */
export type ReadOutcome = RawValue | readonly Problem[] | undefined;

const YES = new Set(['co', 'yes', 'true', 'x', '1', 'dat', 'da thuc hien']);
const NO = new Set(['khong', 'no', 'false', '0', 'khong dat', 'chua thuc hien']);

function invalid(message: string, messageEn: string, path: readonly (string | number)[] = []) {
  return [{ code: 'invalid_value', message, messageEn, path }] satisfies Problem[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

/** The object's own keys are exactly `keys`. */
function hasOnly(v: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(v);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(v, k));
}

/** The answer a yes/no word gives (see {@link readYesNo}), or `undefined` for another word. */
export function yesNoWord(text: string): boolean | undefined {
  const word = foldText(text);
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
}

/** Có/Không in any case or normal form, co/khong, yes/no, true/false, x, 1/0, đạt/không đạt. */
export function readYesNo(raw: unknown): ReadOutcome {
  if (typeof raw === 'boolean') return { kind: 'yes-no', value: raw };
  if (typeof raw !== 'number' && typeof raw !== 'string') return undefined;
  const value = yesNoWord(String(raw));
  return value === undefined ? undefined : { kind: 'yes-no', value };
}

function nonNegative(raw: unknown): DecimalString | 'negative' | undefined {
  const r = readDecimal(raw);
  if (!r.ok) return undefined;
  return dec(r.value).isNegative() ? 'negative' : r.value;
}

// Above this, a "percent" is no measurement: most likely a date Excel turned into its day number.
const MAX_PERCENT = 1000;
// Excel day numbers of 1 January 1990 and 31 December 2099; 25 569 is 1 January 1970.
const FIRST_SERIAL = 32_874;
const LAST_SERIAL = 73_050;
const UNIX_EPOCH_SERIAL = 25_569;

/** `dd/mm/yyyy` of an Excel day number in the plausible range, else undefined. */
function serialDate(percent: DecimalString): string | undefined {
  const n = dec(percent);
  if (!n.isInteger() || n.lessThan(FIRST_SERIAL) || n.greaterThan(LAST_SERIAL)) return undefined;
  const iso = new Date((n.toNumber() - UNIX_EPOCH_SERIAL) * 86_400_000).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function tooLargePercent(percent: DecimalString): readonly Problem[] {
  const date = serialDate(percent);
  const shown = percent.replace('.', ',');
  return invalid(
    `Tỷ lệ ${shown} % không thể đúng (tối đa ${MAX_PERCENT} %)${date ? `: có lẽ là ngày ${date} bị Excel đổi thành số` : ''}. Hãy nhập tỷ lệ phần trăm (95 hoặc 95,5%) hoặc tử số/mẫu số (45/50).`,
    `A ratio of ${percent}% cannot be right (at most ${MAX_PERCENT}%)${date ? `: probably the date ${date} turned into a number by Excel` : ''}. Enter a percentage (95 or 95.5%) or numerator/denominator (45/50).`,
  );
}

/** A percentage: `95`, `"95%"`, `"95,5 %"`; above 1 000 % (a date typed as a number) is refused. */
export function readPercent(raw: unknown): ReadOutcome {
  if (typeof raw === 'string' && raw.includes('/')) return undefined;
  const v = nonNegative(raw);
  if (v === 'negative') return invalid('Tỷ lệ không được âm.', 'A ratio cannot be negative.');
  if (v !== undefined && dec(v).greaterThan(MAX_PERCENT)) return tooLargePercent(v);
  return v === undefined ? undefined : { kind: 'percent', percent: v };
}

/** A ratio: `"45/50"` or `{ numerator, denominator }`. */
export function readRatio(raw: unknown): ReadOutcome {
  let parts: readonly unknown[];
  if (typeof raw === 'string' && raw.split('/').length === 2) parts = raw.split('/');
  else if (isRecord(raw) && hasOnly(raw, ['numerator', 'denominator'])) {
    parts = [raw['numerator'], raw['denominator']];
  } else return undefined;
  const [n, d] = parts.map(nonNegative);
  if (n === undefined || d === undefined) return undefined;
  if (n === 'negative' || d === 'negative') {
    return invalid(
      'Tử số và mẫu số không được âm.',
      'Numerator and denominator cannot be negative.',
    );
  }
  // 0/0 means nothing of the kind arose: scoring gives 0 with an empty_denominator warning.
  if (dec(d).isZero() && !dec(n).isZero()) {
    return invalid(
      'Mẫu số bằng 0 nhưng tử số khác 0; nếu trong kỳ không phát sinh, ghi 0/0 hoặc đánh dấu không áp dụng.',
      'The denominator is 0 but the numerator is not; if nothing arose, write 0/0 or mark the criterion not applicable.',
    );
  }
  return { kind: 'ratio', numerator: n, denominator: d };
}

function readInteger(raw: unknown): number | 'fraction' | undefined {
  const r = readDecimal(raw);
  if (!r.ok || r.percentSign) return undefined;
  const n = dec(r.value);
  if (!n.isInteger()) return 'fraction';
  return n.abs().lessThanOrEqualTo(Number.MAX_SAFE_INTEGER) ? n.toNumber() : undefined;
}

/** A whole count ≥ 0. */
export function readCount(raw: unknown): ReadOutcome {
  const n = readInteger(raw);
  if (n === undefined) return undefined;
  if (n === 'fraction' || n < 0) {
    return invalid('Số lượng phải là số nguyên không âm.', 'A count must be a whole number ≥ 0.');
  }
  return { kind: 'count', count: n };
}

/** Days late: a whole number or `{ daysLate }`. */
export function readDaysLate(raw: unknown): ReadOutcome {
  const inner = isRecord(raw) && hasOnly(raw, ['daysLate']) ? raw['daysLate'] : raw;
  if (typeof inner === 'string' && readDate(inner, true) !== undefined) return undefined;
  const n = readInteger(inner);
  if (n === undefined) return undefined;
  if (n === 'fraction') {
    return invalid('Số ngày chậm phải là số nguyên.', 'Days late must be a whole number.');
  }
  return { kind: 'days-late', days: n };
}

/** A completion date: ISO, `dd/mm/yyyy` or a YAML date. */
export function readCompletionDate(raw: unknown): ReadOutcome {
  const iso = readDate(raw, true);
  return iso === undefined ? undefined : { kind: 'date', date: iso };
}

/** A survey mean: a number, `"3,8"` or `{ mean }`. */
export function readMean(raw: unknown): ReadOutcome {
  const inner = isRecord(raw) && hasOnly(raw, ['mean']) ? raw['mean'] : raw;
  const r = readDecimal(inner);
  return r.ok && !r.percentSign ? { kind: 'mean', mean: r.value } : undefined;
}

/** Survey answers `{ A: 120, B: 30 }`; `options` are the rule's option codes. */
export function readAnswers(
  raw: unknown,
  options: ReadonlySet<string>,
  codeOf: (k: string) => string,
): ReadOutcome {
  if (!isRecord(raw)) return undefined;
  const problems: Problem[] = [];
  const counts: [string, DecimalString][] = [];
  for (const key of Object.keys(raw)) {
    const code = codeOf(key);
    const r = readDecimal(raw[key]);
    if (!options.has(code)) {
      const list = [...options].join(', ');
      problems.push({
        code: 'unknown_option',
        path: [key],
        message: `Không có phương án '${key}' trong câu hỏi này (các phương án: ${list}).`,
        messageEn: `There is no option '${key}' in this question (options: ${list}).`,
      });
    } else if (!r.ok || dec(r.value).isNegative()) {
      problems.push(
        ...invalid(
          `Số phiếu của phương án '${key}' phải là số không âm.`,
          `The count for option '${key}' must be a number ≥ 0.`,
          [key],
        ),
      );
    } else counts.push([code, r.value]);
  }
  // No answers at all scores 0 with an empty_denominator warning (docs/scoring.md), like 0/0.
  if (problems.length > 0) return problems;
  return { kind: 'answers', counts: Object.fromEntries(counts) };
}
