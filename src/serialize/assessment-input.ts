import { match } from 'ts-pattern';
import type { Assessment, AssessmentEntry, RawValue } from '../model/assessment.js';

/** The authoring form of a raw value (see docs/assessment-format.md). */
function valueInput(value: RawValue): unknown {
  return match(value)
    .with({ kind: 'ratio' }, (v) => ({ numerator: v.numerator, denominator: v.denominator }))
    .with({ kind: 'percent' }, (v) => `${v.percent}%`)
    .with({ kind: 'yes-no' }, (v) => v.value)
    .with({ kind: 'count' }, (v) => v.count)
    .with({ kind: 'date' }, (v) => v.date)
    .with({ kind: 'days-late' }, (v) => ({ daysLate: v.days }))
    .with({ kind: 'answers' }, (v) => ({ ...v.counts }))
    .with({ kind: 'mean' }, (v) => ({ mean: v.mean }))
    .exhaustive();
}

function entryInput(entry: AssessmentEntry): Record<string, unknown> {
  const out: Record<string, unknown> = { code: entry.code };
  if (entry.value !== undefined) out['value'] = valueInput(entry.value);
  if (entry.points !== undefined) out['points'] = entry.points;
  if (entry.selfScore !== undefined) out['selfScore'] = entry.selfScore;
  if (entry.appraisal.length > 0) out['appraisal'] = [...entry.appraisal];
  if (entry.appraisalNotes !== undefined) out['appraisalNotes'] = [...entry.appraisalNotes];
  if (entry.unitAnswer !== undefined) out['unitAnswer'] = entry.unitAnswer;
  if (entry.notApplicable !== undefined) out['notApplicable'] = entry.notApplicable.reason;
  if (entry.evidence.length > 0) out['evidence'] = entry.evidence.map((e) => ({ ...e }));
  if (entry.explanation !== undefined) out['explanation'] = entry.explanation;
  if (entry.uncertainty !== undefined) {
    out['uncertainty'] =
      entry.uncertainty.kind === 'interval'
        ? { low: entry.uncertainty.low, high: entry.uncertainty.high }
        : { standardError: entry.uncertainty.standardError };
  }
  return out;
}

/**
 * Writes an assessment back in its authoring form (the YAML/JSON file format), so that
 * `parseAssessment(assessmentToInput(a), set)` gives `a` again. Used to save imported workbooks.
 *
 * @example
 * const yamlText = stringify(assessmentToInput(assessment));
 */
export function assessmentToInput(assessment: Assessment): Record<string, unknown> {
  return {
    criteriaSet: assessment.criteriaSetId,
    unit: { ...assessment.unit },
    period: assessment.period,
    entries: assessment.entries.map(entryInput),
    ...(assessment.adjustments.length > 0
      ? { adjustments: assessment.adjustments.map((a) => ({ ...a })) }
      : {}),
  };
}
