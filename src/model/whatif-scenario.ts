import type { Assessment, RawValue } from './assessment.js';
import type { CriteriaSet } from './criteria-set.js';
import type { DecimalInput, DecimalString } from './decimal-string.js';
import type { Ranking } from './ranking.js';
import type { BandResult, ScoreResult, Stage } from './score-result.js';

/** One change of a scenario, applied to one unit's assessment before re-scoring. */
export type ScenarioChange =
  /** Set a node's points (any level; a parent's own points override its children's). */
  | {
      /** Id of the unit whose assessment changes. */
      readonly unitId: string;
      /** Code of the node changed. */
      readonly code: string;
      /** New points, from 0 to the node's maximum (điểm tối đa) in the set. */
      readonly points: DecimalInput;
    }
  /** Add points to a node's current points (clamped to [0, the node's maximum]). */
  | {
      /** Id of the unit whose assessment changes. */
      readonly unitId: string;
      /** Code of the node changed. */
      readonly code: string;
      /** Points to add (negative to remove) to the node's points at the scored stage. */
      readonly add: DecimalInput;
    }
  /** Set a leaf's raw value; its scoring rule computes the points. */
  | {
      /** Id of the unit whose assessment changes. */
      readonly unitId: string;
      /** Code of the leaf changed. */
      readonly code: string;
      /** The new raw value, of the kind the leaf's rule reads. */
      readonly value: RawValue;
    };

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
