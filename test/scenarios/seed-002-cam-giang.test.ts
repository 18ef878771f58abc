/**
 * Seed 002 (Cẩm Giàng, Hải Dương, 2023): communes rated "Hoàn thành nhiệm vụ", or whose field
 * "Cải cách thủ tục hành chính" or "Xây dựng và phát triển chính quyền điện tử, chính quyền số" is
 * below 75 % of its maximum, must send a remediation plan by 10/4/2023. Fictional communes; the
 * arithmetic is in test/fixtures/seeds/002/README.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import type { ScoreResult } from '../../src/model/score-result.js';
import { rankResults } from '../../src/ranking/rank-results.js';
import { loadSeedSet, node, ranked, scoreSeedFile } from './seed-helpers.js';

const SEED = '002';
const IDS = ['xa-an', 'xa-binh', 'xa-cat', 'xa-dong', 'xa-giang'] as const;
let set: CriteriaSet;
const results = new Map<string, ScoreResult>();

function result(id: (typeof IDS)[number]): ScoreResult {
  const r = results.get(id);
  if (r === undefined) throw new Error(`${id} not scored`);
  return r;
}

beforeAll(async () => {
  set = await loadSeedSet(SEED, 'criteria-set.json');
  for (const id of IDS) results.set(id, await scoreSeedFile(SEED, set, `${id}.yaml`));
});

describe('seed 002 Cẩm Giàng: scores', () => {
  it('totals, shown index and band of each commune', () => {
    const rows = IDS.map((id) => {
      const r = result(id);
      return [id, r.points, r.shown.index, r.band?.code];
    });
    expect(rows).toEqual([
      ['xa-an', '86', '86.00', 'htt'],
      ['xa-binh', '88.498', '88.50', 'htt'],
      ['xa-cat', '71.5', '71.50', 'htnv'],
      ['xa-dong', '70', '70.00', 'htnv'],
      ['xa-giang', '91', '91.00', 'htxs'],
    ]);
  });

  it('sub-indices of the two tagged fields', () => {
    const rows = IDS.map((id) => [node(result(id), '2').percent, node(result(id), '3').percent]);
    expect(rows).toEqual([
      ['75', '85'], // xa-an: 15/20 exactly 75 %
      ['90', '74.99'], // xa-binh: 3.1 = 10 × 74,98 % = 7,498; (7,498 + 7,5)/20 = 74,99 %
      ['80', '77.5'],
      ['65', '80'],
      ['85', '90'],
    ]);
    expect(node(result('xa-binh'), '3.1').points).toBe('7.498');
  });
});

describe('seed 002 Cẩm Giàng: remediation plan due 2023-04-10', () => {
  it('does not fire at exactly 75 % (the rule is strictly below)', () => {
    expect(result('xa-an').triggers).toEqual([]);
  });

  it('fires at 74,99 % of the digital-government field, with that reason only', () => {
    const fired = result('xa-binh').triggers;
    expect(fired.map((t) => [t.id, t.due])).toEqual([['remediation-plan', '2023-04-10']]);
    expect(fired[0]?.reasons).toHaveLength(1);
    expect(fired[0]?.reasons[0]).toContain('74,99');
    expect(fired[0]?.reasons[0]).toContain('75');
    expect(fired[0]?.reasonsEn).toHaveLength(1);
  });

  it('fires on the band alone', () => {
    const fired = result('xa-cat').triggers;
    expect(fired.map((t) => t.id)).toEqual(['remediation-plan']);
    expect(fired[0]?.reasons).toHaveLength(1);
    expect(fired[0]?.reasons[0]).toContain('Hoàn thành nhiệm vụ');
    expect(fired[0]?.action).toBe(
      'Gửi kế hoạch khắc phục tồn tại về UBND huyện (qua Phòng Nội vụ)',
    );
  });

  it('fires on both the band and the TTHC field (65 %), giving both reasons', () => {
    const fired = result('xa-dong').triggers;
    expect(fired.map((t) => t.id)).toEqual(['remediation-plan']);
    const reasons = fired[0]?.reasons ?? [];
    expect(reasons).toHaveLength(2);
    expect(reasons.some((r) => r.includes('Hoàn thành nhiệm vụ'))).toBe(true);
    expect(reasons.some((r) => r.includes('65'))).toBe(true);
    expect(fired[0]?.label).toBe('Phải xây dựng kế hoạch khắc phục tồn tại');
    expect(fired[0]?.labelEn).toBe('Remediation plan required');
  });

  it('does not fire for a clean commune', () => {
    expect(result('xa-giang').triggers).toEqual([]);
  });

  it('lists exactly the communes that must send a plan', () => {
    const due = IDS.filter((id) => result(id).triggers.some((t) => t.id === 'remediation-plan'));
    expect(due).toEqual(['xa-binh', 'xa-cat', 'xa-dong']);
  });
});

describe('seed 002 Cẩm Giàng: ranking of the commune block', () => {
  it('ranks on the rounded index', () => {
    const ranking = rankResults([...results.values()]);
    expect(ranking.blocks.map((b) => b.block)).toEqual(['xã']);
    expect(IDS.map((id) => ranked(ranking, id).position)).toEqual([
      '3/5',
      '2/5',
      '4/5',
      '5/5',
      '1/5',
    ]);
  });
});

// describe('what-if') (points needed for a rank or band, cheapest plan) is left to the what-if helper.
