import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { parseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import { rankResults } from '../../src/ranking/rank-results.js';
import { pointsNeededForRankInResults } from '../../src/whatif/rank-gap-results.js';

// Issue 8, defects 9 and 10: a block is (criteria set, block name); a node that does not apply
// to a unit leaves it out of a sub-ranking instead of ranking it at 0 %.
const spec = (id: string) => ({
  id,
  title: `Bộ ${id}`,
  level: 'district',
  provenance: 'illustrative',
  fields: [
    { code: '1', name: 'Một', max: 50 },
    { code: '2', name: 'Hai', max: 50 },
  ],
});
const A = parseCriteriaSet(spec('bo-a'));
const B = parseCriteriaSet(spec('bo-b'));

function unit(set: typeof A, id: string, p1: string | null, p2: string) {
  const entries = [
    p1 === null ? { code: '1', notApplicable: 'Không phát sinh' } : { code: '1', points: p1 },
    { code: '2', points: p2 },
  ].map((e) => ({ ...e, explanation: 'x' }));
  const a = parseAssessment(
    {
      criteriaSet: set.id,
      unit: { id, name: `Huyện ${id}`, block: 'huyện' },
      period: '2023',
      entries,
    },
    set,
  );
  return scoreAssessment(set, a);
}

describe('one notion of a block (issue 8, defect 9)', () => {
  const results = [
    unit(A, 'a1', '40', '40'),
    unit(A, 'a2', '30', '30'),
    unit(B, 'b1', '45', '45'),
    unit(B, 'b2', '20', '20'),
  ];

  it('ranks each criteria set apart, even under one block name', () => {
    const r = rankResults(results);
    expect(r.blocks.map((b) => [b.criteriaSetId, b.block, b.units.map((u) => u.position)])).toEqual(
      [
        ['bo-a', 'huyện', ['1/2', '2/2']],
        ['bo-b', 'huyện', ['1/2', '2/2']],
      ],
    );
    expect(r.warnings.map((w) => [w.code, w.block])).toEqual([['mixed_sets_in_block', 'huyện']]);
  });

  it('what-if ranks the same way: a2 is 2/2 in its set, not 3/4 beside the other set', () => {
    const gap = pointsNeededForRankInResults(results, 'a2', 1);
    expect([gap.currentRank, gap.of]).toEqual([2, 2]);
    // a1 publishes 80,00: 80 points needed, a2 has 60 → 20.
    expect(gap.pointsNeeded).toBe('20');
  });

  it('does not warn when every unit of the block is assessed under each set (seed 004)', () => {
    const r = rankResults([unit(A, 'x', '40', '40'), unit(B, 'x', '10', '10')]);
    expect(r.blocks).toHaveLength(2);
    expect(r.warnings).toEqual([]);
  });
});

describe('sub-rankings (issue 8, defect 10)', () => {
  it('lists a unit the node does not apply to apart, not tied with a real 0 %', () => {
    const results = [
      unit(A, 'a1', null, '40'),
      unit(A, 'a2', '0', '30'),
      unit(A, 'a3', '25', '10'),
    ];
    const r = rankResults(results, { by: { kind: 'node', code: '1' } });
    const block = r.blocks[0];
    expect(block?.units.map((u) => [u.unitId, u.shown, u.position])).toEqual([
      ['a3', '50.00', '1/2'],
      ['a2', '0.00', '2/2'],
    ]);
    expect(block?.unranked.map((u) => [u.unitId, u.reason, u.text])).toEqual([
      ['a1', 'not-applicable', 'không áp dụng'],
    ]);
  });
});
