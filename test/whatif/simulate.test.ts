import { describe, expect, it } from 'vitest';
import { simulateScenario } from '../../src/whatif/simulate.js';
import { assessment, SET } from './fixtures.js';

// A 13/20 = 65 % (Trung bình; 2.1 at 4/6 < 75 %: remediation fires), B 17/20 = 85 %, C 15/20 = 75 %.
const A = assessment('a', 'Xã A', { yes: false, p12: '6', p21: '4', p3: '3' });
const B = assessment('b', 'Xã B', { yes: true, p12: '7', p21: '5', p3: '3' });
const C = assessment('c', 'Xã C', { yes: true, p12: '5', p21: '5', p3: '3' });

describe('simulateScenario', () => {
  it('re-scores, re-ranks and diffs every unit (hand-computed)', () => {
    // A: 1.1 "Có" (+2) and 2.1 +0.5 → 15.5/20 = 77.5 % (Khá); 2.1 = 4.5/6 = 75 %, not below 75.
    const s = simulateScenario({
      set: SET,
      assessments: [A, B, C],
      changes: [
        { unitId: 'a', code: '1.1', value: { kind: 'yes-no', value: true } },
        { unitId: 'a', code: '2.1', add: '0,5' },
      ],
    });
    const [a, b, c] = s.units;
    expect(a?.before).toEqual({
      points: '13',
      index: '65',
      shown: '65.00',
      rank: 3,
      of: 3,
      band: { code: 'tb', label: 'Trung bình', labelEn: 'Average' },
      triggers: ['remediation'],
    });
    expect(a?.after.points).toBe('15.5');
    expect(a?.after.index).toBe('77.5');
    expect(a?.after.rank).toBe(2);
    expect(a?.after.band?.code).toBe('kha');
    expect(a?.pointsChange).toBe('2.5');
    expect(a?.indexChange).toBe('12.5');
    expect(a?.rankChange).toBe(1);
    expect(a?.changed).toBe(true);
    expect(a?.triggersCleared).toEqual(['remediation']);
    expect(a?.triggersFired).toEqual([]);
    expect(a?.text).toBe(
      'Xã A: chỉ số 65,00 % → 77,50 %; hạng 3/3 → 2/3 (tăng 1 bậc); xếp loại Trung bình → Khá; hết: Phải có kế hoạch khắc phục',
    );
    expect(a?.textEn).toBe(
      'Xã A: index 65.00% → 77.50%; rank 3/3 → 2/3 (up 1); band Average → Fair; cleared: Phải có kế hoạch khắc phục',
    );
    expect(b?.rankChange).toBe(0);
    expect(b?.text).toBe('Xã B: chỉ số 85,00 % → 85,00 %; hạng 1/3 → 1/3 (giữ nguyên)');
    expect(c?.changed).toBe(false);
    expect(c?.rankChange).toBe(-1);
    expect(c?.textEn).toContain('(down 1)');
    expect(s.after.blocks[0]?.units.map((u) => u.unitId)).toEqual(['b', 'a', 'c']);
    expect(s.results[0]?.points).toBe('15.5');
  });

  it('sets points at a parent node and reports fired triggers', () => {
    // B's field 2 set to 3 (50 % < 75 %): 15/20 = 75 %, remediation fires; ties C at 75.00.
    const s = simulateScenario({
      set: [SET],
      assessments: [A, B, C],
      changes: [{ unitId: 'b', code: '2', points: 3 }],
    });
    const b = s.units[1];
    expect(b?.after.points).toBe('15');
    expect(b?.after.rank).toBe(1);
    expect(s.units[2]?.after.rank).toBe(1); // tie at 75.00: both rank 1
    expect(b?.triggersFired).toEqual(['remediation']);
    expect(b?.text).toContain('xếp loại Tốt → Khá; phát sinh: Phải có kế hoạch khắc phục');
    expect(b?.textEn).toContain('now fires: Phải có kế hoạch khắc phục');
  });

  it('clamps added points to the node maximum and rejects bad changes', () => {
    const s = simulateScenario({
      set: SET,
      assessments: [A],
      changes: [{ unitId: 'a', code: '1.2', add: 100 }],
    });
    expect(s.units[0]?.after.points).toBe('15'); // 1.2 capped at 8
    const bad = (changes: Parameters<typeof simulateScenario>[0]['changes']) => () =>
      simulateScenario({ set: SET, assessments: [A], changes });
    expect(bad([{ unitId: 'zz', code: '1.2', points: 1 }])).toThrow(RangeError);
    expect(bad([{ unitId: 'a', code: '9.9', points: 1 }])).toThrow(RangeError);
    expect(bad([{ unitId: 'a', code: '1.2', points: 9 }])).toThrow(RangeError);
    expect(() => simulateScenario({ set: [], assessments: [A], changes: [] })).toThrow(RangeError);
  });
});
