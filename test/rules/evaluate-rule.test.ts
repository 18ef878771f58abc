import { describe, expect, it } from 'vitest';
import { compileRule } from '../../src/compile/compiled-rule.js';
import { qDec } from '../../src/internal/rational.js';
import type { RawValue } from '../../src/model/assessment.js';
import type { ScoringRule } from '../../src/model/scoring-rule.js';
import { evaluateRule } from '../../src/rules/evaluate-rule.js';
import { acceptedValueKinds } from '../../src/rules/value-kinds.js';
import { ds, m, outcome, points } from './helpers.js';

const rules: Record<Exclude<ScoringRule['kind'], 'direct'>, ScoringRule> = {
  'yes-no': { kind: 'yes-no', yes: ds('2'), no: ds('0') },
  'ratio-tiers': {
    kind: 'ratio-tiers',
    direction: 'higher-better',
    tiers: [{ at: ds('90'), points: ds('2') }],
    otherwise: ds('1'),
  },
  'ratio-linear': { kind: 'ratio-linear', lower: ds('0'), upper: ds('100'), origin: 'zero' },
  deduction: { kind: 'deduction', perItem: ds('0.5'), floor: ds('0'), freeItems: 0 },
  deadline: { kind: 'deadline', due: '2023-11-30', tiers: [], otherwise: ds('0') },
  'survey-options': {
    kind: 'survey-options',
    options: [
      { code: 'A', weight: ds('100') },
      { code: 'B', weight: ds('0') },
    ],
  },
  'survey-scale': { kind: 'survey-scale', min: ds('0'), max: ds('10') },
};

const values: Record<RawValue['kind'], RawValue> = {
  ratio: { kind: 'ratio', numerator: ds('3'), denominator: ds('4') },
  percent: { kind: 'percent', percent: ds('95') },
  'yes-no': { kind: 'yes-no', value: true },
  count: { kind: 'count', count: 1 },
  date: { kind: 'date', date: '2023-12-01' },
  'days-late': { kind: 'days-late', days: 0 },
  answers: { kind: 'answers', counts: { A: ds('1'), B: ds('3') } },
  mean: { kind: 'mean', mean: ds('7.5') },
};

// Expected points on a max of 2, by hand from the rules above.
const expected: [keyof typeof rules, RawValue['kind'], string][] = [
  ['yes-no', 'yes-no', '2'],
  ['ratio-tiers', 'ratio', '1'], // 75 % < 90 %
  ['ratio-tiers', 'percent', '2'],
  ['ratio-linear', 'ratio', '1.5'], // 2 × 75 / 100
  ['ratio-linear', 'percent', '1.9'],
  ['deduction', 'count', '1.5'],
  ['deadline', 'date', '0'], // 1 day late, no tiers
  ['deadline', 'days-late', '2'],
  ['survey-options', 'answers', '0.5'], // 2 × 100 / 400
  ['survey-scale', 'mean', '1.5'], // 2 × 7.5 / 10
];

describe('evaluateRule', () => {
  it.each(expected)('%s with a %s value', (kind, valueKind, want) => {
    const o = outcome(rules[kind], m(2), values[valueKind]);
    expect(points(o)).toBe(want);
    expect(o.ruleText.length).toBeGreaterThan(0);
    expect(o.inputText.length).toBeGreaterThan(0);
  });

  it('gives no outcome for every value kind the rule does not accept', () => {
    const all = Object.keys(values) as RawValue['kind'][];
    let refused = 0;
    for (const rule of [...Object.values(rules), { kind: 'direct' } as const]) {
      const accepted = acceptedValueKinds(rule);
      for (const kind of all) {
        if (accepted.includes(kind)) continue;
        expect(evaluateRule(compileRule(rule, qDec(m(2))), values[kind])).toBeUndefined();
        refused++;
      }
    }
    // 8 kinds × 8 rules, minus the 10 accepted pairs above.
    expect(refused).toBe(64 - 10);
  });

  it('refuses a date for a deadline without a due date', () => {
    const noDue: ScoringRule = { kind: 'deadline', tiers: [], otherwise: ds('0') };
    expect(() => evaluateRule(compileRule(noDue, qDec(m(1))), values.date)).toThrow(TypeError);
  });
});
