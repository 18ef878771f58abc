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
import type { UncertainUnit } from '../model/whatif-monte-carlo.js';
import { readNum, readQ } from './grid.js';
import type { Sampled } from './monte-carlo-summary.js';
import { seededRandom } from './prng.js';
import type { DrawColumn } from './tail-cuts.js';

const FN = 'monteCarloRanks';

// Draws are taken on a grid of 0,0001 point: a sampled value is rounded to it (that is the
// sampling, not a decision); from there on every total and every rank is exact.
const DRAW_PLACES = 4;
const DRAW_SCALE = 10 ** DRAW_PLACES;

/** How a node is drawn. */
const FIXED = 0;
const INTERVAL = 1;
const NORMAL = 2;

/**
 * A unit prepared for sampling: its fixed part and maximum exact, its nodes on the draw grid,
 * one typed array per field so the draw loop reads flat numbers. Internal.
 */
export interface DrawUnit {
  /** Points outside the uncertain nodes, exact. */
  readonly fixed: Q;
  readonly max: Q;
  /** Per node: {@link FIXED}, {@link INTERVAL} or {@link NORMAL}. */
  readonly kind: Uint8Array;
  /** Centre (normal) or low end (interval), in points. */
  readonly a: Float64Array;
  /** Standard error (normal) or width (interval), in points. */
  readonly b: Float64Array;
  /** The node's maximum in draw units (0,0001 point), rounded down. */
  readonly top: Float64Array;
}

/** Reads a unit for sampling; throws a RangeError for a non-positive maximum or bad numbers. */
export function prepareDraws(unit: UncertainUnit): DrawUnit {
  const max = readQ(unit.max, 'max', FN);
  if (qCmp(max, Q0) <= 0) throw new RangeError(`${FN}: max of unit "${unit.id}" must be positive`);
  let fixed = readQ(unit.points, 'points', FN);
  const count = unit.nodes.length;
  const kind = new Uint8Array(count);
  const a = new Float64Array(count);
  const b = new Float64Array(count);
  const top = new Float64Array(count);
  unit.nodes.forEach((n, j) => {
    const points = readQ(n.points, 'points', FN);
    top[j] = Number(qFloor(qMul(readQ(n.max, 'max', FN), qInt(DRAW_SCALE))));
    const u = n.uncertainty;
    if (u === undefined) return;
    fixed = qSub(fixed, points);
    if (u.kind === 'interval') {
      const low = Number(readNum(u.low, 'low', FN).toFixed());
      const high = Number(readNum(u.high, 'high', FN).toFixed());
      if (high < low) throw new RangeError(`${FN}: interval of "${n.code}" has high < low`);
      kind[j] = INTERVAL;
      a[j] = low;
      b[j] = high - low;
      return;
    }
    // The centre of a normal draw: sampling may start from a float, deciding never does.
    const approx = Number(qToFixed(points, 6, 'half-up'));
    const se = Number(readNum(u.standardError, 'standardError', FN).toFixed());
    if (se < 0) throw new RangeError(`${FN}: standard error of "${n.code}" is negative`);
    kind[j] = NORMAL;
    a[j] = approx;
    b[j] = se;
  });
  return { fixed, max, kind, a, b, top };
}

/**
 * One unit's drawn values, node after node (a node's draws are contiguous, a view each). Drawn
 * values are integers in [0, top]: 32 bits hold them unless a node's maximum passes
 * 214 748 points, and half the memory is half the time spent filling and reading it.
 */
function drawStore(u: DrawUnit, draws: number): { flat: DrawColumn; columns: DrawColumn[] } {
  const size = u.kind.length * draws;
  const flat: DrawColumn = u.top.every((t) => t <= 0x7fffffff)
    ? new Int32Array(size)
    : new Float64Array(size);
  const columns = Array.from({ length: u.kind.length }, (_, j) =>
    flat.subarray(j * draws, (j + 1) * draws),
  );
  return { flat, columns };
}

/**
 * Draws `draws` times every uncertain node of every unit (draw, then unit in input order, then
 * node in input order: that order is the seed's contract), publishes each unit's index exactly
 * and ranks each block on the published values (competition ranking).
 */
export function sampleDraws(
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
  const stores = units.map((u) => drawStore(u, draws));
  const keys: Int[] = units.map(() => 0);
  // The same keys as doubles while they are safe integers (they always are at 2 places), so
  // ranking compares flat numbers; a bigint key sends that draw to the generic comparison.
  const keyNums = new Float64Array(units.length);
  const members = [...blocks.values()].map((m) => Int32Array.from(m));
  const publish = units.map((u) => publisher(u, places, mode));
  for (let d = 0; d < draws; d++) {
    let big = false;
    for (let i = 0; i < units.length; i++) {
      const { kind, a, b, top } = units[i] as DrawUnit;
      const out = (stores[i] as { flat: DrawColumn }).flat;
      let drawn = 0;
      for (let j = 0, at = d; j < kind.length; j++, at += draws) {
        const k = kind[j] as number;
        // A fixed node keeps its 0 (the store starts zeroed) and draws nothing.
        if (k === FIXED) continue;
        const x =
          k === INTERVAL
            ? (a[j] as number) + (b[j] as number) * rng.uniform()
            : (a[j] as number) + (b[j] as number) * rng.normal();
        const v = Math.min(Math.max(Math.round(x * DRAW_SCALE), 0), top[j] as number);
        out[at] = v;
        drawn += v;
      }
      const key = (publish[i] as (drawn: number) => Int)(drawn);
      keys[i] = key;
      if (typeof key === 'number') keyNums[i] = key;
      else big = true;
    }
    if (onProgress !== undefined && (d + 1) % every === 0) onProgress(d + 1, draws);
    for (const block of members) {
      for (let x = 0; x < block.length; x++) {
        const i = block[x] as number;
        let rank = 1;
        if (big) {
          const key = keys[i] as Int;
          for (let y = 0; y < block.length; y++)
            if ((keys[block[y] as number] as Int) > key) rank++;
        } else {
          const key = keyNums[i] as number;
          for (let y = 0; y < block.length; y++)
            if ((keyNums[block[y] as number] as number) > key) rank++;
        }
        (ranks[i] as Int32Array)[d] = rank;
      }
    }
  }
  return { ranks, values: stores.map((s) => s.columns) };
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
  // t × 100 × 10^places, the factor taken once (an exact product either way).
  const factor = mul(100, 10 ** places);
  const at = (t: Int): Int => roundDiv(mul(t, factor), maxGrid, mode);
  return (drawn) => {
    const t = add(fixedGrid, drawn * toFine);
    const a = at(t);
    if (fixedExact || at(add(t, 1)) === a) return a;
    return exact(drawn);
  };
}
