import type { CompiledRule } from '../compile/compiled-rule.js';
import type { RawValue } from '../model/assessment.js';
import { evaluateDeadline } from './deadline.js';
import { evaluateDeduction } from './deduction.js';
import { evaluateRatioLinear } from './ratio-linear.js';
import { evaluateRatioTiers } from './ratio-tiers.js';
import type { LeafOutcome } from './rule-outcome.js';
import { evaluateSurveyOptions } from './survey-options.js';
import { evaluateSurveyScale } from './survey-scale.js';
import { evaluateYesNo } from './yes-no.js';

/**
 * Executes a leaf's compiled rule on its raw value (criteria-format.md, "Scoring rules"): exact
 * points within [0, max]. A plain `switch` (with an exhaustiveness check) rather than ts-pattern,
 * because this runs once per leaf of every unit scored.
 *
 * @returns The outcome, or `undefined` when the value kind does not fit the rule (validation
 *   rules that out; `direct` takes no value).
 */
export function evaluateRule(rule: CompiledRule, value: RawValue): LeafOutcome | undefined {
  switch (rule.kind) {
    case 'direct':
      return undefined;
    case 'yes-no':
      return value.kind === 'yes-no' ? evaluateYesNo(rule, value) : undefined;
    case 'ratio-tiers':
      return value.kind === 'ratio' || value.kind === 'percent'
        ? evaluateRatioTiers(rule, value)
        : undefined;
    case 'ratio-linear':
      return value.kind === 'ratio' || value.kind === 'percent'
        ? evaluateRatioLinear(rule, value)
        : undefined;
    case 'deduction':
      return value.kind === 'count' ? evaluateDeduction(rule, value) : undefined;
    case 'deadline':
      return value.kind === 'days-late' || value.kind === 'date'
        ? evaluateDeadline(rule, value)
        : undefined;
    case 'survey-options':
      return value.kind === 'answers' ? evaluateSurveyOptions(rule, value) : undefined;
    case 'survey-scale':
      return value.kind === 'mean' ? evaluateSurveyScale(rule, value) : undefined;
    default:
      return unreachable(rule);
  }
}

function unreachable(rule: never): never {
  throw new TypeError(`evaluateRule: unknown rule ${JSON.stringify(rule)}`);
}
