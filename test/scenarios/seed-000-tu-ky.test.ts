/**
 * Seed 000 (Tứ Kỳ, Hải Dương, 2023): the district was rated "Hoàn thành nhiệm vụ" for 2022; the
 * 2023 targets are "Hoàn thành tốt nhiệm vụ" and rank 6/12 or better. Criteria set and all numbers
 * are illustrative; the hand arithmetic is in test/fixtures/seeds/000/README.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../../src/format/number-format.js';
import type { BandScale } from '../../src/model/bands.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import type { Ranking } from '../../src/model/ranking.js';
import type { ScoreResult } from '../../src/model/score-result.js';
import { rankValues } from '../../src/ranking/rank.js';
import { compareRanks } from '../../src/ranking/rank-change.js';
import { checkBandTarget, checkRankTarget } from '../../src/ranking/targets.js';
import { pointsNeededForBand } from '../../src/whatif/band-gap.js';
import { planCheapest } from '../../src/whatif/plan-cheapest.js';
import { planItemsFromResult } from '../../src/whatif/plan-items.js';
import { pointsNeededForRank } from '../../src/whatif/rank-gap.js';
import {
  asRankInput,
  loadSeedSet,
  node,
  ranked,
  readPublished,
  scoreSeedFile,
} from './seed-helpers.js';

const SEED = '000';
let set: CriteriaSet;
let bands: BandScale;
let r2022: ScoreResult;
let r2023: ScoreResult;
let rank2022: Ranking;
let rank2023: Ranking;

beforeAll(async () => {
  set = await loadSeedSet(SEED, 'criteria-set.yaml');
  if (set.bands === undefined) throw new Error('seed 000 set must have bands');
  bands = set.bands;
  r2022 = await scoreSeedFile(SEED, set, 'tu-ky-2022.yaml');
  r2023 = await scoreSeedFile(SEED, set, 'tu-ky-2023.yaml');
  rank2022 = rankValues(
    [...(await readPublished(SEED, 'published-others-2022.json')), asRankInput(r2022)],
    2,
  );
  rank2023 = rankValues(
    [...(await readPublished(SEED, 'published-others-2023.json')), asRankInput(r2023)],
    2,
  );
});

describe('seed 000 Tứ Kỳ: the criteria set', () => {
  it('is illustrative, 100 points, with the four Hải Dương bands', () => {
    expect(set.provenance).toBe('illustrative');
    expect(set.max).toBe('100');
    expect(bands.levels.map((l) => [l.code, l.min])).toEqual([
      ['htxs', '90'],
      ['htt', '80'],
      ['htnv', '65'],
      ['khtnv', '0'],
    ]);
  });
});

describe('seed 000 Tứ Kỳ: 2022 result ("Hoàn thành nhiệm vụ")', () => {
  it('scores every rule as computed by hand', () => {
    expect(node(r2022, '1.1').points).toBe('1'); // 4 days late ≤ 10 → 1
    expect(node(r2022, '1.2').points).toBe('0'); // no initiative registered
    expect(node(r2022, '2.1').points).toBe('6'); // 312/520 = 60 % × 10
    expect(node(r2022, '2.2').points).toBe('3'); // 72 % ≥ 70 → 3
    expect(node(r2022, '2.3').points).toBe('1'); // 9/300 = 3 % ≤ 5 → 1
    expect(node(r2022, '3.1').points).toBe('3.6'); // 10 × 18/50
    expect(node(r2022, '5.1').points).toBe('11.55'); // 15 × 15400/20000
    expect(node(r2022, '5.2').points).toBe('8'); // 10 × (4,2 − 1)/4
  });

  it('adds up the fields and the index', () => {
    expect(['1', '2', '3', '4', '5'].map((c) => node(r2022, c).points)).toEqual([
      '6',
      '19',
      '11.6',
      '12',
      '19.55',
    ]);
    expect(r2022.points).toBe('68.15');
    expect(r2022.max).toBe('100');
    expect(r2022.index).toBe('68.15');
    expect(r2022.shown).toEqual({ points: '68.15', max: '100.00', index: '68.15' });
    expect(formatNumber(r2022.index)).toBe('68,15');
    expect(formatPercent(r2022.index)).toBe('68,15 %');
  });

  it('is rated "Hoàn thành nhiệm vụ", as the province did', () => {
    expect(r2022.band?.code).toBe('htnv');
    expect(r2022.band?.label).toBe('Hoàn thành nhiệm vụ');
  });

  it('ranks 10/12 and misses the rank target "6/12 or better" by 4 places', () => {
    const tuKy = ranked(rank2022, 'tu-ky');
    expect(tuKy.position).toBe('10/12');
    expect(tuKy.shown).toBe('68.15');
    const verdict = checkRankTarget(tuKy.rank, tuKy.of, { worst: 6 });
    expect(verdict.met).toBe(false);
    expect(verdict.missedBy).toBe(4);
    expect(verdict.text).toContain('10/12');
  });

  it('misses the band target "Hoàn thành tốt nhiệm vụ"', () => {
    const verdict = checkBandTarget(r2022, { atLeast: 'htt' }, bands);
    expect(verdict.met).toBe(false);
    expect(verdict.bandMet).toBe(false);
    expect(verdict.text).toContain('Hoàn thành nhiệm vụ');
    expect(verdict.text).toContain('Hoàn thành tốt nhiệm vụ');
  });
});

describe('seed 000 Tứ Kỳ: a 2023 result that meets both targets', () => {
  it('scores every rule as computed by hand', () => {
    expect(node(r2023, '1.1').points).toBe('2'); // on time
    expect(node(r2023, '1.2').points).toBe('2'); // initiative registered (seed §2.10)
    expect(node(r2023, '2.1').points).toBe('9'); // 468/520 = 90 %
    expect(node(r2023, '2.2').points).toBe('5'); // 93 % ≥ 90
    expect(node(r2023, '2.3').points).toBe('3'); // 1 % ≤ 2
    expect(node(r2023, '3.1').points).toBe('8.4'); // 10 × 42/50
    expect(node(r2023, '5.1').points).toBe('13.2'); // 15 × 17600/20000
    expect(node(r2023, '5.2').points).toBe('7.75'); // 10 × 3,1/4
  });

  it('totals 85,85 points, "Hoàn thành tốt nhiệm vụ"', () => {
    expect(['1', '2', '3', '4', '5'].map((c) => node(r2023, c).points)).toEqual([
      '9.5',
      '26',
      '16.9',
      '12.5',
      '20.95',
    ]);
    expect(r2023.points).toBe('85.85');
    expect(r2023.index).toBe('85.85');
    expect(r2023.shown.index).toBe('85.85');
    expect(r2023.band?.code).toBe('htt');
    expect(checkBandTarget(r2023, { atLeast: 'htt' }, bands).met).toBe(true);
  });

  it('ranks 5/12: rank target met, up 5 places on 2022', () => {
    const tuKy = ranked(rank2023, 'tu-ky');
    expect(tuKy.position).toBe('5/12');
    const verdict = checkRankTarget(tuKy.rank, tuKy.of, { worst: 6 });
    expect(verdict.met).toBe(true);
    expect(verdict.missedBy).toBe(0);
    const change = compareRanks(rank2023, rank2022).find((c) => c.unitId === 'tu-ky');
    expect(change?.previousRank).toBe(10);
    expect(change?.change).toBe(5);
    expect(change?.text).toBe('tăng 5 bậc');
  });
});

describe('what-if', () => {
  // The other 11 districts are held at their published 2022 indices.
  async function others2022() {
    return (await readPublished(SEED, 'published-others-2022.json')).map((u) => ({
      id: u.unitId,
      name: u.unitName,
      index: u.value,
    }));
  }

  it('needs 9,15 points for rank 6/12 (a tie with Huyện Hư Cấu 06 at 77,30)', async () => {
    // Others, best first: 88,40 85,12 83,70 81,05 79,66 77,30 … The 6th is 77,30; a published
    // 77,30 ties it and ties share a rank. 77,30 shows from 77,295 %, i.e. 77,295 points of 100:
    // 77,295 − 68,15 = 9,145 → 9,15 on the 0,01 grid.
    const gap = pointsNeededForRank({
      points: r2022.points,
      max: r2022.max,
      k: 6,
      name: 'Huyện Tứ Kỳ',
      others: await others2022(),
    });
    expect(gap.currentRank).toBe(10);
    expect(gap.pointsNeeded).toBe('9.15');
    expect(gap.newPoints).toBe('77.3');
    expect(gap.newIndexShown).toBe('77.30');
    expect(gap.newRank).toBe(6);
    expect(gap.of).toBe(12);
    expect(gap.reachable).toBe(true);
    expect(gap.unitToPass?.name).toBe('Huyện Hư Cấu 06');
    expect(gap.text).toBe(
      'Huyện Tứ Kỳ: Cần thêm 9,15 điểm để đạt hạng 6/12 (ngang Huyện Hư Cấu 06 77,30 %)',
    );
    // One grid step less (9,14 → 77,29) stays 7th.
    const short = pointsNeededForRank({
      points: '77.29',
      max: '100',
      k: 6,
      others: await others2022(),
    });
    expect(short.currentRank).toBe(7);
  });

  it('needs 11,85 points for "Hoàn thành tốt nhiệm vụ" (80 % of 100 − 68,15)', () => {
    const gap = pointsNeededForBand({ points: r2022.points, max: r2022.max, band: 'htt' }, bands);
    expect(gap.currentBand?.code).toBe('htnv');
    expect(gap.pointsNeeded).toBe('11.85');
    expect(gap.newIndex).toBe('80');
    expect(gap.reachable).toBe(true);
    expect(gap.text).toBe('Cần thêm 11,85 điểm để đạt loại Hoàn thành tốt nhiệm vụ (từ 80 %)');
  });

  it('can win at most 26,4 points by work: the survey field 5 is locked', () => {
    // Lost on non-survey leaves: 1.1 1 + 1.2 2 + 1.3 1 + 2.1 4 + 2.2 2 + 2.3 4 + 2.4 1 + 3.1 6,4
    // + 3.2 2 + field 4 3 = 26,4 (field 5 lost 5,45 more, but survey points are not work).
    const items = planItemsFromResult(r2022);
    expect(items.filter((i) => !i.locked).map((i) => i.code)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '3.1',
      '3.2',
      '4',
    ]);
    expect(planCheapest(items, '100').maxGain).toBe('26.4');
  });

  it('plans the 11,85 points at the cheapest with the fictional costs (what-if-costs.yaml)', () => {
    // Costs per point (README "What-if"): 1.2 0,5 (all at once: 2 points for 1); 1.1 and 2.2
    // 1 (all at once: 1 and 2 points); 3.1 1,2 (up to 6,4); 2.1 1,5; 2.3 2,5 all at once; others 3.
    // Cheapest: the three all-at-once items (5 points, cost 1 + 1 + 2 = 4), then 3.1 in full
    // (6,4 for 7,68), then 11,85 − 11,4 = 0,45 from 2.1 (0,675). Total 12,355.
    const costs = { '1.1': 1, '1.2': 0.5, '1.3': 3, '2.1': 1.5, '2.2': 1, '2.3': 2.5 };
    const items = planItemsFromResult(r2022, {
      costs: { ...costs, '2.4': 3, '3.1': 1.2, '3.2': 3, '4': 3 },
    }).map((i) => ({
      ...i,
      ...(['1.1', '2.2', '2.3'].includes(i.code) ? { allOrNothing: true } : {}),
      ...(i.code === '4' ? { cap: 1 } : {}),
    }));
    const plan = planCheapest(items, '11.85');
    expect(plan.feasible).toBe(true);
    expect(plan.steps.map((s) => [s.code, s.from, s.to, s.gain, s.cost])).toEqual([
      ['1.2', '0', '2', '2', '1'],
      ['1.1', '1', '2', '1', '1'],
      ['2.2', '3', '5', '2', '2'],
      ['3.1', '3.6', '10', '6.4', '7.68'],
      ['2.1', '6', '6.45', '0.45', '0.675'],
    ]);
    expect(plan.totalGain).toBe('11.85');
    expect(plan.totalCost).toBe('12.355');
    expect(plan.text.startsWith('Phương án rẻ nhất: 1.2 Đăng ký ít nhất một sáng kiến')).toBe(true);
    expect(plan.text.endsWith('Tổng: +11,85 điểm, chi phí 12,36')).toBe(true);
    // The plan also covers rank 6/12: 68,15 + 11,85 = 80 ≥ 77,295.
  });

  it('asks nothing more of the 2023 result: both targets met', async () => {
    const others = (await readPublished(SEED, 'published-others-2023.json')).map((u) => ({
      name: u.unitName,
      index: u.value,
    }));
    const rank = pointsNeededForRank({ points: r2023.points, max: r2023.max, k: 6, others });
    expect([rank.alreadyMet, rank.currentRank, rank.pointsNeeded]).toEqual([true, 5, '0']);
    const band = pointsNeededForBand({ points: r2023.points, max: r2023.max, band: 'htt' }, bands);
    expect([band.alreadyMet, band.pointsNeeded]).toEqual([true, '0']);
  });
});
