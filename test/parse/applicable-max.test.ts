import { describe, expect, it } from 'vitest';
import { safeParseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';

// Issue 8, defect 6: a parent's own points above its applicable maximum are an input problem.
const SET = parseCriteriaSet({
  id: 'applicable',
  title: 'Điểm tối đa áp dụng',
  level: 'commune',
  provenance: 'illustrative',
  fields: [
    {
      code: '1',
      name: 'Lĩnh vực',
      max: 10,
      children: [
        { code: '1.1', name: 'A', max: 4 },
        { code: '1.2', name: 'B', max: 6 },
      ],
    },
  ],
});

const parse = (entries: Record<string, unknown>[]) =>
  safeParseAssessment(
    {
      criteriaSet: 'applicable',
      unit: { id: 'x', name: 'Xã X', block: 'xã' },
      period: '2023',
      entries,
    },
    SET,
  );

describe('own points within the applicable maximum (issue 8, defect 6)', () => {
  it('refuses points on a field whose children are all not applicable (maximum 0)', () => {
    const r = parse([
      { code: '1.1', notApplicable: 'Không phát sinh' },
      { code: '1.2', notApplicable: 'Không phát sinh' },
      { code: '1', points: 1 },
    ]);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['points_above_max', 'entries.2.points'],
    ]);
    expect(r.issues[0]?.message).toContain('điểm tối đa áp dụng 0');
  });

  it('checks self-score and appraisal rounds against the shrunk maximum (10 − 4 = 6)', () => {
    const r = parse([
      { code: '1.1', notApplicable: 'Không phát sinh' },
      { code: '1', selfScore: 6, appraisal: [5, 6.5] },
    ]);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['points_above_max', 'entries.1.appraisal.1'],
    ]);
    expect(
      parse([
        { code: '1.1', notApplicable: 'x' },
        { code: '1', points: 6 },
      ]).success,
    ).toBe(true);
  });
});
