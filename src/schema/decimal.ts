import * as z from 'zod/mini';
import { dec } from '../internal/decimal.js';
import type { DecimalString } from '../model/decimal-string.js';
import { decimalField, NOT_NEGATIVE } from '../parse/field-values.js';
import { fieldProblem, rawIssue } from './problem.js';

function decimalOf(acceptPercentSign: boolean): z.ZodMiniType<DecimalString, number | string> {
  return z.pipe(
    z.union([z.number(), z.string()]),
    z.transform((input, ctx) => {
      const r = decimalField(input, acceptPercentSign);
      if (r.ok) return r.value;
      ctx.issues.push(rawIssue(r.problem, input));
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
  NOT_NEGATIVE.message,
  NOT_NEGATIVE.messageEn,
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
