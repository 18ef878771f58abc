import type { Int } from '../internal/int.js';
import { Q100, qDiv, qMul, qRoundScaled, type Rounding } from '../internal/rational.js';
import type {
  MonteCarloOptions,
  MonteCarloResult,
  UncertainUnit,
} from '../model/whatif-monte-carlo.js';
import { identityKey } from '../parse/code-key.js';
import { readPlaces, readQ } from './grid.js';
import { prepareDraws, sampleDraws } from './monte-carlo-sample.js';
import { summarise } from './monte-carlo-summary.js';

const FN = 'monteCarloRanks';

/**
 * Rank distributions under uncertainty (Monte Carlo). Each draw samples every uncertain node
 * (`interval`: uniform on [low, high]; `standard-error`: normal around the node's points),
 * clamps it to [0, node max], re-totals each unit, and ranks every block as published: on the
 * index rounded half-up to `places`, ties sharing a rank (competition ranking, as
 * {@link rankValues}).
 *
 * **Exact ranks.** Each sampled value is rounded to 0,0001 point (the draw); from there each
 * unit's total is exact (its fixed part exactly plus the drawn values), its index is published
 * with the set's rounding exactly, and ranks are decided on those published values, as
 * {@link rankValues} does. Counts, probabilities (count ÷ draws) and mean ranks are exact too.
 *
 * **Determinism.** mulberry32 seeded with `seed` (default 1), with Box–Muller normals; draws are
 * taken in a fixed order (draw, then unit in input order, then node in input order). The same
 * input, seed and number of draws give the same result on every machine.
 *
 * **Sensitivity.** From the same draws: for each uncertain node, the mean rank of its unit over
 * the draws where that node fell in its lowest `tail` share (default 10 %) against those where it
 * fell in its highest share. The difference (`swing`) is how many places that node moves the
 * unit from its low to its high values, the other nodes varying as they do.
 *
 * @param units - Units with total points, maximum, uncertain nodes and optional rank target.
 * @param options - Draws (default 10 000), seed, places (default 2), tail share.
 * @returns One distribution per unit, in input order.
 * @throws RangeError for duplicate unit ids, a non-positive maximum, bad options or numbers.
 * @example
 * const mc = monteCarloRanks(units, { draws: 10_000, seed: 42 });
 * mc.units[0]?.targetProbability; // e.g. '0.7241'
 */
export function monteCarloRanks(
  units: readonly UncertainUnit[],
  options: MonteCarloOptions = {},
): MonteCarloResult {
  const draws = options.draws ?? 10_000;
  if (!Number.isInteger(draws) || draws < 1)
    throw new RangeError(`${FN}: draws must be a positive integer`);
  const seed = options.seed ?? 1;
  if (!Number.isInteger(seed)) throw new RangeError(`${FN}: seed must be an integer`);
  const places = readPlaces(options.places, FN);
  const mode = options.rounding ?? 'half-up';
  const tail = options.tail ?? 0.1;
  if (!(tail > 0 && tail <= 0.5)) throw new RangeError(`${FN}: tail must be in (0, 0.5]`);
  if (new Set(units.map((u) => `${u.criteriaSet ?? ''}\u0000${u.id}`)).size !== units.length) {
    throw new RangeError(`${FN}: unit ids must be unique within a criteria set`);
  }
  const prepared = units.map(prepareDraws);
  const blocks = groupBlocks(units);
  const sampled = sampleDraws(prepared, blocks, draws, seed, places, mode, options.onProgress);
  const currentRanks = exactRanks(units, blocks, places, mode);
  return {
    draws,
    seed,
    places,
    units: units.map((u, i) =>
      summarise(u, sampled, i, {
        of: (blocks.get(blockKey(u)) ?? []).length,
        currentRank: currentRanks[i] ?? 1,
        draws,
        tail,
      }),
    ),
  };
}

/** A unit's ranking group: its criteria set and block, as the ranking groups units. */
function blockKey(u: UncertainUnit): string {
  return `${u.criteriaSet ?? ''}\u0000${identityKey(u.block ?? '')}`;
}

function groupBlocks(units: readonly UncertainUnit[]): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  units.forEach((u, i) => {
    const key = blockKey(u);
    const list = blocks.get(key) ?? [];
    list.push(i);
    blocks.set(key, list);
  });
  return blocks;
}

/** Ranks with the current points, exact, as published. */
function exactRanks(
  units: readonly UncertainUnit[],
  blocks: ReadonlyMap<string, readonly number[]>,
  places: number,
  mode: Rounding,
): number[] {
  const shown = units.map((u) =>
    qRoundScaled(
      qDiv(qMul(readQ(u.points, 'points', FN), Q100), readQ(u.max, 'max', FN)),
      places,
      mode,
    ),
  );
  const ranks = units.map(() => 1);
  for (const members of blocks.values()) {
    for (const i of members) {
      ranks[i] = 1 + members.filter((j) => (shown[j] as Int) > (shown[i] as Int)).length;
    }
  }
  return ranks;
}
