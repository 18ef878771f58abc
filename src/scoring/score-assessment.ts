import { roundDecimal } from '../format/round.js';
import { type Dec, dec, percentOf, sum, toDs, ZERO } from '../internal/decimal.js';
import type { Assessment, AssessmentEntry } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { BandResult, NodeScore, ScoreResult, Stage } from '../model/score-result.js';
import { classify } from './classify.js';
import { walkScores } from './find-node.js';
import { scoreTree, toNodeScore } from './score-tree.js';
import { fireTriggers } from './triggers.js';
import { noApplicableMaximum } from './warnings.js';

/** Options of {@link scoreAssessment}. */
export interface ScoreOptions {
  /** Which scores to use; `final` by default. */
  readonly stage?: Stage | undefined;
}

function adjustmentTotals(set: CriteriaSet, assessment: Assessment): { bonus: Dec; penalty: Dec } {
  let bonus = ZERO;
  let penalty = ZERO;
  for (const def of set.adjustments) {
    const given = sum(
      assessment.adjustments.filter((a) => a.id === def.id).map((a) => dec(a.points)),
    );
    const capped = given.greaterThan(dec(def.cap)) ? dec(def.cap) : given;
    if (def.kind === 'bonus') bonus = bonus.plus(capped);
    else penalty = penalty.plus(capped);
  }
  return { bonus, penalty };
}

/**
 * Scores one assessment against its criteria set: points, applicable maximum, percent and lost
 * points for every node; total with bonus and penalty; index; band; criterion ratings; triggers;
 * points lost at appraisal. Pure and exact; total over validated input.
 *
 * Index = points ÷ applicable maximum × 100 (the PAR Index method; not-applicable tasks shrink
 * the maximum, as in Quảng Trị 3009/QĐ-UBND). Totals are sums of unrounded parts; only `shown`
 * values are rounded, with the set's rounding.
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
  const stage = options.stage ?? 'final';
  const entries = new Map<string, AssessmentEntry>(assessment.entries.map((e) => [e.code, e]));
  const scored = set.fields.map((f) => scoreTree(f, 1, entries, false));
  const fields = scored.map((s) => toNodeScore(s, stage, set.criterionRating));

  const basePoints = sum(scored.map((s) => s.triple[stage].points));
  const selfTotal = sum(scored.map((s) => s.triple.self.points));
  const finalTotal = sum(scored.map((s) => s.triple.final.points));
  const { bonus, penalty } = adjustmentTotals(set, assessment);
  const raw = basePoints.plus(bonus).minus(penalty);
  const points = raw.isNegative() ? ZERO : raw;
  const max = sum(scored.map((s) => s.max));
  const index = percentOf(points, max);

  const level = set.bands !== undefined ? classify(toDs(index), set.bands) : undefined;
  const band: BandResult | undefined =
    level === undefined
      ? undefined
      : {
          code: level.code,
          label: level.label,
          ...(level.labelEn !== undefined ? { labelEn: level.labelEn } : {}),
        };
  const ratings: NodeScore[] = [...walkScores(fields)].filter((n) => n.rating !== undefined);
  const triggers = fireTriggers(set, { index: toDs(index), band, fields, ratings });
  const warnings = [...walkScores(fields)].flatMap((n) => n.warnings);
  if (max.isZero()) warnings.push(noApplicableMaximum());

  const { places, mode } = set.rounding;
  return {
    criteriaSet: {
      id: set.id,
      title: set.title,
      ...(set.titleEn !== undefined ? { titleEn: set.titleEn } : {}),
      ...(set.year !== undefined ? { year: set.year } : {}),
      provenance: set.provenance,
    },
    unit: assessment.unit,
    period: assessment.period,
    stage,
    points: toDs(points),
    basePoints: toDs(basePoints),
    bonus: toDs(bonus),
    penalty: toDs(penalty),
    max: toDs(max),
    nominalMax: set.max,
    index: toDs(index),
    shown: {
      points: roundDecimal(toDs(points), places, mode),
      max: roundDecimal(toDs(max), places, mode),
      index: roundDecimal(toDs(index), places, mode),
    },
    places,
    ...(band !== undefined ? { band } : {}),
    fields,
    ratings,
    triggers,
    lostAtAppraisal: toDs(selfTotal.minus(finalTotal)),
    warnings,
  };
}
