import { match } from 'ts-pattern';
import type { RawValue } from '../model/assessment.js';
import type { ScoringRule } from '../model/scoring-rule.js';

/**
 * The raw value kinds a rule accepts. `direct` accepts none: its points are given directly.
 * A `deadline` accepts a date only when the rule has a due date.
 */
export function acceptedValueKinds(rule: ScoringRule): readonly RawValue['kind'][] {
  return match(rule)
    .with({ kind: 'direct' }, () => [] as const)
    .with({ kind: 'yes-no' }, () => ['yes-no'] as const)
    .with({ kind: 'ratio-tiers' }, { kind: 'ratio-linear' }, () => ['ratio', 'percent'] as const)
    .with({ kind: 'deduction' }, () => ['count'] as const)
    .with({ kind: 'deadline' }, (r) =>
      r.due === undefined ? (['days-late'] as const) : (['days-late', 'date'] as const),
    )
    .with({ kind: 'survey-options' }, () => ['answers'] as const)
    .with({ kind: 'survey-scale' }, () => ['mean'] as const)
    .exhaustive();
}
