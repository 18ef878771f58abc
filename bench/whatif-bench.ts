/**
 * What-if benchmark on real engine results: 17 generated communes of one province scored on a
 * 120-leaf criteria set (the workload's generator), then
 * - the plan for one unit, as `par-index what-if --rank 1 --band … --no-weak --plan` answers it:
 *   `planItemsFromResult`, the rank, band and no-weak gaps, `planForTargets` (target ≤ 3 ms);
 *   and the plain rank plan: items, rank gap, `planCheapest`;
 * - `monteCarloRanks`, 10 000 draws over the 17 units (target ≤ 300 ms), the survey being
 *   uncertain: each survey leaf given with a standard error of 5 % of its maximum, or the
 *   survey field's published total with an interval of ±3 points; and, for comparison, with one
 *   uncertain node per field (8 per unit);
 * - reading one fresh result's node tree (`fields`), which the what-if functions walk.
 * Each timed run gets freshly scored results (scored outside the timer), because a result keeps
 * its node tree once read. Run alone with `npx tsx bench/whatif-bench.ts`; `bench/run.ts`
 * imports {@link runWhatIfBench}.
 */
import { pathToFileURL } from 'node:url';
import { scoreAssessment } from '../src/engine/score-assessment.js';
import type { Assessment, AssessmentEntry } from '../src/model/assessment.js';
import type { CriteriaNode } from '../src/model/criteria-node.js';
import type { CriteriaSet } from '../src/model/criteria-set.js';
import type { DecimalString } from '../src/model/decimal-string.js';
import type { ScoreResult } from '../src/model/score-result.js';
import type { UncertainUnit } from '../src/model/whatif-monte-carlo.js';
import { parseAssessment } from '../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../src/parse/parse-criteria-set.js';
import { pointsNeededForBandInResult } from '../src/whatif/band-gap-result.js';
import { monteCarloRanks } from '../src/whatif/monte-carlo.js';
import { pointsNeededForNoWeakCriterionInResult } from '../src/whatif/no-weak-gap.js';
import { planCheapest } from '../src/whatif/plan-cheapest.js';
import { planItemsFromResult } from '../src/whatif/plan-items.js';
import { planForTargets } from '../src/whatif/plan-targets.js';
import { pointsNeededForRankInResults } from '../src/whatif/rank-gap-results.js';
import { uncertainUnitsFromResults } from '../src/whatif/uncertain-units.js';
import { generateAssessment, generateCriteriaSet } from './generate.js';
import { keep, median } from './measure.js';

/** Median timings in milliseconds, and what was planned. */
export interface WhatIfFigures {
  /** Items, rank, band and no-weak gaps, `planForTargets`, for one unit among 17. */
  readonly planTargetsMs: number;
  /** Items, rank gap, `planCheapest`. */
  readonly planRankMs: number;
  /** Scoring the 17 units (what a what-if run does first). */
  readonly score17Ms: number;
  /** `uncertainUnitsFromResults` for the 17 units. */
  readonly uncertainUnitsMs: number;
  /** `monteCarloRanks`, 10 000 draws × 17 units, the survey uncertain. */
  readonly monteCarloMs: number;
  /** The same with one uncertain node per field instead (8 per unit, standard error 0.3). */
  readonly monteCarloFieldsMs: number;
  /** Reading `fields` (the node tree) of one fresh 120-leaf result. */
  readonly treeMs: number;
  readonly leaves: number;
  readonly planItems: number;
  readonly uncertainNodes: number;
  readonly feasible: boolean;
}

const UNITS = 17;
const DRAWS = 10_000;

function leafCount(nodes: readonly CriteriaNode[]): number {
  return nodes.reduce((s, c) => s + (c.children.length === 0 ? 1 : leafCount(c.children)), 0);
}

function withUncertainty(set: CriteriaSet, a: Assessment): Assessment {
  const max = new Map<string, string>();
  const survey = new Set<string>();
  const visit = (nodes: readonly CriteriaNode[], inSurvey: boolean): void => {
    for (const n of nodes) {
      max.set(n.code, n.max);
      if (inSurvey || n.method === 'survey') survey.add(n.code);
      visit(n.children, inSurvey || n.method === 'survey');
    }
  };
  visit(set.fields, false);
  const entries = a.entries.map((e): AssessmentEntry => {
    if (!survey.has(e.code) || e.notApplicable !== undefined) return e;
    const m = Number(max.get(e.code));
    if (e.points !== undefined) {
      const p = Number(e.points);
      return {
        ...e,
        uncertainty: {
          kind: 'interval',
          low: Math.max(0, p - 3).toFixed(2) as DecimalString,
          high: Math.min(m, p + 3).toFixed(2) as DecimalString,
        },
      };
    }
    return {
      ...e,
      uncertainty: {
        kind: 'standard-error',
        standardError: (m * 0.05).toFixed(4) as DecimalString,
      },
    };
  });
  return { ...a, entries };
}

function timeRuns(runs: number, prepare: () => ScoreResult[], fn: (r: ScoreResult[]) => unknown) {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const results = prepare();
    const t0 = performance.now();
    keep(fn(results));
    if (i >= 2) times.push(performance.now() - t0);
  }
  return median(times);
}

/** Runs the what-if benchmark (`runs` timed runs after 2 warm-ups for each figure). */
export async function runWhatIfBench(runs = 15): Promise<WhatIfFigures> {
  const doc = generateCriteriaSet('whatif-commune-2023', 'commune', 20_240_601);
  const set = parseCriteriaSet(doc);
  const assessments = Array.from({ length: UNITS }, (_, i) =>
    withUncertainty(
      set,
      parseAssessment(
        generateAssessment(
          doc,
          { id: `xa-${i + 1}`, name: `Xã ${i + 1}`, block: 'xã' },
          9_000 + i * 17,
        ),
        set,
      ),
    ),
  );
  const score = (): ScoreResult[] => assessments.map((a) => scoreAssessment(set, a));
  // Plan for the unit in the middle of the ranking: it has both peers above and a band to win.
  const first = score();
  const byIndex = [...first].sort((a, b) => Number(b.shown.index) - Number(a.shown.index));
  const middle = byIndex[Math.floor(UNITS / 2)] as ScoreResult;
  const id = middle.unit.id;
  const bands = set.bands;
  const rating = set.criterionRating;
  if (bands === undefined || rating === undefined) throw new Error('generated set lacks bands');
  const bandAbove =
    bands.levels[Math.max(0, bands.levels.findIndex((l) => l.code === middle.band?.code) - 1)];
  const unitOf = (results: ScoreResult[]) => results.find((r) => r.unit.id === id) as ScoreResult;

  let feasible = false;
  let planItems = 0;
  const planTargetsMs = timeRuns(runs, score, (results) => {
    const unit = unitOf(results);
    const items = planItemsFromResult(unit, { unlockSurvey: false });
    const rank = pointsNeededForRankInResults(results, id, 1, { items });
    const band = pointsNeededForBandInResult(unit, bands, bandAbove?.code ?? 'tot', { items });
    const noWeak = pointsNeededForNoWeakCriterionInResult(unit, rating.scale, { items });
    const plan = planForTargets(items, unit, { rank, band, noWeak });
    feasible = plan.feasible;
    planItems = items.length;
    return plan;
  });
  const planRankMs = timeRuns(runs, score, (results) => {
    const unit = unitOf(results);
    const items = planItemsFromResult(unit, { unlockSurvey: false });
    const rank = pointsNeededForRankInResults(results, id, 1, { items });
    return planCheapest(items, rank.pointsNeeded);
  });
  const score17Ms = timeRuns(
    runs,
    () => [],
    () => score(),
  );
  let uncertainNodes = 0;
  const uncertainUnitsMs = timeRuns(runs, score, (results) => {
    const units = uncertainUnitsFromResults(results, assessments);
    uncertainNodes = units.reduce((s, u) => s + u.nodes.length, 0);
    return units;
  });
  const treeMs = timeRuns(runs, score, (results) => results.map((r) => r.fields)) / UNITS;
  const units = uncertainUnitsFromResults(score(), assessments);
  const monteCarloMs = timeRuns(Math.min(runs, 5), score, () =>
    monteCarloRanks(units, { draws: DRAWS, seed: 1 }),
  );
  const fieldUnits: UncertainUnit[] = score().map((r) => ({
    id: r.unit.id,
    name: r.unit.name,
    block: r.unit.block,
    points: r.points,
    max: r.max,
    nodes: r.fields.map((f) => ({
      code: f.code,
      points: f.points,
      max: f.max,
      uncertainty: { kind: 'standard-error', standardError: '0.3' as DecimalString },
    })),
  }));
  const monteCarloFieldsMs = timeRuns(Math.min(runs, 5), score, () =>
    monteCarloRanks(fieldUnits, { draws: DRAWS, seed: 1 }),
  );
  return {
    planTargetsMs,
    planRankMs,
    score17Ms,
    uncertainUnitsMs,
    monteCarloMs,
    monteCarloFieldsMs,
    treeMs,
    leaves: leafCount(set.fields),
    planItems,
    uncertainNodes,
    feasible,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await runWhatIfBench();
  console.log(
    `17 units × ${r.leaves} leaves, ${r.planItems} plan items, ${r.uncertainNodes} uncertain nodes in all`,
  );
  console.log(
    `plan (rank + band + no-weak, planForTargets)  ${r.planTargetsMs.toFixed(2)} ms (target ≤ 3 ms)`,
  );
  console.log(`plan (rank, planCheapest)                     ${r.planRankMs.toFixed(2)} ms`);
  console.log(`scoring the 17 units                          ${r.score17Ms.toFixed(2)} ms`);
  console.log(`uncertainUnitsFromResults                     ${r.uncertainUnitsMs.toFixed(2)} ms`);
  console.log(
    `Monte Carlo 10 000 × 17                       ${r.monteCarloMs.toFixed(1)} ms (target ≤ 300 ms)`,
  );
  console.log(
    `Monte Carlo 10 000 × 17, 8 fields uncertain   ${r.monteCarloFieldsMs.toFixed(1)} ms`,
  );
  console.log(`node tree of one result (fields)              ${r.treeMs.toFixed(2)} ms`);
}
