import type { AdjustmentEntry } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { DecimalString } from '../model/decimal-string.js';
import type { Problem } from '../schema/problem.js';
import { checkPoints } from './check-points.js';

interface AdjustmentDraft {
  readonly id: string;
  readonly points: DecimalString;
  readonly reason?: string | undefined;
}

/** Checks bonus/penalty entries against the set's definitions; pushes problems into `out`. */
export function checkAdjustments(
  drafts: readonly AdjustmentDraft[],
  set: CriteriaSet,
  out: Problem[],
): AdjustmentEntry[] {
  const defs = new Map(set.adjustments.map((a) => [a.id, a]));
  return drafts.map((a, i) => {
    const def = defs.get(a.id);
    if (def === undefined) {
      const known = set.adjustments.map((d) => d.id).join(', ') || '(không có)';
      out.push({
        code: 'unknown_adjustment',
        path: ['adjustments', i, 'id'],
        message: `Bộ chỉ số không có khoản điểm thưởng/trừ '${a.id}' (có: ${known}).`,
        messageEn: `The criteria set has no adjustment '${a.id}' (it has: ${known}).`,
      });
    } else {
      out.push(
        ...checkPoints(
          a.points,
          def.cap,
          ['adjustments', i, 'points'],
          [`Điểm của '${def.name}'`, `The points of '${def.nameEn ?? def.name}'`],
        ),
      );
    }
    return { id: a.id, points: a.points, ...(a.reason === undefined ? {} : { reason: a.reason }) };
  });
}
