import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { safeParseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import { cli } from '../cli/helpers.js';

// Issue 8, defect 5: 0/0 means nothing of the kind arose: 0 points and an empty_denominator
// warning suggesting "không áp dụng", reachable from a file; n/0 with n > 0 is an input problem.
const SPEC = {
  id: 'ratio-zero',
  title: 'Tỷ lệ 0/0',
  level: 'commune',
  provenance: 'illustrative',
  fields: [
    {
      code: '1',
      name: 'Hồ sơ',
      max: 2,
      children: [
        { code: '1.1', name: 'Đúng hạn', max: 1, rule: { kind: 'ratio-linear' } },
        {
          code: '1.2',
          name: 'Trực tuyến',
          max: 1,
          rule: { kind: 'ratio-tiers', tiers: [{ at: 50, points: 1 }] },
        },
      ],
    },
  ],
};
const SET = parseCriteriaSet(SPEC);
const doc = (v1: unknown, v2: unknown) => ({
  criteriaSet: 'ratio-zero',
  unit: { id: 'x', name: 'Xã X', block: 'xã' },
  period: '2023',
  entries: [
    { code: '1.1', value: v1, explanation: 'Báo cáo năm' },
    { code: '1.2', value: v2, explanation: 'Báo cáo năm' },
  ],
});

describe('0/0 ratios (issue 8, defect 5)', () => {
  it('scores "0/0" and {numerator: 0, denominator: 0} as 0 with empty_denominator', () => {
    const r = safeParseAssessment(doc('0/0', { numerator: 0, denominator: 0 }), SET);
    expect(r.success).toBe(true);
    if (!r.success) return;
    const s = scoreAssessment(SET, r.data);
    expect(s.points).toBe('0');
    expect(s.warnings.map((w) => [w.code, w.nodeCode])).toEqual([
      ['empty_denominator', '1.1'],
      ['empty_denominator', '1.2'],
    ]);
    expect(s.warnings[0]?.message).toContain('không áp dụng');
  });

  it('refuses a non-zero numerator over 0, naming the entry', () => {
    const r = safeParseAssessment(doc('5/0', '1/2'), SET);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid_value', 'entries.0.value'],
    ]);
    expect(r.issues[0]?.message).toContain('0/0');
  });

  it('shows the warning when a file with 0/0 is scored from the command line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'par-zero-'));
    await writeFile(join(dir, 'set.json'), JSON.stringify(SPEC));
    await writeFile(join(dir, 'x.json'), JSON.stringify(doc('0/0', '1/2')));
    const r = await cli([
      'score',
      join(dir, 'x.json'),
      '-c',
      join(dir, 'set.json'),
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      results: { warnings: { code: string }[]; points: string }[];
    };
    expect(out.results[0]?.points).toBe('1');
    expect(out.results[0]?.warnings.map((w) => w.code)).toEqual(['empty_denominator']);
  });
});
