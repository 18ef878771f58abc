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
  readonly code: string;
  readonly label: string;
  readonly labelEn?: string | undefined;
  readonly weak: boolean;
}

/** The score of one node of the tree at the chosen stage. All numbers unrounded. */
export interface NodeScore {
  readonly code: string;
  readonly name: string;
  readonly nameEn?: string | undefined;
  /** 1 for a field, 2 for a criterion, … */
  readonly depth: number;
  readonly method: ScoringMethod;
  readonly tags: readonly string[];
  /** False when the unit marked the node (or an ancestor) not applicable. */
  readonly applicable: boolean;
  /** Points obtained. */
  readonly points: DecimalString;
  /** Applicable maximum (0 when not applicable). */
  readonly max: DecimalString;
  /** Maximum in the criteria set. */
  readonly nominalMax: DecimalString;
  /** points ÷ max × 100; `"0"` when the applicable maximum is 0. */
  readonly percent: DecimalString;
  /** max − points. */
  readonly lost: DecimalString;
  /** Where the points come from. */
  readonly source: PointsSource;
  /** Self-assessment points of this node. */
  readonly selfPoints: DecimalString;
  /** Self points minus final points (điểm bị trừ khi thẩm định). */
  readonly lostAtAppraisal: DecimalString;
  /** For leaves scored by a rule. */
  readonly explanation?: LeafExplanation | undefined;
  /** The criterion rating, for nodes at the rated depth. */
  readonly rating?: NodeRating | undefined;
  /** The assessment entry for this node, if any (evidence, explanation). */
  readonly entry?: AssessmentEntry | undefined;
  /** Warnings about this node. */
  readonly warnings: readonly ScoreWarning[];
  readonly children: readonly NodeScore[];
}

/** A band given to the unit. */
export interface BandResult {
  readonly code: string;
  readonly label: string;
  readonly labelEn?: string | undefined;
}

/** A trigger that fired, with the reasons it fired. */
export interface FiredTrigger {
  readonly id: string;
  readonly label: string;
  readonly labelEn?: string | undefined;
  readonly action?: string | undefined;
  readonly due?: string | undefined;
  /** Why it fired, in Vietnamese (one line per condition that held). */
  readonly reasons: readonly string[];
  /** Why it fired, in English. */
  readonly reasonsEn: readonly string[];
}

/** Display values, rounded with the set's rounding (dot separator). */
export interface ShownTotals {
  readonly points: string;
  readonly max: string;
  readonly index: string;
}

/** The score of one assessment at one stage. */
export interface ScoreResult {
  readonly criteriaSet: {
    readonly id: string;
    readonly title: string;
    readonly titleEn?: string | undefined;
    readonly year?: number | undefined;
    readonly provenance: Provenance;
  };
  readonly unit: UnitInfo;
  readonly period: string;
  readonly stage: Stage;
  /** Total points: fields plus bonus minus penalty. */
  readonly points: DecimalString;
  /** Sum of the fields' points. */
  readonly basePoints: DecimalString;
  readonly bonus: DecimalString;
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
  readonly band?: BandResult | undefined;
  /** Scored fields, each with its subtree. */
  readonly fields: readonly NodeScore[];
  /** Rated criteria (empty when the set rates none). */
  readonly ratings: readonly NodeScore[];
  /** Triggers that fired. */
  readonly triggers: readonly FiredTrigger[];
  /** Total self points minus total final points. */
  readonly lostAtAppraisal: DecimalString;
  /** Every warning in the tree, in tree order. */
  readonly warnings: readonly ScoreWarning[];
}
