import type { AssessmentEntry, UnitInfo } from './assessment.js';
import type { ScoringMethod } from './criteria-node.js';
import type { Provenance } from './criteria-set.js';
import type { DecimalString } from './decimal-string.js';
import type { ScoringRuleKind } from './scoring-rule.js';

/**
 * Which scores to use:
 * - `self`: the unit's self-assessment (declared self-score, else what the rule computes);
 * - `appraisal`: appraisal round 1, else the self score;
 * - `final`: the latest appraisal round, else the self score.
 */
export type Stage = 'self' | 'appraisal' | 'final';

/** Codes of the warnings attached to scored nodes. */
export type ScoreWarningCode =
  | 'self_score_mismatch'
  | 'missing_evidence'
  | 'ratio_above_100'
  | 'missing_score'
  | 'children_ignored'
  | 'empty_denominator'
  | 'no_applicable_maximum';

/** A warning about a scored node: the score stands, but someone should look. */
export interface ScoreWarning {
  /** Kind of warning, stable for programs to test. */
  readonly code: ScoreWarningCode;
  /** Code of the node concerned (empty for the whole assessment). */
  readonly nodeCode: string;
  /** Vietnamese message. */
  readonly message: string;
  /** English message. */
  readonly messageEn: string;
}

/** Where a node's points come from at the chosen stage. */
export type PointsSource =
  | 'rule'
  | 'points'
  | 'self-score'
  | 'appraisal-1'
  | 'appraisal-2'
  | 'children'
  | 'missing'
  | 'not-applicable';

/**
 * Whether a node's points count at the chosen stage (docs/scoring.md, "The tree"):
 * - `scored`: counted in the total; rated, checked by triggers, a what-if item;
 * - `not-applicable`: the node or an ancestor does not apply to the unit (maximum 0);
 * - `overridden`: an ancestor has its own score at this stage, which counts instead;
 * - `empty`: applicable, but every child is not applicable, so its maximum is 0.
 * Only `scored` nodes are rated, fire triggers or are ranked by `rank --by`.
 */
export type NodeStatus = 'scored' | 'not-applicable' | 'overridden' | 'empty';

/** A node's values as published: rounded once, with the set's rounding (dot separator). */
export interface ShownNode {
  /** Points, rounded. */
  readonly points: string;
  /** Applicable maximum, rounded. */
  readonly max: string;
  /** Percent of the applicable maximum, rounded; ratings and triggers decide on it by default. */
  readonly percent: string;
}

/** How a leaf's points were computed: rule, input and result, in words. */
export interface LeafExplanation {
  /** The rule kind applied. */
  readonly rule: ScoringRuleKind;
  /** The rule in Vietnamese words. */
  readonly ruleText: string;
  /** The input in Vietnamese words, e.g. `"45/50 = 90 %"`. */
  readonly inputText: string;
  /** Points the rule computes (unrounded). */
  readonly points: DecimalString;
}

/** A rating given to a node (a criterion) by the set's criterion rating scale. */
export interface NodeRating {
  /** Code of the level in the set's criterion rating scale. */
  readonly code: string;
  /** Vietnamese label of the level. */
  readonly label: string;
  /** English label of the level. */
  readonly labelEn?: string | undefined;
  /** True when the level is a weak rating (tiêu chí yếu). */
  readonly weak: boolean;
}

/** The score of one node of the tree at the chosen stage. All numbers unrounded. */
export interface NodeScore {
  /** Code of the node in the criteria set, e.g. `"3.2.1"`. */
  readonly code: string;
  /** Vietnamese name. */
  readonly name: string;
  /** English name. */
  readonly nameEn?: string | undefined;
  /** 1 for a field, 2 for a criterion, … */
  readonly depth: number;
  /** How points are obtained: appraisal (thẩm định) or survey (điều tra xã hội học). */
  readonly method: ScoringMethod;
  /** Tags of the node in the criteria set. */
  readonly tags: readonly string[];
  /** False when the unit marked the node (or an ancestor) not applicable. */
  readonly applicable: boolean;
  /** Whether the node's points count at this stage, and if not, why. */
  readonly status: NodeStatus;
  /** Points obtained. */
  readonly points: DecimalString;
  /** Applicable maximum (0 when not applicable). */
  readonly max: DecimalString;
  /** Maximum in the criteria set. */
  readonly nominalMax: DecimalString;
  /** points ÷ max × 100; `"0"` when the applicable maximum is 0. */
  readonly percent: DecimalString;
  /** Points, maximum and percent as published (the set's rounding). */
  readonly shown: ShownNode;
  /** max − points. */
  readonly lost: DecimalString;
  /** Where the points come from. */
  readonly source: PointsSource;
  /** Self-assessment points of this node. */
  readonly selfPoints: DecimalString;
  /** Self points minus final points (điểm bị trừ khi thẩm định). */
  readonly lostAtAppraisal: DecimalString;
  /** For leaves scored by a rule or by points given directly. */
  readonly explanation?: LeafExplanation | undefined;
  /** Why the node is not counted or not rated, in Vietnamese (absent for `scored` nodes). */
  readonly note?: string | undefined;
  /** The same in English. */
  readonly noteEn?: string | undefined;
  /** The criterion rating, for `scored` nodes at the rated depth. */
  readonly rating?: NodeRating | undefined;
  /** The assessment entry for this node, if any (evidence, explanation). */
  readonly entry?: AssessmentEntry | undefined;
  /** Warnings about this node. */
  readonly warnings: readonly ScoreWarning[];
  /** Scores of the sub-nodes, in the set's order; empty for a leaf. */
  readonly children: readonly NodeScore[];
}

/** A band given to the unit. */
export interface BandResult {
  /** Code of the band level, e.g. `"tot"`. */
  readonly code: string;
  /** Vietnamese label (xếp loại), e.g. `"Tốt"`. */
  readonly label: string;
  /** English label. */
  readonly labelEn?: string | undefined;
}

/** A trigger that fired, with the reasons it fired. */
export interface FiredTrigger {
  /** Id of the trigger rule in the criteria set, e.g. `"remediation-plan"`. */
  readonly id: string;
  /** Vietnamese label. */
  readonly label: string;
  /** English label. */
  readonly labelEn?: string | undefined;
  /** What the unit must do (Vietnamese). */
  readonly action?: string | undefined;
  /** Due date of the action (ISO). */
  readonly due?: string | undefined;
  /** Why it fired, in Vietnamese (one line per condition that held). */
  readonly reasons: readonly string[];
  /** Why it fired, in English. */
  readonly reasonsEn: readonly string[];
}

/** Display values, rounded with the set's rounding (dot separator). */
export interface ShownTotals {
  /** Total points, rounded. */
  readonly points: string;
  /** Applicable maximum, rounded. */
  readonly max: string;
  /** Index in percent, rounded, e.g. `"84.58"`; ranks compare this value. */
  readonly index: string;
}

/** The score of one assessment at one stage. */
export interface ScoreResult {
  /** The criteria set scored against. */
  readonly criteriaSet: {
    /** Id of the set. */
    readonly id: string;
    /** Vietnamese title. */
    readonly title: string;
    /** English title. */
    readonly titleEn?: string | undefined;
    /** The year assessed, when the set is for one year. */
    readonly year?: number | undefined;
    /** Whether the set's numbers are official or illustrative. */
    readonly provenance: Provenance;
  };
  /** The unit assessed. */
  readonly unit: UnitInfo;
  /** Period assessed, e.g. `"2023"`. */
  readonly period: string;
  /** The stage scored: self-assessment, appraisal round 1 or final. */
  readonly stage: Stage;
  /**
   * Total points: fields plus bonus minus penalty, never below 0 and, unless the set says
   * `totalCap: none`, never above the applicable maximum.
   */
  readonly points: DecimalString;
  /** Sum of the fields' points. */
  readonly basePoints: DecimalString;
  /** Bonus points (điểm thưởng), each adjustment capped at its cap. */
  readonly bonus: DecimalString;
  /** Penalty points (điểm trừ), positive, each adjustment capped at its cap. */
  readonly penalty: DecimalString;
  /** Applicable maximum. */
  readonly max: DecimalString;
  /** Maximum in the criteria set. */
  readonly nominalMax: DecimalString;
  /** points ÷ max × 100, unrounded. */
  readonly index: DecimalString;
  /** Rounded display values. */
  readonly shown: ShownTotals;
  /** Decimal places used for `shown` and for ranking. */
  readonly places: number;
  /** Rounding mode of `shown` (the set's). */
  readonly roundingMode: 'half-up' | 'half-even';
  /** Whether bands, ratings and triggers decided on the published or the exact values. */
  readonly classifyOn: 'published' | 'exact';
  /**
   * Band (xếp loại), decided on the published index (or the exact one with `classifyOn: exact`);
   * absent when the set has no bands or the unit has no applicable maximum.
   */
  readonly band?: BandResult | undefined;
  /** Scored fields, each with its subtree (built on first use). */
  readonly fields: readonly NodeScore[];
  /** Rated criteria: `scored` nodes at the rated depth (empty when the set rates none). */
  readonly ratings: readonly NodeScore[];
  /** Triggers that fired. */
  readonly triggers: readonly FiredTrigger[];
  /** Total self points minus total final points. */
  readonly lostAtAppraisal: DecimalString;
  /** Every warning in the tree, in tree order. */
  readonly warnings: readonly ScoreWarning[];
}
