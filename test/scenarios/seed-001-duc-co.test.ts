/**
 * Seed 001 (Đức Cơ, Gia Lai, 2022): district index 2021 = 74,42 points, rank 11/17, "tăng 2 bậc"
 * on 2020 (13/17); the plan targeted rank 6–9/17 and missed. Published results give field totals
 * only, so the assessments carry `points` per field. Everything but the seed's numbers is invented;
 * see test/fixtures/seeds/001/README.md.
 */
import { readdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/format/number-format.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import type { Ranking } from '../../src/model/ranking.js';
import type { ScoreResult } from '../../src/model/score-result.js';
import { rankValues } from '../../src/ranking/rank.js';
import { compareRanks } from '../../src/ranking/rank-change.js';
import { rankResults } from '../../src/ranking/rank-results.js';
import { checkRankTarget } from '../../src/ranking/targets.js';
import { planCheapest } from '../../src/whatif/plan-cheapest.js';
import { planItemsFromResult } from '../../src/whatif/plan-items.js';
import { pointsNeededForRankInResults } from '../../src/whatif/rank-gap-results.js';
import {
  loadSeedSet,
  node,
  ranked,
  readPublished,
  scoreSeedFile,
  seedPath,
} from './seed-helpers.js';

const SEED = '001';
let set: CriteriaSet;
let results: ScoreResult[];
let ducCo: ScoreResult;
let rank2021: Ranking;
let rank2020: Ranking;

beforeAll(async () => {
  set = await loadSeedSet(SEED, 'criteria-set.yaml');
  const files = (await readdir(seedPath(SEED, '2021'))).filter((f) => f.endsWith('.json'));
  results = await Promise.all(files.map((f) => scoreSeedFile(SEED, set, `2021/${f}`)));
  const found = results.find((r) => r.unit.id === 'duc-co');
  if (found === undefined) throw new Error('duc-co.json missing');
  ducCo = found;
  rank2021 = rankResults(results);
  rank2020 = rankValues(await readPublished(SEED, 'published-2020.json'), 2);
});

describe('seed 001 Đức Cơ: field totals only', () => {
  it('reads a partial, illustrative set of 8 fields worth 100 points', () => {
    expect(set.partial).toBe(true);
    expect(set.provenance).toBe('illustrative');
    expect(set.fields.map((f) => f.max)).toEqual([
      '10',
      '10',
      '14.5',
      '11',
      '16',
      '7',
      '16',
      '15.5',
    ]);
    expect(set.max).toBe('100');
    expect(results).toHaveLength(17);
  });

  it('adds the published field totals to 74,42 points (index 74,42 %)', () => {
    expect(ducCo.fields.map((f) => f.points)).toEqual([
      '8.25',
      '8.5',
      '11.75',
      '8.5',
      '11.92',
      '5.5',
      '10.5',
      '9.5',
    ]);
    expect(ducCo.fields.every((f) => f.source === 'points')).toBe(true);
    expect(ducCo.points).toBe('74.42');
    expect(ducCo.index).toBe('74.42');
    expect(ducCo.shown).toEqual({ points: '74.42', max: '100.00', index: '74.42' });
    expect(formatNumber(ducCo.index)).toBe('74,42');
    // Field sub-indices: 11,75/14,5 = 81,034…%; 10,5/16 = 65,625 %.
    expect(formatNumber(node(ducCo, '3').percent)).toBe('81,03');
    expect(node(ducCo, '7').percent).toBe('65.625');
  });
});

describe('seed 001 Đức Cơ: ranking 2021', () => {
  it('ranks Đức Cơ 11/17', () => {
    const unit = ranked(rank2021, 'duc-co');
    expect(unit.rank).toBe(11);
    expect(unit.of).toBe(17);
    expect(unit.position).toBe('11/17');
    expect(unit.tied).toBe(false);
  });

  it('shares rank 4 between two districts equal on the rounded index (82,12)', () => {
    const eoGio = ranked(rank2021, 'eo-gio'); // 82.124 unrounded
    const doiMay = ranked(rank2021, 'doi-may'); // 82.116 unrounded
    expect([eoGio.shown, doiMay.shown]).toEqual(['82.12', '82.12']);
    expect([eoGio.rank, doiMay.rank]).toEqual([4, 4]);
    expect([eoGio.tied, doiMay.tied]).toEqual([true, true]);
    expect(ranked(rank2021, 'd03').tied).toBe(false);
    expect(ranked(rank2021, 'd06').position).toBe('6/17'); // competition ranking skips 5
  });

  it('lists the block best first, ties in Vietnamese alphabetical order (Đ before E)', () => {
    expect(rank2021.blocks).toHaveLength(1);
    expect(rank2021.blocks[0]?.units.map((u) => u.unitId)).toEqual([
      'd01',
      'd02',
      'd03',
      'doi-may',
      'eo-gio',
      'd06',
      'd07',
      'd08',
      'd09',
      'd10',
      'duc-co',
      'd12',
      'd13',
      'd14',
      'd15',
      'd16',
      'd17',
    ]);
  });
});

describe('seed 001 Đức Cơ: against 2020 and against the plan', () => {
  it('was 13/17 in 2020 and is "tăng 2 bậc"', () => {
    expect(ranked(rank2020, 'duc-co').position).toBe('13/17');
    const changes = compareRanks(rank2021, rank2020);
    const byId = new Map(changes.map((c) => [c.unitId, c]));
    expect(byId.get('duc-co')?.change).toBe(2);
    expect(byId.get('duc-co')?.text).toBe('tăng 2 bậc');
    expect(byId.get('d01')?.text).toBe('giữ nguyên');
    expect(byId.get('d03')?.change).toBe(-1);
    expect(byId.get('d03')?.text).toBe('giảm 1 bậc');
    expect(byId.get('doi-may')?.text).toBe('tăng 1 bậc'); // 5 → 4 (tied)
  });

  it('missed the plan target 6–9/17 by 2 places', () => {
    const verdict = checkRankTarget(11, 17, { best: 6, worst: 9 });
    expect(verdict.met).toBe(false);
    expect(verdict.rank).toBe(11);
    expect(verdict.missedBy).toBe(2);
    expect(verdict.text).toContain('11/17');
    expect(verdict.text).toContain('6–9/17');
    const d09 = ranked(rank2021, 'd09');
    expect(checkRankTarget(d09.rank, d09.of, { best: 6, worst: 9 }).met).toBe(true);
  });
});

describe('what-if', () => {
  // The 16 other districts are held at their 2021 results. Survey field 8 is not winnable by
  // work: fields 1–7 lost 1,75 + 1,5 + 2,75 + 2,5 + 4,08 + 1,5 + 5,5 = 19,58 points.
  const opts = { lockSurvey: true } as const;

  it('needs 2,08 points for rank 9/17 (a tie with Huyện Hư Cấu 09 at 76,50): reachable', () => {
    // The 9th best other is 76,50; it shows from 76,495: 76,495 − 74,42 = 2,075 → 2,08.
    const gap = pointsNeededForRankInResults(results, 'duc-co', 9, opts);
    expect(gap.currentRank).toBe(11);
    expect(gap.available).toBe('19.58');
    expect(gap.pointsNeeded).toBe('2.08');
    expect(gap.newIndexShown).toBe('76.50');
    expect(gap.newRank).toBe(9);
    expect(gap.reachable).toBe(true);
    expect(gap.text).toBe(
      'Huyện Đức Cơ: Cần thêm 2,08 điểm để đạt hạng 9/17 (ngang Huyện Hư Cấu 09 76,50 %)',
    );
  });

  it('needs 5,58 points for rank 6/17 (a tie with Huyện Hư Cấu 06 at 80,00): reachable', () => {
    // 79,995 − 74,42 = 5,575 → 5,58.
    const gap = pointsNeededForRankInResults(results, 'duc-co', 6, opts);
    expect(gap.pointsNeeded).toBe('5.58');
    expect(gap.newIndexShown).toBe('80.00');
    expect(gap.newRank).toBe(6);
    expect(gap.reachable).toBe(true);
    expect(gap.unitToPass?.id).toBe('d06');
  });

  it('asking for 5/17 lands on a shared 4th place (the 82,12 tie)', () => {
    // The 5th best other is 82,12 (Eo Gió, tied with Đồi Mây): 82,115 − 74,42 = 7,695 → 7,70,
    // which publishes 82,12 and shares rank 4.
    const gap = pointsNeededForRankInResults(results, 'duc-co', 5, opts);
    expect(gap.pointsNeeded).toBe('7.7');
    expect(gap.newRank).toBe(4);
    expect(gap.text).toBe(
      'Huyện Đức Cơ: Cần thêm 7,7 điểm để đạt hạng 4/17 (ngang Huyện Eo Gió (hư cấu) 82,12 %)',
    );
  });

  // Fields are the plan items (only field totals are published); fictional costs and one-year
  // caps from test/fixtures/seeds/001/what-if-costs.yaml.
  const costs = { '1': 2, '2': 2, '3': 1, '4': 2, '5': 2, '6': 1, '7': 1.5 };
  const caps: Record<string, string> = {
    '1': '1',
    '2': '1',
    '3': '1.5',
    '4': '1',
    '5': '2',
    '6': '1.5',
    '7': '3',
  };
  function items() {
    return planItemsFromResult(ducCo, { costs }).map((i) => ({ ...i, cap: caps[i.code] }));
  }

  it('plans rank 6/17 at the cheapest: fields 3 and 6 in full, then 2,58 of field 7', () => {
    // Cost 1 per point: field 3 (cap 1,5) and field 6 (cap 1,5) = 3 points for 3; the rest,
    // 5,58 − 3 = 2,58, from field 7 at 1,5 = 3,87. Total 6,87.
    const plan = planCheapest(items(), '5.58');
    expect(plan.feasible).toBe(true);
    expect(plan.steps.map((s) => [s.code, s.from, s.to, s.cost])).toEqual([
      ['3', '11.75', '13.25', '1.5'],
      ['6', '5.5', '7', '1.5'],
      ['7', '10.5', '13.08', '3.87'],
    ]);
    expect([plan.totalGain, plan.totalCost]).toEqual(['5.58', '6.87']);
  });

  it('rank 1/17 is within the 19,58 points on paper but not within one year’s caps', () => {
    // 88,095 − 74,42 = 13,675 → 13,68 ≤ 19,58; the caps sum to 1 + 1 + 1,5 + 1 + 2 + 1,5 + 3 = 11.
    const gap = pointsNeededForRankInResults(results, 'duc-co', 1, opts);
    expect([gap.pointsNeeded, gap.reachable]).toEqual(['13.68', true]);
    const plan = planCheapest(items(), gap.pointsNeeded);
    expect([plan.feasible, plan.maxGain, plan.totalGain, plan.totalCost]).toEqual([
      false,
      '11',
      '11',
      '17.5',
    ]);
    expect(plan.text.startsWith('Không đủ: cần 13,68 điểm')).toBe(true);
  });

  it('counting the survey field too, 25,58 points could still be won', () => {
    const gap = pointsNeededForRankInResults(results, 'duc-co', 6);
    expect(gap.available).toBe('25.58'); // 100 − 74,42
  });
});
