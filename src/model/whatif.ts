import type { Assessment, PointsUncertainty, RawValue } from './assessment.js';
import type { ScoringMethod } from './criteria-node.js';
import type { CriteriaSet } from './criteria-set.js';
import type { DecimalInput, DecimalString } from './decimal-string.js';
import type { Ranking } from './ranking.js';
import type { BandResult, ScoreResult, Stage } from './score-result.js';

/** Another unit of the same block, as seen by the what-if functions. */
export interface PeerIndex {
  /** Stable identifier of the unit. */
  readonly id?: string | undefined;
  /** Display name, e.g. `"Huyện Thanh Hà"`. */
  readonly name: string;
  /** Its index, unrounded or as published (rounding a published value changes nothing). */
  readonly index: DecimalInput;
}

/** A peer as shown in a what-if answer. */
export interface PeerShown {
  /** Stable identifier, when given. */
  readonly id?: string | undefined;
  /** Display name. */
  readonly name: string;
  /** The index given. */
  readonly index: DecimalString;
  /** The index as published (rounded half-up, dot separator), on which ranks are compared. */
  readonly shown: string;
}

/** Input of {@link pointsNeededForRank}. */
export interface RankGapInput {
  /** The unit's current points (unrounded). */
  readonly points: DecimalInput;
  /** The unit's applicable maximum (must be positive). */
  readonly max: DecimalInput;
  /** The other units of the block, held fixed. */
  readonly others: readonly PeerIndex[];
  /** Target: rank ≤ k (e.g. 6 for "thứ 6/12 trở lên"; 9 for "từ 6 đến 9/17"). */
  readonly k: number;
  /** Decimal places of the published index, on which ranks are compared (default 2). */
  readonly places?: number | undefined;
  /** Points the unit can still win (default `max − points`). */
  readonly available?: DecimalInput | undefined;
  /** Grid of the additional points: a multiple of this step (default `0.01`). */
  readonly step?: DecimalInput | undefined;
  /** The unit's name, used in texts only. */
  readonly name?: string | undefined;
}

/** Answer of {@link pointsNeededForRank}. */
export interface RankGap {
  /** True when the target can be reached within the available points (or is met already). */
  readonly reachable: boolean;
  /** True when the unit already meets the target. */
  readonly alreadyMet: boolean;
  /** Minimum additional points on the grid (0 when met); given even when not reachable. */
  readonly pointsNeeded: DecimalString;
  /** Points the unit can still win. */
  readonly available: DecimalString;
  /** The current index (unrounded). */
  readonly currentIndex: DecimalString;
  /** The current rank in the block. */
  readonly currentRank: number;
  /** Points after adding `pointsNeeded` (hypothetical when not reachable). */
  readonly newPoints: DecimalString;
  /** Index after adding `pointsNeeded` (unrounded). */
  readonly newIndex: DecimalString;
  /** `newIndex` as published. */
  readonly newIndexShown: string;
  /** Rank after adding `pointsNeeded`. */
  readonly newRank: number;
  /** Number of units in the block (others + 1). */
  readonly of: number;
  /** The target rank. */
  readonly k: number;
  /** The unit to catch up with or pass: the one holding the k-th place among the others. */
  readonly unitToPass?: PeerShown | undefined;
  /** E.g. `"Cần thêm 2,37 điểm để đạt hạng 6/12 (vượt Huyện X 86,45 %)"`. */
  readonly text: string;
  /** The same in English. */
  readonly textEn: string;
}

/** Input of {@link pointsNeededForBand}. */
export interface BandGapInput {
  /** The unit's current points (unrounded). */
  readonly points: DecimalInput;
  /** The unit's applicable maximum (must be positive). */
  readonly max: DecimalInput;
  /** Code of the target band: this band or a better one ("trở lên"). */
  readonly band: string;
  /** Points the unit can still win (default `max − points`). */
  readonly available?: DecimalInput | undefined;
  /** Grid of the additional points (default `0.01`). */
  readonly step?: DecimalInput | undefined;
}

/** A band as named in answers. */
export interface BandShown extends BandResult {
  /** Inclusive lower bound, percent. */
  readonly min: DecimalString;
}

/** Answer of {@link pointsNeededForBand}. Bands are judged on the unrounded index. */
export interface BandGap {
  /** True when the band can be reached within the available points (or is met already). */
  readonly reachable: boolean;
  /** True when the unit is already in the band or a better one. */
  readonly alreadyMet: boolean;
  /** The target band. */
  readonly band: BandShown;
  /** The band now, if any. */
  readonly currentBand?: BandResult | undefined;
  /** The current index (unrounded). */
  readonly currentIndex: DecimalString;
  /** Minimum additional points on the grid (0 when met). */
  readonly pointsNeeded: DecimalString;
  /** Points the unit can still win. */
  readonly available: DecimalString;
  /** Points after adding `pointsNeeded`. */
  readonly newPoints: DecimalString;
  /** Index after adding `pointsNeeded` (unrounded). */
  readonly newIndex: DecimalString;
  /** E.g. `"Cần thêm 1,25 điểm để đạt loại Tốt (từ 80 %)"`. */
  readonly text: string;
  /** The same in English. */
  readonly textEn: string;
}

/** A rated criterion given to {@link pointsNeededForNoWeakCriterion}. */
export interface RatedCriterionInput {
  /** Node code. */
  readonly code: string;
  /** Node name. */
  readonly name: string;
  /** Current points (unrounded). */
  readonly points: DecimalInput;
  /** Applicable maximum (0 = not applicable: skipped). */
  readonly max: DecimalInput;
  /** Points it can still win (default `max − points`). */
  readonly available?: DecimalInput | undefined;
}

/** What one weak criterion needs to leave the weak ratings. */
export interface WeakCriterionGap {
  /** Node code. */
  readonly code: string;
  /** Node name. */
  readonly name: string;
  /** Current points. */
  readonly points: DecimalString;
  /** Applicable maximum. */
  readonly max: DecimalString;
  /** Current percent (unrounded). */
  readonly percent: DecimalString;
  /** Its weak rating now. */
  readonly rating: BandResult;
  /** The lowest rating that is not weak. */
  readonly target: BandShown;
  /** Minimum additional points on the grid. */
  readonly pointsNeeded: DecimalString;
  /** Points it can still win. */
  readonly available: DecimalString;
  /** Whether `pointsNeeded ≤ available`. */
  readonly reachable: boolean;
}

/** Answer of {@link pointsNeededForNoWeakCriterion}. */
export interface NoWeakGap {
  /** True when every weak criterion can be lifted out (or none is weak). */
  readonly reachable: boolean;
  /** Sum of the points needed over the weak criteria. */
  readonly pointsNeeded: DecimalString;
  /** The weak criteria, in input order. */
  readonly criteria: readonly WeakCriterionGap[];
  /** E.g. `"2 tiêu chí yếu; cần thêm tổng 1,5 điểm: 2.1 +0,5 điểm; 5.3 +1 điểm"`. */
  readonly text: string;
  /** The same in English. */
  readonly textEn: string;
}

/** One criterion (leaf or any node) that a plan may improve. */
export interface PlanItem {
  /** Node code. */
  readonly code: string;
  /** Node name. */
  readonly name: string;
  /** Current points. */
  readonly current: DecimalInput;
  /** Applicable maximum. */
  readonly max: DecimalInput;
  /** Cost of one point (default 1); must not be negative. */
  readonly costPerPoint?: DecimalInput | undefined;
  /** Scoring method; `survey` items are locked unless `locked: false`. */
  readonly method?: ScoringMethod | undefined;
  /** Explicitly lock (true) or unlock (false) the item. */
  readonly locked?: boolean | undefined;
  /** Most additional points the plan may take from this item. */
  readonly cap?: DecimalInput | undefined;
  /** The item only gives all its missing points at once (e.g. a yes-no criterion). */
  readonly allOrNothing?: boolean | undefined;
  /** Cost of an all-or-nothing item (default: its gain × `costPerPoint`). */
  readonly fixedCost?: DecimalInput | undefined;
}

/** Options of {@link planCheapest}. */
export interface PlanOptions {
  /** Grid of the gains (default `0.01`). */
  readonly step?: DecimalInput | undefined;
}

/** One step of a plan. */
export interface PlanStep {
  /** Node code. */
  readonly code: string;
  /** Node name. */
  readonly name: string;
  /** Points now. */
  readonly from: DecimalString;
  /** Points after the step. */
  readonly to: DecimalString;
  /** `to − from`. */
  readonly gain: DecimalString;
  /** Cost of the step. */
  readonly cost: DecimalString;
  /** Whether the item is all-or-nothing. */
  readonly allOrNothing: boolean;
}

/** Answer of {@link planCheapest}. */
export interface CheapestPlan {
  /** True when the goal can be met. */
  readonly feasible: boolean;
  /** The points asked for. */
  readonly goal: DecimalString;
  /** The most points the unlocked items can give (on the grid). */
  readonly maxGain: DecimalString;
  /** Sum of the steps' gains. */
  readonly totalGain: DecimalString;
  /** Sum of the steps' costs. */
  readonly totalCost: DecimalString;
  /** Steps, cheapest cost per point first. When infeasible: everything that can be gained. */
  readonly steps: readonly PlanStep[];
  /** E.g. `"Phương án rẻ nhất: 1.2 +0,5 điểm (chi phí 0,5); … Tổng: +1,5 điểm, chi phí 1,5"`. */
  readonly text: string;
  /** The same in English. */
  readonly textEn: string;
}

/** A node whose points are uncertain, for {@link monteCarloRanks}. */
export interface UncertainNode {
  /** Node code. */
  readonly code: string;
  /** Node name. */
  readonly name?: string | undefined;
  /** Points now (the centre for a standard error). */
  readonly points: DecimalInput;
  /** Applicable maximum: draws are clamped to [0, max]. */
  readonly max: DecimalInput;
  /** The uncertainty; a node without one stays fixed. */
  readonly uncertainty?: PointsUncertainty | undefined;
}

/** A unit for {@link monteCarloRanks}. */
export interface UncertainUnit {
  /** Stable identifier, unique. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Ranking block (default `""`: one block). */
  readonly block?: string | undefined;
  /** Total points now (including fixed parts, bonus and penalty). */
  readonly points: DecimalInput;
  /** Applicable maximum (positive). */
  readonly max: DecimalInput;
  /** Uncertain nodes; they must not overlap (no node under another). */
  readonly nodes: readonly UncertainNode[];
  /** Target rank: rank ≤ target. */
  readonly target?: number | undefined;
}

/** Options of {@link monteCarloRanks}. */
export interface MonteCarloOptions {
  /** Number of draws (default 10 000). */
  readonly draws?: number | undefined;
  /** Seed of the pseudo-random generator (default 1); same seed and input → same output. */
  readonly seed?: number | undefined;
  /** Decimal places of the published index, on which ranks are compared (default 2). */
  readonly places?: number | undefined;
  /** Share of draws in each tail for the sensitivity table (default 0.1: lowest and highest 10 %). */
  readonly tail?: number | undefined;
}

/** How often a unit got one rank. */
export interface RankProbability {
  /** The rank. */
  readonly rank: number;
  /** Draws with this rank. */
  readonly count: number;
  /** `count ÷ draws`, exact. */
  readonly probability: DecimalString;
}

/** How much one uncertain node moves its unit's rank. */
export interface NodeSensitivity {
  /** Node code. */
  readonly code: string;
  /** Node name. */
  readonly name: string;
  /** Mean drawn points over the low tail (4 decimals). */
  readonly low: DecimalString;
  /** Mean drawn points over the high tail (4 decimals). */
  readonly high: DecimalString;
  /** Mean rank over the draws where the node was in its low tail. */
  readonly expectedRankLow: DecimalString;
  /** Mean rank over the draws where the node was in its high tail. */
  readonly expectedRankHigh: DecimalString;
  /** `expectedRankLow − expectedRankHigh`: places gained from low to high. */
  readonly swing: DecimalString;
}

/** The rank distribution of one unit. */
export interface UnitRankDistribution {
  /** Unit id. */
  readonly unitId: string;
  /** Unit name. */
  readonly unitName: string;
  /** Block. */
  readonly block: string;
  /** Units in the block. */
  readonly of: number;
  /** Rank with the current points, no uncertainty. */
  readonly currentRank: number;
  /** Mean rank over the draws, exact. */
  readonly expectedRank: DecimalString;
  /** Ranks that occurred, best first. */
  readonly ranks: readonly RankProbability[];
  /** 5th percentile of the rank (the better end of the 90 % band). */
  readonly rankP5: number;
  /** 95th percentile of the rank (the worse end). */
  readonly rankP95: number;
  /** The target rank, when given. */
  readonly target?: number | undefined;
  /** Probability of rank ≤ target, exact; present when a target is given. */
  readonly targetProbability?: DecimalString | undefined;
  /** Uncertain nodes by decreasing swing. */
  readonly sensitivity: readonly NodeSensitivity[];
  /** A sentence in Vietnamese. */
  readonly text: string;
  /** The same in English. */
  readonly textEn: string;
}

/** Answer of {@link monteCarloRanks}. */
export interface MonteCarloResult {
  /** Draws made. */
  readonly draws: number;
  /** Seed used. */
  readonly seed: number;
  /** Decimal places compared. */
  readonly places: number;
  /** One distribution per unit, in input order. */
  readonly units: readonly UnitRankDistribution[];
}

/** One change of a scenario, applied to one unit's assessment before re-scoring. */
export type ScenarioChange =
  /** Set a node's points (any level; a parent's own points override its children's). */
  | { readonly unitId: string; readonly code: string; readonly points: DecimalInput }
  /** Add points to a node's current points (clamped to [0, the node's maximum]). */
  | { readonly unitId: string; readonly code: string; readonly add: DecimalInput }
  /** Set a leaf's raw value; its scoring rule computes the points. */
  | { readonly unitId: string; readonly code: string; readonly value: RawValue };

/** Input of {@link simulateScenario}. */
export interface ScenarioInput {
  /** The criteria set, or several (each assessment uses the one with its `criteriaSetId`). */
  readonly set: CriteriaSet | readonly CriteriaSet[];
  /** Every unit's assessment (the whole block, so ranks can move). */
  readonly assessments: readonly Assessment[];
  /** The changes to apply. */
  readonly changes: readonly ScenarioChange[];
  /** Stage scored (default `final`). */
  readonly stage?: Stage | undefined;
  /** Decimal places compared when ranking (default: the results' places). */
  readonly places?: number | undefined;
}

/** A unit's standing at one side of a scenario. */
export interface UnitSnapshot {
  /** Total points. */
  readonly points: DecimalString;
  /** Index, unrounded. */
  readonly index: DecimalString;
  /** Index as published. */
  readonly shown: string;
  /** Rank in its block. */
  readonly rank: number;
  /** Units in the block. */
  readonly of: number;
  /** Band, if the set has bands. */
  readonly band?: BandResult | undefined;
  /** Ids of the triggers that fired. */
  readonly triggers: readonly string[];
}

/** Before and after of one unit. */
export interface UnitDiff {
  /** Unit id. */
  readonly unitId: string;
  /** Unit name. */
  readonly unitName: string;
  /** Block. */
  readonly block: string;
  /** True when the scenario changed this unit's assessment. */
  readonly changed: boolean;
  /** Standing before. */
  readonly before: UnitSnapshot;
  /** Standing after. */
  readonly after: UnitSnapshot;
  /** Points after − before. */
  readonly pointsChange: DecimalString;
  /** Index after − before (unrounded). */
  readonly indexChange: DecimalString;
  /** Places gained (positive = up). */
  readonly rankChange: number;
  /** Triggers that fire after but not before. */
  readonly triggersFired: readonly string[];
  /** Triggers that fired before but no longer. */
  readonly triggersCleared: readonly string[];
  /** E.g. `"Xã A: chỉ số 65,00 % → 75,00 %; hạng 3/3 → 1/3 (tăng 2 bậc); …"`. */
  readonly text: string;
  /** The same in English. */
  readonly textEn: string;
}

/** Answer of {@link simulateScenario}. */
export interface ScenarioResult {
  /** One diff per assessment, in input order. */
  readonly units: readonly UnitDiff[];
  /** Ranking before. */
  readonly before: Ranking;
  /** Ranking after. */
  readonly after: Ranking;
  /** Results after the changes, in input order. */
  readonly results: readonly ScoreResult[];
}
