import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RankInput } from '../../src/model/ranking.js';
import { identityKey } from '../../src/parse/code-key.js';
import { rankValues } from '../../src/ranking/rank.js';
import { ds } from './fixtures.js';

// Values with 3 decimals ranked at 2 places, few names and blocks: ties of every kind happen.
const thousandths = (n: number): string =>
  `${n < 0 ? '-' : ''}${Math.floor(Math.abs(n) / 1000)}.${String(Math.abs(n) % 1000).padStart(3, '0')}`;

const unitsArb = fc
  .uniqueArray(
    fc.record({
      unitId: fc.string({ minLength: 1, maxLength: 4 }),
      unitName: fc.constantFrom('An Lão', 'Ân Thi', 'Đức Cơ', 'Đông Hưng', 'Bảo Lâm', 'Yên Mỹ'),
      block: fc.constantFrom('huyện', 'xã', 'phường'),
      // Mostly a narrow band (many ties at 2 places), sometimes anywhere.
      milli: fc.oneof(
        { arbitrary: fc.integer({ min: 70_000, max: 70_050 }), weight: 3 },
        { arbitrary: fc.integer({ min: -5_000, max: 100_000 }), weight: 1 },
      ),
    }),
    // Ids are one unit when equal without case or invisible marks (identityKey).
    { selector: (u) => `${u.block}|${identityKey(u.unitId)}`, maxLength: 30 },
  )
  .map((us) => us.map((u): Unit => ({ ...u, value: ds(thousandths(u.milli)) })));

type Unit = RankInput & { readonly milli: number };

const rankOf = (values: readonly RankInput[], unit: RankInput): number | undefined =>
  rankValues(values, 2)
    .blocks.find((b) => b.block === unit.block)
    ?.units.find((u) => u.unitId === unit.unitId)?.rank;

describe('rankValues laws', () => {
  it('does not depend on input order', () => {
    fc.assert(
      fc.property(
        unitsArb.chain((us) =>
          fc.tuple(fc.constant(us), fc.shuffledSubarray(us, { minLength: us.length })),
        ),
        ([units, shuffled]) => {
          expect(rankValues(shuffled, 2)).toEqual(rankValues(units, 2));
        },
      ),
    );
  });

  it('raising one unit never worsens its rank', () => {
    fc.assert(
      fc.property(
        unitsArb.filter((us) => us.length > 0),
        fc.nat(),
        fc.integer({ min: 1, max: 20_000 }),
        (units, pick, deltaMilli) => {
          const i = pick % units.length;
          const unit = units[i] as Unit;
          const milli = unit.milli + deltaMilli;
          const raised: Unit = { ...unit, milli, value: ds(thousandths(milli)) };
          const after = units.map((u, j) => (j === i ? raised : u));
          const before = rankOf(units, unit);
          const now = rankOf(after, raised);
          expect(before).toBeDefined();
          expect(now).toBeDefined();
          expect(now ?? Number.NaN).toBeLessThanOrEqual(before ?? Number.NaN);
        },
      ),
    );
  });

  it('ranks are competition ranks in 1..n, best 1, and #{rank ≤ r} ≥ r', () => {
    fc.assert(
      fc.property(unitsArb, (units) => {
        const ranking = rankValues(units, 2);
        expect(ranking.blocks.reduce((n, b) => n + b.units.length, 0)).toBe(units.length);
        for (const block of ranking.blocks) {
          const n = block.units.length;
          const ranks = block.units.map((u) => u.rank);
          expect(ranks[0]).toBe(1);
          for (const u of block.units) {
            expect(u.rank).toBeGreaterThanOrEqual(1);
            expect(u.rank).toBeLessThanOrEqual(n);
            expect(u.of).toBe(n);
            expect(u.position).toBe(`${u.rank}/${n}`);
            expect(ranks.filter((r) => r <= u.rank).length).toBeGreaterThanOrEqual(u.rank);
            // Independently: 1 + the number of units showing a strictly higher value.
            // Shown values have ≤ 6 digits, so float comparison is exact enough here.
            const higher = block.units.filter((o) => Number(o.shown) > Number(u.shown)).length;
            expect(u.rank).toBe(higher + 1);
            const same = block.units.filter((o) => o.shown === u.shown).length;
            expect(u.tied).toBe(same > 1);
          }
        }
      }),
    );
  });
});
