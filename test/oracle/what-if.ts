// The oracle's what-if (docs/what-if.md): plan items on counted nodes, winnable points on the
// 0,01 grid, and the points needed for a rank, a band, or no weak criterion, on the same
// semantics as scoring (the total's rules, the published value, classifyOn).
import type { BandLevel } from '../../src/model/bands.js';
import type { CriteriaSet } from '../../src/model/criteria-set.js';
import { roundQ } from './decimal-text.js';
import type { OBlock } from './rank.js';
import {
  add,
  ceilQ,
  cmp,
  div,
  floorQ,
  ge,
  isZero,
  le,
  maxQ,
  mul,
  parseQ,
  percentOf,
  type Q,
  q,
  sub,
  sum,
  ZERO,
} from './rational.js';
import { capTotal, classifyValue, indexOf, type ONode, type OUnit } from './score.js';

/** The grid of what-if points. */
export const STEP: Q = q(1n, 100n);

/** Largest multiple of the step ≤ x (x ≥ 0). */
export function floorGrid(x: Q, step: Q = STEP): Q {
  return mul(q(floorQ(div(x, step))), step);
}

/** Smallest multiple of the step ≥ x. */
export function ceilGrid(x: Q, step: Q = STEP): Q {
  return mul(q(ceilQ(div(x, step))), step);
}

/** One node a plan can improve. */
export interface OItem {
  readonly code: string;
  readonly node: ONode;
  readonly current: Q;
  readonly max: Q;
  readonly allOrNothing: boolean;
  /** What the item can still give (a yes-no leaf: its "Có" points minus its points). */
  readonly gain: Q;
  readonly locked: boolean;
  /** What the item counts for on the grid when unlocked (0 when locked). */
  readonly offer: Q;
}

/** Options of {@link planItems}. */
export interface ItemOptions {
  readonly unlockSurvey?: boolean | undefined;
  /** Codes whose whole subtree is locked. */
  readonly locked?: readonly string[] | undefined;
}

/**
 * The plan items of a scored unit: the counted nodes — a scored node with its own score is one
 * item (its children are not), else its scored children, down to the leaves.
 */
export function planItems(u: OUnit, opts: ItemOptions = {}): OItem[] {
  const items: OItem[] = [];
  const lockedCodes = new Set(opts.locked ?? []);
  const visit = (n: ONode, lockedAbove: boolean): void => {
    if (n.status !== 'scored') return;
    const lockedHere = lockedAbove || lockedCodes.has(n.code);
    if (n.own === undefined && n.children.length > 0) {
      for (const c of n.children) visit(c, lockedHere);
      return;
    }
    const rule = n.def.rule;
    const isYesNoLeaf = n.children.length === 0 && rule?.kind === 'yes-no';
    const gain =
      n.children.length === 0 && rule?.kind === 'yes-no'
        ? maxQ(ZERO, sub(parseQ(rule.yes), n.points))
        : sub(n.max, n.points);
    const locked = lockedHere || (n.def.method === 'survey' && opts.unlockSurvey !== true);
    items.push({
      code: n.code,
      node: n,
      current: n.points,
      max: n.max,
      allOrNothing: isYesNoLeaf,
      gain,
      locked,
      offer: locked ? ZERO : floorGrid(gain),
    });
  };
  for (const f of u.fields) visit(f, false);
  return items;
}

/** Winnable points: the sum of what the unlocked items offer on the grid. */
export function winnable(items: readonly OItem[]): Q {
  return sum(items.map((i) => i.offer));
}

/** The unit's index after `g` more points on its base (the total's rules apply). */
export function indexWith(u: OUnit, g: Q): Q {
  return indexOf(capTotal(add(u.base, g), u.bonus, u.penalty, u.max, u.options), u.max);
}

/**
 * Smallest multiple of the step g ≥ 0 with `meets(g)`, for a monotone predicate; `hi` must meet.
 * Binary search over whole steps, then the answer is checked against its neighbour below.
 */
export function smallestOnGrid(meets: (g: Q) => boolean, hi: Q): Q {
  let lo = 0n;
  let top = ceilQ(div(hi, STEP));
  if (!meets(mul(q(top), STEP))) throw new RangeError('oracle: upper bound does not meet target');
  if (meets(ZERO)) return ZERO;
  // invariant: lo does not meet, top meets
  while (top - lo > 1n) {
    const mid = (lo + top) / 2n;
    if (meets(mul(q(mid), STEP))) top = mid;
    else lo = mid;
  }
  return mul(q(top), STEP);
}

/** A gap answer of the oracle. */
export interface OGap {
  readonly alreadyMet: boolean;
  readonly pointsNeeded: Q;
  readonly available: Q;
  readonly reachable: boolean;
}

function gap(meets: (g: Q) => boolean, hi: Q, available: Q): OGap {
  const pointsNeeded = smallestOnGrid(meets, hi);
  return {
    alreadyMet: isZero(pointsNeeded),
    pointsNeeded,
    available,
    reachable: le(pointsNeeded, available),
  };
}

/**
 * An upper bound on the points that lift the index to `percent`: base and bonus are ≥ 0, so
 * percent × max / 100 + penalty (plus one step) always reaches it, unless the cap forbids it.
 */
function boundFor(u: OUnit, percent: Q): Q {
  return add(add(mul(div(percent, q(100n)), u.max), u.penalty), STEP);
}

/** Rank ≤ k answer, with the rank reached. */
export interface ORankGap extends OGap {
  readonly newRank: number;
  readonly of: number;
  /** Published index the unit must reach (undefined: k beyond the others). */
  readonly target: Q | undefined;
}

/** Rank of a published value among fixed others: 1 + the number strictly above. */
export function rankAmong(others: readonly Q[], shown: Q): number {
  return 1 + others.filter((o) => cmp(o, shown) > 0).length;
}

/** Points needed for rank ≤ k in the unit's block (same set and block), others held fixed. */
export function rankGap(u: OUnit, block: OBlock, k: number, available: Q): ORankGap {
  const others = block.units.filter((x) => x.unitId !== u.unit.id).map((x) => x.shown);
  others.sort((a, b) => cmp(b, a));
  const of = others.length + 1;
  const target = k <= others.length ? (others[k - 1] as Q) : undefined;
  const published = (g: Q): Q => roundQ(indexWith(u, g), u.options.places, u.options.mode);
  const meets = (g: Q): boolean => target === undefined || ge(published(g), target);
  const hi = target === undefined ? STEP : boundFor(u, target);
  const g = gap(meets, hi, available);
  return { ...g, newRank: rankAmong(others, published(g.pointsNeeded)), of, target };
}

/** Points needed for band `code` or a better one. */
export function bandGap(
  u: OUnit,
  set: CriteriaSet,
  code: string,
  available: Q,
): OGap & { level: BandLevel } {
  const levels = set.bands?.levels ?? [];
  const level = levels.find((l) => l.code === code);
  if (level === undefined) throw new RangeError(`oracle: no band ${code}`);
  const min = parseQ(level.min);
  const meets = (g: Q): boolean => ge(classifyValue(indexWith(u, g), u.options), min);
  return { ...gap(meets, boundFor(u, min), available), level };
}

/** What one weak criterion needs. */
export interface OWeakGap extends OGap {
  readonly code: string;
  readonly target: BandLevel;
}

/**
 * For each rated criterion now weak: the points that lift its percent, judged like its rating,
 * to the lowest rating that is not weak. Choice: "lowest" = the non-weak level with the smallest
 * `min`; winnable = the unlocked items at or under the criterion.
 */
export function noWeakGaps(u: OUnit, set: CriteriaSet, items: readonly OItem[]): OWeakGap[] {
  const scale = set.criterionRating?.scale;
  if (scale === undefined) return [];
  const nonWeak = scale.levels.filter((l) => !l.weak);
  let target: BandLevel | undefined;
  for (const l of nonWeak)
    if (target === undefined || cmp(parseQ(l.min), parseQ(target.min)) < 0) target = l;
  const out: OWeakGap[] = [];
  for (const n of u.ratings) {
    if (n.rating?.weak !== true || target === undefined) continue;
    const min = parseQ(target.min);
    const meets = (g: Q): boolean =>
      ge(classifyValue(percentOf(add(n.points, g), n.max), u.options), min);
    const inSubtree = new Set<string>();
    const collect = (x: ONode): void => {
      inSubtree.add(x.code);
      for (const c of x.children) collect(c);
    };
    collect(n);
    const available = sum(items.filter((i) => inSubtree.has(i.code)).map((i) => i.offer));
    const hi = add(mul(div(min, q(100n)), n.max), STEP);
    out.push({ ...gap(meets, hi, available), code: n.code, target });
  }
  return out;
}

/**
 * The oracle's own allocation of `g` winnable points over the items (in tree order, whole offers
 * first): own scores to override when re-scoring. An all-or-nothing item gives its whole gain.
 */
export function allocate(items: readonly OItem[], g: Q): Map<string, Q> {
  const out = new Map<string, Q>();
  let left = g;
  for (const i of items) {
    if (!(cmp(left, ZERO) > 0)) break;
    if (isZero(i.offer)) continue;
    if (i.allOrNothing) {
      out.set(i.code, add(i.current, i.gain));
      left = sub(left, i.offer);
    } else {
      const take = cmp(i.offer, left) <= 0 ? i.offer : left;
      out.set(i.code, add(i.current, take));
      left = sub(left, take);
    }
  }
  if (cmp(left, ZERO) > 0) throw new RangeError('oracle: allocation beyond the winnable points');
  return out;
}
