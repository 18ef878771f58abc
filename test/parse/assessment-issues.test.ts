import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeParseAssessment } from '../../src/parse/parse-assessment.js';
import { HEAD, SET } from './assessment-fixture.js';

function problems(input: Record<string, unknown>): [string, string][] {
  const r = safeParseAssessment({ ...HEAD, ...input }, SET);
  return r.success ? [] : r.issues.map((i) => [i.code, i.path.join('.')]);
}

function entry(e: Record<string, unknown>) {
  return problems({ entries: [e] });
}

describe('assessment issues', () => {
  it('shape problems', () => {
    expect(
      problems({
        unit: { id: 'u', name: 'U' },
        period: 2023.5,
        extra: true,
        entries: [
          {
            code: 1.1,
            points: 'abc',
            appraisal: [1, 1, 1],
            evidence: [{ date: '31/02/2023', page: 2 }],
          },
          { code: '1.2', notApplicable: {}, uncertainty: { low: 1 } },
        ],
      }),
    ).toEqual([
      ['missing_field', 'unit.block'],
      ['invalid_type', 'period'],
      ['invalid_type', 'entries.0.code'],
      ['invalid_number', 'entries.0.points'],
      ['invalid_value', 'entries.0.appraisal'],
      ['invalid_date', 'entries.0.evidence.0.date'],
      ['unknown_field', 'entries.0.evidence.0.page'],
      ['missing_field', 'entries.1.notApplicable.reason'],
      ['missing_field', 'entries.1.uncertainty.high'],
      ['unknown_field', 'extra'],
    ]);
  });

  it('criteria_set_mismatch, unknown_criterion, duplicate_entry', () => {
    expect(
      problems({
        criteriaSet: 'another-set',
        entries: [{ code: '9.9' }, { code: '1.1' }, { code: '1.1\u200b' }],
      }),
    ).toEqual([
      ['criteria_set_mismatch', 'criteriaSet'],
      ['unknown_criterion', 'entries.0.code'],
      ['duplicate_entry', 'entries.2.code'],
    ]);
  });

  it('wrong_value_kind says what was expected', () => {
    const r = safeParseAssessment({ ...HEAD, entries: [{ code: '1.1', value: 'có lẽ' }] }, SET);
    expect(r.success ? [] : r.issues).toEqual([
      {
        code: 'wrong_value_kind',
        path: ['entries', 0, 'value'],
        message: "Giá trị 'có lẽ' của tiêu chí '1.1' không đúng loại: cần Có/Không.",
        messageEn:
          "The value 'có lẽ' of '1.1' is not of the right kind: expected yes/no (Có/Không).",
      },
    ]);
    expect(entry({ code: '1.2', value: 'nhiều' })).toEqual([
      ['wrong_value_kind', 'entries.0.value'],
    ]);
    expect(entry({ code: '1.3', value: 'ba' })).toEqual([['wrong_value_kind', 'entries.0.value']]);
    // a date needs the rule's due date
    expect(entry({ code: '1.8', value: '2023-12-02' })).toEqual([
      ['wrong_value_kind', 'entries.0.value'],
    ]);
    expect(entry({ code: '1.6', value: [3] })).toEqual([['wrong_value_kind', 'entries.0.value']]);
    expect(entry({ code: '1', value: 5 })).toEqual([['wrong_value_kind', 'entries.0.value']]);
    expect(entry({ code: '1.7', value: 'Có' })).toEqual([['wrong_value_kind', 'entries.0.value']]);
    expect(entry({ code: '1.7', value: 1, points: 1 })).toEqual([
      ['wrong_value_kind', 'entries.0.value'],
    ]);
  });

  it('invalid values of the right kind', () => {
    expect(entry({ code: '1.2', value: '45/0' })).toEqual([['invalid_value', 'entries.0.value']]);
    expect(entry({ code: '1.2', value: '-5%' })).toEqual([['invalid_value', 'entries.0.value']]);
    expect(entry({ code: '1.2', value: '-45/50' })).toEqual([['invalid_value', 'entries.0.value']]);
    expect(entry({ code: '1.3', value: -1 })).toEqual([['invalid_value', 'entries.0.value']]);
    expect(entry({ code: '1.3', value: 1.5 })).toEqual([['invalid_value', 'entries.0.value']]);
    expect(entry({ code: '1.4', value: { daysLate: 1.5 } })).toEqual([
      ['invalid_value', 'entries.0.value'],
    ]);
    // No answers at all is accepted: it scores 0 with an empty_denominator warning.
    expect(entry({ code: '1.5', value: { A: 0, B: 0 } })).toEqual([]);
    expect(entry({ code: '1.5', value: { A: -1 } })).toEqual([
      ['invalid_value', 'entries.0.value.A'],
    ]);
    expect(entry({ code: '1', points: 5, uncertainty: { low: 6, high: 4 } })).toEqual([
      ['invalid_value', 'entries.0.uncertainty.high'],
    ]);
  });

  it('unknown_option', () => {
    expect(entry({ code: '1.5', value: { A: 10, Z: 2 } })).toEqual([
      ['unknown_option', 'entries.0.value.Z'],
    ]);
  });

  it('points_above_max, negative_points, step_mismatch', () => {
    expect(entry({ code: '1.1', points: 1.5, selfScore: -1, appraisal: [0.5, 2] })).toEqual([
      ['points_above_max', 'entries.0.points'],
      ['negative_points', 'entries.0.selfScore'],
      ['points_above_max', 'entries.0.appraisal.1'],
    ]);
    expect(entry({ code: '1', points: 10.5 })).toEqual([['points_above_max', 'entries.0.points']]);
    expect(entry({ code: '1.7', value: 0.3 })).toEqual([['step_mismatch', 'entries.0.value']]);
    expect(entry({ code: '1.7', points: 0.5, appraisal: '0,6' })).toEqual([
      ['step_mismatch', 'entries.0.appraisal'],
    ]);
  });

  it('unknown_adjustment and adjustment caps', () => {
    expect(
      problems({
        adjustments: [
          { id: 'nope', points: 1 },
          { id: 'init', points: 1.5 },
          { id: 'init', points: -0.5 },
        ],
      }),
    ).toEqual([
      ['unknown_adjustment', 'adjustments.0.id'],
      ['points_above_max', 'adjustments.1.points'],
      ['negative_points', 'adjustments.2.points'],
    ]);
  });
});

describe('hostile input', () => {
  it('ignores __proto__ and constructor keys and leaves prototypes alone', () => {
    const doc = JSON.parse(
      '{"criteriaSet":"kind-set","unit":{"id":"u","name":"U","block":"x"},"period":"1","__proto__":{"polluted":1},' +
        '"entries":[{"code":"1.5","value":{"A":1,"__proto__":{"polluted":2},"constructor":3}}]}',
    );
    // An unknown key leaves the known shape valid, so the checks against the set run as well.
    expect(problems(doc)).toEqual([
      ['unknown_field', '__proto__'],
      ['unknown_option', 'entries.0.value.__proto__'],
      ['unknown_option', 'entries.0.value.constructor'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withNullPrototype: true }), (input) => {
        const r = safeParseAssessment(input, SET);
        expect(typeof r.success).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('survives absurdly deep nesting', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20000; i++) deep = { numerator: deep, denominator: 1 };
    expect(
      safeParseAssessment({ ...HEAD, entries: [{ code: '1.2', value: deep }] }, SET).success,
    ).toBe(false);
  });
});
