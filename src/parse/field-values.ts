import type { DecimalString } from '../model/decimal-string.js';
import { fieldProblem, type Problem } from '../schema/problem.js';
import { type DecimalInputProblem, readDecimal } from './decimal-input.js';
import { readDate } from './read-date.js';

// Numbers and dates in fields of the authoring formats, read with the words of their problems;
// shared by the zod schemas (criteria sets) and the hand-written assessment shape check.

/** A field's value, or the problem that stops it. */
export type FieldRead<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: Problem };

const WHY: Record<DecimalInputProblem, readonly [string, string]> = {
  not_a_number: ['không phải là số (viết như 9,5 hoặc 9.5)', 'is not a number (write it like 9.5)'],
  not_finite: ['không phải là một số hữu hạn', 'is not a finite number'],
  too_many_digits: ['có quá nhiều chữ số', 'has too many digits'],
};

function shown(input: unknown): string {
  return typeof input === 'string' ? `'${input}'` : String(input);
}

/** A decimal field (`9.5`, `"9,5"`); a `%` sign only where `acceptPercentSign`. */
export function decimalField(
  input: number | string,
  acceptPercentSign: boolean,
): FieldRead<DecimalString> {
  const r = readDecimal(input);
  if (!r.ok) {
    const [vi, en] = WHY[r.problem];
    return {
      ok: false,
      problem: fieldProblem('invalid_number', `${shown(input)} ${vi}`, `${shown(input)} ${en}`),
    };
  }
  if (r.percentSign && !acceptPercentSign) {
    return {
      ok: false,
      problem: fieldProblem(
        'invalid_number',
        `${shown(input)}: ở đây không dùng dấu %, chỉ ghi số`,
        `${shown(input)}: no % sign here, write the number only`,
      ),
    };
  }
  return { ok: true, value: r.value };
}

/** The problem of a negative number where points (0 or more) are expected. */
export const NOT_NEGATIVE: Problem = fieldProblem(
  'invalid_value',
  'phải là số không âm (từ 0 trở lên)',
  'must not be negative',
);

/** A date field: ISO (or a YAML date), and `dd/mm/yyyy` where `vietnamese`. */
export function dateField(value: string | Date, vietnamese: boolean): FieldRead<string> {
  const iso = readDate(value, vietnamese);
  if (iso !== undefined) return { ok: true, value: iso };
  const hint = vietnamese ? 'YYYY-MM-DD hoặc dd/mm/yyyy' : 'YYYY-MM-DD';
  const shownDate = value instanceof Date ? String(value) : `'${value}'`;
  return {
    ok: false,
    problem: fieldProblem(
      'invalid_date',
      `${shownDate} không phải là ngày hợp lệ (viết ${hint}, ví dụ 2023-11-30)`,
      `${shownDate} is not a valid date (write ${hint}, e.g. 2023-11-30)`,
    ),
  };
}
