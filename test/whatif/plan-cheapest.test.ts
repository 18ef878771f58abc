import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import type { PlanItem } from '../../src/model/whatif-plan.js';
import { planCheapest } from '../../src/whatif/plan-cheapest.js';
import { planItemsFromResult } from '../../src/whatif/plan-items.js';
import { assessment, SET } from './fixtures.js';

const ITEMS: PlanItem[] = [
  { code: '1.1', name: 'A', current: '0.5', max: '1.5' }, // 1 point at 1/point
  { code: '2.3', name: 'B', current: '1', max: '4', costPerPoint: '2' }, // 3 points at 2/point
  { code: '6.2', name: 'C', current: '0', max: '2', allOrNothing: true, fixedCost: '1.5' }, // 2 for 1.5
  { code: '9.1', name: 'Khảo sát', current: '0', max: '5', method: 'survey', costPerPoint: '0' },
];

describe('planCheapest', () => {
  it('picks the all-or-nothing item when it is cheapest (hand-computed)', () => {
    // Goal 2: C alone 1.5; A + 1 of B = 3. → C.
    const plan = planCheapest(ITEMS, '2');
    expect(plan.feasible).toBe(true);
    expect(plan.steps).toEqual([
      { code: '6.2', name: 'C', from: '0', to: '2', gain: '2', cost: '1.5', allOrNothing: true },
    ]);
    expect(plan.totalCost).toBe('1.5');
    expect(plan.maxGain).toBe('6'); // the survey item is locked
    expect(plan.text).toBe(
      'Phương án rẻ nhất: 6.2 C +2 điểm (chi phí 1,5). Tổng: +2 điểm, chi phí 1,5',
    );
    expect(plan.textEn).toBe(
      'Cheapest plan: 6.2 C +2 points (cost 1.5). Total: +2 points, cost 1.5',
    );
  });

  it('combines items: goal 2.5 → C + 0.5 of A = 2; goal 3 → C + A = 2.5', () => {
    const p25 = planCheapest(ITEMS, '2.5');
    expect(p25.totalCost).toBe('2');
    expect(p25.steps.map((s) => [s.code, s.gain])).toEqual([
      ['6.2', '2'],
      ['1.1', '0.5'],
    ]);
    expect(planCheapest(ITEMS, '3').totalCost).toBe('2.5');
    // Goal 0.5: greedy A only.
    expect(planCheapest(ITEMS, '0,5').steps.map((s) => [s.code, s.to])).toEqual([['1.1', '1']]);
  });

  it('is greedy by cost per point without all-or-nothing items', () => {
    const items = ITEMS.filter((i) => !i.allOrNothing);
    const plan = planCheapest(items, '2.255');
    // Goal rounds up to 2.26 on the grid: A 1 (cost 1) + B 1.26 (cost 2.52).
    expect(plan.steps.map((s) => [s.code, s.gain, s.cost])).toEqual([
      ['1.1', '1', '1'],
      ['2.3', '1.26', '2.52'],
    ]);
    expect(plan.totalCost).toBe('3.52');
  });

  it('unlocks survey items on request, and honours caps and explicit locks', () => {
    const unlocked = ITEMS.map((i) => (i.method === 'survey' ? { ...i, locked: false } : i));
    expect(planCheapest(unlocked, '3').steps.map((s) => s.code)).toEqual(['9.1']);
    const capped = ITEMS.map((i) => (i.code === '6.2' ? { ...i, cap: '1' } : i));
    expect(planCheapest(capped, '2').totalCost).toBe('3'); // C excluded: A 1 + B 1 × 2
    const lockedA = ITEMS.map((i) => (i.code === '1.1' ? { ...i, locked: true } : i));
    expect(planCheapest(lockedA, '2.5').totalCost).toBe('2.5'); // C + 0.5 of B
    const capB = ITEMS.map((i) => (i.code === '2.3' ? { ...i, cap: '0.5' } : i));
    expect(planCheapest(capB, '3.5').totalCost).toBe('3.5'); // C + A + 0.5 of B
  });

  it('reports an infeasible goal with everything that can be gained', () => {
    const plan = planCheapest(ITEMS, '7');
    expect(plan.feasible).toBe(false);
    expect(plan.totalGain).toBe('6');
    expect(plan.totalCost).toBe('8.5'); // 1 + 6 + 1.5
    expect(
      plan.text.startsWith(
        'Không đủ: cần 7 điểm nhưng các tiêu chí có thể cải thiện chỉ cho thêm tối đa 6 điểm.',
      ),
    ).toBe(true);
    expect(plan.textEn.startsWith('Not enough: 7 points needed')).toBe(true);
  });

  it('says so when nothing can be improved', () => {
    const plan = planCheapest([ITEMS[3] as PlanItem], 1);
    expect(plan.feasible).toBe(false);
    expect(plan.text).toBe(
      'Không đủ: cần 1 điểm nhưng các tiêu chí có thể cải thiện chỉ cho thêm tối đa 0 điểm.',
    );
  });

  it('does nothing for a goal of 0', () => {
    const plan = planCheapest(ITEMS, 0);
    expect(plan.steps).toEqual([]);
    expect(plan.text).toBe('Không cần cải thiện thêm');
    expect(plan.textEn).toBe('No improvement needed');
  });

  it('rejects negative costs and unsolvable sizes', () => {
    expect(() => planCheapest([{ ...ITEMS[0], costPerPoint: -1 } as PlanItem], 1)).toThrow(
      RangeError,
    );
    expect(() =>
      planCheapest(
        [{ code: 'x', name: 'x', current: 0, max: 1, allOrNothing: true, fixedCost: -1 }],
        1,
      ),
    ).toThrow(RangeError);
    const many = Array.from(
      { length: 10 },
      (_, i): PlanItem => ({
        code: `${i}`,
        name: 'x',
        current: 0,
        max: 1_000_000,
        allOrNothing: true,
      }),
    );
    expect(() => planCheapest(many, 9_000_000)).toThrow(RangeError);
    expect(() =>
      planCheapest(
        [
          { code: 'x', name: 'x', current: 0, max: 1, allOrNothing: true, fixedCost: '1e20' },
          { code: 'y', name: 'y', current: 0, max: 1 },
        ],
        '1.5',
      ),
    ).toThrow(RangeError);
  });

  it('reads an item changed in place again (items are read once while they stay the same)', () => {
    const item: { -readonly [K in keyof PlanItem]: PlanItem[K] } = {
      code: '1.1',
      name: 'A',
      current: '0.5',
      max: '1.5',
    };
    expect(planCheapest([item], '1').totalCost).toBe('1');
    item.costPerPoint = '3';
    expect(planCheapest([item], '1').totalCost).toBe('3');
    item.current = '1.25';
    expect(planCheapest([item], '1').maxGain).toBe('0.25');
    item.locked = true;
    expect(planCheapest([item], '1').maxGain).toBe('0');
    item.locked = false;
    item.cap = '0.1';
    expect(planCheapest([item], '1').maxGain).toBe('0.1');
    // Another grid reads it again too: 0.25 on a 0.2 grid gives one step.
    item.cap = undefined;
    expect(planCheapest([item], '0.2', { step: '0.2' }).maxGain).toBe('0.2');
    item.costPerPoint = '-1';
    expect(() => planCheapest([item], '1')).toThrow(RangeError);
    expect(() => planCheapest([item], '1')).toThrow(RangeError);
  });

  it('is optimal: brute force over random small instances', () => {
    const item = fc.record({
      units: fc.integer({ min: 0, max: 6 }),
      offGrid: fc.boolean(),
      cpp: fc.constantFrom('0', '0.5', '1', '1.25', '2', '3'),
      aon: fc.boolean(),
      fixed: fc.constantFrom('0', '0.01', '0.03', '0.07', '0.1'),
      locked: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 20 }),
        (specs, goalUnits) => {
          // Gains in hundredths; an off-grid remainder of 0.004 is never plannable on a 0.01 grid.
          const items: PlanItem[] = specs.map((s, i) => ({
            code: `c${i}`,
            name: `c${i}`,
            current: '0',
            max: (s.units / 100 + (s.offGrid ? 0.004 : 0)).toFixed(3),
            costPerPoint: s.cpp,
            allOrNothing: s.aon,
            ...(s.aon ? { fixedCost: s.fixed } : {}),
            locked: s.locked,
          }));
          // Brute force in integers: cost in 1/10000 (cpp × 0.01 per unit; fixed costs × 10000).
          const options = specs.map((s) => {
            if (s.locked || s.units === 0) return [[0, 0]];
            if (s.aon)
              return [
                [0, 0],
                [s.units, Math.round(Number(s.fixed) * 10_000)],
              ];
            return Array.from({ length: s.units + 1 }, (_, u) => [
              u,
              Math.round(u * Number(s.cpp) * 100),
            ]);
          });
          let best = Number.POSITIVE_INFINITY;
          const walk = (i: number, gain: number, cost: number): void => {
            if (i === options.length) {
              if (gain >= goalUnits) best = Math.min(best, cost);
              return;
            }
            for (const [g, c] of options[i] ?? []) walk(i + 1, gain + (g ?? 0), cost + (c ?? 0));
          };
          walk(0, 0, 0);
          const plan = planCheapest(items, (goalUnits / 100).toFixed(2));
          expect(plan.feasible).toBe(best < Number.POSITIVE_INFINITY);
          if (plan.feasible) {
            expect(Math.round(Number(plan.totalCost) * 10_000)).toBe(best);
            expect(Number(plan.totalGain)).toBeGreaterThanOrEqual(goalUnits / 100);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('builds items from a result: yes-no leaves all-or-nothing, survey locked', () => {
    const result = scoreAssessment(
      SET,
      assessment('a', 'Xã A', { yes: false, p12: '6', p21: '4', p3: '3' }),
    );
    const items = planItemsFromResult(result, { costs: { '1.2': 3 }, locked: ['2.1'] });
    expect(
      items.map((i) => [i.code, i.current, i.max, i.allOrNothing, i.locked, i.costPerPoint]),
    ).toEqual([
      ['1.1', '0', '2', true, false, undefined],
      ['1.2', '6', '8', false, false, 3],
      ['2.1', '4', '6', false, true, undefined],
      ['3', '3', '4', false, true, undefined],
    ]);
    // Goal 2: 1.1 yes (2 for 2) beats 1.2 (2 × 3 = 6).
    expect(planCheapest(items, 2).steps.map((s) => s.code)).toEqual(['1.1']);
    const fields = planItemsFromResult(result, { depth: 1, unlockSurvey: true });
    expect(fields.map((i) => [i.code, i.locked])).toEqual([
      ['1', false],
      ['2', false],
      ['3', false],
    ]);
  });
});
