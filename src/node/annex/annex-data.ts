import { getCriteriaSet } from '../../criteria-sets/registry.js';
import { roundDecimal } from '../../format/round.js';
import { type Dec, dec, sum, toDs, ZERO } from '../../internal/decimal.js';
import type { UnitInfo } from '../../model/assessment.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import type { DecimalString } from '../../model/decimal-string.js';
import type { BlockRanking, Ranking } from '../../model/ranking.js';
import type { BandResult, NodeScore, ScoreResult } from '../../model/score-result.js';
import { summariseBlock } from '../../ranking/block-summary.js';
import { rankResults } from '../../ranking/rank-results.js';

/** The numbers of one annex line (or a block's averages): exact, and as published. */
export interface AnnexNumbers {
  /** Self-assessed points of the appraised part (survey points are not self-assessed). */
  readonly self: DecimalString;
  /** Appraised points of the same part, after the last round. */
  readonly appraised: DecimalString;
  /** Survey points (điều tra xã hội học). */
  readonly survey: DecimalString;
  /** Bonus minus penalty points. */
  readonly adjustments: DecimalString;
  /** Total points (the engine's: bonus and penalty applied, capped as the set says). */
  readonly total: DecimalString;
  /** Index in percent. */
  readonly index: DecimalString;
  /** The same, rounded once by the set's rule (dot separator). */
  readonly shown: {
    /** {@link AnnexNumbers.self}, published. */
    readonly self: string;
    /** {@link AnnexNumbers.appraised}, published. */
    readonly appraised: string;
    /** {@link AnnexNumbers.survey}, published. */
    readonly survey: string;
    /** {@link AnnexNumbers.adjustments}, published. */
    readonly adjustments: string;
    /** {@link AnnexNumbers.total}, published (the engine's `shown.points` for a unit). */
    readonly total: string;
    /** {@link AnnexNumbers.index}, published (the engine's `shown.index` for a unit). */
    readonly index: string;
  };
}

/** One unit's line of the annex. */
export interface AnnexRow extends AnnexNumbers {
  /** Số thứ tự within the block, in rank order. */
  readonly stt: number;
  /** The unit. */
  readonly unit: UnitInfo;
  /** Rank in the block (ties share a rank); absent for a unit listed apart. */
  readonly rank?: number | undefined;
  /** Band (xếp loại). */
  readonly band?: BandResult | undefined;
  /** Why a unit is not ranked (e.g. no applicable maximum), Vietnamese and English. */
  readonly note?:
    | {
        /** In Vietnamese. */
        readonly vi: string;
        /** In English. */
        readonly en: string;
      }
    | undefined;
}

/** One block of the annex: its lines, averages and band counts. */
export interface AnnexBlock {
  /** Block name (khối). */
  readonly block: string;
  /** The criteria set of the block's units. */
  readonly criteriaSet: {
    /** Set id. */
    readonly id: string;
    /** Vietnamese title. */
    readonly title: string;
    /** English title, when the set has one. */
    readonly titleEn?: string | undefined;
  };
  /** Lines in rank order, then units listed apart. */
  readonly rows: readonly AnnexRow[];
  /** Averages over the block's units. */
  readonly averages: AnnexNumbers;
  /** Units per band, in the set's order (best first), zero counts included. */
  readonly bands: readonly {
    /** Band code. */
    readonly code: string;
    /** Vietnamese label. */
    readonly label: string;
    /** English label, when the set has one. */
    readonly labelEn?: string | undefined;
    /** Units of the block in this band. */
    readonly count: number;
  }[];
  /** Decimal places and rounding mode of the published values. */
  readonly places: number;
  /** Rounding mode of the published values. */
  readonly roundingMode: 'half-up' | 'half-even';
  /** Whether some unit of the block has bonus or penalty points (the column is shown then). */
  readonly hasAdjustments: boolean;
}

/** The results table of a province's decision, per block. */
export interface Annex {
  /** Periods of the results (usually one). */
  readonly periods: readonly string[];
  /** The blocks, in the ranking's order. */
  readonly blocks: readonly AnnexBlock[];
}

/** Options of {@link buildAnnex}. */
export interface AnnexOptions {
  /** The ranking of the results, when already made; else `rankResults(results)`. */
  readonly ranking?: Ranking | undefined;
  /** The criteria sets, for the band order; bundled sets are found without them. */
  readonly criteriaSets?: readonly CriteriaSet[] | undefined;
}

/**
 * The annex a province's decision prints (phụ lục kết quả Chỉ số CCHC): per block (criteria set
 * and block name, as ranked), one line per unit in rank order with the self-assessed points,
 * the appraised points, the survey points, bonus/penalty, the total, the index, the rank and the
 * band; the block's averages and its units per band. Self-assessed and appraised points are those
 * of the nodes scored by appraisal, survey points those of the nodes scored by the survey (the
 * set's `method`); the total, index, rank and band are the engine's. Exact; `shown` rounds once
 * with the set's rule.
 *
 * @param results - Scored units (usually at the `final` stage).
 * @param options - The ranking, when made; the criteria sets.
 * @returns The annex.
 * @example
 * const annex = buildAnnex(results);
 * annex.blocks[0]?.rows[0]?.shown.index; // '93.90'
 */
export function buildAnnex(results: readonly ScoreResult[], options: AnnexOptions = {}): Annex {
  const ranking = options.ranking ?? rankResults(results);
  const byKey = new Map(results.map((r) => [key(r.criteriaSet.id, r.unit.block, r.unit.id), r]));
  const sets = new Map((options.criteriaSets ?? []).map((s) => [s.id, s]));
  const blocks = ranking.blocks.flatMap((b) => {
    const block = annexBlock(b, byKey, sets);
    return block === undefined ? [] : [block];
  });
  return { periods: [...new Set(results.map((r) => r.period))], blocks };
}

function key(set: string | undefined, block: string, unit: string): string {
  return `${set ?? ''}\u0000${block}\u0000${unit}`;
}

function annexBlock(
  b: BlockRanking,
  byKey: ReadonlyMap<string, ScoreResult>,
  sets: ReadonlyMap<string, CriteriaSet>,
): AnnexBlock | undefined {
  const find = (unitId: string) => byKey.get(key(b.criteriaSetId, b.block, unitId));
  const ranked = b.units.flatMap((u) => {
    const r = find(u.unitId);
    return r === undefined ? [] : [{ r, rank: u.rank }];
  });
  const apart = b.unranked.flatMap((u) => {
    const r = find(u.unitId);
    return r === undefined ? [] : [{ r, note: { vi: u.text, en: u.textEn } }];
  });
  const all = [...ranked.map((x) => x.r), ...apart.map((x) => x.r)];
  const first = all[0];
  if (first === undefined) return undefined;
  const places = first.places;
  const mode = first.roundingMode;
  const rows: AnnexRow[] = [
    ...ranked.map(({ r, rank }, i) => ({
      stt: i + 1,
      unit: r.unit,
      ...numbers(r, places, mode),
      rank,
      ...(r.band === undefined ? {} : { band: r.band }),
    })),
    ...apart.map(({ r, note }, i) => ({
      stt: ranked.length + i + 1,
      unit: r.unit,
      ...numbers(r, places, mode),
      note,
    })),
  ];
  const summary = summariseBlock(all);
  const set = sets.get(first.criteriaSet.id) ?? getCriteriaSet(first.criteriaSet.id);
  const counted = new Map(summary.bands.map((c) => [c.code, c]));
  const levels = set?.bands?.levels ?? [];
  const bands = [
    ...levels.map((l) => ({
      code: l.code,
      label: l.label,
      ...(l.labelEn === undefined ? {} : { labelEn: l.labelEn }),
      count: counted.get(l.code)?.count ?? 0,
    })),
    ...summary.bands.filter((c) => !levels.some((l) => l.code === c.code)),
  ];
  const avg = (pick: (n: AnnexNumbers) => DecimalString): DecimalString =>
    toDs(sum(rows.map((r) => dec(pick(r)))).dividedBy(rows.length));
  const averages = shownOf(
    {
      self: avg((n) => n.self),
      appraised: avg((n) => n.appraised),
      survey: avg((n) => n.survey),
      adjustments: avg((n) => n.adjustments),
      total: summary.averagePoints,
      index: summary.averageIndex,
    },
    places,
    mode,
  );
  return {
    block: b.block,
    criteriaSet: {
      id: first.criteriaSet.id,
      title: first.criteriaSet.title,
      ...(first.criteriaSet.titleEn === undefined ? {} : { titleEn: first.criteriaSet.titleEn }),
    },
    rows,
    averages,
    bands,
    places,
    roundingMode: mode,
    hasAdjustments: all.some((r) => !dec(r.bonus).isZero() || !dec(r.penalty).isZero()),
  };
}

type Exact = Omit<AnnexNumbers, 'shown'>;

function shownOf(n: Exact, places: number, mode: 'half-up' | 'half-even'): AnnexNumbers {
  const round = (v: DecimalString) => roundDecimal(v, places, mode);
  return {
    ...n,
    shown: {
      self: round(n.self),
      appraised: round(n.appraised),
      survey: round(n.survey),
      adjustments: round(n.adjustments),
      total: round(n.total),
      index: round(n.index),
    },
  };
}

/** A unit's numbers: the appraised and survey parts of its tree, and the engine's totals. */
function numbers(r: ScoreResult, places: number, mode: 'half-up' | 'half-even'): AnnexNumbers {
  const parts = { self: [] as Dec[], appraised: [] as Dec[], survey: [] as Dec[] };
  const split = (node: NodeScore): void => {
    if (node.status === 'not-applicable' || node.status === 'empty') return;
    if (node.method === 'survey') {
      parts.survey.push(dec(node.points));
      return;
    }
    // A node counted whole (its own score), or with no survey below it, is appraised as one.
    if (node.source !== 'children' || !hasSurvey(node)) {
      parts.self.push(dec(node.selfPoints));
      parts.appraised.push(dec(node.points));
      return;
    }
    for (const c of node.children) split(c);
  };
  for (const f of r.fields) split(f);
  const total = (list: readonly Dec[]) => (list.length === 0 ? toDs(ZERO) : toDs(sum(list)));
  const exact: Exact = {
    self: total(parts.self),
    appraised: total(parts.appraised),
    survey: total(parts.survey),
    adjustments: toDs(dec(r.bonus).minus(dec(r.penalty))),
    total: r.points,
    index: r.index,
  };
  // The total and index are published by the engine: the same value ranks and bands decided on.
  const shown = shownOf(exact, places, mode);
  return { ...shown, shown: { ...shown.shown, total: r.shown.points, index: r.shown.index } };
}

function hasSurvey(node: NodeScore): boolean {
  return node.children.some((c) => c.method === 'survey' || hasSurvey(c));
}
