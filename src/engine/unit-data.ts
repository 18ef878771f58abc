import type { Program } from '../compile/program.js';
import type { Int } from '../internal/int.js';
import type { Q } from '../internal/rational.js';
import type { Assessment, AssessmentEntry } from '../model/assessment.js';
import type { Stage } from '../model/score-result.js';
import type { RuleWarningCode } from '../rules/rule-outcome.js';
import type { Vec } from './vec.js';

/** Where a node's own score at a stage comes from; `NONE` when it has none. */
export const SRC = { NONE: 0, RULE: 1, POINTS: 2, SELF: 3, A1: 4, A2: 5 } as const;

/** A node's status at a stage (docs/scoring.md, "The tree"). */
export const STATUS = { SCORED: 0, NA: 1, OVERRIDDEN: 2, EMPTY: 3 } as const;

/** Stages in the order of their arrays. */
export const STAGES: readonly Stage[] = ['self', 'appraisal', 'final'];

/** Position of a stage in {@link UnitData} arrays. */
export function stageIndex(stage: Stage): 0 | 1 | 2 {
  return stage === 'self' ? 0 : stage === 'appraisal' ? 1 : 2;
}

/** One stage of a scored unit: every node's points, own-score source and status. */
export interface StageData {
  /** Points of each node (numerators over the unit's denominator). */
  readonly points: Vec;
  /** Source of each node's own score at this stage (see {@link SRC}). */
  readonly source: Uint8Array;
  /** Status of each node at this stage (see {@link STATUS}). */
  readonly status: Uint8Array;
}

/**
 * A unit run through its set's program: the compact, exact heart of a score result. Every
 * value is an integer numerator over `den`, the unit's common denominator.
 */
export interface UnitData {
  readonly program: Program;
  readonly assessment: Assessment;
  /** The entry of each node, by position. */
  readonly entries: readonly (AssessmentEntry | undefined)[];
  /** Common denominator of every value of the unit. */
  readonly den: Int;
  /** True when numerators are bigints. */
  readonly big: boolean;
  /** 1 where the node (or an ancestor) is not applicable. */
  readonly na: Uint8Array;
  /** Applicable maximum of each node. */
  readonly max: Vec;
  /** Sum of the fields' applicable maxima. */
  readonly unitMax: Int;
  /** Capped bonus and penalty totals. */
  readonly bonus: Int;
  readonly penalty: Int;
  /** Warning raised by each leaf's rule, if any. */
  readonly ruleWarning: readonly (RuleWarningCode | undefined)[];
  /** Leaves whose declared self-score differs from what their rule computes, with the computed value. */
  readonly mismatch: ReadonlyMap<number, Q>;
  /** The three stages, self, appraisal, final. */
  readonly stages: readonly [StageData, StageData, StageData];
}
