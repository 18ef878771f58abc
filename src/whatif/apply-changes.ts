import { findNode } from '../engine/find-node.js';
import { clamp, dec, toDs, ZERO } from '../internal/decimal.js';
import type { Assessment, AssessmentEntry } from '../model/assessment.js';
import type { ScoreResult } from '../model/score-result.js';
import type { ScenarioChange } from '../model/whatif-scenario.js';
import { readNum } from './grid.js';

const FN = 'simulateScenario';

/**
 * The assessment with the unit's changes applied. A changed node's entry keeps its evidence and
 * explanation but loses its self-score and appraisal rounds, so the new points (or value) hold
 * at every stage.
 */
export function applyChanges(
  assessment: Assessment,
  before: ScoreResult,
  changes: readonly ScenarioChange[],
): Assessment {
  const entries = new Map(assessment.entries.map((e) => [e.code, e]));
  for (const change of changes) {
    const node = findNode(before, change.code);
    if (node === undefined) {
      throw new RangeError(`${FN}: unit "${change.unitId}" has no node "${change.code}"`);
    }
    const old = entries.get(change.code);
    const kept = {
      code: change.code,
      appraisal: [],
      evidence: old?.evidence ?? [],
      ...(old?.explanation !== undefined ? { explanation: old.explanation } : {}),
      ...(old?.uncertainty !== undefined ? { uncertainty: old.uncertainty } : {}),
    };
    let entry: AssessmentEntry;
    if ('value' in change) {
      entry = { ...kept, value: change.value };
    } else {
      const max = dec(node.nominalMax);
      const points =
        'add' in change
          ? clamp(dec(node.points).plus(readNum(change.add, 'add', FN)), ZERO, max)
          : readNum(change.points, 'points', FN);
      if (points.isNegative() || points.greaterThan(max)) {
        throw new RangeError(
          `${FN}: points ${points.toFixed()} for "${change.code}" are outside 0–${max.toFixed()}`,
        );
      }
      entry = { ...kept, points: toDs(points) };
    }
    entries.set(change.code, entry);
  }
  return { ...assessment, entries: [...entries.values()] };
}
