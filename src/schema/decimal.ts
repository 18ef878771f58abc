import * as z from 'zod/mini';
import { dec } from '../internal/decimal.js';
import type { DecimalString } from '../model/decimal-string.js';
import { type DecimalInputProblem, readDecimal } from '../parse/decimal-input.js';
import { fieldProblem, type Problem, rawIssue } from './problem.js';

const WHY: Record<DecimalInputProblem, readonly [string, string]> = {
  not_a_number: ['không phải là số (viết như 9,5 hoặc 9.5)', 'is not a number (write it like 9.5)'],
  not_finite: ['không phải là một số hữu hạn', 'is not a finite number'],
  too_many_digits: ['có quá nhiều chữ số', 'has too many digits'],
};

function shown(input: unknown): string {
  return typeof input === 'string' ? `'${input}'` : String(input);
}

function decimalOf(acceptPercentSign: boolean): z.ZodMiniType<DecimalString, number | string> {
  return z.pipe(
    z.union([z.number(), z.string()]),
    z.transform((input, ctx) => {
      const r = readDecimal(input);
      let problem: Problem | undefined;
      if (!r.ok) {
        const [vi, en] = WHY[r.problem];
        problem = fieldProblem('invalid_number', `${shown(input)} ${vi}`, `${shown(input)} ${en}`);
      } else if (r.percentSign && !acceptPercentSign) {
        problem = fieldProblem(
          'invalid_number',
          `${shown(input)}: ở đây không dùng dấu %, chỉ ghi số`,
          `${shown(input)}: no % sign here, write the number only`,
        );
      }
      if (problem === undefined && r.ok) return r.value;
      if (problem) ctx.issues.push(rawIssue(problem, input));
      return z.NEVER;
    }),
  );
}

function bounded(
  schema: z.ZodMiniType<DecimalString, number | string>,
  test: (value: DecimalString) => boolean,
  vi: string,
  en: string,
): z.ZodMiniType<DecimalString, number | string> {
  return schema.check((ctx) => {
    if (!test(ctx.value)) {
      ctx.issues.push(rawIssue(fieldProblem('invalid_value', vi, en), ctx.value));
    }
  });
}

/** Any exact decimal: `9.5`, `"9,5"`, `"9.5"`. */
export const decimalSchema = decimalOf(false);

/** Points or a count-like decimal: 0 or more. */
export const pointsSchema = bounded(
  decimalSchema,
  (v) => !dec(v).isNegative(),
  'phải là số không âm (từ 0 trở lên)',
  'must not be negative',
);

/** A strictly positive decimal (a step, points per item). */
export const positiveSchema = bounded(
  decimalSchema,
  (v) => dec(v).greaterThan(0),
  'phải lớn hơn 0',
  'must be greater than 0',
);

/** A percentage from 0 to 100; a `%` sign is allowed. */
export const percentSchema = bounded(
  decimalOf(true),
  (v) => dec(v).greaterThanOrEqualTo(0) && dec(v).lessThanOrEqualTo(100),
  'phải là tỷ lệ phần trăm từ 0 đến 100',
  'must be a percentage from 0 to 100',
);

/** The DecimalString `"0"`, a common default. */
export const ZERO_DS = '0' as DecimalString;
