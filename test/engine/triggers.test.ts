import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { parseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import { SMALL_SPEC, UNIT_A, UNIT_B } from './fixtures.js';

// Unit A, final stage (see score-assessment.test.ts): index 82.5 %, band tot, field 1 = 8 of 10,
// field 2 = 3.25 of 4 (81.25 %), criterion 1.2 rated yeu (50 %).
// Unit B: index 67 %, band tb, field 1 = 60 %, field 2 = 73.33 %.
function withTriggers(triggers: unknown[]) {
  return parseCriteriaSet({ ...SMALL_SPEC, triggers });
}

function fired(triggers: unknown[], unit = UNIT_A) {
  const set = withTriggers(triggers);
  return scoreAssessment(set, { ...unit, criteriaSetId: set.id }).triggers;
}

describe('triggers', () => {
  it('index-below compares the unrounded index, strictly', () => {
    expect(fired([{ id: 't', label: 'T', when: { kind: 'index-below', percent: 82.5 } }])).toEqual(
      [],
    );
    const [t] = fired([{ id: 't', label: 'T', when: { kind: 'index-below', percent: '82,51' } }]);
    expect(t?.reasons).toEqual(['Chỉ số 82,50 % dưới 82,51 %']);
    expect(t?.reasonsEn).toEqual(['Index 82.50% below 82.51%']);
  });

  it('node-below by code ignores not-applicable nodes', () => {
    expect(
      fired([
        { id: 't', label: 'T', when: { kind: 'node-below', node: { code: '2.2' }, percent: 100 } },
      ]),
    ).toEqual([]);
    const [t] = fired([
      { id: 't', label: 'T', when: { kind: 'node-below', node: { code: '1' }, percent: 81 } },
    ]);
    expect(t?.reasons).toEqual(['"1. Chỉ đạo điều hành" đạt 80,00 % số điểm tối đa, dưới 81,00 %']);
    expect(t?.reasonsEn).toEqual(['"1. Leadership" at 80.00% of its maximum, below 81.00%']);
  });

  it('criterion-rated fires on weak ratings by default, or on listed ratings', () => {
    const [weak] = fired([
      { id: 'w', label: 'Có tiêu chí yếu', when: { kind: 'criterion-rated' } },
    ]);
    expect(weak?.reasons).toEqual([
      'Tiêu chí "1.2. Tỷ lệ hồ sơ trực tuyến" xếp loại "Yếu" (50,00 %)',
    ]);
    const [tot] = fired([
      { id: 't', label: 'T', when: { kind: 'criterion-rated', ratings: ['tot'] } },
    ]);
    expect(tot?.reasons).toHaveLength(3);
  });

  it('all needs every condition; any collects the reasons of those that hold', () => {
    const both = [
      { kind: 'band-in', bands: ['tb'] },
      { kind: 'node-below', node: { code: '1' }, percent: 61 },
    ];
    expect(
      fired([{ id: 'a', label: 'A', when: { kind: 'all', conditions: both } }], UNIT_B)[0]?.reasons,
    ).toHaveLength(2);
    expect(
      fired([{ id: 'a', label: 'A', when: { kind: 'all', conditions: both } }], UNIT_A),
    ).toEqual([]);
    const any = fired(
      [{ id: 'a', label: 'A', action: 'Báo cáo', when: { kind: 'any', conditions: both } }],
      UNIT_B,
    );
    expect(any[0]).toMatchObject({
      id: 'a',
      action: 'Báo cáo',
      reasons: ['Xếp loại "Trung bình"', expect.stringContaining('60,00 %')],
    });
  });

  it('an all inside an any that fails after a condition held gives none of its reasons', () => {
    // Unit A: band tot holds, field 1 at 80 % is not below 61 %, so the all fails; field 1 is
    // below 81 %, so the any holds with that reason alone.
    const when = {
      kind: 'any',
      conditions: [
        {
          kind: 'all',
          conditions: [
            { kind: 'band-in', bands: ['tot'] },
            { kind: 'node-below', node: { code: '1' }, percent: 61 },
          ],
        },
        { kind: 'node-below', node: { code: '1' }, percent: 81 },
      ],
    };
    const [t] = fired([{ id: 'a', label: 'A', when }]);
    expect(t?.reasons).toEqual(['"1. Chỉ đạo điều hành" đạt 80,00 % số điểm tối đa, dưới 81,00 %']);
    expect(t?.reasonsEn).toEqual(['"1. Leadership" at 80.00% of its maximum, below 81.00%']);
  });
});
