import { exactTotals } from '../engine/result.js';
import { scoreAssessment } from '../engine/score-assessment.js';
import { formatPercent } from '../format/number-format.js';
import { type Q, Q0, Q100, qCmp, qDiv, qMul, qSub } from '../internal/rational.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { RankedUnit, Ranking } from '../model/ranking.js';
import type { ScoreResult } from '../model/score-result.js';
import type {
  ScenarioInput,
  ScenarioResult,
  UnitDiff,
  UnitSnapshot,
} from '../model/whatif-scenario.js';
import { identityKey } from '../parse/code-key.js';
import { rankResults } from '../ranking/rank-results.js';
import { applyChanges } from './apply-changes.js';
import { dsQ } from './grid.js';

function exactIndex(result: ScoreResult): Q {
  const t = exactTotals(result);
  return qCmp(t.max, Q0) === 0 ? Q0 : qDiv(qMul(t.total, Q100), t.max);
}

const FN = 'simulateScenario';

/**
 * What-if over a whole block: applies changes (points at any node, points added, or raw values
 * re-scored by the node's rule) to one or more units, re-scores everyone with
 * {@link scoreAssessment}, re-ranks with {@link rankResults} (published rounding, ties share a
 * rank), and reports for every unit the before/after points, index, rank, band and the
 * triggers fired or cleared. Units without changes can still move in rank.
 *
 * @param input - Set(s), every unit's assessment, the changes, stage and places.
 * @returns One diff per unit (input order), both rankings, and the new results.
 * @throws RangeError when a change names an unknown unit or node, sets points outside
 *   0–max, or an assessment's set is missing.
 * @example
 * const s = simulateScenario({ set, assessments, changes: [{ unitId: 'a', code: '1.2', add: 2 }] });
 * s.units[0]?.text; // 'Xã A: chỉ số 65 % → 75 %; hạng 3/3 → 1/3 (tăng 2 bậc); …'
 */
export function simulateScenario(input: ScenarioInput): ScenarioResult {
  const sets: readonly CriteriaSet[] = Array.isArray(input.set)
    ? input.set
    : [input.set as CriteriaSet];
  const stage = input.stage ?? 'final';
  for (const c of input.changes) {
    if (!input.assessments.some((a) => a.unit.id === c.unitId)) {
      throw new RangeError(`${FN}: no assessment for unit "${c.unitId}"`);
    }
  }
  const setOf = (id: string): CriteriaSet => {
    const set = sets.find((s) => s.id === id);
    if (set === undefined) throw new RangeError(`${FN}: no criteria set "${id}"`);
    return set;
  };
  const before = input.assessments.map((a) =>
    scoreAssessment(setOf(a.criteriaSetId), a, { stage }),
  );
  const after = input.assessments.map((a, i) => {
    const mine = input.changes.filter((c) => c.unitId === a.unit.id);
    if (mine.length === 0) return before[i] as ScoreResult;
    const changed = applyChanges(a, before[i] as ScoreResult, mine);
    return scoreAssessment(setOf(a.criteriaSetId), changed, { stage });
  });
  const rankBefore = rankResults(before);
  const rankAfter = rankResults(after);
  const units = input.assessments.map((a, i) =>
    diff(
      snapshot(before[i] as ScoreResult, rankBefore),
      snapshot(after[i] as ScoreResult, rankAfter),
      after[i] as ScoreResult,
      input.changes.some((c) => c.unitId === a.unit.id),
      before[i] as ScoreResult,
    ),
  );
  return { units, before: rankBefore, after: rankAfter, results: after };
}

/** The unit's place in its block (same set and block), or undefined when it is listed apart. */
function findRanked(ranking: Ranking, result: ScoreResult): { ranked?: RankedUnit; of: number } {
  const key = identityKey(result.unit.block);
  const block = ranking.blocks.find(
    (b) => b.criteriaSetId === result.criteriaSet.id && identityKey(b.block) === key,
  );
  const id = identityKey(result.unit.id);
  const ranked = block?.units.find((u) => identityKey(u.unitId) === id);
  return { ...(ranked !== undefined ? { ranked } : {}), of: block?.units.length ?? 0 };
}

function snapshot(result: ScoreResult, ranking: Ranking): UnitSnapshot {
  const { ranked, of } = findRanked(ranking, result);
  return {
    points: result.points,
    index: result.index,
    shown: ranked?.shown ?? result.shown.index,
    rank: ranked?.rank ?? 0,
    of,
    ...(result.band !== undefined ? { band: result.band } : {}),
    triggers: result.triggers.map((t) => t.id),
  };
}

function diff(
  b: UnitSnapshot,
  a: UnitSnapshot,
  result: ScoreResult,
  changed: boolean,
  beforeResult: ScoreResult,
): UnitDiff {
  const fired = a.triggers.filter((t) => !b.triggers.includes(t));
  const cleared = b.triggers.filter((t) => !a.triggers.includes(t));
  const rankChange = b.rank - a.rank;
  const labels = new Map(
    [...beforeResult.triggers, ...result.triggers].map((t) => [
      t.id,
      [t.label, t.labelEn ?? t.label],
    ]),
  );
  const names = (ids: readonly string[], en: boolean): string =>
    ids.map((id) => labels.get(id)?.[en ? 1 : 0] ?? id).join(', ');
  const move = (en: boolean): string =>
    rankChange > 0
      ? en
        ? `up ${rankChange}`
        : `tăng ${rankChange} bậc`
      : rankChange < 0
        ? en
          ? `down ${-rankChange}`
          : `giảm ${-rankChange} bậc`
        : en
          ? 'unchanged'
          : 'giữ nguyên';
  const vi = [
    `${result.unit.name}: chỉ số ${formatPercent(b.shown)} → ${formatPercent(a.shown)}`,
    `hạng ${b.rank}/${b.of} → ${a.rank}/${a.of} (${move(false)})`,
  ];
  const en = [
    `${result.unit.name}: index ${formatPercent(b.shown, { lang: 'en' })} → ${formatPercent(a.shown, { lang: 'en' })}`,
    `rank ${b.rank}/${b.of} → ${a.rank}/${a.of} (${move(true)})`,
  ];
  if (b.band?.code !== a.band?.code) {
    vi.push(`xếp loại ${b.band?.label ?? '—'} → ${a.band?.label ?? '—'}`);
    en.push(
      `band ${b.band?.labelEn ?? b.band?.label ?? '—'} → ${a.band?.labelEn ?? a.band?.label ?? '—'}`,
    );
  }
  if (fired.length > 0) {
    vi.push(`phát sinh: ${names(fired, false)}`);
    en.push(`now fires: ${names(fired, true)}`);
  }
  if (cleared.length > 0) {
    vi.push(`hết: ${names(cleared, false)}`);
    en.push(`cleared: ${names(cleared, true)}`);
  }
  return {
    unitId: result.unit.id,
    unitName: result.unit.name,
    block: result.unit.block,
    changed,
    before: b,
    after: a,
    pointsChange: dsQ(qSub(exactTotals(result).total, exactTotals(beforeResult).total)),
    indexChange: dsQ(qSub(exactIndex(result), exactIndex(beforeResult))),
    rankChange,
    triggersFired: fired,
    triggersCleared: cleared,
    text: vi.join('; '),
    textEn: en.join('; '),
  };
}
