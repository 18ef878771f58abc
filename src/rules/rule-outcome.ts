import type { Q } from '../internal/rational.js';

/** Codes of the warnings a rule can raise about its input. */
export type RuleWarningCode = 'ratio_above_100' | 'empty_denominator';

/** A warning raised while executing a rule: the points stand, but someone should look. */
export interface RuleWarning {
  /** `ratio_above_100`: a ratio above 100 % was used as is; `empty_denominator`: nothing to divide by. */
  readonly code: RuleWarningCode;
  /** Vietnamese message. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
}

/** What executing a leaf's rule gives: exact points in [0, max], and at most one warning. */
export interface LeafOutcome {
  /** Points, exact. */
  readonly points: Q;
  /** A warning about the input, if any. */
  readonly warning?: RuleWarningCode | undefined;
}
