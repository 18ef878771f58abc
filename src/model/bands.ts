import type { DecimalString } from './decimal-string.js';

/** One classification band (xếp loại), e.g. "Tốt" from 80 %. */
export interface BandLevel {
  /** Stable code, e.g. `"tot"`, `"htnv"`, `"A"`. */
  readonly code: string;
  /** Vietnamese label. */
  readonly label: string;
  /** English label. */
  readonly labelEn?: string | undefined;
  /** Inclusive lower bound, in percent of the applicable maximum. */
  readonly min: DecimalString;
  /** Exclusive upper bound in percent; absent for the top band. */
  readonly below?: DecimalString | undefined;
  /** Marks a weak rating (used by "no weak criterion" checks). */
  readonly weak: boolean;
}

/** An ordered scale of bands, best first, with contiguous bounds. */
export interface BandScale {
  /** Name of the scale, e.g. `"Xếp loại"`. */
  readonly name?: string | undefined;
  /** Levels, best first (descending `min`). */
  readonly levels: readonly BandLevel[];
}

/** Rating of each criterion (nodes at `depth`) by its own percent. */
export interface CriterionRatingConfig {
  /** Tree depth rated: 1 = fields, 2 = criteria (default), 3 = sub-criteria. */
  readonly depth: number;
  /** The scale applied to each rated node. */
  readonly scale: BandScale;
}
