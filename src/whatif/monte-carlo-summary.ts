import { formatNumber, formatPercent } from '../format/number-format.js';
import { D, toDs } from '../internal/decimal.js';
import { Q100, q, qMul, qRoundScaled, qToFixed, qToString } from '../internal/rational.js';
import type { DecimalString } from '../model/decimal-string.js';
import type {
  NodeSensitivity,
  RankProbability,
  UncertainUnit,
  UnitRankDistribution,
} from '../model/whatif-monte-carlo.js';
import { type DrawColumn, tailCuts } from './tail-cuts.js';

/** What the sampler hands to the summary. Internal. */
export interface Sampled {
  /** Rank per unit per draw. */
  readonly ranks: readonly Int32Array[];
  /** Drawn points per unit per node per draw, in draw units of 0,0001 point (integers). */
  readonly values: readonly (readonly DrawColumn[])[];
}

/** Draw units per point. */
const DRAW_SCALE = 10_000;

interface Context {
  readonly of: number;
  readonly currentRank: number;
  readonly draws: number;
  readonly tail: number;
}

/** Mean of integer ranks, exact then rounded half-up to 4 decimals. */
function meanRank(total: number, count: number): InstanceType<typeof D> {
  return new D(qToFixed({ n: total, d: count }, 4, 'half-up'));
}

/** Smallest rank whose cumulative count reaches `percent` % of the draws (integers only). */
function percentile(counts: readonly number[], draws: number, percent: number): number {
  // ⌈percent × draws / 100⌉: the quotient of exact integers is never within an ulp of the
  // next integer unless it is one, so floor/ceil of it is exact.
  const need = Math.ceil((percent * draws) / 100);
  let cum = 0;
  for (let r = 1; r < counts.length; r++) {
    cum += counts[r] ?? 0;
    if (cum >= need) return r;
  }
  return counts.length - 1;
}

function sensitivity(
  unit: UncertainUnit,
  ranks: Int32Array,
  values: readonly DrawColumn[],
  ctx: Context,
): NodeSensitivity[] {
  const m = Math.max(1, Math.floor(ctx.tail * ctx.draws));
  const out: NodeSensitivity[] = [];
  unit.nodes.forEach((node, j) => {
    const v = values[j];
    if (node.uncertainty === undefined || v === undefined) return;
    const [lowCut, highCut] = tailCuts(v, m - 1, ctx.draws - m);
    let lowN = 0;
    let lowRanks = 0;
    let lowSum = 0;
    let highN = 0;
    let highRanks = 0;
    let highSum = 0;
    for (let d = 0; d < ctx.draws; d++) {
      const x = v[d] as number;
      const r = ranks[d] as number;
      if (x <= lowCut) {
        lowN++;
        lowRanks += r;
        lowSum += x;
      }
      if (x >= highCut) {
        highN++;
        highRanks += r;
        highSum += x;
      }
    }
    const low = meanRank(lowRanks, lowN);
    const high = meanRank(highRanks, highN);
    out.push({
      code: node.code,
      name: node.name ?? node.code,
      low: qToString(
        q(qRoundScaled({ n: lowSum, d: lowN * DRAW_SCALE }, 4, 'half-up'), 10_000),
      ) as DecimalString,
      high: qToString(
        q(qRoundScaled({ n: highSum, d: highN * DRAW_SCALE }, 4, 'half-up'), 10_000),
      ) as DecimalString,
      expectedRankLow: toDs(low),
      expectedRankHigh: toDs(high),
      swing: toDs(low.minus(high)),
    });
  });
  return out.sort(
    (a, b) => new D(b.swing).comparedTo(new D(a.swing)) || a.code.localeCompare(b.code),
  );
}

/** Builds one unit's distribution from the draws. */
export function summarise(
  unit: UncertainUnit,
  sampled: Sampled,
  i: number,
  ctx: Context,
): UnitRankDistribution {
  const ranks = sampled.ranks[i] ?? new Int32Array(0);
  const counts = new Array<number>(ctx.of + 1).fill(0);
  let total = 0;
  let hits = 0;
  for (const r of ranks) {
    counts[r] = (counts[r] ?? 0) + 1;
    total += r;
    if (unit.target !== undefined && r <= unit.target) hits++;
  }
  const probs: RankProbability[] = [];
  counts.forEach((count, rank) => {
    if (count > 0) {
      probs.push({
        rank,
        count,
        probability: qToString({ n: count, d: ctx.draws }) as DecimalString,
      });
    }
  });
  const expected = meanRank(total, ctx.draws);
  const p5 = percentile(counts, ctx.draws, 5);
  const p95 = percentile(counts, ctx.draws, 95);
  const targetP = unit.target !== undefined ? { n: hits, d: ctx.draws } : undefined;
  const sens = sensitivity(unit, ranks, sampled.values[i] ?? [], ctx);
  const top = sens[0];
  const band = p5 === p95 ? `hạng ${p5}` : `hạng ${p5}–${p95}`;
  const bandEn = p5 === p95 ? `rank ${p5}` : `ranks ${p5}–${p95}`;
  const vi = [
    `${unit.name}: hạng hiện tại ${ctx.currentRank}/${ctx.of}`,
    `hạng kỳ vọng ${formatNumber(toDs(expected), { trimZeros: true })}`,
    `90 % khả năng ${band}`,
  ];
  const en = [
    `${unit.name}: rank now ${ctx.currentRank}/${ctx.of}`,
    `expected rank ${formatNumber(toDs(expected), { lang: 'en', trimZeros: true })}`,
    `90% chance of ${bandEn}`,
  ];
  if (targetP !== undefined) {
    vi.push(
      `xác suất đạt hạng ${unit.target} trở lên ${formatPercent(qToFixed(qMul(targetP, Q100), 1, 'half-up'), { places: 1 })}`,
    );
    en.push(
      `probability of rank ${unit.target} or better ${formatPercent(qToFixed(qMul(targetP, Q100), 1, 'half-up'), { places: 1, lang: 'en' })}`,
    );
  }
  if (top !== undefined && new D(top.swing).greaterThan(0)) {
    vi.push(`ảnh hưởng nhất: ${top.code} ${top.name} (${formatNumber(top.swing)} bậc)`);
    en.push(
      `most influential: ${top.code} ${top.name} (${formatNumber(top.swing, { lang: 'en' })} places)`,
    );
  }
  return {
    unitId: unit.id,
    unitName: unit.name,
    block: unit.block ?? '',
    ...(unit.criteriaSet !== undefined ? { criteriaSet: unit.criteriaSet } : {}),
    of: ctx.of,
    currentRank: ctx.currentRank,
    expectedRank: toDs(expected),
    ranks: probs,
    rankP5: p5,
    rankP95: p95,
    ...(unit.target !== undefined ? { target: unit.target } : {}),
    ...(targetP !== undefined ? { targetProbability: qToString(targetP) as DecimalString } : {}),
    sensitivity: sens,
    text: vi.join('; '),
    textEn: en.join('; '),
  };
}
