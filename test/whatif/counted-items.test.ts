import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCriteriaSet } from '../../src/criteria-sets/registry.js';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import type { PlanItem } from '../../src/model/whatif-plan.js';
import { loadAssessmentFile } from '../../src/node/load-files.js';
import { parseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import { planCheapest, winnablePoints } from '../../src/whatif/plan-cheapest.js';
import { planItemsFromResult } from '../../src/whatif/plan-items.js';
import { pointsNeededForRankInResults } from '../../src/whatif/rank-gap-results.js';
import { cli } from '../cli/helpers.js';
import { assessment, SET } from './fixtures.js';

// Issue 8, defects 1 and 4: what-if plans on exactly the nodes whose points count.
describe('what-if on counted nodes (issue 8, defect 1)', () => {
  it('An Lạc 2022: appraised field totals are the items, 15,42 winnable, rank 1 out of reach', async () => {
    const r = await cli([
      'what-if',
      'examples/minh-son/2022/districts',
      '--unit',
      'an-lac',
      '--rank',
      '1',
      '--plan',
    ]);
    expect(r.code).toBe(0);
    // Fields 1–7 score 64,58 of 80 at appraisal: 80 − 64,58 = 15,42 can still be won (the
    // survey field 8 is locked). Rank 1 needs Bến Mây's 94,54: 94,535 − 78,74 = 15,795 → 15,8.
    expect(r.out).toContain('còn có thể giành thêm 15,42 điểm');
    expect(r.out).toContain('Không thể đạt hạng 1/12: cần 15,8 điểm nhưng chỉ còn 15,42 điểm');
    expect(r.out).not.toMatch(/\+[\d,]+ điểm \(chi phí [\d,]+\); 1\.1\.1/);
  });

  it('makes a field given as a total one item, and never its criteria', async () => {
    const set = getCriteriaSet('illustrative-district-2023');
    if (set === undefined) throw new Error('bundled set missing');
    const a = await loadAssessmentFile('examples/minh-son/2022/districts/an-lac.yaml', set);
    const items = planItemsFromResult(scoreAssessment(set, a));
    expect(items.map((i) => i.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(items.filter((i) => !i.locked).map((i) => i.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(winnablePoints(items)).toBe('15.42');
  });
});

describe('all-or-nothing yes-no items (issue 8, defect 4)', () => {
  it('plans a yes-no leaf with no entry as 0 → 2, never 0 → 0,8', () => {
    const a = assessment('a', 'Xã A', { yes: true, p12: '8', p21: '6', p3: '4' });
    const noEntry = { ...a, entries: a.entries.filter((e) => e.code !== '1.1') };
    const items = planItemsFromResult(scoreAssessment(SET, noEntry));
    expect(items.map((i) => [i.code, i.current, i.allOrNothing])).toEqual([['1.1', '0', true]]);
    const plan = planCheapest(items, '0.8');
    expect(plan.steps.map((s) => [s.code, s.from, s.to, s.gain])).toEqual([['1.1', '0', '2', '2']]);
  });

  it('whenever a rank answer says reachable, the plan exists and reaches it', () => {
    // Units of the what-if fixture set with random points; every rank target of unit a.
    const pts = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => String(n / 100));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), pts(8), pts(6), pts(4)), { minLength: 2, maxLength: 6 }),
        (units) => {
          const results = units.map(([yes, p12, p21, p3], i) =>
            scoreAssessment(SET, assessment(`u${i}`, `Xã ${i}`, { yes, p12, p21, p3 })),
          );
          const first = results[0];
          if (first === undefined) return;
          const items: PlanItem[] = planItemsFromResult(first, { unlockSurvey: false });
          for (let k = 1; k <= results.length; k++) {
            const gap = pointsNeededForRankInResults(results, 'u0', k, { lockSurvey: true });
            const plan = planCheapest(items, gap.pointsNeeded);
            expect(gap.reachable).toBe(gap.alreadyMet || plan.feasible);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('plan items and prototype keys', () => {
  it('a criterion coded `constructor` takes no cost from Object.prototype', () => {
    const set = parseCriteriaSet({
      id: 'proto',
      title: 'Mã lạ',
      level: 'commune',
      provenance: 'illustrative',
      fields: [{ code: 'constructor', name: 'Lĩnh vực lạ', max: 2 }],
    });
    const a = parseAssessment(
      {
        criteriaSet: 'proto',
        unit: { id: 'x', name: 'Xã X', block: 'xã' },
        period: '2023',
        entries: [],
      },
      set,
    );
    const items = planItemsFromResult(scoreAssessment(set, a), { costs: {}, caps: {} });
    expect(items.map((i) => [i.code, i.costPerPoint, i.cap])).toEqual([
      ['constructor', undefined, undefined],
    ]);
    expect(planCheapest(items, '1').totalCost).toBe('1');
  });
});
