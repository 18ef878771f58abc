import { add, type Int, mul } from '../internal/int.js';
import {
  type Q,
  Q0,
  Q100,
  qAdd,
  qCmp,
  qDiv,
  qFloor,
  qInt,
  qMul,
  qRoundScaled,
  qSub,
  qToFixed,
  type Rounding,
  roundDiv,
} from '../internal/rational.js';
import type {
  MonteCarloOptions,
  MonteCarloResult,
  UncertainUnit,
} from '../model/whatif-monte-carlo.js';
import { identityKey } from '../parse/code-key.js';
import { readNum, readPlaces, readQ } from './grid.js';
import { type Sampled, summarise } from './monte-carlo-summary.js';
import { seededRandom } from './prng.js';

const FN = 'monteCarloRanks';

// Draws are taken on a grid of 0,0001 point: a sampled value is rounded to it (that is the
// sampling, not a decision); from there on every total and every rank is exact.
const DRAW_PLACES = 4;
const DRAW_SCALE = 10 ** DRAW_PLACES;

/** A unit prepared for sampling: its fixed part and maximum exact, its nodes on the draw grid. */
interface DrawUnit {
  /** Points outside the uncertain nodes, exact. */
  readonly fixed: Q;
  readonly max: Q;
  readonly nodes: readonly DrawNode[];
}

interface DrawNode {
  readonly kind: 'fixed' | 'interval' | 'normal';
  /** Centre (normal), low end (interval) or the value (fixed), in points. */
  readonly a: number;
  /** Standard error (normal) or width (interval), in points. */
  readonly b: number;
  /** The node's maximum in draw units (0,0001 point), rounded down. */
  readonly max: number;
}

function prepare(unit: UncertainUnit): DrawUnit {
  const max = readQ(unit.max, 'max', FN);
  if (qCmp(max, Q0) <= 0) throw new RangeError(`${FN}: max of unit "${unit.id}" must be positive`);
  let fixed = readQ(unit.points, 'points', FN);
  const nodes = unit.nodes.map((n): DrawNode => {
    const points = readQ(n.points, 'points', FN);
    const nodeMax = Number(qFloor(qMul(readQ(n.max, 'max', FN), qInt(DRAW_SCALE))));
    const u = n.uncertainty;
    if (u === undefined) return { kind: 'fixed', a: 0, b: 0, max: nodeMax };
    fixed = qSub(fixed, points);
    // The centre of a normal draw: sampling may start from a float, deciding never does.
    const approx = Number(qToFixed(points, 6, 'half-up'));
    if (u.kind === 'interval') {
      const low = Number(readNum(u.low, 'low', FN).toFixed());
      const high = Number(readNum(u.high, 'high', FN).toFixed());
      if (high < low) throw new RangeError(`${FN}: interval of "${n.code}" has high < low`);
      return { kind: 'interval', a: low, b: high - low, max: nodeMax };
    }
    const se = Number(readNum(u.standardError, 'standardError', FN).toFixed());
    if (se < 0) throw new RangeError(`${FN}: standard error of "${n.code}" is negative`);
    return { kind: 'normal', a: approx, b: se, max: nodeMax };
  });
  return { fixed, max, nodes };
}

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
  if (new Set(units.map((u) => u.id)).size !== units.length) {
    throw new RangeError(`${FN}: unit ids must be unique`);
  }
  const prepared = units.map(prepare);
  const blocks = groupBlocks(units);
  const sampled = sample(prepared, blocks, draws, seed, places, mode, options.onProgress);
  const currentRanks = exactRanks(units, blocks, places, mode);
  return {
    draws,
    seed,
    places,
    units: units.map((u, i) =>
      summarise(u, sampled, i, {
        of: (blocks.get(identityKey(u.block ?? '')) ?? []).length,
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
    const key = identityKey(u.block ?? '');
    const list = blocks.get(key) ?? [];
    list.push(i);
    blocks.set(key, list);
  });
  return blocks;
}

function sample(
  units: readonly DrawUnit[],
  blocks: ReadonlyMap<string, readonly number[]>,
  draws: number,
  seed: number,
  places: number,
  mode: Rounding,
  onProgress: ((done: number, total: number) => void) | undefined,
): Sampled {
  const rng = seededRandom(seed);
  // About a hundred progress calls, whatever the number of draws.
  const every = Math.max(1, Math.floor(draws / 100));
  const ranks = units.map(() => new Int32Array(draws));
  const values = units.map((u) => u.nodes.map(() => new Float64Array(draws)));
  const keys: Int[] = units.map(() => 0);
  const members = [...blocks.values()];
  const publish = units.map((u) => publisher(u, places, mode));
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < units.length; i++) {
      const u = units[i] as DrawUnit;
      const out = values[i] as Float64Array[];
      let drawn = 0;
      for (let j = 0; j < u.nodes.length; j++) {
        const n = u.nodes[j] as DrawNode;
        let v: number;
        if (n.kind === 'fixed') v = 0;
        else {
          const x = n.kind === 'interval' ? n.a + n.b * rng.uniform() : n.a + n.b * rng.normal();
          v = Math.min(Math.max(Math.round(x * DRAW_SCALE), 0), n.max);
        }
        (out[j] as Float64Array)[d] = v;
        drawn += v;
      }
      keys[i] = (publish[i] as (drawn: number) => Int)(drawn);
    }
    if (onProgress !== undefined && (d + 1) % every === 0) onProgress(d + 1, draws);
    for (const block of members) {
      for (const i of block) {
        const key = keys[i] as Int;
        let rank = 1;
        for (const j of block) if ((keys[j] as Int) > key) rank++;
        (ranks[i] as Int32Array)[d] = rank;
      }
    }
  }
  return { ranks, values };
}

/**
 * The published index of a unit for a sum of drawn values (in draw units): exact. The fixed part
 * is put on a fine grid with its exactness; when a draw lands where that could matter, the exact
 * rational decides.
 */
function publisher(u: DrawUnit, places: number, mode: Rounding): (drawn: number) => Int {
  const fine = 10 ** 9;
  const fixedGrid = qFloor(qMul(u.fixed, qInt(fine)));
  const fixedExact = qCmp({ n: fixedGrid, d: fine }, u.fixed) === 0;
  const scaled = qMul(u.max, qInt(fine));
  const maxGrid = qFloor(scaled);
  const toFine = fine / DRAW_SCALE;
  const exact = (drawn: number): Int =>
    qRoundScaled(qDiv(qMul(qAdd(u.fixed, { n: drawn, d: DRAW_SCALE }), Q100), u.max), places, mode);
  if (qCmp({ n: maxGrid, d: 1 }, scaled) !== 0) return exact;
  const at = (t: Int): Int => roundDiv(mul(mul(t, 100), 10 ** places), maxGrid, mode);
  return (drawn) => {
    const t = add(fixedGrid, drawn * toFine);
    const a = at(t);
    if (fixedExact || at(add(t, 1)) === a) return a;
    return exact(drawn);
  };
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
