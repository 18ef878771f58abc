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

// describe('what-if') (points needed for a rank or band, cheapest plan) is left to the what-if helper.
