import { describe, expect, it } from 'vitest';
import type { YesNoRule } from '../../src/model/scoring-rule.js';
import { ds, m, outcome, points } from './helpers.js';

const rule: YesNoRule = { kind: 'yes-no', yes: ds('1'), no: ds('0') };

describe('evaluateYesNo', () => {
  it('gives yes points for Có and no points for Không', () => {
    const yes = outcome(rule, m(1), { kind: 'yes-no', value: true });
    expect(points(yes)).toBe('1');
    expect(yes.inputText).toBe('Có');
    expect(yes.ruleText).toBe('Có: 1 điểm; Không: 0 điểm');
    expect(yes.warnings).toEqual([]);
    const no = outcome(rule, m(1), { kind: 'yes-no', value: false });
    expect(points(no)).toBe('0');
    expect(no.inputText).toBe('Không');
  });

  it('keeps partial points exact', () => {
    const r: YesNoRule = { kind: 'yes-no', yes: ds('1.005'), no: ds('0.25') };
    expect(points(outcome(r, m(2), { kind: 'yes-no', value: true }))).toBe('1.005');
    expect(points(outcome(r, m(2), { kind: 'yes-no', value: false }))).toBe('0.25');
  });

  it('clamps to [0, max]', () => {
    const r: YesNoRule = { kind: 'yes-no', yes: ds('3'), no: ds('-1') };
    expect(points(outcome(r, m('1.5'), { kind: 'yes-no', value: true }))).toBe('1.5');
    expect(points(outcome(r, m('1.5'), { kind: 'yes-no', value: false }))).toBe('0');
  });
});
