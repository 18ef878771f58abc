import { compileCriteriaSet } from '../compile/compile-set.js';
import type { Assessment } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { ScoreResult, Stage } from '../model/score-result.js';
import { evaluateUnit } from './evaluate-unit.js';
import { toResult } from './result.js';
import { scoreStage } from './stage-score.js';

/** Options of {@link scoreAssessment}. */
export interface ScoreOptions {
  /** Which scores to use; `final` by default. */
  readonly stage?: Stage | undefined;
}

/**
 * Scores one assessment against its criteria set: points, applicable maximum, percent and status
 * of every node; total with bonus and penalty; index; the published values; band; criterion
 * ratings; triggers; points lost at appraisal. Pure and exact (docs/scoring.md); total over
 * validated input.
 *
 * Index = total ÷ applicable maximum × 100 (the PAR Index method; not-applicable tasks shrink
 * the maximum, as in Quảng Trị 3009/QĐ-UBND). Every value is an exact rational; `shown` holds
 * the published values (the set's rounding), on which bands, ratings, triggers and ranks decide
 * unless the set says `classifyOn: exact`. The node tree, ratings and warnings are built on
 * first use.
 *
 * @param set - A criteria set from {@link parseCriteriaSet}.
 * @param assessment - An assessment from {@link parseAssessment} for this set.
 * @param options - `stage`: `self`, `appraisal` or `final` (default).
 * @returns The unit's {@link ScoreResult}.
 * @throws RangeError when the assessment was parsed for another set (a programmer error).
 * @example
 * const result = scoreAssessment(set, assessment, { stage: 'final' });
 * result.shown.index; // '84.58'
 */
export function scoreAssessment(
  set: CriteriaSet,
  assessment: Assessment,
  options: ScoreOptions = {},
): ScoreResult {
  if (assessment.criteriaSetId !== set.id) {
    throw new RangeError(
      `scoreAssessment: assessment is for criteria set "${assessment.criteriaSetId}", not "${set.id}"`,
    );
  }
  const unit = evaluateUnit(compileCriteriaSet(set), assessment);
  return toResult(scoreStage(unit, options.stage ?? 'final'));
}
