import type { CompiledRule } from '../compile/compiled-rule.js';
import type { RawValue } from '../model/assessment.js';
import { isoDayNumber } from './calendar.js';
import type { LeafOutcome } from './rule-outcome.js';

type Rule = Extract<CompiledRule, { kind: 'deadline' }>;

/** A raw value a deadline rule reads: days late, or a completion date. */
export type DeadlineValue = Extract<RawValue, { kind: 'days-late' | 'date' }>;

/** Days late: given, or from the completion date and the rule's due date (whole calendar days). */
export function daysLate(rule: Rule, value: DeadlineValue): number {
  if (value.kind === 'days-late') return value.days;
  if (rule.dueDay === undefined) {
    throw new TypeError('evaluateRule: a deadline rule without a due date cannot read a date');
  }
  return isoDayNumber(value.date) - rule.dueDay;
}

/** Deadline: on time (≤ 0 days late) → max; else the first tier with `days ≤ daysLate`; else `otherwise`. */
export function evaluateDeadline(rule: Rule, value: DeadlineValue): LeafOutcome {
  const days = daysLate(rule, value);
  if (days <= 0) return { points: rule.max };
  for (let i = 0; i < rule.daysLate.length; i++) {
    if (days <= (rule.daysLate[i] as number)) return { points: rule.points[i] as typeof rule.max };
  }
  return { points: rule.otherwise };
}
