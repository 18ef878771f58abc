import type { DecimalInput, DecimalString } from './decimal-string.js';
import type { BandResult } from './score-result.js';

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
  /** The index as published (rounded by the set's rule, dot separator), on which ranks are compared. */
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
  /**
   * The unit's points before the floor at 0 and the cap (base + bonus − penalty), when they
   * differ from `points`; additional points are added to these. Default `points`.
   */
  readonly raw?: DecimalInput | undefined;
  /** The most the total can reach (the applicable maximum under `totalCap: max`); default none. */
  readonly cap?: DecimalInput | undefined;
  /** Rounding of the published value (default `half-up`). */
  readonly rounding?: 'half-up' | 'half-even' | undefined;
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
  /** Judge the band on the published index (default) or the exact one, as the set's `classifyOn`. */
  readonly classifyOn?: 'published' | 'exact' | undefined;
  /** Decimal places of the published index (default 2). */
  readonly places?: number | undefined;
  /**
   * The unit's points before the floor at 0 and the cap (base + bonus − penalty), when they
   * differ from `points`; additional points are added to these. Default `points`.
   */
  readonly raw?: DecimalInput | undefined;
  /** The most the total can reach (the applicable maximum under `totalCap: max`); default none. */
  readonly cap?: DecimalInput | undefined;
  /** Rounding of the published value (default `half-up`). */
  readonly rounding?: 'half-up' | 'half-even' | undefined;

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

/** Answer of {@link pointsNeededForBand}. Bands are judged like scoring (published index by default). */
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
