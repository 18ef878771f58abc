import * as z from 'zod/mini';
import type { DecimalString } from '../model/decimal-string.js';
import type { ScoringRule, YesNoRule } from '../model/scoring-rule.js';
import { isoDateSchema } from './date.js';
import { decimalSchema, percentSchema, pointsSchema, positiveSchema, ZERO_DS } from './decimal.js';
import { codeSchema, enumOf, textSchema } from './text.js';

/** A yes-no rule as written: `yes` defaults to the node's max, known only at the node. */
export interface YesNoRuleDraft extends Omit<YesNoRule, 'yes'> {
  readonly yes?: DecimalString | undefined;
}

/** A scoring rule as parsed, before the node fills the defaults that depend on its max. */
export type ScoringRuleDraft = Exclude<ScoringRule, YesNoRule> | YesNoRuleDraft;

const direct = z.strictObject({
  kind: z.literal('direct'),
  step: z.optional(positiveSchema),
});

const yesNo = z.strictObject({
  kind: z.literal('yes-no'),
  yes: z.optional(pointsSchema),
  no: z._default(pointsSchema, ZERO_DS),
});

const ratioTiers = z.strictObject({
  kind: z.literal('ratio-tiers'),
  direction: z._default(
    enumOf<'higher-better' | 'lower-better'>()(['higher-better', 'lower-better']),
    'higher-better',
  ),
  tiers: z.array(z.strictObject({ at: percentSchema, points: pointsSchema })).check(z.minLength(1)),
  otherwise: z._default(pointsSchema, ZERO_DS),
});

const ratioLinear = z.strictObject({
  kind: z.literal('ratio-linear'),
  lower: z._default(percentSchema, ZERO_DS),
  upper: z._default(percentSchema, '100' as DecimalString),
  origin: z._default(enumOf<'zero' | 'lower'>()(['zero', 'lower']), 'zero'),
});

const deduction = z.strictObject({
  kind: z.literal('deduction'),
  perItem: positiveSchema,
  floor: z._default(pointsSchema, ZERO_DS),
  freeItems: z._default(z.number().check(z.int(), z.gte(0)), 0),
});

const deadline = z.strictObject({
  kind: z.literal('deadline'),
  due: z.optional(isoDateSchema),
  tiers: z._default(
    z.array(
      z.strictObject({ daysLate: z.number().check(z.int(), z.gte(1)), points: pointsSchema }),
    ),
    [],
  ),
  otherwise: z._default(pointsSchema, ZERO_DS),
});

const surveyOptions = z.strictObject({
  kind: z.literal('survey-options'),
  options: z
    .array(
      z.strictObject({ code: codeSchema, label: z.optional(textSchema), weight: percentSchema }),
    )
    .check(z.minLength(1)),
});

const surveyScale = z.strictObject({
  kind: z.literal('survey-scale'),
  min: decimalSchema,
  max: decimalSchema,
});

/** Every rule kind as authored (`kind` picks the shape). */
export const ruleSchema: z.ZodMiniType<ScoringRuleDraft, unknown> = z.discriminatedUnion('kind', [
  direct,
  yesNo,
  ratioTiers,
  ratioLinear,
  deduction,
  deadline,
  surveyOptions,
  surveyScale,
]);

/** Fills the defaults that depend on the node's maximum (`yes` = max). */
export function resolveRule(rule: ScoringRuleDraft, max: DecimalString): ScoringRule {
  return rule.kind === 'yes-no' ? { kind: 'yes-no', yes: rule.yes ?? max, no: rule.no } : rule;
}
