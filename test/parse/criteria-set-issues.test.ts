import { describe, expect, it } from 'vitest';
import { safeParseCriteriaSet } from '../../src/parse/parse-criteria-set.js';

const BASE = { id: 'x', title: 'T', level: 'district', provenance: 'illustrative' } as const;

function leaf(code: string, max: number | string, rule?: unknown) {
  return { code, name: `Tiêu chí ${code}`, max, ...(rule === undefined ? {} : { rule }) };
}

/** [code, dotted path] of every issue, or [] on success. */
function problems(extra: Record<string, unknown>): [string, string][] {
  const r = safeParseCriteriaSet({ ...BASE, fields: [leaf('1', 1)], ...extra });
  return r.success ? [] : r.issues.map((i) => [i.code, i.path.join('.')]);
}

function withRule(max: number, rule: unknown) {
  return problems({ fields: [leaf('1', max, rule)] });
}

describe('criteria set shape issues', () => {
  it('maps zod problems to library codes and paths', () => {
    expect(
      problems({
        id: 'Bad Id',
        level: 'town',
        year: 2023.5,
        validFrom: '30/11/2023',
        maxx: 1,
        fields: [
          { code: 1, name: 'A', max: 'abc', method: 'oops', children: [{ name: '', max: true }] },
        ],
      }),
    ).toEqual([
      ['invalid_value', 'id'],
      ['invalid_value', 'level'],
      ['invalid_type', 'year'],
      ['invalid_date', 'validFrom'],
      ['invalid_type', 'fields.0.code'],
      ['invalid_number', 'fields.0.max'],
      ['invalid_value', 'fields.0.method'],
      ['missing_field', 'fields.0.children.0.code'],
      ['invalid_value', 'fields.0.children.0.name'],
      ['invalid_type', 'fields.0.children.0.max'],
      ['unknown_field', 'maxx'],
    ]);
  });

  it('words messages for a clerk', () => {
    const r = safeParseCriteriaSet({ ...BASE, fields: [{ code: '1', name: 'A' }] });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues[0]).toEqual({
        code: 'missing_field',
        path: ['fields', 0, 'max'],
        message: "Thiếu trường bắt buộc 'max' (điểm tối đa).",
        messageEn: "Missing required field 'max' (maximum points).",
      });
    }
  });

  it('checks rule shapes, percents and steps', () => {
    expect(withRule(1, { kind: 'nope' })).toEqual([['invalid_value', 'fields.0.rule.kind']]);
    expect(withRule(1, { max: 1 })).toEqual([['missing_field', 'fields.0.rule.kind']]);
    expect(withRule(1, { kind: 'direct', step: 0 })).toEqual([
      ['invalid_value', 'fields.0.rule.step'],
    ]);
    expect(withRule(1, { kind: 'yes-no', yes: '-1' })).toEqual([
      ['invalid_value', 'fields.0.rule.yes'],
    ]);
    expect(withRule(1, { kind: 'yes-no', yes: '1%' })).toEqual([
      ['invalid_number', 'fields.0.rule.yes'],
    ]);
    expect(withRule(1, { kind: 'ratio-linear', upper: 101 })).toEqual([
      ['invalid_value', 'fields.0.rule.upper'],
    ]);
    expect(withRule(1, { kind: 'ratio-linear', lower: 80, upper: 80 })).toEqual([
      ['invalid_value', 'fields.0.rule.upper'],
    ]);
    expect(withRule(1, { kind: 'survey-scale', min: 5, max: 1 })).toEqual([
      ['invalid_value', 'fields.0.rule.max'],
    ]);
    expect(withRule(1, { kind: 'ratio-tiers', tiers: [] })).toEqual([
      ['invalid_value', 'fields.0.rule.tiers'],
    ]);
    expect(
      withRule(1, { kind: 'deadline', due: '2023-13-01', tiers: [{ daysLate: 0, points: 0 }] }),
    ).toEqual([
      ['invalid_date', 'fields.0.rule.due'],
      ['invalid_value', 'fields.0.rule.tiers.0.daysLate'],
    ]);
  });

  it('checks trigger shapes', () => {
    expect(
      problems({
        triggers: [
          {
            id: 't',
            label: 'L',
            when: { kind: 'node-below', node: { code: '1', tag: 'x' }, percent: 50 },
          },
          { id: 'u', label: 'L', when: { kind: 'any', conditions: [] } },
        ],
      }),
    ).toEqual([
      ['invalid_value', 'triggers.0.when.node'],
      ['invalid_value', 'triggers.1.when.conditions'],
    ]);
  });
});

describe('criteria set semantic issues', () => {
  it('duplicate_code after NFC, trimming and zero-width removal', () => {
    const nfd = 'Đ1'.normalize('NFD');
    expect(problems({ fields: [leaf('Đ1', 1), leaf(` ${nfd}\u200b`, 1)] })).toEqual([
      ['duplicate_code', 'fields.1.code'],
    ]);
  });

  it('max_mismatch and rule_on_parent', () => {
    expect(
      problems({
        fields: [
          {
            code: '1',
            name: 'A',
            max: 3,
            rule: { kind: 'direct' },
            children: [leaf('1.1', 1), leaf('1.2', '1,5')],
          },
        ],
      }),
    ).toEqual([
      ['rule_on_parent', 'fields.0.rule'],
      ['max_mismatch', 'fields.0.max'],
    ]);
  });

  it('compares maxima exactly (0.1 + 0.2 = 0.3)', () => {
    expect(
      problems({
        fields: [{ code: '1', name: 'A', max: 0.3, children: [leaf('a', 0.1), leaf('b', 0.2)] }],
      }),
    ).toEqual([]);
  });

  it('rule_points_above_max for every point value of a rule', () => {
    expect(withRule(1, { kind: 'yes-no', yes: 2, no: 1.5 })).toEqual([
      ['rule_points_above_max', 'fields.0.rule.yes'],
      ['rule_points_above_max', 'fields.0.rule.no'],
    ]);
    expect(
      withRule(1, { kind: 'ratio-tiers', tiers: [{ at: 100, points: 2 }], otherwise: 3 }),
    ).toEqual([
      ['rule_points_above_max', 'fields.0.rule.tiers.0.points'],
      ['rule_points_above_max', 'fields.0.rule.otherwise'],
      ['tiers_not_monotonic', 'fields.0.rule.otherwise'],
    ]);
    expect(withRule(1, { kind: 'deduction', perItem: 2, floor: 1.5 })).toEqual([
      ['rule_points_above_max', 'fields.0.rule.perItem'],
      ['rule_points_above_max', 'fields.0.rule.floor'],
    ]);
    expect(withRule(1, { kind: 'deadline', tiers: [{ daysLate: 5, points: 1.25 }] })).toEqual([
      ['rule_points_above_max', 'fields.0.rule.tiers.0.points'],
    ]);
  });

  it('tiers_unordered and tiers_not_monotonic', () => {
    const up = [
      { at: 80, points: 0.5 },
      { at: 100, points: 1 },
    ];
    expect(withRule(1, { kind: 'ratio-tiers', tiers: up })).toEqual([
      ['tiers_unordered', 'fields.0.rule.tiers.1.at'],
      ['tiers_not_monotonic', 'fields.0.rule.tiers.1.points'],
    ]);
    // lower-better (late dossiers): ascending thresholds, points falling
    expect(withRule(1, { kind: 'ratio-tiers', direction: 'lower-better', tiers: up })).toEqual([
      ['tiers_not_monotonic', 'fields.0.rule.tiers.1.points'],
    ]);
    expect(
      withRule(1, {
        kind: 'deadline',
        tiers: [
          { daysLate: 5, points: 0.5 },
          { daysLate: 5, points: 0.25 },
        ],
      }),
    ).toEqual([['tiers_unordered', 'fields.0.rule.tiers.1.daysLate']]);
    expect(
      withRule(1, {
        kind: 'deadline',
        tiers: [
          { daysLate: 5, points: 0.25 },
          { daysLate: 10, points: 0.5 },
        ],
      }),
    ).toEqual([['tiers_not_monotonic', 'fields.0.rule.tiers.1.points']]);
  });

  it('duplicate_id for options, bands, adjustments and triggers', () => {
    const options = [
      { code: 'A', weight: 100 },
      { code: 'A', weight: 50 },
    ];
    expect(withRule(1, { kind: 'survey-options', options })).toEqual([
      ['duplicate_id', 'fields.0.rule.options.1.code'],
    ]);
    const when = { kind: 'index-below', percent: 50 };
    expect(
      problems({
        bands: {
          levels: [
            { code: 'a', label: 'A', min: 50 },
            { code: 'a', label: 'B', min: 0 },
          ],
        },
        adjustments: [
          { id: 'x', name: 'X', kind: 'bonus', cap: 1 },
          { id: 'x', name: 'Y', kind: 'penalty', cap: 1 },
        ],
        triggers: [
          { id: 't', label: 'T', when },
          { id: 't', label: 'U', when },
        ],
      }),
    ).toEqual([
      ['duplicate_id', 'bands.levels.1.code'],
      ['duplicate_id', 'adjustments.1.id'],
      ['duplicate_id', 'triggers.1.id'],
    ]);
  });

  it('band_gap and band_overlap', () => {
    const levels = [
      { code: 'a', label: 'A', min: 90, below: 100 },
      { code: 'b', label: 'B', min: 80, below: 85 },
      { code: 'c', label: 'C', min: 70, below: 85 },
      { code: 'd', label: 'D', min: 70 },
      { code: 'e', label: 'E', min: 10 },
    ];
    expect(problems({ bands: { levels } })).toEqual([
      ['band_gap', 'bands.levels.0.below'],
      ['band_gap', 'bands.levels.1.below'],
      ['band_overlap', 'bands.levels.2.below'],
      ['band_overlap', 'bands.levels.3.min'],
      ['band_gap', 'bands.levels.4.min'],
    ]);
    expect(
      problems({ criterionRating: { depth: 2, levels: [{ code: 'y', label: 'Y', min: 5 }] } }),
    ).toEqual([
      ['invalid_value', 'criterionRating.depth'], // the tree has one level only
      ['band_gap', 'criterionRating.levels.0.min'],
    ]);
  });

  it('unknown_node, unknown_tag and unknown_band in triggers', () => {
    const when = {
      kind: 'all',
      conditions: [
        { kind: 'band-in', bands: ['zz'] },
        { kind: 'node-below', node: { code: '9' }, percent: 75 },
        { kind: 'node-below', node: { tag: 'tthc' }, percent: 75 },
        { kind: 'criterion-rated', ratings: ['weak'] },
      ],
    };
    expect(problems({ triggers: [{ id: 't', label: 'T', when }] })).toEqual([
      ['unknown_band', 'triggers.0.when.conditions.0.bands.0'],
      ['unknown_node', 'triggers.0.when.conditions.1.node.code'],
      ['unknown_tag', 'triggers.0.when.conditions.2.node.tag'],
      ['unknown_band', 'triggers.0.when.conditions.3.kind'],
    ]);
    expect(
      problems({
        bands: { levels: [{ code: 'ok', label: 'OK', min: 0 }] },
        criterionRating: { depth: 1, levels: [{ code: 'yeu', label: 'Yếu', min: 0, weak: true }] },
        triggers: [{ id: 't', label: 'T', when }],
      }),
    ).toEqual([
      ['unknown_band', 'triggers.0.when.conditions.0.bands.0'],
      ['unknown_node', 'triggers.0.when.conditions.1.node.code'],
      ['unknown_tag', 'triggers.0.when.conditions.2.node.tag'],
      ['unknown_band', 'triggers.0.when.conditions.3.ratings.0'],
    ]);
  });

  it('decisions are required for an official set; validTo after validFrom', () => {
    expect(
      problems({ provenance: 'official', validFrom: '2024-01-01', validTo: '2023-12-31' }),
    ).toEqual([
      ['missing_field', 'decisions'],
      ['invalid_value', 'validTo'],
    ]);
  });

  it('reports every semantic problem at once, with exact Vietnamese numbers', () => {
    const r = safeParseCriteriaSet({
      ...BASE,
      fields: [{ code: '1', name: 'A', max: '1234,5', children: [leaf('1.1', '0,25')] }],
    });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues).toEqual([
        {
          code: 'max_mismatch',
          path: ['fields', 0, 'max'],
          message:
            "Điểm tối đa của '1' là 1.234,5 nhưng tổng điểm tối đa các tiêu chí con là 0,25.",
          messageEn: "The maximum of '1' is 1,234.5 but its children's maxima add up to 0.25.",
        },
      ]);
    }
  });
});

describe('maxima the exact engine can hold', () => {
  it('refuses a maximum with more decimals than a safe grid allows, and accepts 8', () => {
    const set = (max: string) => ({
      id: 'precise',
      title: 'Chính xác',
      level: 'commune',
      provenance: 'illustrative',
      fields: [{ code: '1', name: 'Một', max }],
    });
    const r = safeParseCriteriaSet(set('0.0000000000001')); // 13 decimals
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['invalid_number', 'fields'],
      ]);
    expect(safeParseCriteriaSet(set('0.12345678')).success).toBe(true);
  });
});
