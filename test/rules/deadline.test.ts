import { describe, expect, it } from 'vitest';
import type { DeadlineRule } from '../../src/model/scoring-rule.js';
import { ds, m, outcome, points } from './helpers.js';

const rule: DeadlineRule = {
  kind: 'deadline',
  due: '2023-11-30',
  tiers: [
    { daysLate: 5, points: ds('0.5') },
    { daysLate: 10, points: ds('0.25') },
  ],
  otherwise: ds('0'),
};
const on = (date: string) => ({ kind: 'date', date }) as const;
const late = (days: number) => ({ kind: 'days-late', days }) as const;

describe('evaluateDeadline with a completion date', () => {
  it('counts calendar days late and says so', () => {
    const o = outcome(rule, m(1), on('2023-12-02'));
    expect(points(o)).toBe('0.5');
    expect(o.inputText).toBe('chậm 2 ngày (hoàn thành 02/12/2023, hạn 30/11/2023)');
    expect(o.ruleText).toBe(
      'Đúng hạn (hạn 30/11/2023): 1 điểm; chậm đến 5 ngày: 0,5 điểm; chậm trên 5 ngày đến 10 ngày: 0,25 điểm; chậm hơn: 0 điểm',
    );
  });

  it('gives the maximum on or before the due date', () => {
    const o = outcome(rule, m(1), on('2023-11-30'));
    expect(points(o)).toBe('1');
    expect(o.inputText).toBe('đúng hạn (hoàn thành 30/11/2023, hạn 30/11/2023)');
    expect(points(outcome(rule, m(1), on('2023-01-01')))).toBe('1');
  });

  it('applies tier boundaries inclusively', () => {
    expect(points(outcome(rule, m(1), on('2023-12-01')))).toBe('0.5'); // 1 day
    expect(points(outcome(rule, m(1), on('2023-12-05')))).toBe('0.5'); // 5 days
    expect(points(outcome(rule, m(1), on('2023-12-06')))).toBe('0.25'); // 6 days
    expect(points(outcome(rule, m(1), on('2023-12-10')))).toBe('0.25'); // 10 days
    expect(points(outcome(rule, m(1), on('2023-12-11')))).toBe('0'); // 11 days
  });

  it('crosses year ends and leap days', () => {
    const yearEnd: DeadlineRule = { ...rule, due: '2023-12-30' };
    const o = outcome(yearEnd, m(1), on('2024-01-05')); // 1 + 5 = 6 days
    expect(points(o)).toBe('0.25');
    expect(o.inputText).toBe('chậm 6 ngày (hoàn thành 05/01/2024, hạn 30/12/2023)');
    const leap: DeadlineRule = { ...rule, due: '2024-02-24' };
    // 25, 26, 27, 28, 29 Feb, 1 Mar: 6 days in 2024; 5 days in 2023 (no 29 Feb).
    expect(points(outcome(leap, m(1), on('2024-03-01')))).toBe('0.25');
    const noLeap: DeadlineRule = { ...rule, due: '2023-02-24' };
    expect(points(outcome(noLeap, m(1), on('2023-03-01')))).toBe('0.5');
    const onLeapDay: DeadlineRule = { ...rule, due: '2024-02-29' };
    expect(outcome(onLeapDay, m(1), on('2024-03-01')).inputText).toBe(
      'chậm 1 ngày (hoàn thành 01/03/2024, hạn 29/02/2024)',
    );
  });

  it('refuses a date when the rule has no due date, and a malformed date', () => {
    const noDue: DeadlineRule = { kind: 'deadline', tiers: [], otherwise: ds('0') };
    expect(() => outcome(noDue, m(1), on('2023-12-02'))).toThrow(TypeError);
    expect(() => outcome(rule, m(1), on('02/12/2023'))).toThrow(/^evaluateRule: /);
  });
});

describe('evaluateDeadline with days late', () => {
  it('reads days late directly', () => {
    const o = outcome(rule, m(1), late(7));
    expect(points(o)).toBe('0.25');
    expect(o.inputText).toBe('chậm 7 ngày');
    expect(points(outcome(rule, m(1), late(0)))).toBe('1');
    expect(outcome(rule, m(1), late(-3)).inputText).toBe('đúng hạn');
    expect(points(outcome(rule, m(1), late(-3)))).toBe('1');
    expect(points(outcome(rule, m(1), late(30)))).toBe('0');
  });

  it('without tiers: on time or otherwise', () => {
    const r: DeadlineRule = { kind: 'deadline', tiers: [], otherwise: ds('0.25') };
    expect(points(outcome(r, m('0.5'), late(0)))).toBe('0.5');
    expect(points(outcome(r, m('0.5'), late(1)))).toBe('0.25');
  });

  it('clamps tier points to the maximum', () => {
    const r: DeadlineRule = { ...rule, tiers: [{ daysLate: 5, points: ds('2') }] };
    expect(points(outcome(r, m(1), late(3)))).toBe('1');
  });
});
