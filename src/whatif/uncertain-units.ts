import { exactPoints, gridQ } from '../engine/exact.js';
import { stageScoreOf } from '../engine/result.js';
import { STATUS } from '../engine/unit-data.js';
import { qToString } from '../internal/rational.js';
import type { Assessment, PointsUncertainty } from '../model/assessment.js';
import type { ScoreResult } from '../model/score-result.js';
import type { UncertainNode, UncertainUnit } from '../model/whatif-monte-carlo.js';

/** Options of {@link uncertainUnitsFromResults}. */
export interface UncertainUnitsOptions {
  /** Rank target per unit id (rank ≤ target). */
  readonly targets?: Readonly<Record<string, number>> | undefined;
}

/** The topmost applicable nodes of a result with an uncertainty (an ancestor covers its subtree). */
function uncertainNodes(
  result: ScoreResult,
  uncertain: ReadonlyMap<string, PointsUncertainty>,
): UncertainNode[] {
  const score = stageScoreOf(result);
  if (score === undefined) {
    throw new TypeError('uncertainUnitsFromResults: pass results from scoreAssessment, not copies');
  }
  const { unit, data } = score;
  const { program } = unit;
  const out: UncertainNode[] = [];
  for (let i = 0; i < program.size; ) {
    const node = program.nodes[i] as { code: string; name: string };
    const u = uncertain.get(node.code);
    // Only counted nodes: an overridden node's points do not reach the total.
    if (u !== undefined && data.status[i] === STATUS.SCORED) {
      out.push({
        code: node.code,
        name: node.name,
        points: qToString(exactPoints(unit, data, i)),
        max: qToString(gridQ(unit, unit.max[i] as number)),
        uncertainty: u,
      });
      i = program.end[i] as number;
    } else i++;
  }
  return out;
}

/**
 * Builds {@link monteCarloRanks} units from scored results and the assessments' `uncertainty`
 * (e.g. `uncertainty: { low: 22, high: 27 }` on the survey field while it is not yet in). An
 * uncertain node under another uncertain node is ignored (the ancestor covers it).
 *
 * @param results - Scored units.
 * @param assessments - Their assessments (matched by unit id and criteria set); units without one have no
 *   uncertain nodes.
 * @param options - Rank targets per unit id.
 * @returns One unit per result, in order.
 * @example
 * monteCarloRanks(uncertainUnitsFromResults(results, assessments, { targets: { 'tu-ky': 6 } }));
 */
export function uncertainUnitsFromResults(
  results: readonly ScoreResult[],
  assessments: readonly Assessment[],
  options: UncertainUnitsOptions = {},
): UncertainUnit[] {
  return results.map((r) => {
    // A unit may be assessed under several sets: its uncertainties are those of this set's file.
    const a = assessments.find(
      (x) => x.unit.id === r.unit.id && x.criteriaSetId === r.criteriaSet.id,
    );
    const uncertain = new Map<string, PointsUncertainty>();
    for (const e of a?.entries ?? [])
      if (e.uncertainty !== undefined) uncertain.set(e.code, e.uncertainty);
    const nodes = uncertain.size === 0 ? [] : uncertainNodes(r, uncertain);
    const target = options.targets?.[r.unit.id];
    return {
      id: r.unit.id,
      name: r.unit.name,
      block: r.unit.block,
      criteriaSet: r.criteriaSet.id,
      points: r.points,
      max: r.max,
      nodes,
      ...(target !== undefined ? { target } : {}),
    };
  });
}
