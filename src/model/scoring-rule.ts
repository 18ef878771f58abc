import type { DecimalString } from './decimal-string.js';

/** Points entered directly, from 0 to the node's maximum, optionally on a step grid. */
export interface DirectRule {
  /** Discriminant: points entered directly. */
  readonly kind: 'direct';
  /** When set, points must be a multiple of this step (e.g. `"0.25"`). */
  readonly step?: DecimalString | undefined;
}

/** Yes/no (Có/Không): `yes` points when done, `no` points otherwise. */
export interface YesNoRule {
  /** Discriminant: a yes/no (Có/Không) question. */
  readonly kind: 'yes-no';
  /** Points for "Có". Defaults to the node's maximum. */
  readonly yes: DecimalString;
  /** Points for "Không". Defaults to 0. */
  readonly no: DecimalString;
}

/** One step of a {@link RatioTiersRule}. */
export interface RatioTier {
  /** Percent threshold. Inclusive lower bound (`higher-better`) or inclusive upper bound (`lower-better`). */
  readonly at: DecimalString;
  /** Points given when this tier is the first that matches. */
  readonly points: DecimalString;
}

/**
 * Ratio tiers, e.g. "100 % → 1 điểm; từ 80 % đến dưới 100 % → 0,5; dưới 80 % → 0".
 * With `higher-better` the first tier whose `at` ≤ ratio applies (tiers in descending order);
 * with `lower-better` (late dossiers) the first tier whose `at` ≥ ratio applies (ascending).
 */
export interface RatioTiersRule {
  /** Discriminant: points by ratio tiers. */
  readonly kind: 'ratio-tiers';
  /** Whether a higher ratio is better (e.g. on-time dossiers) or a lower one (late dossiers). */
  readonly direction: 'higher-better' | 'lower-better';
  /** Tiers tried in order: descending `at` for `higher-better`, ascending for `lower-better`. */
  readonly tiers: readonly RatioTier[];
  /** Points when no tier matches. Defaults to 0. */
  readonly otherwise: DecimalString;
}

/**
 * Points proportional to a ratio: 0 below `lower`, the maximum from `upper` on, and in between
 * `max × (ratio − origin) / (upper − origin)` where origin is 0 or `lower`.
 */
export interface RatioLinearRule {
  /** Discriminant: points proportional to a ratio. */
  readonly kind: 'ratio-linear';
  /** Percent below which the points are 0. Defaults to 0. */
  readonly lower: DecimalString;
  /** Percent from which the maximum is given. Defaults to 100. */
  readonly upper: DecimalString;
  /** Whether the proportion starts at 0 % or at `lower`. Defaults to `zero`. */
  readonly origin: 'zero' | 'lower';
}

/** Deductions per counted item with a floor, e.g. "mỗi báo cáo chậm trừ 0,25 điểm". */
export interface DeductionRule {
  /** Discriminant: deductions per counted item. */
  readonly kind: 'deduction';
  /** Points deducted for each counted item beyond the free ones. */
  readonly perItem: DecimalString;
  /** Points never go below this. Defaults to 0. */
  readonly floor: DecimalString;
  /** Items tolerated before deductions start. Defaults to 0. */
  readonly freeItems: number;
}

/** One step of a {@link DeadlineRule}. */
export interface DeadlineTier {
  /** Applies when the task is late by at most this many days. */
  readonly daysLate: number;
  /** Points given when this tier is the first that matches. */
  readonly points: DecimalString;
}

/** Deadline met, or late by N days tiers ("chậm dưới 5 ngày: 0,5 điểm"). */
export interface DeadlineRule {
  /** Discriminant: deadline met or late by N days. */
  readonly kind: 'deadline';
  /** Due date (ISO). When present, a completion date can be given instead of days late. */
  readonly due?: string | undefined;
  /** Tiers for late completion, ascending by `daysLate`. On time gives the maximum. */
  readonly tiers: readonly DeadlineTier[];
  /** Points when later than every tier, or never done. Defaults to 0. */
  readonly otherwise: DecimalString;
}

/** One answer option of a survey question and the share of the points it earns. */
export interface SurveyOption {
  /** Option code as counted in the answers, e.g. `"A"`. */
  readonly code: string;
  /** Label shown to people, e.g. `"Rất hài lòng"`. */
  readonly label?: string | undefined;
  /** Percent of the question's points this answer earns (e.g. 100, 60, 20, 0). */
  readonly weight: DecimalString;
}

/** Survey question scored from the shares of its answer options. */
export interface SurveyOptionsRule {
  /** Discriminant: survey question scored by answer options. */
  readonly kind: 'survey-options';
  /** The answer options, each with the percent of the points it earns. */
  readonly options: readonly SurveyOption[];
}

/** Survey question scored from a mean answer on a scale: `max × (mean − min) / (max − min)`. */
export interface SurveyScaleRule {
  /** Discriminant: survey question scored from a mean on a scale. */
  readonly kind: 'survey-scale';
  /** Lowest answer of the scale (earns 0 points), e.g. `"1"`. */
  readonly min: DecimalString;
  /** Highest answer of the scale (earns the node's maximum), e.g. `"5"`; not a number of points. */
  readonly max: DecimalString;
}

/** Every scoring rule a leaf can carry. Rules are executed as code, never free text. */
export type ScoringRule =
  | DirectRule
  | YesNoRule
  | RatioTiersRule
  | RatioLinearRule
  | DeductionRule
  | DeadlineRule
  | SurveyOptionsRule
  | SurveyScaleRule;

/** The `kind` of every scoring rule. */
export type ScoringRuleKind = ScoringRule['kind'];
