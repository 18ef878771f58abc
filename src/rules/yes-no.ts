import type { CompiledRule } from '../compile/compiled-rule.js';
import type { RawValue } from '../model/assessment.js';
import type { LeafOutcome } from './rule-outcome.js';

type Rule = Extract<CompiledRule, { kind: 'yes-no' }>;

/** Yes-no: Có → `yes` points, Không → `no` points (both already within [0, max]). */
export function evaluateYesNo(
  rule: Rule,
  value: Extract<RawValue, { kind: 'yes-no' }>,
): LeafOutcome {
  return { points: value.value ? rule.yes : rule.no };
}
