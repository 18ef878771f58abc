import type { Program } from '../compile/program.js';
import { qToString } from '../internal/rational.js';
import type { Assessment } from '../model/assessment.js';
import { evaluateUnit } from './evaluate-unit.js';
import { fireTriggers } from './fire-triggers.js';
import { publishedTotal, scoreStage, totalsOf } from './stage-score.js';
import { STAGES } from './unit-data.js';

/**
 * Every decision of a unit at every stage, as one comparable text: published index and total,
 * band, each rating, fired triggers and the exact total. Scored on the grid, or with every
 * decision on the exact path (`exactOnly`). Both must give the same text; the tests and the
 * benchmark check it on the generated national workload. Internal.
 */
export function decisionsOf(program: Program, assessment: Assessment, exactOnly: boolean): string {
  const unit = evaluateUnit(program, assessment, { exactOnly });
  return STAGES.map((stage) => {
    const s = scoreStage(unit, stage);
    return [
      stage,
      String(s.published),
      String(publishedTotal(s)),
      String(s.band),
      s.ratings.join(','),
      fireTriggers(s)
        .map((t) => `${t.id}:${t.reasons.join('|')}`)
        .join(';'),
      qToString(totalsOf(s).total),
    ].join(' ');
  }).join('\n');
}
