import { dec, sum, toDs } from '../../internal/decimal.js';
import type { DecimalString } from '../../model/decimal-string.js';
import type { ScoreResult } from '../../model/score-result.js';
import type { FieldColumn } from './report-data.js';

/** Points lost at appraisal in one field, over all units. */
export interface FieldLoss {
  readonly field: FieldColumn;
  /** Sum of the units' self points minus final points in this field (unrounded). */
  readonly total: DecimalString;
  /** Units whose points in this field changed at appraisal. */
  readonly units: number;
}

/**
 * Sums the points lost at appraisal (điểm bị trừ) per field over all results.
 *
 * @param fields - The fields to report, in order.
 * @param results - The scored units.
 * @returns One entry per field, in the order given.
 * @example
 * lostByField(view.fields, results)[0]?.total; // '1.5'
 */
export function lostByField(
  fields: readonly FieldColumn[],
  results: readonly ScoreResult[],
): FieldLoss[] {
  return fields.map((field) => {
    const losses = results
      .map((r) => r.fields.find((f) => f.code === field.code)?.lostAtAppraisal)
      .filter((v): v is DecimalString => v !== undefined && !dec(v).isZero());
    return { field, total: toDs(sum(losses.map((v) => dec(v)))), units: losses.length };
  });
}
