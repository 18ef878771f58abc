import { match } from 'ts-pattern';
import type { Dec } from '../internal/decimal.js';
import type { RawValue } from '../model/assessment.js';
import type { ScoringRule } from '../model/scoring-rule.js';
import { evaluateDeadline } from './deadline.js';
import { evaluateDeduction } from './deduction.js';
import { evaluateRatioLinear } from './ratio-linear.js';
import { evaluateRatioTiers } from './ratio-tiers.js';
import type { RuleOutcome } from './rule-outcome.js';
import { evaluateSurveyOptions } from './survey-options.js';
import { evaluateSurveyScale } from './survey-scale.js';
import { evaluateYesNo } from './yes-no.js';

/**
 * Executes a leaf's scoring rule on its raw value (criteria-format.md, "Scoring rules").
 * Points are always within [0, max].
 *
 * @param rule - A validated rule (not `direct`: direct points need no rule).
 * @param max - The node's maximum points.
 * @param value - A raw value of a kind the rule accepts (see `acceptedValueKinds`).
 * @throws TypeError when the value kind does not fit the rule (see `acceptedValueKinds`), e.g. a
 *   date for a deadline without `due`: validation rules that out.
 */
export function evaluateRule(rule: ScoringRule, max: Dec, value: RawValue): RuleOutcome {
  const wrong = (): never => {
    throw new TypeError(`evaluateRule: a ${rule.kind} rule does not accept a ${value.kind} value`);
  };
  return match(rule)
    .with({ kind: 'direct' }, wrong)
    .with({ kind: 'yes-no' }, (r) =>
      value.kind === 'yes-no' ? evaluateYesNo(r, max, value) : wrong(),
    )
    .with({ kind: 'ratio-tiers' }, (r) =>
      value.kind === 'ratio' || value.kind === 'percent'
        ? evaluateRatioTiers(r, max, value)
        : wrong(),
    )
    .with({ kind: 'ratio-linear' }, (r) =>
      value.kind === 'ratio' || value.kind === 'percent'
        ? evaluateRatioLinear(r, max, value)
        : wrong(),
    )
    .with({ kind: 'deduction' }, (r) =>
      value.kind === 'count' ? evaluateDeduction(r, max, value) : wrong(),
    )
    .with({ kind: 'deadline' }, (r) =>
      value.kind === 'days-late' || value.kind === 'date'
        ? evaluateDeadline(r, max, value)
        : wrong(),
    )
    .with({ kind: 'survey-options' }, (r) =>
      value.kind === 'answers' ? evaluateSurveyOptions(r, max, value) : wrong(),
    )
    .with({ kind: 'survey-scale' }, (r) =>
      value.kind === 'mean' ? evaluateSurveyScale(r, max, value) : wrong(),
    )
    .exhaustive();
}
