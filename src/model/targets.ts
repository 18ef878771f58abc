import type { DecimalString } from './decimal-string.js';

/**
 * A classification target, e.g. seed 004's "every index Tốt or better, higher than last year,
 * with no weak criterion".
 */
export interface BandTarget {
  /** Code of the worst acceptable band: the result's band must be this one or a better one. */
  readonly atLeast: string;
  /** Also require that no rated criterion has a weak rating ("không có tiêu chí yếu"). */
  readonly noWeakCriterion?: boolean | undefined;
  /**
   * A previous index to beat (strictly higher), compared on values rounded to the result's
   * `places`, as published. Accepts `"74,42"` as well as `"74.42"`.
   */
  readonly above?: DecimalString | string | undefined;
}

/** Verdict on a {@link BandTarget}. */
export interface BandTargetVerdict {
  /** True when every part of the target is met. */
  readonly met: boolean;
  /** True when the result's band is the target band or a better one. */
  readonly bandMet: boolean;
  /** Codes of the rated nodes whose rating is weak, in the result's order (listed even when not required). */
  readonly weakCriteria: readonly string[];
  /** Whether the index beats `above`; absent when the target sets no `above`. */
  readonly aboveMet?: boolean | undefined;
  /** E.g. `"Không đạt: xếp loại Khá, mục tiêu Tốt trở lên; có 1 tiêu chí yếu (2.1)"`. */
  readonly text: string;
  /** The verdict in English. */
  readonly textEn: string;
}
