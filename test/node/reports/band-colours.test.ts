import { describe, expect, it } from 'vitest';
import type { DecimalString } from '../../../src/model/decimal-string.js';
import type { ScoreResult } from '../../../src/model/score-result.js';
import {
  bandColours,
  bandPalette,
  colourOf,
  NO_BAND_COLOUR,
} from '../../../src/node/reports/band-colours.js';
import { RESULTS, SET } from './fixtures.js';

const GREEN = '#1b7837';
const LIGHT_GREEN = '#5aae61';
const AMBER = '#d9a21b';
const ORANGE = '#e0663a';
const RED = '#b2182b';

const base = RESULTS[0] as ScoreResult;

function banded(code: string | undefined, index: string, setId = 'not-known'): ScoreResult {
  const { band: _band, ...rest } = base;
  return {
    ...rest,
    criteriaSet: { ...rest.criteriaSet, id: setId, title: setId },
    index: index as DecimalString,
    ...(code !== undefined ? { band: { code, label: code } } : {}),
  };
}

describe('bandPalette', () => {
  it('best green, last red, graded between, for any number of bands', () => {
    expect(bandPalette(1).map((c) => c.strong)).toEqual([GREEN]);
    expect(bandPalette(2).map((c) => c.strong)).toEqual([GREEN, RED]);
    expect(bandPalette(3).map((c) => c.strong)).toEqual([GREEN, AMBER, RED]);
    // 4 stops over 5 colours: 0, 4/3 → 1, 8/3 → 3, 4.
    expect(bandPalette(4).map((c) => c.strong)).toEqual([GREEN, LIGHT_GREEN, ORANGE, RED]);
    expect(bandPalette(5).map((c) => c.strong)).toEqual([GREEN, LIGHT_GREEN, AMBER, ORANGE, RED]);
  });
});

describe('bandColours', () => {
  it("follows the set's band order, whichever bands the units hold", () => {
    // Only the three passing bands are held: "Hoàn thành nhiệm vụ" (passing) must not be red,
    // and "Không hoàn thành nhiệm vụ" (failing) is red although nobody holds it.
    const xa = RESULTS.filter((r) => r.unit.block === 'xã');
    const c = bandColours(xa, [SET]);
    const colours = c.bySet.get(SET.id);
    expect([...(colours?.keys() ?? [])]).toEqual(['htxs', 'htt', 'htnv', 'khtnv']);
    expect([...(colours?.values() ?? [])].map((x) => x.strong)).toEqual([
      GREEN,
      LIGHT_GREEN,
      ORANGE,
      RED,
    ]);
    expect(c.legends).toHaveLength(1);
    expect(c.legends[0]?.items.map((i) => i.label)).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ',
    ]);
  });

  it('takes a bundled set by id; a set known neither way is ordered by the best index', () => {
    const bundled = bandColours([
      { ...base, criteriaSet: { ...base.criteriaSet, id: 'illustrative-district-2023' } },
    ]);
    expect(bundled.legends[0]?.items.length).toBe(4);
    const c = bandColours([
      banded('kha', '75'),
      banded('tot', '85'),
      banded('yeu', '40'),
      banded('tb', '65'),
    ]);
    expect([...(c.bySet.get('not-known')?.keys() ?? [])]).toEqual(['tot', 'kha', 'tb', 'yeu']);
  });

  it('one legend per criteria set; the same code in two sets may differ', () => {
    const c = bandColours(
      [banded('a', '90', 's1'), banded('b', '50', 's1'), banded('a', '90', 's2')],
      [],
    );
    expect(c.legends.map((l) => [l.setId, l.items.length])).toEqual([
      ['s1', 2],
      ['s2', 1],
    ]);
    expect(colourOf(c, 's1', 'b').strong).toBe(RED);
    expect(colourOf(c, 's2', 'a').strong).toBe(GREEN);
  });

  it('no band, an unknown band or an unknown set is grey', () => {
    const c = bandColours(RESULTS, [SET]);
    expect(colourOf(c, SET.id, undefined)).toBe(NO_BAND_COLOUR);
    expect(colourOf(c, SET.id, 'zzz')).toBe(NO_BAND_COLOUR);
    expect(colourOf(c, 'other', 'htt')).toBe(NO_BAND_COLOUR);
    // A ranked unit without a result: its code in the only set that has it.
    expect(colourOf(c, undefined, 'htt').strong).toBe(LIGHT_GREEN);
    expect(bandColours([]).legends).toEqual([]);
  });
});
