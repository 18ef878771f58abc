import { clamp, type Dec, dec, toDs, ZERO } from '../internal/decimal.js';
import type { RawValue } from '../model/assessment.js';
import type { DeadlineRule } from '../model/scoring-rule.js';
import { daysBetween, viDate } from './calendar.js';
import { describeRule } from './describe-rule.js';
import type { RuleOutcome } from './rule-outcome.js';
import { num } from './rule-text.js';

/** A raw value a deadline rule reads: days late, or a completion date. */
export type DeadlineValue = Extract<RawValue, { kind: 'days-late' | 'date' }>;

/**
 * Executes a deadline rule: on time (≤ 0 days late) → max; else the first tier with
 * `days ≤ daysLate`; else `otherwise`. Clamped to [0, max]. A completion date is compared
 * with the rule's `due` in whole calendar days.
 *
 * @throws TypeError when a date is given but the rule has no due date, or a date is not ISO.
 */
export function evaluateDeadline(rule: DeadlineRule, max: Dec, value: DeadlineValue): RuleOutcome {
  let days: number;
  let detail = '';
  if (value.kind === 'date') {
    if (rule.due === undefined) {
      throw new TypeError('evaluateRule: a deadline rule without a due date cannot read a date');
    }
    days = daysBetween(rule.due, value.date);
    detail = ` (hoàn thành ${viDate(value.date)}, hạn ${viDate(rule.due)})`;
  } else {
    days = value.days;
  }
  let points: Dec;
  if (days <= 0) points = max;
  else {
    const tier = rule.tiers.find((t) => days <= t.daysLate);
    points = dec(tier === undefined ? rule.otherwise : tier.points);
  }
  return {
    points: clamp(points, ZERO, max),
    ruleText: describeRule(rule, toDs(max)),
    inputText: `${days <= 0 ? 'đúng hạn' : `chậm ${num(days)} ngày`}${detail}`,
    warnings: [],
  };
}
