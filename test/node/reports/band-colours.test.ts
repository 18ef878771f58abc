import { describe, expect, it } from 'vitest';
import type { DecimalString } from '../../../src/model/decimal-string.js';
import type { ScoreResult } from '../../../src/model/score-result.js';
import { bandColours, colourOf, NO_BAND_COLOUR } from '../../../src/node/reports/band-colours.js';
import { RESULTS } from './fixtures.js';

const base = RESULTS[0] as ScoreResult;

function banded(code: string | undefined, index: string): ScoreResult {
  const { band: _band, ...rest } = base;
  return {
    ...rest,
    index: index as DecimalString,
    ...(code !== undefined ? { band: { code, label: code } } : {}),
  };
}

describe('bandColours', () => {
  it('orders bands by the best index holding them: best green, worst present red', () => {
    const c = bandColours([
      banded('kha', '75'),
      banded('tot', '85'),
      banded('yeu', '40'),
      banded('tb', '65'),
      banded('kha', '79.9'),
      banded(undefined, '99'),
    ]);
    expect([...c.keys()]).toEqual(['tot', 'kha', 'tb', 'yeu']);
    expect([...c.values()].map((x) => x.strong)).toEqual([
      '#1b7837',
      '#5aae61',
      '#d9a21b',
      '#b2182b',
    ]);
  });

  it('spreads six bands: palette order, orange repeated, the worst red', () => {
    const c = bandColours(['90', '80', '70', '60', '50', '40'].map((v, i) => banded(`b${i}`, v)));
    expect([...c.values()].map((x) => x.light)).toEqual([
      '#c6efce',
      '#e2f0d9',
      '#ffeb9c',
      '#fcd5b4',
      '#fcd5b4',
      '#ffc7ce',
    ]);
  });

  it('gives a single band green, and no band or an unknown band grey', () => {
    const c = bandColours([banded('a', '50')]);
    expect(colourOf(c, 'a').strong).toBe('#1b7837');
    expect(colourOf(c, undefined)).toBe(NO_BAND_COLOUR);
    expect(colourOf(c, 'zzz')).toBe(NO_BAND_COLOUR);
    expect(bandColours([]).size).toBe(0);
  });

  it('breaks equal indices by code so the order never depends on input order', () => {
    const c1 = bandColours([banded('b', '70'), banded('a', '70')]);
    const c2 = bandColours([banded('a', '70'), banded('b', '70')]);
    expect([...c1.keys()]).toEqual(['a', 'b']);
    expect([...c2.keys()]).toEqual(['a', 'b']);
  });
});
