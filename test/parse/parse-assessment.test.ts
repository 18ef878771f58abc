import { describe, expect, it } from 'vitest';
import { isParIndexError } from '../../src/errors.js';
import { parseAssessment, safeParseAssessment } from '../../src/parse/parse-assessment.js';
import { HEAD, SET } from './assessment-fixture.js';

function readValue(code: string, value: unknown) {
  return parseAssessment({ ...HEAD, entries: [{ code, value }] }, SET).entries[0]?.value;
}

describe('parseAssessment: happy path', () => {
  it('builds the model with every entry field', () => {
    const a = parseAssessment(
      {
        ...HEAD,
        period: 2023,
        entries: [
          {
            code: '1.1',
            value: 'Có',
            selfScore: 1,
            appraisal: ['0,5', 1],
            evidence: [
              {
                number: '12/KH-UBND',
                date: '10/01/2023',
                issuer: 'UBND xã',
                title: 'Kế hoạch',
                section: 'Mục II',
              },
            ],
            explanation: 'Đã ban hành',
          },
          { code: '1.7', value: 0.75, uncertainty: { standardError: '0,1' } },
          { code: '1', notApplicable: 'Không có đơn vị trực thuộc' },
        ],
        adjustments: [{ id: 'init', points: '0,5', reason: 'Sáng kiến' }],
      },
      SET,
    );
    expect(a).toStrictEqual({
      criteriaSetId: 'kind-set',
      unit: { id: 'an-phu', name: 'Xã An Phú', block: 'xã' },
      period: '2023',
      entries: [
        {
          code: '1.1',
          value: { kind: 'yes-no', value: true },
          selfScore: '1',
          appraisal: ['0.5', '1'],
          evidence: [
            {
              number: '12/KH-UBND',
              date: '2023-01-10',
              issuer: 'UBND xã',
              title: 'Kế hoạch',
              section: 'Mục II',
            },
          ],
          explanation: 'Đã ban hành',
        },
        {
          code: '1.7',
          points: '0.75',
          appraisal: [],
          evidence: [],
          uncertainty: { kind: 'standard-error', standardError: '0.1' },
        },
        {
          code: '1',
          appraisal: [],
          notApplicable: { reason: 'Không có đơn vị trực thuộc' },
          evidence: [],
        },
      ],
      adjustments: [{ id: 'init', points: '0.5', reason: 'Sáng kiến' }],
    });
  });

  it('matches codes after NFC, trimming and zero-width removal, and keeps the set code', () => {
    const a = parseAssessment(
      { ...HEAD, entries: [{ code: ' 1.1\u200b', points: 1, appraisal: 0.5 }] },
      SET,
    );
    expect(a.entries[0]).toStrictEqual({
      code: '1.1',
      points: '1',
      appraisal: ['0.5'],
      evidence: [],
    });
  });

  it('reads uncertainty intervals', () => {
    const a = parseAssessment(
      { ...HEAD, entries: [{ code: '1', points: 8, uncertainty: { low: 7, high: '9,5' } }] },
      SET,
    );
    expect(a.entries[0]?.uncertainty).toStrictEqual({ kind: 'interval', low: '7', high: '9.5' });
  });
});

describe('values by rule kind, as Vietnamese offices type them', () => {
  const nfdCo = 'Có'.normalize('NFD');
  it.each([
    [true, true],
    [false, false],
    ['Có', true],
    [nfdCo, true],
    ['CÓ', true],
    ['có', true],
    ['co', true],
    ['Không', false],
    ['KHÔNG', false],
    ['khong', false],
    ['yes', true],
    ['No', false],
    ['x', true],
    ['X', true],
    [1, true],
    [0, false],
    ['1', true],
    ['0', false],
    ['Đạt', true],
    ['không đạt', false],
  ])('yes-no %j → %s', (raw, expected) => {
    expect(readValue('1.1', raw)).toStrictEqual({ kind: 'yes-no', value: expected });
  });

  it.each([
    [95, { kind: 'percent', percent: '95' }],
    ['95%', { kind: 'percent', percent: '95' }],
    ['95,5 %', { kind: 'percent', percent: '95.5' }],
    ['95,5\u00a0%', { kind: 'percent', percent: '95.5' }],
    ['45/50', { kind: 'ratio', numerator: '45', denominator: '50' }],
    [' 45 / 50 ', { kind: 'ratio', numerator: '45', denominator: '50' }],
    [
      { numerator: 45, denominator: '50' },
      { kind: 'ratio', numerator: '45', denominator: '50' },
    ],
  ])('ratio %j', (raw, expected) => {
    expect(readValue('1.2', raw)).toStrictEqual(expected);
  });

  it('count, deadline, survey answers and mean', () => {
    expect(readValue('1.3', 3)).toStrictEqual({ kind: 'count', count: 3 });
    expect(readValue('1.3', '2')).toStrictEqual({ kind: 'count', count: 2 });
    expect(readValue('1.4', { daysLate: 2 })).toStrictEqual({ kind: 'days-late', days: 2 });
    expect(readValue('1.4', -1)).toStrictEqual({ kind: 'days-late', days: -1 });
    expect(readValue('1.4', '2023-12-02')).toStrictEqual({ kind: 'date', date: '2023-12-02' });
    expect(readValue('1.4', '02/12/2023')).toStrictEqual({ kind: 'date', date: '2023-12-02' });
    expect(readValue('1.4', new Date(Date.UTC(2023, 11, 2)))).toStrictEqual({
      kind: 'date',
      date: '2023-12-02',
    });
    expect(readValue('1.5', { A: 120, B: '30,5' })).toStrictEqual({
      kind: 'answers',
      counts: { A: '120', B: '30.5' },
    });
    expect(readValue('1.6', 3.8)).toStrictEqual({ kind: 'mean', mean: '3.8' });
    expect(readValue('1.6', '3,8')).toStrictEqual({ kind: 'mean', mean: '3.8' });
    expect(readValue('1.6', { mean: '3,8' })).toStrictEqual({ kind: 'mean', mean: '3.8' });
    expect(readValue('1.1', null)).toBeUndefined();
  });
});

describe('parseAssessment: failures', () => {
  it('throws ParIndexError', () => {
    expect(() => parseAssessment({ ...HEAD, criteriaSet: 'other' }, SET)).toThrow(
      expect.objectContaining({ name: 'ParIndexError', code: 'invalid_input' }),
    );
    try {
      parseAssessment({}, SET);
    } catch (e) {
      expect(isParIndexError(e)).toBe(true);
    }
  });

  it.each([null, 1, 'x', [], { __proto__: { criteriaSet: 'kind-set' } }])(
    'never throws on %j',
    (input) => {
      expect(safeParseAssessment(input, SET).success).toBe(false);
    },
  );
});
