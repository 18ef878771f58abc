import { describe, expect, it } from 'vitest';
import { parseAssessment, safeParseAssessment } from '../../src/parse/parse-assessment.js';
import { assessmentToInput } from '../../src/serialize/assessment-input.js';
import { HEAD, SET } from './assessment-fixture.js';

// The appraisal team's reasons per round and the unit's answer: optional, beside the rounds.

const entry = (extra: Record<string, unknown>) =>
  parseAssessment({ ...HEAD, entries: [{ code: '1.1', value: 'Có', ...extra }] }, SET).entries[0];

describe('appraisalNotes and unitAnswer', () => {
  it('keeps a reason per round and the answer, trimmed, apart from the explanation', () => {
    const e = entry({
      appraisal: [0.5, 1],
      appraisalNotes: ['  Thiếu kế hoạch ', 'Đã bổ sung'],
      unitAnswer: 'Gửi bổ sung Kế hoạch 12/KH-UBND',
      explanation: 'Giải trình khi tự chấm',
    });
    expect(e?.appraisalNotes).toEqual(['Thiếu kế hoạch', 'Đã bổ sung']);
    expect(e?.unitAnswer).toBe('Gửi bổ sung Kế hoạch 12/KH-UBND');
    expect(e?.explanation).toBe('Giải trình khi tự chấm');
  });

  it('a single text is round 1 reason; null or empty is a round without one', () => {
    expect(entry({ appraisal: 0.5, appraisalNotes: 'Thiếu' })?.appraisalNotes).toEqual(['Thiếu']);
    expect(entry({ appraisal: [0.5, 1], appraisalNotes: [null, 'Đủ'] })?.appraisalNotes).toEqual([
      null,
      'Đủ',
    ]);
    expect(entry({ appraisal: [0.5, 1], appraisalNotes: ['', 'Đủ'] })?.appraisalNotes).toEqual([
      null,
      'Đủ',
    ]);
    // Nothing said at all: no field.
    const none = entry({ appraisal: [0.5], appraisalNotes: [''], unitAnswer: ' ' });
    expect(none).not.toHaveProperty('appraisalNotes');
    expect(none).not.toHaveProperty('unitAnswer');
    // A trailing round without a reason nor points is dropped.
    expect(entry({ appraisal: [0.5], appraisalNotes: ['Thiếu', null] })?.appraisalNotes).toEqual([
      'Thiếu',
    ]);
  });

  it('a reason for a round that has no points is a problem at its path', () => {
    const r = safeParseAssessment(
      {
        ...HEAD,
        entries: [{ code: '1.1', value: 'Có', appraisal: [0.5], appraisalNotes: [null, 'x'] }],
      },
      SET,
    );
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.code).toBe('invalid_value');
    expect(r.issues[0]?.path).toEqual(['entries', 0, 'appraisalNotes']);
    expect(r.issues[0]?.message).toContain('lần 2');
  });

  it('three reasons are refused like three rounds', () => {
    const r = safeParseAssessment(
      {
        ...HEAD,
        entries: [{ code: '1.1', appraisal: [0.5, 1], appraisalNotes: ['a', 'b', 'c'] }],
      },
      SET,
    );
    expect(r.success).toBe(false);
  });

  it('round-trips through assessmentToInput', () => {
    const a = parseAssessment(
      {
        ...HEAD,
        entries: [
          {
            code: '1.1',
            value: 'Có',
            appraisal: [0, 1],
            appraisalNotes: [null, 'Đã bổ sung'],
            unitAnswer: 'Bổ sung',
          },
          { code: '1', appraisal: 5, appraisalNotes: 'Chấm cả lĩnh vực' },
        ],
      },
      SET,
    );
    expect(parseAssessment(assessmentToInput(a), SET)).toEqual(a);
    expect(assessmentToInput(a)['entries']).toContainEqual({
      code: '1',
      appraisal: ['5'],
      appraisalNotes: ['Chấm cả lĩnh vực'],
    });
  });
});
