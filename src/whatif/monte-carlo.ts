import { roundDecimal } from '../format/round.js';
import { D, percentOf } from '../internal/decimal.js';
import type {
  MonteCarloOptions,
  MonteCarloResult,
  UncertainUnit,
} from '../model/whatif-monte-carlo.js';
import { readNum, readPlaces } from './grid.js';
import { type Sampled, summarise } from './monte-carlo-summary.js';
import { seededRandom } from './prng.js';

const FN = 'monteCarloRanks';

/** A unit prepared for sampling, in floats. */
interface FloatUnit {
  readonly fixed: number;
  readonly max: number;
  readonly nodes: readonly FloatNode[];
}

interface FloatNode {
  readonly kind: 'fixed' | 'interval' | 'normal';
  readonly a: number;
  readonly b: number;
  readonly max: number;
}

function prepare(unit: UncertainUnit): FloatUnit {
  const max = readNum(unit.max, 'max', FN);
  if (!max.greaterThan(0)) throw new RangeError(`${FN}: max of unit "${unit.id}" must be positive`);
  let fixed = readNum(unit.points, 'points', FN);
  const nodes = unit.nodes.map((n): FloatNode => {
    const points = readNum(n.points, 'points', FN);
    const nodeMax = readNum(n.max, 'max', FN).toNumber();
    fixed = fixed.minus(points);
    const u = n.uncertainty;
    if (u === undefined) return { kind: 'fixed', a: points.toNumber(), b: 0, max: nodeMax };
    if (u.kind === 'interval') {
      const low = readNum(u.low, 'low', FN).toNumber();
      const high = readNum(u.high, 'high', FN).toNumber();
      if (high < low) throw new RangeError(`${FN}: interval of "${n.code}" has high < low`);
      return { kind: 'interval', a: low, b: high - low, max: nodeMax };
    }
    const se = readNum(u.standardError, 'standardError', FN).toNumber();
    if (se < 0) throw new RangeError(`${FN}: standard error of "${n.code}" is negative`);
    return { kind: 'normal', a: points.toNumber(), b: se, max: nodeMax };
  });
  return { fixed: fixed.toNumber(), max: max.toNumber(), nodes };
}

/**
 * Rank distributions under uncertainty (Monte Carlo). Each draw samples every uncertain node
 * (`interval`: uniform on [low, high]; `standard-error`: normal around the node's points),
 * clamps it to [0, node max], re-totals each unit, and ranks every block as published: on the
 * index rounded half-up to `places`, ties sharing a rank (competition ranking, as
 * {@link rankValues}).
 *
 * **Floats.** For speed the draws use JS numbers, not exact decimals: sampling noise is many
 * orders of magnitude above float error. The rounding to `places` adds 10⁻⁹ before flooring, so a
 * float just below an exact half (86.444999…) still rounds up as the exact value would. Counts,
 * probabilities (count ÷ draws) and mean ranks are then computed exactly from integer counts.
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
  const tail = options.tail ?? 0.1;
  if (!(tail > 0 && tail <= 0.5)) throw new RangeError(`${FN}: tail must be in (0, 0.5]`);
  if (new Set(units.map((u) => u.id)).size !== units.length) {
    throw new RangeError(`${FN}: unit ids must be unique`);
  }
  const prepared = units.map(prepare);
  const blocks = groupBlocks(units);
  const sampled = sample(prepared, blocks, draws, seed, places);
  const currentRanks = exactRanks(units, blocks, places);
  return {
    draws,
    seed,
    places,
    units: units.map((u, i) =>
      summarise(u, sampled, i, {
        of: (blocks.get(u.block ?? '') ?? []).length,
        currentRank: currentRanks[i] ?? 1,
        draws,
        tail,
      }),
    ),
  };
}

function groupBlocks(units: readonly UncertainUnit[]): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  units.forEach((u, i) => {
    const key = u.block ?? '';
    const list = blocks.get(key) ?? [];
    list.push(i);
    blocks.set(key, list);
  });
  return blocks;
}

function sample(
  units: readonly FloatUnit[],
  blocks: ReadonlyMap<string, readonly number[]>,
  draws: number,
  seed: number,
  places: number,
): Sampled {
  const rng = seededRandom(seed);
  const scale = 10 ** places;
  const ranks = units.map(() => new Int32Array(draws));
  const values = units.map((u) => u.nodes.map(() => new Float64Array(draws)));
  const keys = new Float64Array(units.length);
  const members = [...blocks.values()];
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < units.length; i++) {
      const u = units[i] as FloatUnit;
      const out = values[i] as Float64Array[];
      let total = u.fixed;
      for (let j = 0; j < u.nodes.length; j++) {
        const n = u.nodes[j] as FloatNode;
        let v = n.a;
        if (n.kind === 'interval') v = n.a + n.b * rng.uniform();
        else if (n.kind === 'normal') v = n.a + n.b * rng.normal();
        v = Math.min(Math.max(v, 0), n.max);
        (out[j] as Float64Array)[d] = v;
        total += v;
      }
      keys[i] = Math.floor((total / u.max) * 100 * scale + 0.5 + 1e-9);
    }
    for (const block of members) {
      for (const i of block) {
        const key = keys[i] as number;
        let rank = 1;
        for (const j of block) if ((keys[j] as number) > key) rank++;
        (ranks[i] as Int32Array)[d] = rank;
      }
    }
  }
  return { ranks, values };
}

/** Ranks with the current points, exact, as published. */
function exactRanks(
  units: readonly UncertainUnit[],
  blocks: ReadonlyMap<string, readonly number[]>,
  places: number,
): number[] {
  const shown = units.map(
    (u) =>
      new D(
        roundDecimal(
          percentOf(readNum(u.points, 'points', FN), readNum(u.max, 'max', FN)).toFixed(),
          places,
        ),
      ),
  );
  const ranks = units.map(() => 1);
  for (const members of blocks.values()) {
    for (const i of members) {
      ranks[i] =
        1 +
        members.filter((j) =>
          (shown[j] as InstanceType<typeof D>).greaterThan(shown[i] as InstanceType<typeof D>),
        ).length;
    }
  }
  return ranks;
}
