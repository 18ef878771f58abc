import type { Program } from '../compile/program.js';
import type { Q } from '../internal/rational.js';
import type { Assessment, AssessmentEntry } from '../model/assessment.js';
import type { Stage } from '../model/score-result.js';

/** Where a node's own score at a stage comes from; `NONE` when it has none. */
export const SRC = { NONE: 0, RULE: 1, POINTS: 2, SELF: 3, A1: 4, A2: 5 } as const;

/** A node's status at a stage (docs/scoring.md, "The tree"). */
export const STATUS = { SCORED: 0, NA: 1, OVERRIDDEN: 2, EMPTY: 3 } as const;

/** Warnings a leaf's rule raised, by code (0: none). */
export const RULE_WARNING = { NONE: 0, ABOVE_100: 1, EMPTY: 2 } as const;

/** Stages in the order of their arrays. */
export const STAGES: readonly Stage[] = ['self', 'appraisal', 'final'];

/** Position of a stage in {@link UnitData} arrays. */
export function stageIndex(stage: Stage): 0 | 1 | 2 {
  return stage === 'self' ? 0 : stage === 'appraisal' ? 1 : 2;
}

/**
 * One stage of a scored unit on the set's fixed-point grid. A node's exact points lie in
 * [points, points + inexact] grid units: `inexact` counts the own scores below it that are not
 * on the grid (0: `points` is exact). Decisions whose answer is the same at both ends of that
 * interval are taken at once; the others on the exact path.
 */
export interface StageData {
  /** ⌊points × scale⌋ of each node. */
  readonly points: Float64Array;
  /** How many own scores counted in each node are not exact on the grid. */
  readonly inexact: Uint32Array;
  /** Source of each node's own score at this stage (see {@link SRC}). */
  readonly source: Uint8Array;
  /** Status of each node at this stage (see {@link STATUS}). */
  readonly status: Uint8Array;
  /**
   * Rating level of each node at the rated depth (−1: not rated), written by `scoreStage`: kept
   * with the stage's other arrays (one buffer per unit), and the same each time it is decided.
   */
  readonly ratings: Int8Array;
}

/** A unit run through its set's program: the compact heart of a score result. */
export interface UnitData {
  readonly program: Program;
  readonly assessment: Assessment;
  /** The entry of each node, by position. */
  readonly entries: readonly (AssessmentEntry | undefined)[];
  /** 1 where the node (or an ancestor) is not applicable. */
  readonly na: Uint8Array;
  /** Applicable maximum of each node on the grid (exact). */
  readonly max: Float64Array;
  /** Sum of the fields' applicable maxima on the grid (exact). */
  readonly unitMax: number;
  /** Capped bonus and penalty totals, exact. */
  readonly bonus: Q;
  readonly penalty: Q;
  /** Warning raised by each leaf's rule (see {@link RULE_WARNING}). */
  readonly ruleWarning: Uint8Array;
  /** Leaves whose declared self-score differs from what their rule computes, with the computed value. */
  readonly mismatch: ReadonlyMap<number, Q>;
  /** The three stages, self, appraisal, final (shared when they do not differ). */
  readonly stages: readonly [StageData, StageData, StageData];
  /**
   * Take every decision on the exact path, never on the grid: only for checking that both
   * paths decide alike (test/engine and the benchmark compare them on the national workload).
   */
  readonly exactOnly?: boolean | undefined;
}
