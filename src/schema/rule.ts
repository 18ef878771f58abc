import { z } from 'zod';
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
  step: positiveSchema.optional(),
});

const yesNo = z.strictObject({
  kind: z.literal('yes-no'),
  yes: pointsSchema.optional(),
  no: pointsSchema.default(ZERO_DS),
});

const ratioTiers = z.strictObject({
  kind: z.literal('ratio-tiers'),
  direction: enumOf<'higher-better' | 'lower-better'>()(['higher-better', 'lower-better']).default(
    'higher-better',
  ),
  tiers: z.array(z.strictObject({ at: percentSchema, points: pointsSchema })).min(1),
  otherwise: pointsSchema.default(ZERO_DS),
});

const ratioLinear = z.strictObject({
  kind: z.literal('ratio-linear'),
  lower: percentSchema.default(ZERO_DS),
  upper: percentSchema.default('100' as DecimalString),
  origin: enumOf<'zero' | 'lower'>()(['zero', 'lower']).default('zero'),
});

const deduction = z.strictObject({
  kind: z.literal('deduction'),
  perItem: positiveSchema,
  floor: pointsSchema.default(ZERO_DS),
  freeItems: z.number().int().min(0).default(0),
});

const deadline = z.strictObject({
  kind: z.literal('deadline'),
  due: isoDateSchema.optional(),
  tiers: z
    .array(z.strictObject({ daysLate: z.number().int().min(1), points: pointsSchema }))
    .default([]),
  otherwise: pointsSchema.default(ZERO_DS),
});

const surveyOptions = z.strictObject({
  kind: z.literal('survey-options'),
  options: z
    .array(
      z.strictObject({ code: codeSchema, label: textSchema.optional(), weight: percentSchema }),
    )
    .min(1),
});

const surveyScale = z.strictObject({
  kind: z.literal('survey-scale'),
  min: decimalSchema,
  max: decimalSchema,
});

/** Every rule kind as authored (`kind` picks the shape). */
export const ruleSchema: z.ZodType<ScoringRuleDraft, unknown> = z.discriminatedUnion('kind', [
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
