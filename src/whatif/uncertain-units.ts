import type { Assessment, PointsUncertainty } from '../model/assessment.js';
import type { NodeScore, ScoreResult } from '../model/score-result.js';
import type { UncertainNode, UncertainUnit } from '../model/whatif-monte-carlo.js';

/** Options of {@link uncertainUnitsFromResults}. */
export interface UncertainUnitsOptions {
  /** Rank target per unit id (rank ≤ target). */
  readonly targets?: Readonly<Record<string, number>> | undefined;
}

function collect(
  nodes: readonly NodeScore[],
  uncertain: ReadonlyMap<string, PointsUncertainty>,
  out: UncertainNode[],
): void {
  for (const n of nodes) {
    const u = uncertain.get(n.code);
    if (u !== undefined && n.applicable) {
      // The topmost uncertain node covers its subtree: descendants would count twice.
      out.push({ code: n.code, name: n.name, points: n.points, max: n.max, uncertainty: u });
      continue;
    }
    collect(n.children, uncertain, out);
  }
}

/**
 * Builds {@link monteCarloRanks} units from scored results and the assessments' `uncertainty`
 * (e.g. `uncertainty: { low: 22, high: 27 }` on the survey field while it is not yet in). An
 * uncertain node under another uncertain node is ignored (the ancestor covers it).
 *
 * @param results - Scored units.
 * @param assessments - Their assessments (matched by unit id); units without one have no
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
    const a = assessments.find((x) => x.unit.id === r.unit.id);
    const uncertain = new Map<string, PointsUncertainty>();
    for (const e of a?.entries ?? [])
      if (e.uncertainty !== undefined) uncertain.set(e.code, e.uncertainty);
    const nodes: UncertainNode[] = [];
    collect(r.fields, uncertain, nodes);
    const target = options.targets?.[r.unit.id];
    return {
      id: r.unit.id,
      name: r.unit.name,
      block: r.unit.block,
      points: r.points,
      max: r.max,
      nodes,
      ...(target !== undefined ? { target } : {}),
    };
  });
}
