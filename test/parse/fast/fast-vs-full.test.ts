import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateAssessment,
  generateCriteriaSet,
  generateNation,
} from '../../../bench/generate.js';
import { parseCriteriaSet } from '../../../src/parse/parse-criteria-set.js';
import { assessmentDoc, setDoc } from '../../hostile/fixtures.js';
import { HEAD, SET as KIND_SET } from '../assessment-fixture.js';
import { applyMutation, BASES, mutation, repositoryAssessments } from '../corpus.js';
import { agree } from './differential.js';

describe('fast reader against the full parser', () => {
  it('every assessment in the fixtures and examples: same model, and the fast path takes them', () => {
    const assessments = repositoryAssessments();
    let fast = 0;
    const refused: string[] = [];
    for (const { file, data, set } of assessments) {
      if (agree(data, set)) fast++;
      else refused.push(file);
    }
    // By hand: 5 seed folders and the Minh Sơn examples hold well over 60 assessments, all valid.
    expect(assessments.length).toBeGreaterThan(60);
    expect(refused).toEqual([]);
    expect(fast).toBe(assessments.length);
  });

  it('the inline fixtures of the parser and hostile tests', () => {
    expect(agree(assessmentDoc(), parseCriteriaSet(setDoc()))).toBe(true);
    const kindDoc = {
      ...HEAD,
      entries: [
        { code: '1.1', value: 'Không' },
        { code: '1.2', value: { numerator: 3, denominator: 4 } },
        { code: '1.3', value: '2' },
        { code: '1.4', value: '02/12/2023' },
        { code: '1.5', value: { A: '12', B: 3 } },
        { code: '1.6', value: { mean: '3,8' } },
        { code: '1.7', value: '0,75' },
        { code: '1.8', value: { daysLate: 3 } },
      ],
      adjustments: [{ id: 'init', points: '0,5', reason: ' Sáng kiến ' }],
    };
    expect(agree(kindDoc, KIND_SET)).toBe(true);
  });

  it("appraisal reasons and the unit's answer: taken when plain, left to the full path otherwise", () => {
    const doc = (extra: Record<string, unknown>) => ({
      ...HEAD,
      entries: [{ code: '1.1', value: 'Có', appraisal: ['0,5', '1'], ...extra }],
    });
    // Taken: one reason, two reasons with a gap, empty reasons dropped, an answer (trimmed, NFC).
    for (const extra of [
      { appraisalNotes: ' Thiếu văn bản ' },
      { appraisalNotes: [null, 'Đã bổ sung'] },
      { appraisalNotes: ['', null], unitAnswer: '' },
      { appraisalNotes: ['a', 'b'], unitAnswer: ' Đã gửi bổ sung ngày 3/3 ' },
    ]) {
      expect(agree(doc(extra), KIND_SET)).toBe(true);
    }
    // Refused by the fast reader (the full path words them): a reason for a round not given,
    // a number, three reasons, an empty list, an answer that is not text.
    for (const extra of [
      { appraisal: '0,5', appraisalNotes: ['a', 'b'] },
      { appraisalNotes: 3 },
      { appraisalNotes: ['a', 'b', 'c'] },
      { appraisalNotes: [] },
      { unitAnswer: 5 },
    ]) {
      expect(agree(doc(extra), KIND_SET)).toBe(false);
    }
  });

  it('a sample of the generated national workload (every province, both levels)', () => {
    const nation = generateNation({ provinces: 63, communes: 126, departments: 63 });
    let n = 0;
    for (const p of nation) {
      const communeSet = parseCriteriaSet(p.communeSet);
      const departmentSet = parseCriteriaSet(p.departmentSet);
      for (const doc of p.communes)
        expect(agree(JSON.parse(JSON.stringify(doc)), communeSet)).toBe(true);
      for (const doc of p.departments) expect(agree(doc, departmentSet)).toBe(true);
      n += p.communes.length + p.departments.length;
    }
    expect(n).toBe(189);
  });

  it('generated sets of other sizes', () => {
    for (const leaves of [8, 40, 300]) {
      const doc = generateCriteriaSet(`size-${leaves}`, 'commune', leaves, leaves);
      const set = parseCriteriaSet(doc);
      for (let i = 0; i < 20; i++) {
        const a = generateAssessment(doc, { id: `u${i}`, name: `Xã ${i}`, block: 'xã' }, i * 101);
        expect(agree(a, set)).toBe(true);
      }
    }
  });
});

describe('fuzz: the fast reader never accepts what the full parser refuses', () => {
  it('mutated valid documents', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat(BASES.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (b, ms) => {
          const base = BASES[b];
          if (base === undefined) return;
          const { doc, set } = base();
          for (const m of ms) applyMutation(doc, m, set);
          if (agree(doc, set)) accepted++;
          else refused++;
        },
      ),
      { numRuns: 3000 },
    );
    // Both sides exercised: many mutations keep the document valid, many do not.
    expect(accepted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(300);
  });

  it('junk and hostile values', () => {
    const set = parseCriteriaSet(setDoc());
    fc.assert(
      fc.property(
        fc.anything({ maxDepth: 3, withDate: true, withMap: true, withNullPrototype: true }),
        (v) => {
          agree(v, set);
          agree({ ...assessmentDoc(), entries: [v] }, set);
          agree({ ...assessmentDoc(), entries: [{ code: '1.1', value: v }] }, set);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
