import type { CompiledRule } from '../compile/compiled-rule.js';
import { Q0, qCmp, qDiv, qMul, qSub } from '../internal/rational.js';
import { aboveHundred, type RatioValue, ratioPercent } from './ratio.js';
import type { LeafOutcome } from './rule-outcome.js';

type Rule = Extract<CompiledRule, { kind: 'ratio-linear' }>;

/**
 * Proportional ratio: below `lower` → 0; from `upper` → max; in between
 * `max × (ratio − origin) / (upper − origin)`, exact. A 0/0 ratio gives 0 with `empty_denominator`.
 */
export function evaluateRatioLinear(rule: Rule, value: RatioValue): LeafOutcome {
  const percent = ratioPercent(value);
  if (percent === undefined) return { points: Q0, warning: 'empty_denominator' };
  const points =
    qCmp(percent, rule.lower) < 0
      ? Q0
      : qCmp(percent, rule.upper) >= 0
        ? rule.max
        : qDiv(qMul(rule.max, qSub(percent, rule.origin)), qSub(rule.upper, rule.origin));
  return aboveHundred(percent) ? { points, warning: 'ratio_above_100' } : { points };
}
