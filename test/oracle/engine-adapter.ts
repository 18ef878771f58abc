// THE one place where the differential tests call the engine (src/index.ts). Everything else in
// test/oracle/ sees the engine through the plain "views" below, so adjusting to the final API
// (docs/oracle-api notes: status, unranked, criteriaSetId, gain, pointsNeededForBandInResult)
// means editing this file only. A field the engine does not give yet is left undefined and shows
// up as a disagreement, never as a crash.
import * as engine from '../../src/index.js';
import type { Assessment } from '../../src/model/assessment.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import type { Ranking } from '../../src/model/ranking.js';
import type { NodeScore, ScoreResult, Stage } from '../../src/model/score-result.js';
import type { PlanItem } from '../../src/model/whatif-plan.js';

/** A parse that succeeded, or the engine's issues as one line of text. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: string };

function issuesText(error: unknown): string {
  if (engine.isParIndexError(error)) {
    return error.issues.map((i) => `${i.code} at ${i.path.join('.')}: ${i.messageEn}`).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

export function parseSet(input: unknown): Parsed<CriteriaSet> {
  try {
    return { ok: true, value: engine.parseCriteriaSet(input) };
  } catch (e) {
    return { ok: false, issues: issuesText(e) };
  }
}

export function parseUnit(input: unknown, set: CriteriaSet): Parsed<Assessment> {
  try {
    return { ok: true, value: engine.parseAssessment(input, set) };
  } catch (e) {
    return { ok: false, issues: issuesText(e) };
  }
}

/** A node as compared. */
export interface NodeView {
  readonly code: string;
  readonly points: string;
  readonly max: string;
  readonly percent: string;
  readonly status: string | undefined;
  readonly rating: string | undefined;
  readonly warnings: readonly string[];
}

/** A scored unit as compared; `raw` goes back to the engine for ranking and what-if. */
export interface UnitView {
  readonly raw: ScoreResult;
  readonly points: string;
  readonly basePoints: string;
  readonly bonus: string;
  readonly penalty: string;
  readonly max: string;
  readonly index: string;
  readonly shown: { readonly points: string; readonly max: string; readonly index: string };
  readonly band: string | undefined;
  readonly triggers: readonly string[];
  readonly ratings: readonly { code: string; rating: string | undefined }[];
  readonly warnings: readonly { code: string; node: string }[];
  readonly nodes: ReadonlyMap<string, NodeView>;
}

export function score(set: CriteriaSet, assessment: Assessment, stage: Stage): UnitView {
  const r = engine.scoreAssessment(set, assessment, { stage });
  const nodes = new Map<string, NodeView>();
  const walk = (n: NodeScore): void => {
    const status = (n as NodeScore & { status?: string }).status;
    nodes.set(n.code, {
      code: n.code,
      points: n.points,
      max: n.max,
      percent: n.percent,
      status,
      rating: n.rating?.code,
      warnings: n.warnings.map((w) => w.code),
    });
    for (const c of n.children) walk(c);
  };
  for (const f of r.fields) walk(f);
  return {
    raw: r,
    points: r.points,
    basePoints: r.basePoints,
    bonus: r.bonus,
    penalty: r.penalty,
    max: r.max,
    index: r.index,
    shown: r.shown,
    band: r.band?.code,
    triggers: r.triggers.map((t) => t.id),
    ratings: r.ratings.map((n) => ({ code: n.code, rating: n.rating?.code })),
    warnings: r.warnings.map((w) => ({ code: w.code, node: w.nodeCode })),
    nodes,
  };
}

/** One ranked block as compared. */
export interface BlockView {
  readonly criteriaSetId: string | undefined;
  readonly block: string;
  readonly units: readonly {
    unitId: string;
    rank: number;
    of: number;
    shown: string;
    tied: boolean;
  }[];
  readonly unranked: readonly { unitId: string; reason: string }[] | undefined;
}

export interface RankingView {
  readonly raw: Ranking;
  readonly blocks: readonly BlockView[];
}

function rankingView(r: Ranking): RankingView {
  return {
    raw: r,
    blocks: r.blocks.map((b) => {
      const extra = b as typeof b & {
        criteriaSetId?: string;
        unranked?: { unitId: string; reason: string }[];
      };
      return {
        criteriaSetId: extra.criteriaSetId,
        block: b.block,
        units: b.units.map((u) => ({
          unitId: u.unitId,
          rank: u.rank,
          of: u.of,
          shown: u.shown,
          tied: u.tied,
        })),
        unranked: extra.unranked?.map((x) => ({ unitId: x.unitId, reason: x.reason })),
      };
    }),
  };
}

/** Ranks by index, or by one node's percent. */
export function rank(units: readonly UnitView[], byCode?: string): RankingView {
  const results = units.map((u) => u.raw);
  return rankingView(
    byCode === undefined
      ? engine.rankResults(results)
      : engine.rankResults(results, { by: { kind: 'node', code: byCode } }),
  );
}

/** Rank change entries. */
export interface ChangeView {
  readonly unitId: string;
  readonly rank: number;
  readonly previousRank: number | undefined;
  readonly change: number | undefined;
}

export function rankChanges(current: RankingView, previous: RankingView): ChangeView[] {
  return engine.compareRanks(current.raw, previous.raw).map((c) => ({
    unitId: c.unitId,
    rank: c.rank,
    previousRank: c.previousRank,
    change: c.change,
  }));
}

/** A plan item as compared; `raw` goes back to planCheapest. */
export interface ItemView {
  readonly raw: PlanItem;
  readonly code: string;
  readonly current: string;
  readonly max: string;
  readonly locked: boolean;
  readonly allOrNothing: boolean;
  readonly gain: string | undefined;
}

export function planItems(
  unit: UnitView,
  opts: { unlockSurvey: boolean; costs?: Readonly<Record<string, string>> | undefined },
): ItemView[] {
  const items = engine.planItemsFromResult(unit.raw, {
    unlockSurvey: opts.unlockSurvey,
    ...(opts.costs === undefined ? {} : { costs: opts.costs }),
  });
  return items.map((i) => {
    const method = i.method;
    const locked = i.locked ?? (method === 'survey' && !opts.unlockSurvey);
    const gain = (i as PlanItem & { gain?: string | number }).gain;
    return {
      raw: i,
      code: i.code,
      current: String(i.current),
      max: String(i.max),
      locked,
      allOrNothing: i.allOrNothing === true,
      gain: gain === undefined ? undefined : String(gain),
    };
  });
}

/** A gap answer as compared. */
export interface GapView {
  readonly reachable: boolean;
  readonly alreadyMet: boolean;
  readonly pointsNeeded: string;
  readonly available: string;
  readonly newRank?: number | undefined;
  readonly of?: number | undefined;
}

/** Rank ≤ k; `units` are the results of one criteria set. */
export function rankGap(
  units: readonly UnitView[],
  unitId: string,
  k: number,
  lockSurvey: boolean,
): GapView {
  const g = engine.pointsNeededForRankInResults(
    units.map((u) => u.raw),
    unitId,
    k,
    { lockSurvey },
  );
  return {
    reachable: g.reachable,
    alreadyMet: g.alreadyMet,
    pointsNeeded: g.pointsNeeded,
    available: g.available,
    newRank: g.newRank,
    of: g.of,
  };
}

export function bandGap(
  unit: UnitView,
  set: CriteriaSet,
  code: string,
  lockSurvey: boolean,
): GapView {
  if (set.bands === undefined) throw new RangeError('set without bands');
  return pick(engine.pointsNeededForBandInResult(unit.raw, set.bands, code, { lockSurvey }));
}

function pick(g: {
  reachable: boolean;
  alreadyMet: boolean;
  pointsNeeded: string;
  available: string;
}): GapView {
  return {
    reachable: g.reachable,
    alreadyMet: g.alreadyMet,
    pointsNeeded: g.pointsNeeded,
    available: g.available,
  };
}

/** No weak criterion: one entry per weak criterion. */
export function noWeak(
  unit: UnitView,
  set: CriteriaSet,
  lockSurvey: boolean,
): { code: string; pointsNeeded: string; reachable: boolean; available: string }[] {
  if (set.criterionRating === undefined) return [];
  const g = engine.pointsNeededForNoWeakCriterionInResult(unit.raw, set.criterionRating.scale, {
    lockSurvey,
  });
  return g.criteria.map((c) => ({
    code: c.code,
    pointsNeeded: c.pointsNeeded,
    reachable: c.reachable,
    available: c.available,
  }));
}

/** A plan as compared. */
export interface PlanView {
  readonly feasible: boolean;
  readonly maxGain: string;
  readonly totalGain: string;
  readonly totalCost: string;
  readonly steps: readonly {
    code: string;
    from: string;
    to: string;
    gain: string;
    cost: string;
    allOrNothing: boolean;
  }[];
}

export function planCheapest(items: readonly PlanItem[], goal: string): PlanView {
  const p = engine.planCheapest(items, goal);
  return {
    feasible: p.feasible,
    maxGain: p.maxGain,
    totalGain: p.totalGain,
    totalCost: p.totalCost,
    steps: p.steps.map((s) => ({
      code: s.code,
      from: s.from,
      to: s.to,
      gain: s.gain,
      cost: s.cost,
      allOrNothing: s.allOrNothing,
    })),
  };
}

/** A plan item for planCheapest built by the tests (the "plan" focus). */
export function makePlanItem(i: {
  code: string;
  current: string;
  max: string;
  costPerPoint: string;
  allOrNothing: boolean;
  /** true / false: explicit; undefined: the planner's default (survey items locked). */
  locked: boolean | undefined;
  survey: boolean;
  cap?: string | undefined;
}): PlanItem {
  return {
    code: i.code,
    name: `Tiêu chí ${i.code}`,
    current: i.current,
    max: i.max,
    costPerPoint: i.costPerPoint,
    method: i.survey ? 'survey' : 'appraisal',
    ...(i.locked === undefined ? {} : { locked: i.locked }),
    ...(i.allOrNothing ? { allOrNothing: true } : {}),
    ...(i.cap === undefined ? {} : { cap: i.cap }),
  };
}
