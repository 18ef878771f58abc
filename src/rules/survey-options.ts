import { clamp, type Dec, dec, HUNDRED, sum, toDs, ZERO } from '../internal/decimal.js';
import type { RawValue } from '../model/assessment.js';
import type { SurveyOptionsRule } from '../model/scoring-rule.js';
import { describeRule } from './describe-rule.js';
import { emptyDenominatorWarning } from './ratio.js';
import type { RuleOutcome } from './rule-outcome.js';
import { num } from './rule-text.js';

/**
 * Executes a survey-options rule: `max × Σ(countᵢ × weightᵢ) / (100 × Σ countᵢ)`, clamped
 * to [0, max]. Counts may be shares. Options without a count count 0. No answers at all give
 * 0 points with an `empty_denominator` warning.
 *
 * @throws TypeError when the counts name an option the rule does not have.
 */
export function evaluateSurveyOptions(
  rule: SurveyOptionsRule,
  max: Dec,
  value: Extract<RawValue, { kind: 'answers' }>,
): RuleOutcome {
  const codes = new Set(rule.options.map((o) => o.code));
  for (const code of Object.keys(value.counts)) {
    if (!codes.has(code)) {
      throw new TypeError(`evaluateRule: survey answer option "${code}" is not in the rule`);
    }
  }
  const counts = rule.options.map((o) => ({ option: o, count: dec(value.counts[o.code] ?? 0) }));
  const total = sum(counts.map((c) => c.count));
  const weighted = sum(counts.map((c) => c.count.times(c.option.weight)));
  const empty = total.isZero();
  // Multiply first, divide once: the result is correctly rounded to 40 digits.
  const points = empty ? ZERO : max.times(weighted).dividedBy(HUNDRED.times(total));
  return {
    points: clamp(points, ZERO, max),
    ruleText: describeRule(rule, toDs(max)),
    inputText: counts.map((c) => `${c.option.code}: ${num(c.count)}`).join(', '),
    warnings: empty ? [emptyDenominatorWarning('survey')] : [],
  };
}
