import { describe, expect, it } from 'vitest';
import { acceptedValueKinds } from '../../src/rules/value-kinds.js';
import { ds } from './helpers.js';

describe('acceptedValueKinds', () => {
  it('lists the value kinds of each rule', () => {
    expect(acceptedValueKinds({ kind: 'direct' })).toEqual([]);
    expect(acceptedValueKinds({ kind: 'yes-no', yes: ds('1'), no: ds('0') })).toEqual(['yes-no']);
    expect(
      acceptedValueKinds({
        kind: 'ratio-linear',
        lower: ds('0'),
        upper: ds('100'),
        origin: 'zero',
      }),
    ).toEqual(['ratio', 'percent']);
    expect(acceptedValueKinds({ kind: 'deadline', tiers: [], otherwise: ds('0') })).toEqual([
      'days-late',
    ]);
    expect(
      acceptedValueKinds({ kind: 'deadline', due: '2023-11-30', tiers: [], otherwise: ds('0') }),
    ).toEqual(['days-late', 'date']);
  });
});
