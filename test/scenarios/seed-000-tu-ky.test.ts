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

// describe('what-if') (points needed for a rank or band, cheapest plan) is left to the what-if helper.
