import { exactTotals } from '../engine/result.js';
import { type Q, qDec } from '../internal/rational.js';
import type { Assessment, UnitInfo } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { DecimalString } from '../model/decimal-string.js';
import type { BandResult, ScoreResult } from '../model/score-result.js';
import type { BandGap, NoWeakGap, RankGap } from '../model/whatif-gaps.js';
import { identityKey } from '../parse/code-key.js';
import { pointsNeededForBandInResult } from '../whatif/band-gap-result.js';
import { pointsNeededForNoWeakCriterionInResult } from '../whatif/no-weak-gap.js';
import { winnablePoints } from '../whatif/plan-cheapest.js';
import { planItemsFromResult } from '../whatif/plan-items.js';
import { planForTargets } from '../whatif/plan-targets.js';
import { rankGapExact } from '../whatif/rank-gap.js';
import { UsageError } from './cli-io.js';
import type { CostFile, PeerFileUnit } from './what-if-inputs.js';
import type { WhatIfPlan } from './what-if-plan.js';

/** The units scored under one criteria set: what-if answers never mix sets. */
export interface SetGroup {
  readonly set: CriteriaSet;
  readonly assessments: readonly Assessment[];
  readonly results: readonly ScoreResult[];
}

/** What the user asked about the unit. */
export interface WhatIfAsk {
  readonly rank?: number | undefined;
  readonly band?: string | undefined;
  readonly noWeak: boolean;
  readonly plan: boolean;
  readonly cost?: CostFile | undefined;
  readonly unlockSurvey: boolean;
  readonly peers: readonly PeerFileUnit[];
}

/** The unit as it stands. */
export interface Standing {
  readonly points: DecimalString;
  readonly max: DecimalString;
  readonly index: DecimalString;
  readonly shown: string;
  readonly rank: number;
  readonly of: number;
  readonly band?: BandResult | undefined;
  /** Points work can still win (survey points excluded unless `--unlock-survey`). */
  readonly available: DecimalString;
}

/** Every answer about one unit under one criteria set. */
export interface WhatIfAnswer {
  readonly criteriaSet: { readonly id: string; readonly title: string };
  readonly unit: UnitInfo;
  readonly current: Standing;
  readonly rank?: RankGap | undefined;
  readonly band?: BandGap | undefined;
  readonly noWeak?: NoWeakGap | undefined;
  readonly plan?: WhatIfPlan | undefined;
}

/** The unit's block-mates under the same set, plus published peers of that block not in the batch. */
function blockMates(
  group: SetGroup,
  unit: ScoreResult,
  peers: readonly PeerFileUnit[],
): { id: string; name: string; index: Q }[] {
  const block = identityKey(unit.unit.block);
  const me = identityKey(unit.unit.id);
  const inBatch = new Set(group.results.map((r) => identityKey(r.unit.id)));
  return [
    ...group.results
      .filter(
        (r) =>
          identityKey(r.unit.block) === block && identityKey(r.unit.id) !== me && r.max !== '0',
      )
      .map((r) => ({ id: r.unit.id, name: r.unit.name, index: qDec(r.shown.index) })),
    ...peers
      .filter((p) => identityKey(p.block) === block && !inBatch.has(identityKey(p.unitId)))
      .map((p) => ({ id: p.unitId, name: p.unitName, index: qDec(p.value) })),
  ];
}

function bandCodes(set: CriteriaSet): string {
  return set.bands?.levels.map((l) => l.code).join(', ') ?? '—';
}

/**
 * Answers the what-if questions for one unit under one set, with the library's functions on the
 * engine's exact numbers: points needed for the rank (the others fixed), for the band, to lift
 * every weak criterion, and the cheapest plan. Winnable points are those of the plan items
 * (cost file locks, caps and depth applied), so every reachable answer has a plan.
 *
 * @throws UsageError when the set has no such band or no criterion rating.
 */
export function answerFor(group: SetGroup, unit: ScoreResult, ask: WhatIfAsk): WhatIfAnswer {
  const { set } = group;
  const items = planItemsFromResult(unit, {
    ...(ask.cost !== undefined ? ask.cost : {}),
    unlockSurvey: ask.unlockSurvey,
  });
  const available = winnablePoints(items);
  const mates = blockMates(group, unit, ask.peers);
  const totals = exactTotals(unit);
  const gap = rankGapExact({
    points: totals.total,
    raw: totals.raw,
    ...(totals.cap !== undefined ? { cap: totals.cap } : {}),
    max: totals.max,
    k: ask.rank ?? 1,
    name: unit.unit.name,
    places: unit.places,
    mode: unit.roundingMode,
    step: qDec('0.01'),
    others: mates,
    available: qDec(available),
  });
  const current: Standing = {
    points: unit.points,
    max: unit.max,
    index: unit.index,
    shown: unit.shown.index,
    rank: gap.currentRank,
    of: gap.of,
    ...(unit.band !== undefined ? { band: unit.band } : {}),
    available,
  };
  const rank = ask.rank === undefined ? undefined : gap;
  let band: BandGap | undefined;
  if (ask.band !== undefined) {
    const code = ask.band;
    if (set.bands === undefined || !set.bands.levels.some((l) => l.code === code)) {
      throw new UsageError(
        `--band ${code}: bộ chỉ số "${set.id}" không có xếp loại này (có: ${bandCodes(set)}). / set "${set.id}" has no such band (has: ${bandCodes(set)}).`,
      );
    }
    band = pointsNeededForBandInResult(unit, set.bands, code, { items });
  }
  let noWeak: NoWeakGap | undefined;
  if (ask.noWeak) {
    if (set.criterionRating === undefined) {
      throw new UsageError(
        `--no-weak: bộ chỉ số "${set.id}" không xếp loại từng tiêu chí. / set "${set.id}" does not rate criteria.`,
      );
    }
    noWeak = pointsNeededForNoWeakCriterionInResult(unit, set.criterionRating.scale, { items });
  }
  const plan = ask.plan ? planForTargets(items, unit, { rank, band, noWeak }) : undefined;
  return {
    criteriaSet: { id: set.id, title: set.title },
    unit: unit.unit,
    current,
    ...(rank !== undefined ? { rank } : {}),
    ...(band !== undefined ? { band } : {}),
    ...(noWeak !== undefined ? { noWeak } : {}),
    ...(plan !== undefined ? { plan } : {}),
  };
}
