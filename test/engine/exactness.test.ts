import { describe, expect, it } from 'vitest';
import { getCriteriaSet } from '../../src/criteria-sets/registry.js';
import { findNode } from '../../src/engine/find-node.js';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { loadAssessmentFile } from '../../src/node/load-files.js';
import { parseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';

// Issue 8, defect 2: three ratio-linear leaves at 1/3 (max 1 each) and a yes-no "Có" (max 1)
// in a 4-point field are exactly 1/3 + 1/3 + 1/3 + 1 = 2 points = 50 %, not 1.999…9 / 49.99…98 %.
const SET = parseCriteriaSet({
  id: 'thirds',
  title: 'Ba phần ba',
  level: 'commune',
  provenance: 'illustrative',
  classifyOn: 'exact',
  fields: [
    {
      code: '1',
      name: 'Lĩnh vực',
      max: 4,
      children: [
        { code: '1.1', name: 'A', max: 1, rule: { kind: 'ratio-linear' } },
        { code: '1.2', name: 'B', max: 1, rule: { kind: 'ratio-linear' } },
        { code: '1.3', name: 'C', max: 1, rule: { kind: 'ratio-linear' } },
        { code: '1.4', name: 'D', max: 1, rule: { kind: 'yes-no' } },
      ],
    },
  ],
  bands: {
    levels: [
      { code: 'dat', label: 'Đạt', min: 50 },
      { code: 'chua', label: 'Chưa đạt', min: 0 },
    ],
  },
  triggers: [
    {
      id: 'below-half',
      label: 'Dưới 50 %',
      when: { kind: 'node-below', node: { code: '1' }, percent: 50 },
    },
  ],
});

const unit = parseAssessment(
  {
    criteriaSet: 'thirds',
    unit: { id: 'u', name: 'Xã U', block: 'xã' },
    period: '2023',
    entries: [
      { code: '1.1', value: '1/3' },
      { code: '1.2', value: '1/3' },
      { code: '1.3', value: '1/3' },
      { code: '1.4', value: 'Có' },
    ],
  },
  SET,
);

describe('exact arithmetic (issue 8, defect 2)', () => {
  it('three thirds and a yes make exactly 2 points and 50 %, even judged on exact values', () => {
    const r = scoreAssessment(SET, unit);
    expect(r.points).toBe('2');
    expect(r.index).toBe('50');
    expect(r.band?.code).toBe('dat');
    expect(r.triggers).toEqual([]);
    expect(findNode(r, '1')?.percent).toBe('50');
  });

  it('prints a value that does not terminate correctly rounded to 40 significant digits', () => {
    const r = scoreAssessment(SET, unit);
    // 1/3 of a point: 0.333… to 40 significant digits.
    expect(findNode(r, '1.1')?.points).toBe(`0.${'3'.repeat(40)}`);
    // 100/3 % = 33.333…: 2 digits before the point, 38 after.
    expect(findNode(r, '1.1')?.percent).toBe(`33.${'3'.repeat(38)}`);
  });

  it('prints a terminating sum of non-terminating parts exactly (8.1 of Lúa Vàng 2023 is 8,368)', async () => {
    const set = getCriteriaSet('illustrative-district-2023');
    if (set === undefined) throw new Error('bundled set missing');
    const a = await loadAssessmentFile('examples/minh-son/2023/districts/lua-vang.yaml', set);
    const r = scoreAssessment(set, a);
    // 2 × (26160 + 24080 + 24240 + 24620 + 26420) / 30000 over the five questions (A/B/C/D =
    // 100/60/20/0 %, 300 answers each) = 251040 / 30000 = 8.368, while 8.1.2 alone is 1.60533…
    expect(findNode(r, '8.1')?.points).toBe('8.368');
    expect(findNode(r, '8.1.2')?.points).toBe('1.605333333333333333333333333333333333333');
  });
});
