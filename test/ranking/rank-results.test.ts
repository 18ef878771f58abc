import { describe, expect, it } from 'vitest';
import { rankResults } from '../../src/ranking/rank-results.js';
import { node, result } from './fixtures.js';

const positions = (r: ReturnType<typeof rankResults>) =>
  r.blocks.map((b) => b.units.map((u) => `${u.unitId} ${u.shown} ${u.position}`));

describe('rankResults', () => {
  it('ranks by index within blocks and copies the band', () => {
    const band = { code: 'kha', label: 'Khá', labelEn: 'Fair' };
    const r = rankResults([
      result({ id: 'duc-co', name: 'Huyện Đức Cơ', index: '74.42', band }),
      result({ id: 'chu-se', name: 'Huyện Chư Sê', index: '80.125' }),
      result({ id: 'x', name: 'Xã X', block: 'xã', index: '50' }),
    ]);
    expect(r.by).toEqual({ kind: 'index' });
    expect(r.places).toBe(2);
    // 80.125 rounds half-up to 80.13.
    expect(positions(r)).toEqual([['chu-se 80.13 1/2', 'duc-co 74.42 2/2'], ['x 50.00 1/1']]);
    expect(r.blocks[0]?.units[1]?.band).toEqual(band);
    expect(r.blocks[0]?.units[1]?.unitName).toBe('Huyện Đức Cơ');
    expect(r.blocks[0]?.units[1]?.value).toBe('74.42');
  });

  it("ranks on each result's own published value (its set's places)", () => {
    const a = { id: 'a', index: '84.5741' };
    const b = { id: 'b', index: '84.5749' };
    // At 2 places both show 84.57 (tie); at 3 places 84.574 < 84.575.
    expect(positions(rankResults([result(a), result(b)]))).toEqual([
      ['a 84.57 1/2', 'b 84.57 1/2'],
    ]);
    const mixed = rankResults([result({ ...a, places: 2 }), result({ ...b, places: 3 })]);
    expect(mixed.places).toBe(3);
    expect(positions(mixed)).toEqual([['b 84.575 1/2', 'a 84.57 2/2']]);
    const one = rankResults([result({ ...a, places: 1 }), result({ ...b, places: 1 })]);
    expect(one.places).toBe(1);
    expect(positions(one)).toEqual([['a 84.6 1/2', 'b 84.6 1/2']]);
  });

  it('ranks by the percent of a node found anywhere in the tree', () => {
    const tree = (p1: string, p12: string) => [
      node('1', p1, [node('1.1', '100'), node('1.2', p12)]),
      node('2', '50'),
    ];
    const results = [
      result({ id: 'a', index: '90', fields: tree('90', '60') }),
      result({ id: 'b', index: '80', fields: tree('80', '75') }),
    ];
    const r = rankResults(results, { by: { kind: 'node', code: '1.2' } });
    expect(r.by).toEqual({ kind: 'node', code: '1.2' });
    expect(positions(r)).toEqual([['b 75.00 1/2', 'a 60.00 2/2']]);
    expect(positions(rankResults(results, { by: { kind: 'node', code: '2' } }))).toEqual([
      ['a 50.00 1/2', 'b 50.00 1/2'],
    ]);
  });

  it('returns an empty ranking at 2 places for no results', () => {
    expect(rankResults([])).toEqual({
      by: { kind: 'index' },
      places: 2,
      blocks: [],
      warnings: [],
    });
  });

  it('throws RangeError when a result lacks the node', () => {
    const results = [result({ id: 'a', index: '90', fields: [node('1', '90')] })];
    expect(() => rankResults(results, { by: { kind: 'node', code: '9' } })).toThrow(
      /^rankResults: unit "a" has no node "9"$/,
    );
  });
});
