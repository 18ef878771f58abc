import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { parseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import { rankResults } from '../../src/ranking/rank-results.js';

// A one-field set of 100 points given directly, to place units exactly where we want them.
const spec = (extra: Record<string, unknown> = {}) => ({
  id: 'one-field',
  title: 'Một lĩnh vực',
  level: 'district',
  provenance: 'illustrative',
  fields: [{ code: '1', name: 'Tất cả', max: 100, rule: { kind: 'direct', step: 0.001 } }],
  bands: {
    levels: [
      { code: 'tot', label: 'Tốt', min: 80 },
      { code: 'kha', label: 'Khá', min: 0 },
    ],
  },
  adjustments: [{ id: 'thuong', name: 'Sáng kiến', kind: 'bonus', cap: 10 }],
  triggers: [{ id: 'duoi-80', label: 'Dưới 80 %', when: { kind: 'index-below', percent: 80 } }],
  ...extra,
});

function score(extra: Record<string, unknown>, id: string, points: string, bonus?: string) {
  const set = parseCriteriaSet(spec(extra));
  const a = parseAssessment(
    {
      criteriaSet: set.id,
      unit: { id, name: `Huyện ${id}`, block: 'huyện' },
      period: '2023',
      entries: [{ code: '1', points, explanation: 'x' }],
      adjustments: bonus === undefined ? [] : [{ id: 'thuong', points: bonus }],
    },
    set,
  );
  return scoreAssessment(set, a);
}

describe('one published value (issue 8, defect 7)', () => {
  it('half-even: 84,575 and 84,585 both publish 84,58, so they tie for rank 1', () => {
    const rounding = { rounding: { places: 2, mode: 'half-even' } };
    const a = score(rounding, 'a', '84.575');
    const b = score(rounding, 'b', '84.585');
    expect([a.shown.index, b.shown.index]).toEqual(['84.58', '84.58']);
    const units = rankResults([a, b]).blocks[0]?.units;
    expect(units?.map((u) => [u.unitId, u.shown, u.rank])).toEqual([
      ['a', '84.58', 1],
      ['b', '84.58', 1],
    ]);
  });

  it('half-up (default): 84,575 → 84,58 and 84,585 → 84,59', () => {
    const units = rankResults([score({}, 'a', '84.575'), score({}, 'b', '84.585')]).blocks[0]
      ?.units;
    expect(units?.map((u) => [u.unitId, u.shown, u.rank])).toEqual([
      ['b', '84.59', 1],
      ['a', '84.58', 2],
    ]);
  });
});

describe('bands and triggers on the value people read (issue 8, defect 8)', () => {
  it('by default 79,995 % is published as 80,00 %: band from 80, no "below 80" trigger', () => {
    const r = score({}, 'a', '79.995');
    expect(r.classifyOn).toBe('published');
    expect(r.shown.index).toBe('80.00');
    expect(r.band?.code).toBe('tot');
    expect(r.triggers).toEqual([]);
  });

  it('with classifyOn: exact, 79,995 % is below 80 % although shown as 80,00 %', () => {
    const r = score({ classifyOn: 'exact' }, 'a', '79.995');
    expect(r.shown.index).toBe('80.00');
    expect(r.band?.code).toBe('kha');
    expect(r.triggers.map((t) => t.id)).toEqual(['duoi-80']);
  });

  it('79,994 % is published as 79,99 % and is below 80 either way', () => {
    expect(score({}, 'a', '79.994').band?.code).toBe('kha');
    expect(score({ classifyOn: 'exact' }, 'a', '79.994').band?.code).toBe('kha');
  });
});

describe('index above 100 (issue 8, defect 11)', () => {
  it('caps the total at the applicable maximum by default: bonus on full marks stays 100 %', () => {
    const r = score({}, 'a', '100', '10');
    expect([r.points, r.bonus, r.index, r.shown.index]).toEqual(['100', '10', '100', '100.00']);
  });

  it('with totalCap: none, 100 points and a 10-point bonus make 110 %', () => {
    const r = score({ totalCap: 'none' }, 'a', '100', '10');
    expect([r.points, r.index]).toEqual(['110', '110']);
  });

  it('below the maximum the bonus adds in full either way: 95 + 3 = 98', () => {
    expect(score({}, 'a', '95', '3').points).toBe('98');
    expect(score({}, 'a', '95', '10').points).toBe('100');
  });
});
