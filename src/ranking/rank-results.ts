import { findNode } from '../engine/find-node.js';
import type { RankBy, RankInput, Ranking, UnrankedReason, UnrankedUnit } from '../model/ranking.js';
import type { NodeScore, ScoreResult } from '../model/score-result.js';
import { identityKey } from '../parse/code-key.js';
import { groupBlocks } from './block-groups.js';
import { rankValues } from './rank.js';

/** Options of {@link rankResults}. */
export interface RankResultsOptions {
  /** What to rank: the index (default) or a node's percent (sub-index). */
  readonly by?: RankBy | undefined;
}

const REASONS: Record<UnrankedReason, readonly [string, string]> = {
  'not-applicable': ['không áp dụng', 'not applicable'],
  overridden: [
    'không chấm riêng (điểm chấm ở mục cấp trên)',
    'not scored on its own (scored above)',
  ],
  empty: ['mọi tiêu chí con đều không áp dụng', 'every sub-criterion is not applicable'],
  'no-applicable-maximum': ['không có điểm tối đa áp dụng', 'no applicable maximum'],
};

function apart(r: ScoreResult, reason: UnrankedReason): UnrankedUnit & { criteriaSetId: string } {
  const [text, textEn] = REASONS[reason];
  return {
    unitId: r.unit.id,
    unitName: r.unit.name,
    block: r.unit.block,
    criteriaSetId: r.criteriaSet.id,
    reason,
    text,
    textEn,
  };
}

function nodeReason(node: NodeScore): UnrankedReason | undefined {
  return node.status === 'scored' ? undefined : node.status;
}

/**
 * Ranks scored units within their blocks — a block is the pair (criteria set, block name) — by
 * index or by a node's sub-index (percent of its applicable maximum), on each result's published
 * value (rounded once by its set's rule). See {@link rankValues} for the tie rule.
 *
 * A unit whose ranked node is not applicable, not scored on its own or empty, or which has no
 * applicable maximum, is listed apart in its block (`unranked`) with the reason, never ranked
 * at 0 %.
 *
 * @param results - One result per unit and criteria set.
 * @param options - What to rank.
 * @returns The ranking; bands are copied from the results.
 * @throws RangeError when a result has no node with the code ranked, one block of one set mixes
 *   periods (e.g. 2022 and 2023), or as {@link rankValues}.
 * @example
 * const byIndex = rankResults(results);
 * const byTthc = rankResults(results, { by: { kind: 'node', code: '3' } });
 */
export function rankResults(
  results: readonly ScoreResult[],
  options: RankResultsOptions = {},
): Ranking {
  const by = options.by ?? { kind: 'index' };
  const places = results.length > 0 ? Math.max(...results.map((r) => r.places)) : 2;
  checkPeriods(results);
  const inputs: RankInput[] = [];
  const unranked: (UnrankedUnit & { criteriaSetId: string })[] = [];
  for (const r of results) {
    const common = {
      unitId: r.unit.id,
      unitName: r.unit.name,
      block: r.unit.block,
      criteriaSetId: r.criteriaSet.id,
      ...(r.band !== undefined ? { band: r.band } : {}),
    };
    if (by.kind === 'index') {
      if (r.max === '0') unranked.push(apart(r, 'no-applicable-maximum'));
      else inputs.push({ ...common, value: r.index, published: r.shown.index });
      continue;
    }
    const node = findNode(r, by.code);
    if (node === undefined) {
      throw new RangeError(`rankResults: unit "${r.unit.id}" has no node "${by.code}"`);
    }
    const reason = nodeReason(node);
    if (reason !== undefined) unranked.push(apart(r, reason));
    else inputs.push({ ...common, value: node.percent, published: node.shown.percent });
  }
  return rankValues(inputs, places, by, unranked);
}

/** Results of one block of one set must be of one period: ranking 2022 against 2023 is wrong. */
function checkPeriods(results: readonly ScoreResult[]): void {
  const groups = groupBlocks(
    results.map((r) => ({ item: r, block: r.unit.block, criteriaSetId: r.criteriaSet.id })),
    [],
  );
  for (const g of groups) {
    const periods = [...new Set(g.ranked.map((r) => identityKey(r.period)))];
    if (periods.length > 1) {
      throw new RangeError(
        `rankResults: block "${g.block}" of set "${g.criteriaSetId}" mixes periods ${periods.join(', ')}`,
      );
    }
  }
}
