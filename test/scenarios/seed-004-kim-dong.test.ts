/**
 * Seed 004 (Kim Động, Hưng Yên, 2024): several indices side by side (PAR INDEX, PAPI, SIPAS,
 * digital transformation). District ranked 5th in 2023. Goals for 2024: every district-level index
 * "Tốt" or better and higher than 2023; every commune-level index "Khá" or better with no weak
 * criterion. Illustrative sets and fictional numbers: see test/fixtures/seeds/004/README.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BandScale } from '../../src/model/bands.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import type { ScoreResult } from '../../src/model/score-result.js';
import type { BandTargetVerdict } from '../../src/model/targets.js';
import { rankValues } from '../../src/ranking/rank.js';
import { checkBandTarget } from '../../src/ranking/targets.js';
import { pointsNeededForBand } from '../../src/whatif/band-gap.js';
import { pointsNeededForNoWeakCriterionInResult } from '../../src/whatif/no-weak-gap.js';
import { planCheapest } from '../../src/whatif/plan-cheapest.js';
import { planItemsFromResult } from '../../src/whatif/plan-items.js';
import { asRankInput, loadSeedSet, ranked, readPublished, scoreSeedFile } from './seed-helpers.js';

const SEED = '004';
const INDICES = ['par-index', 'papi', 'sipas', 'cds'] as const;
const COMMUNES = ['xa-mot', 'xa-hai', 'xa-ba'] as const;
type IndexKey = (typeof INDICES)[number];

const sets = new Map<IndexKey, CriteriaSet>();
const scored = new Map<string, ScoreResult>();

function setOf(key: IndexKey): CriteriaSet {
  const s = sets.get(key);
  if (s === undefined) throw new Error(`set ${key} not loaded`);
  return s;
}
function bandsOf(key: IndexKey): BandScale {
  const b = setOf(key).bands;
  if (b === undefined) throw new Error(`set ${key} has no bands`);
  return b;
}
function get(unit: string, key: IndexKey): ScoreResult {
  const r = scored.get(`${unit}/${key}`);
  if (r === undefined) throw new Error(`${unit}/${key} not scored`);
  return r;
}

beforeAll(async () => {
  for (const key of INDICES) {
    const set = await loadSeedSet(SEED, `sets/${key}.json`);
    sets.set(key, set);
    for (const year of ['2023', '2024']) {
      scored.set(
        `kim-dong-${year}/${key}`,
        await scoreSeedFile(SEED, set, `kim-dong/${year}/${key}.yaml`),
      );
    }
    for (const c of COMMUNES) {
      scored.set(`${c}/${key}`, await scoreSeedFile(SEED, set, `communes/${c}/${key}.json`));
    }
  }
});

describe('seed 004 Kim Động: four indices, one illustrative set each', () => {
  it('loads the four sets, each out of 100 with a weak criterion rating', () => {
    expect(INDICES.map((k) => [setOf(k).id, setOf(k).provenance, setOf(k).max])).toEqual([
      ['hung-yen-par-index-illustrative', 'illustrative', '100'],
      ['hung-yen-papi-illustrative', 'illustrative', '100'],
      ['hung-yen-sipas-illustrative', 'illustrative', '100'],
      ['hung-yen-cds-illustrative', 'illustrative', '100'],
    ]);
    expect(setOf('cds').criterionRating?.depth).toBe(2);
  });

  it('ranked the district 5th of 10 in the province in 2023 (PAR INDEX 84,50)', async () => {
    const others = await readPublished(SEED, 'published-others-2023.json');
    const ranking = rankValues([...others, asRankInput(get('kim-dong-2023', 'par-index'))], 2);
    expect(ranked(ranking, 'kim-dong').position).toBe('5/10');
    expect(ranked(ranking, 'kim-dong').shown).toBe('84.50');
  });
});

describe('seed 004 Kim Động: district goal "Tốt or better and higher than 2023"', () => {
  function verdict(key: IndexKey): BandTargetVerdict {
    const before = get('kim-dong-2023', key);
    return checkBandTarget(
      get('kim-dong-2024', key),
      { atLeast: 'tot', above: before.index },
      bandsOf(key),
    );
  }

  it('scores 2023 and 2024 side by side', () => {
    const rows = INDICES.map((k) => [
      k,
      get('kim-dong-2023', k).shown.index,
      get('kim-dong-2023', k).band?.label,
      get('kim-dong-2024', k).shown.index,
      get('kim-dong-2024', k).band?.label,
    ]);
    expect(rows).toEqual([
      ['par-index', '84.50', 'Tốt', '88.25', 'Tốt'],
      ['papi', '78.00', 'Khá', '82.00', 'Tốt'],
      ['sipas', '86.00', 'Tốt', '85.50', 'Tốt'],
      ['cds', '70.00', 'Khá', '79.50', 'Khá'],
    ]);
  });

  it('meets it for PAR INDEX and PAPI, misses SIPAS (lower) and digital transformation (Khá)', () => {
    const rows = INDICES.map((k) => {
      const v = verdict(k);
      return [k, v.met, v.bandMet, v.aboveMet];
    });
    expect(rows).toEqual([
      ['par-index', true, true, true],
      ['papi', true, true, true],
      ['sipas', false, true, false],
      ['cds', false, false, true],
    ]);
    expect(verdict('sipas').text).toContain('85,50');
    expect(verdict('sipas').text).toContain('86,00');
    expect(verdict('cds').text).toContain('Khá');
  });
});

describe('seed 004 Kim Động: commune goal "Khá or better, no weak criterion"', () => {
  function verdict(c: string, key: IndexKey): BandTargetVerdict {
    return checkBandTarget(get(c, key), { atLeast: 'kha', noWeakCriterion: true }, bandsOf(key));
  }

  it('bands of each commune on each index', () => {
    const rows = COMMUNES.map((c) => [c, ...INDICES.map((k) => get(c, k).band?.code)]);
    expect(rows).toEqual([
      ['xa-mot', 'kha', 'kha', 'tot', 'kha'],
      ['xa-hai', 'tot', 'kha', 'kha', 'kha'],
      ['xa-ba', 'kha', 'trung-binh', 'kha', 'kha'],
    ]);
  });

  it('rates each criterion; 50 % exactly is Trung bình, not weak; 45 % is Yếu', () => {
    const ratings = (c: string): (string | undefined)[] =>
      get(c, 'cds').ratings.map((n) => `${n.code} ${n.rating?.label}`);
    expect(ratings('xa-mot')).toEqual(['1.1 Tốt', '1.2 Tốt', '2.1 Trung bình', '2.2 Khá']);
    expect(ratings('xa-hai')).toEqual(['1.1 Tốt', '1.2 Tốt', '2.1 Yếu', '2.2 Tốt']);
  });

  it('says which communes meet the goal and why the others miss it', () => {
    const rows = COMMUNES.map((c) => {
      const misses = INDICES.flatMap((k) => {
        const v = verdict(c, k);
        if (v.met) return [];
        return [
          `${k}: ${v.bandMet ? '' : `band ${get(c, k).band?.code}`}${v.weakCriteria.join(',')}`,
        ];
      });
      return [c, misses];
    });
    expect(rows).toEqual([
      ['xa-mot', []],
      ['xa-hai', ['cds: 2.1']], // Kinh tế số 9/20 = 45 % < 50 %
      ['xa-ba', ['papi: band trung-binh']], // 61 < 65
    ]);
    expect(verdict('xa-hai', 'cds').text).toContain('2.1');
  });

  it('fires the weak-criterion trigger only where a criterion is weak', () => {
    const fired = COMMUNES.flatMap((c) =>
      INDICES.flatMap((k) => get(c, k).triggers.map((t) => `${c}/${k}/${t.id}`)),
    );
    expect(fired).toEqual(['xa-hai/cds/weak-criterion']);
    expect(get('xa-hai', 'cds').triggers[0]?.reasons).toHaveLength(1);
  });
});

describe('what-if', () => {
  it('Xã Hư Cấu Hai: 1 point lifts the weak criterion 2.1 (9/20 = 45 % → 10/20 = 50 %)', () => {
    const result = get('xa-hai', 'cds');
    const scale = setOf('cds').criterionRating?.scale;
    if (scale === undefined) throw new Error('cds rates criteria');
    const gap = pointsNeededForNoWeakCriterionInResult(result, scale);
    expect(gap.criteria.map((c) => [c.code, c.percent, c.rating.code, c.target.code])).toEqual([
      ['2.1', '45', 'yeu', 'trung-binh'],
    ]);
    expect(gap.pointsNeeded).toBe('1'); // 50 % of 20 = 10; 10 − 9 = 1
    expect(gap.reachable).toBe(true);
    expect(gap.text).toBe('1 tiêu chí yếu; cần thêm tổng 1 điểm: 2.1 +1 điểm');
    // Its band is already Khá (78): nothing more for the band.
    const band = pointsNeededForBand(
      { points: result.points, max: result.max, band: 'kha' },
      bandsOf('cds'),
    );
    expect([band.alreadyMet, band.pointsNeeded]).toEqual([true, '0']);
    // The plan: the 1 point comes from 2.1 itself (a criterion given as points).
    const plan = planCheapest(
      planItemsFromResult(result).filter((i) => i.code === '2.1'),
      gap.pointsNeeded,
    );
    expect(plan.steps.map((s) => [s.code, s.from, s.to])).toEqual([['2.1', '9', '10']]);
  });

  it('Xã Hư Cấu Ba: 4 points for PAPI "Khá" (65 − 61), but only the survey can give them', () => {
    const result = get('xa-ba', 'papi');
    const band = pointsNeededForBand(
      { points: result.points, max: result.max, band: 'kha' },
      bandsOf('papi'),
    );
    expect(band.currentBand?.code).toBe('trung-binh');
    expect(band.pointsNeeded).toBe('4');
    expect(band.newIndex).toBe('65');
    expect(band.text).toBe('Cần thêm 4 điểm để đạt loại Khá (từ 65 %)');
    // Every PAPI criterion is a survey of citizens: a work plan can win nothing.
    const locked = planCheapest(planItemsFromResult(result), band.pointsNeeded);
    expect([locked.feasible, locked.maxGain]).toEqual([false, '0']);
    expect(locked.text).toBe(
      'Không đủ: cần 4 điểm nhưng các tiêu chí có thể cải thiện chỉ cho thêm tối đa 0 điểm.',
    );
    // With the survey counted (better answers next year), 39 points are open and 4 suffice.
    const open = planCheapest(planItemsFromResult(result, { unlockSurvey: true }), '4');
    expect([open.feasible, open.maxGain, open.totalGain]).toEqual([true, '39', '4']);
    // And it has no weak criterion to lift.
    const scale = setOf('papi').criterionRating?.scale;
    if (scale === undefined) throw new Error('papi rates criteria');
    expect(pointsNeededForNoWeakCriterionInResult(result, scale).criteria).toEqual([]);
  });
});
