import { describe, expect, it } from 'vitest';
import { findNode } from '../../src/engine/find-node.js';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { SMALL_SET, UNIT_A, UNIT_B } from './fixtures.js';

// Expected numbers computed by hand from the fixtures (see fixtures.ts):
// self:  field 1 = 2 + 3 (declared) + 4.75 = 9.75; field 2 = 4 − 3 × 0.25 = 3.25 of 4 (2.2 N/A);
//        field 3 = 3.1; base 16.1; bonus 1; penalty 0.5 → 16.6 of 18 = 92.2̅ %.
// appraisal (round 1): field 1 = 2 + 1.5 + 4 = 7.5; base 13.85 → 14.35 / 18 = 79.72̅ %.
// final (latest round): field 1 = 2 + 1.5 + 4.5 = 8; base 14.35 → 14.85 / 18 = 82.5 %.
describe('scoreAssessment', () => {
  it('scores the self stage with declared self-scores', () => {
    const r = scoreAssessment(SMALL_SET, UNIT_A, { stage: 'self' });
    expect(r.basePoints).toBe('16.1');
    expect(r.bonus).toBe('1');
    expect(r.penalty).toBe('0.5');
    expect(r.points).toBe('16.6');
    expect(r.max).toBe('18');
    expect(r.nominalMax).toBe('20');
    expect(r.index).toBe('92.22222222222222222222222222222222222222');
    expect(r.shown).toEqual({ points: '16.60', max: '18.00', index: '92.22' });
    expect(r.band?.code).toBe('tot');
  });

  it('scores appraisal round 1 and the final (latest) round', () => {
    const appraisal = scoreAssessment(SMALL_SET, UNIT_A, { stage: 'appraisal' });
    expect(appraisal.points).toBe('14.35');
    expect(appraisal.shown.index).toBe('79.72');
    expect(appraisal.band?.code).toBe('kha');
    const final = scoreAssessment(SMALL_SET, UNIT_A);
    expect(final.stage).toBe('final');
    expect(final.points).toBe('14.85');
    expect(final.index).toBe('82.5');
    expect(final.shown.index).toBe('82.50');
    expect(final.band).toEqual({ code: 'tot', label: 'Tốt', labelEn: 'Good' });
  });

  it('reports points lost at appraisal per node and in total', () => {
    const r = scoreAssessment(SMALL_SET, UNIT_A);
    expect(r.lostAtAppraisal).toBe('1.75');
    expect(findNode(r, '1.2')?.lostAtAppraisal).toBe('1.5');
    expect(findNode(r, '1.3')?.lostAtAppraisal).toBe('0.25');
    expect(findNode(r, '1.3')?.source).toBe('appraisal-2');
    expect(findNode(r, '1.2')?.source).toBe('appraisal-1');
    expect(findNode(r, '2.1')?.lostAtAppraisal).toBe('0');
  });

  it('gives each node points, applicable max, percent and lost points', () => {
    const r = scoreAssessment(SMALL_SET, UNIT_A);
    const f2 = findNode(r, '2');
    expect(f2).toMatchObject({
      points: '3.25',
      max: '4',
      nominalMax: '6',
      percent: '81.25',
      lost: '0.75',
    });
    expect(findNode(r, '2.2')).toMatchObject({
      applicable: false,
      points: '0',
      max: '0',
      percent: '0',
      source: 'not-applicable',
    });
    expect(findNode(r, '2.1')?.explanation).toMatchObject({ rule: 'deduction', points: '3.25' });
    expect(findNode(r, '1.2')?.explanation?.points).toBe('1.5');
    // Points given directly explain themselves too (the self points, before appraisal).
    expect(findNode(r, '1.3')?.explanation).toMatchObject({
      rule: 'direct',
      inputText: 'Điểm nhập trực tiếp: 4,75',
      points: '4.75',
    });
  });

  it("a leaf's explanation: texts written when read, kept, in the same key order as JSON", () => {
    const ex = findNode(scoreAssessment(SMALL_SET, UNIT_A), '1.3')?.explanation;
    if (ex === undefined) throw new Error('1.3 has no explanation');
    // Not yet written: the tree was built for its numbers.
    expect(typeof Object.getOwnPropertyDescriptor(ex, 'inputText')?.get).toBe('function');
    expect(Object.keys(ex)).toEqual(['rule', 'ruleText', 'inputText', 'points']);
    expect(ex.inputText).toBe('Điểm nhập trực tiếp: 4,75');
    // Once read, a plain value in its place (read again: the same text, no second writing).
    expect(Object.getOwnPropertyDescriptor(ex, 'inputText')?.value).toBe(
      'Điểm nhập trực tiếp: 4,75',
    );
    expect(JSON.parse(JSON.stringify(ex))).toEqual({
      rule: 'direct',
      ruleText: ex.ruleText,
      inputText: 'Điểm nhập trực tiếp: 4,75',
      points: '4.75',
    });
    expect(Object.keys(ex)).toEqual(['rule', 'ruleText', 'inputText', 'points']);
  });

  it('rates criteria at the configured depth, skipping not-applicable ones', () => {
    const r = scoreAssessment(SMALL_SET, UNIT_A);
    expect(r.ratings.map((n) => [n.code, n.rating?.code])).toEqual([
      ['1.1', 'tot'],
      ['1.2', 'yeu'],
      ['1.3', 'tot'],
      ['2.1', 'tot'],
    ]);
    expect(findNode(r, '1.2')?.rating?.weak).toBe(true);
  });

  it('warns on a declared self-score that differs from the rule, and on missing evidence', () => {
    const r = scoreAssessment(SMALL_SET, UNIT_A);
    expect(r.warnings.map((w) => [w.code, w.nodeCode])).toEqual([
      ['self_score_mismatch', '1.2'],
      ['missing_evidence', '1.2'],
    ]);
    expect(r.warnings[0]?.message).toContain('1,5');
  });

  it('uses points given at field level and ignores the children (with a warning)', () => {
    const r = scoreAssessment(SMALL_SET, UNIT_B);
    // 6 + 4.4 + 3 = 13.4 of 20 = 67 % → Trung bình.
    expect(r.points).toBe('13.4');
    expect(r.index).toBe('67');
    expect(r.band?.code).toBe('tb');
    expect(findNode(r, '1')?.source).toBe('points');
    expect(r.warnings.map((w) => [w.code, w.nodeCode])).toEqual([['children_ignored', '1']]);
  });

  it('fires triggers with their reasons (band, and a tagged field below 75 %)', () => {
    const r = scoreAssessment(SMALL_SET, UNIT_B);
    expect(r.triggers).toHaveLength(1);
    const t = r.triggers[0];
    expect(t?.id).toBe('remediation');
    expect(t?.due).toBe('2023-04-10');
    // Field 2: 4.4 / 6 = 73.33 % < 75 %.
    expect(t?.reasons).toEqual([
      'Xếp loại "Trung bình"',
      '"2. Cải cách thủ tục hành chính" đạt 73,33 % số điểm tối đa, dưới 75,00 %',
    ]);
    expect(t?.reasonsEn[0]).toBe('Band "Average"');
    expect(scoreAssessment(SMALL_SET, UNIT_A).triggers).toEqual([]);
  });

  it('counts a leaf without any value as 0 with a missing_score warning', () => {
    const r = scoreAssessment(SMALL_SET, { ...UNIT_A, entries: [], adjustments: [] });
    expect(r.points).toBe('0');
    expect(r.warnings.filter((w) => w.code === 'missing_score').map((w) => w.nodeCode)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '3',
    ]);
  });

  it('names the criteria set, in English too when the set has an English title', () => {
    expect(scoreAssessment(SMALL_SET, UNIT_A).criteriaSet).toEqual({
      id: 'test-small',
      title: 'Bộ chỉ số thử nghiệm',
      year: 2023,
      provenance: 'illustrative',
    });
    expect(scoreAssessment({ ...SMALL_SET, titleEn: 'Test set' }, UNIT_A).criteriaSet.titleEn).toBe(
      'Test set',
    );
  });

  it('refuses an assessment of another criteria set', () => {
    expect(() => scoreAssessment(SMALL_SET, { ...UNIT_A, criteriaSetId: 'other' })).toThrow(
      RangeError,
    );
  });

  it('caps the bonus of one adjustment at its cap', () => {
    const as = (points: string) => points as never;
    const r = scoreAssessment(SMALL_SET, {
      ...UNIT_A,
      adjustments: [
        { id: 'b', points: as('0.75') },
        { id: 'b', points: as('0.75') },
      ],
    });
    // 14.35 + min(1.5, 1) = 15.35.
    expect(r.bonus).toBe('1');
    expect(r.points).toBe('15.35');
  });

  it('never lets the total go below zero', () => {
    const r = scoreAssessment(SMALL_SET, {
      ...UNIT_A,
      entries: [],
      adjustments: [{ id: 'p', points: '2' as never }],
    });
    expect(r.points).toBe('0');
    expect(r.penalty).toBe('2');
  });

  it('takes the index as 0 when nothing applies', () => {
    const r = scoreAssessment(SMALL_SET, {
      ...UNIT_A,
      adjustments: [],
      entries: ['1', '2', '3'].map((code) => ({
        code,
        notApplicable: { reason: 'thử' },
        appraisal: [],
        evidence: [],
      })),
    });
    expect(r.index).toBe('0');
    expect(r.warnings.map((w) => w.code)).toEqual(['no_applicable_maximum']);
  });
});
