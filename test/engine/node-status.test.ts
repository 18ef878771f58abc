import { describe, expect, it } from 'vitest';
import { getCriteriaSet } from '../../src/criteria-sets/registry.js';
import { findNode, walkScores } from '../../src/engine/find-node.js';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { parseAssessment } from '../../src/parse/parse-assessment.js';

// Issue 8, defect 3: nodes that were never scored are not rated and fire nothing.
const set = getCriteriaSet('illustrative-commune-2023');
if (set === undefined) throw new Error('bundled set missing');
const MAXIMA: Record<string, number> = {
  '1': 9,
  '2': 6,
  '3': 17,
  '4': 5,
  '5': 10,
  '6': 7,
  '7': 16,
  '8': 30,
};

const assess = (entries: Record<string, unknown>[]) =>
  parseAssessment(
    { criteriaSet: set.id, unit: { id: 'x', name: 'Xã X', block: 'xã' }, period: '2023', entries },
    set,
  );

// Fields 2–8 given at their maxima, and 1.1's three sub-criteria not applicable.
const fields = Object.entries(MAXIMA)
  .filter(([code]) => code !== '1')
  .map(([code, max]) => ({ code, points: max, explanation: 'x' }));
const na = ['1.1.1', '1.1.2', '1.1.3'].map((code) => ({
  code,
  notApplicable: 'Không phát sinh',
}));

describe('node status (issue 8, defect 3)', () => {
  it('criteria under field totals are overridden: not rated, no weak-criterion trigger', () => {
    // Fields 1–8 given at their maxima (the published form): 100 of 100.
    const a = assess(
      Object.entries(MAXIMA).map(([code, max]) => ({
        code,
        points: max,
        explanation: 'Kết quả công bố',
      })),
    );
    const r = scoreAssessment(set, a);
    expect(r.index).toBe('100');
    expect(r.band?.code).toBe('tot');
    expect(r.ratings).toEqual([]);
    expect(r.triggers.map((t) => t.id)).toEqual([]);
    const criterion = findNode(r, '1.1');
    expect(criterion?.status).toBe('overridden');
    expect(criterion?.rating).toBeUndefined();
    expect(criterion?.note).toContain('điểm được chấm ở mục 1');
    expect(findNode(r, '1')?.status).toBe('scored');
  });

  it('a criterion whose sub-criteria are all not applicable is empty: not rated, fires nothing', () => {
    // 1.1 (1.1.1, 1.1.2, 1.1.3) all not applicable; everything else at its maximum except
    // field 1's other criteria, given by their leaves below.
    const r = scoreAssessment(set, assess([...fields, ...na]));
    const c = findNode(r, '1.1');
    expect(c?.status).toBe('empty');
    expect(c?.max).toBe('0');
    expect(c?.rating).toBeUndefined();
    expect(c?.note).toContain('mọi tiêu chí con đều không áp dụng');
    expect(r.ratings.some((n) => n.code === '1.1')).toBe(false);
    // Field 1's other criteria have no entries: they are scored 0 and rated weak, as they should.
    const weak = r.ratings.filter((n) => n.rating?.weak).map((n) => n.code);
    expect(weak).not.toContain('1.1');
    expect(weak.length).toBeGreaterThan(0);
    for (const n of walkScores(r.fields)) {
      if (n.status !== 'scored') expect(n.rating).toBeUndefined();
    }
  });

  it('with every other criterion at its maximum, the all-not-applicable criterion fires nothing', () => {
    // Field 1 given by its criteria: 1.1 all not applicable, 1.2 … at their maxima; the other
    // fields at their maxima. Nothing is weak, so no weak-criterion trigger and no trigger at all.
    const field1 = set.fields.find((f) => f.code === '1');
    if (field1 === undefined) throw new Error('field 1 missing');
    const others = field1.children
      .filter((c) => c.code !== '1.1')
      .map((c) => ({ code: c.code, points: c.max, explanation: 'x' }));
    const r = scoreAssessment(set, assess([...others, ...fields, ...na]));
    // 1.1 (3 points) leaves the applicable maximum: 100 − 3 = 97 points of 97.
    expect(r.max).toBe('97');
    expect(r.points).toBe('97');
    expect(findNode(r, '1.1')?.status).toBe('empty');
    expect(r.ratings.filter((n) => n.rating?.weak)).toEqual([]);
    expect(r.triggers).toEqual([]);
  });
});
