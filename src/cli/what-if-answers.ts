import { D, dec, toDs } from '../internal/decimal.js';
import type { Assessment, UnitInfo } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { DecimalString } from '../model/decimal-string.js';
import type { RankInput } from '../model/ranking.js';
import type { BandResult, NodeScore, ScoreResult } from '../model/score-result.js';
import type { BandGap, NoWeakGap, PeerIndex, RankGap } from '../model/whatif-gaps.js';
import { rankValues } from '../ranking/rank.js';
import { pointsNeededForBand } from '../whatif/band-gap.js';
import { pointsNeededForNoWeakCriterion } from '../whatif/no-weak-gap.js';
import { pointsNeededForRank } from '../whatif/rank-gap.js';
import { appraisalLost } from '../whatif/rank-gap-results.js';
import { UsageError } from './cli-io.js';
import type { CostFile, PeerFileUnit } from './what-if-inputs.js';
import { costedItems, planWhatIf, type WhatIfPlan } from './what-if-plan.js';

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
): RankInput[] {
  const inBatch = new Set(group.results.map((r) => r.unit.id));
  return [
    ...group.results
      .filter((r) => r.unit.block === unit.unit.block && r.unit.id !== unit.unit.id)
      .map((r) => ({
        unitId: r.unit.id,
        unitName: r.unit.name,
        block: r.unit.block,
        value: r.index,
      })),
    ...peers
      .filter((p) => p.block === unit.unit.block && !inBatch.has(p.unitId))
      .map((p) => ({ unitId: p.unitId, unitName: p.unitName, block: p.block, value: p.value })),
  ];
}

function bandCodes(set: CriteriaSet): string {
  return set.bands?.levels.map((l) => l.code).join(', ') ?? '—';
}

/**
 * Answers the what-if questions for one unit under one set: points needed for the rank (the
 * others fixed), for the band, to lift every weak criterion, and the cheapest plan.
 *
 * @throws UsageError when the set has no such band or no criterion rating.
 */
export function answerFor(group: SetGroup, unit: ScoreResult, ask: WhatIfAsk): WhatIfAnswer {
  const { set } = group;
  const mates = blockMates(group, unit, ask.peers);
  const ranking = rankValues(
    [
      ...mates,
      { unitId: unit.unit.id, unitName: unit.unit.name, block: unit.unit.block, value: unit.index },
    ],
    unit.places,
  );
  const me = ranking.blocks[0]?.units.find((u) => u.unitId === unit.unit.id);
  const winnable = (n: NodeScore | ScoreResult): DecimalString =>
    ask.unlockSurvey
      ? toDs(D.max(dec(n.max).minus(n.points), 0))
      : toDs(appraisalLost('fields' in n ? n.fields : [n]));
  const available = winnable(unit);
  const points = unit.points;
  const current: Standing = {
    points: unit.points,
    max: unit.max,
    index: unit.index,
    shown: unit.shown.index,
    rank: me?.rank ?? 1,
    of: me?.of ?? 1,
    ...(unit.band !== undefined ? { band: unit.band } : {}),
    available,
  };
  const rank =
    ask.rank === undefined
      ? undefined
      : pointsNeededForRank({
          points,
          max: unit.max,
          k: ask.rank,
          name: unit.unit.name,
          places: unit.places,
          available,
          others: mates.map(
            (m): PeerIndex => ({
              id: m.unitId,
              name: m.unitName,
              index: m.value,
            }),
          ),
        });
  let band: BandGap | undefined;
  if (ask.band !== undefined) {
    const code = ask.band;
    if (set.bands === undefined || !set.bands.levels.some((l) => l.code === code)) {
      throw new UsageError(
        `--band ${code}: bộ chỉ số "${set.id}" không có xếp loại này (có: ${bandCodes(set)}). / set "${set.id}" has no such band (has: ${bandCodes(set)}).`,
      );
    }
    band = pointsNeededForBand({ points, max: unit.max, band: code, available }, set.bands);
  }
  let noWeak: NoWeakGap | undefined;
  if (ask.noWeak) {
    if (set.criterionRating === undefined) {
      throw new UsageError(
        `--no-weak: bộ chỉ số "${set.id}" không xếp loại từng tiêu chí. / set "${set.id}" does not rate criteria.`,
      );
    }
    noWeak = pointsNeededForNoWeakCriterion(
      unit.ratings.map((n) => ({
        code: n.code,
        name: n.name,
        points: n.points,
        max: n.max,
        available: winnable(n),
      })),
      set.criterionRating.scale,
    );
  }
  const plan = ask.plan
    ? planWhatIf(costedItems(unit, ask.cost, ask.unlockSurvey), unit, { rank, band, noWeak })
    : undefined;
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
