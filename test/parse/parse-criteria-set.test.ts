import { describe, expect, it } from 'vitest';
import { isParIndexError } from '../../src/errors.js';
import { parseCriteriaSet, safeParseCriteriaSet } from '../../src/parse/parse-criteria-set.js';

const SMALL = {
  $schema: '../criteria/criteria.schema.json',
  id: 'minh-son-commune-2023',
  title: 'Bộ chỉ số thử',
  level: 'commune',
  year: 2023,
  provenance: 'illustrative',
  fields: [
    {
      code: '1',
      name: 'Chỉ đạo điều hành',
      max: '3,5',
      tags: ['leadership'],
      children: [
        { code: '1.1', name: 'Kế hoạch CCHC', max: 1, rule: { kind: 'yes-no' } },
        { code: '1.2', name: 'Báo cáo', max: '2.5' },
      ],
    },
    {
      code: '2',
      name: 'Điều tra xã hội học',
      max: 6.5,
      method: 'survey',
      children: [
        {
          code: '2.1',
          name: 'Hài lòng',
          max: 6.5,
          rule: {
            kind: 'survey-options',
            options: [
              { code: 'A', weight: 100 },
              { code: 'B', weight: '60%' },
            ],
          },
        },
      ],
    },
  ],
};

describe('parseCriteriaSet: happy path', () => {
  it('fills every default and derives the maximum', () => {
    // max = 3.5 + 6.5 = 10
    expect(parseCriteriaSet(SMALL)).toStrictEqual({
      id: 'minh-son-commune-2023',
      title: 'Bộ chỉ số thử',
      level: 'commune',
      year: 2023,
      provenance: 'illustrative',
      partial: false,
      decisions: [],
      rounding: { places: 2, mode: 'half-up' },
      classifyOn: 'published',
      totalCap: 'max',
      fields: [
        {
          code: '1',
          name: 'Chỉ đạo điều hành',
          max: '3.5',
          method: 'appraisal',
          tags: ['leadership'],
          evidenceRequired: true,
          children: [
            {
              code: '1.1',
              name: 'Kế hoạch CCHC',
              max: '1',
              method: 'appraisal',
              tags: [],
              evidenceRequired: true,
              rule: { kind: 'yes-no', yes: '1', no: '0' },
              children: [],
            },
            {
              code: '1.2',
              name: 'Báo cáo',
              max: '2.5',
              method: 'appraisal',
              tags: [],
              evidenceRequired: true,
              rule: { kind: 'direct' },
              children: [],
            },
          ],
        },
        {
          code: '2',
          name: 'Điều tra xã hội học',
          max: '6.5',
          method: 'survey',
          tags: [],
          evidenceRequired: false,
          children: [
            {
              code: '2.1',
              name: 'Hài lòng',
              max: '6.5',
              method: 'survey',
              tags: [],
              evidenceRequired: false,
              rule: {
                kind: 'survey-options',
                options: [
                  { code: 'A', weight: '100' },
                  { code: 'B', weight: '60' },
                ],
              },
              children: [],
            },
          ],
        },
      ],
      adjustments: [],
      triggers: [],
      max: '10',
    });
  });

  it('fills rule defaults', () => {
    const set = parseCriteriaSet({
      ...SMALL,
      fields: [
        {
          code: '1',
          name: 'L',
          max: 4,
          children: [
            {
              code: 'a',
              name: 'a',
              max: 1,
              rule: { kind: 'ratio-tiers', tiers: [{ at: 90, points: 1 }] },
            },
            { code: 'b', name: 'b', max: 1, rule: { kind: 'ratio-linear' } },
            { code: 'c', name: 'c', max: 1, rule: { kind: 'deduction', perItem: '0,25' } },
            { code: 'd', name: 'd', max: 1, rule: { kind: 'deadline' } },
          ],
        },
      ],
    });
    expect(set.fields[0]?.children.map((c) => c.rule)).toStrictEqual([
      {
        kind: 'ratio-tiers',
        direction: 'higher-better',
        tiers: [{ at: '90', points: '1' }],
        otherwise: '0',
      },
      { kind: 'ratio-linear', lower: '0', upper: '100', origin: 'zero' },
      { kind: 'deduction', perItem: '0.25', floor: '0', freeItems: 0 },
      { kind: 'deadline', tiers: [], otherwise: '0' },
    ]);
  });

  it('inherits method and an explicit evidenceRequired from the parent', () => {
    const set = parseCriteriaSet({
      ...SMALL,
      fields: [
        {
          code: '1',
          name: 'L',
          max: 2,
          method: 'survey',
          evidenceRequired: true,
          children: [
            { code: '1.1', name: 'a', max: 1 },
            { code: '1.2', name: 'b', max: 1, method: 'appraisal', evidenceRequired: false },
          ],
        },
        { code: '2', name: 'M', max: 1, evidenceRequired: false },
      ],
    });
    const [f1, f2] = set.fields;
    expect(f1?.children.map((c) => [c.method, c.evidenceRequired])).toEqual([
      ['survey', true],
      ['appraisal', false],
    ]);
    expect([f2?.method, f2?.evidenceRequired]).toEqual(['appraisal', false]);
  });

  it('infers band bounds, weak flags and the criterion rating depth', () => {
    const set = parseCriteriaSet({
      ...SMALL,
      bands: {
        name: 'Xếp loại',
        levels: [
          { code: 'tot', label: 'Tốt', min: 80 },
          { code: 'kha', label: 'Khá', min: '70', below: 80 },
          { code: 'yeu', label: 'Yếu', min: 0, weak: true },
        ],
      },
      criterionRating: { levels: [{ code: 'dat', label: 'Đạt', min: 0 }] },
    });
    expect(set.bands).toStrictEqual({
      name: 'Xếp loại',
      levels: [
        { code: 'tot', label: 'Tốt', min: '80', weak: false },
        { code: 'kha', label: 'Khá', min: '70', below: '80', weak: false },
        { code: 'yeu', label: 'Yếu', min: '0', below: '70', weak: true },
      ],
    });
    expect(set.criterionRating).toStrictEqual({
      depth: 2,
      scale: { levels: [{ code: 'dat', label: 'Đạt', min: '0', weak: false }] },
    });
  });

  it('accepts NFD text, invisible characters in codes and YAML Date objects', () => {
    const nfd = 'Chỉ đạo'.normalize('NFD');
    const set = parseCriteriaSet({
      ...SMALL,
      title: ` ${nfd} `,
      provenance: 'official',
      decisions: [
        { number: '876/QĐ-BNV', date: new Date(Date.UTC(2022, 10, 10)), issuer: 'Bộ Nội vụ' },
      ],
      validFrom: '2023-01-01',
      fields: [{ code: '\u200b1 ', name: nfd, max: 1 }],
    });
    expect(set.title).toBe('Chỉ đạo'.normalize('NFC'));
    expect(set.fields[0]?.code).toBe('1');
    expect(set.fields[0]?.name).toBe('Chỉ đạo'.normalize('NFC'));
    expect(set.decisions).toStrictEqual([
      { number: '876/QĐ-BNV', date: '2022-11-10', issuer: 'Bộ Nội vụ' },
    ]);
    expect(set.validFrom).toBe('2023-01-01');
  });

  it('keeps triggers, adjustments and rounding as written', () => {
    const set = parseCriteriaSet({
      ...SMALL,
      rounding: { places: 3 },
      adjustments: [{ id: 'init', name: 'Sáng kiến', kind: 'bonus', cap: '1,5' }],
      bands: { levels: [{ code: 'htnv', label: 'HTNV', min: 0 }] },
      triggers: [
        {
          id: 'plan',
          label: 'Kế hoạch khắc phục',
          due: '2023-04-10',
          when: {
            kind: 'any',
            conditions: [
              { kind: 'band-in', bands: ['htnv'] },
              { kind: 'node-below', node: { tag: 'leadership' }, percent: '75%' },
              { kind: 'all', conditions: [{ kind: 'index-below', percent: 50 }] },
            ],
          },
        },
      ],
    });
    expect(set.rounding).toStrictEqual({ places: 3, mode: 'half-up' });
    expect(set.adjustments).toStrictEqual([
      { id: 'init', name: 'Sáng kiến', kind: 'bonus', cap: '1.5' },
    ]);
    expect(set.triggers).toStrictEqual([
      {
        id: 'plan',
        label: 'Kế hoạch khắc phục',
        due: '2023-04-10',
        when: {
          kind: 'any',
          conditions: [
            { kind: 'band-in', bands: ['htnv'] },
            { kind: 'node-below', node: { tag: 'leadership' }, percent: '75' },
            { kind: 'all', conditions: [{ kind: 'index-below', percent: '50' }] },
          ],
        },
      },
    ]);
  });
});

describe('parseCriteriaSet: failures', () => {
  it('throws a ParIndexError with every issue', () => {
    let caught: unknown;
    try {
      parseCriteriaSet({ ...SMALL, id: undefined, extra: 1 });
    } catch (e) {
      caught = e;
    }
    expect(isParIndexError(caught)).toBe(true);
    if (isParIndexError(caught)) {
      expect(caught.issues.map((i) => [i.code, i.path])).toEqual([
        ['missing_field', ['id']],
        ['unknown_field', ['extra']],
      ]);
      expect(caught.issues[0].message).toBe("Thiếu trường bắt buộc 'id' (mã định danh).");
    }
  });

  it.each([null, 42, 'text', [], undefined])('refuses %j without throwing', (input) => {
    const r = safeParseCriteriaSet(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0].path).toEqual([]);
  });
});
