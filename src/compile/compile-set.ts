import { match } from 'ts-pattern';
import { type Int, mul, quot } from '../internal/int.js';
import { type Q, Q0, qAdd, qDec } from '../internal/rational.js';
import type { BandScale } from '../model/bands.js';
import type { CriteriaNode } from '../model/criteria-node.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { TriggerCondition } from '../model/trigger.js';
import { compileRule } from './compiled-rule.js';
import type { CompiledCondition, CompiledScale, FixedGrid, Program } from './program.js';

const cache = new WeakMap<CriteriaSet, Program>();

function compileScale(scale: BandScale): CompiledScale {
  return { levels: scale.levels, mins: scale.levels.map((l) => qDec(l.min)) };
}

/**
 * Compiles a validated criteria set into its flat program, once per set object (cached).
 *
 * @param set - A set from `parseCriteriaSet` (or `getCriteriaSet`).
 * @returns The program every scoring of this set runs.
 */
export function compileCriteriaSet(set: CriteriaSet): Program {
  const hit = cache.get(set);
  if (hit !== undefined) return hit;
  const program = build(set);
  cache.set(set, program);
  return program;
}

function build(set: CriteriaSet): Program {
  const nodes: CriteriaNode[] = [];
  const parents: number[] = [];
  const depths: number[] = [];
  const ends: number[] = [];
  const visit = (node: CriteriaNode, parent: number, depth: number): void => {
    const at = nodes.length;
    nodes.push(node);
    parents.push(parent);
    depths.push(depth);
    ends.push(0);
    for (const child of node.children) visit(child, at, depth + 1);
    ends[at] = nodes.length;
  };
  for (const field of set.fields) visit(field, -1, 1);
  const size = nodes.length;
  const end = Int32Array.from(ends);
  const max = nodes.map((n) => qDec(n.max));
  const adjustments = set.adjustments.map((a) => ({
    id: a.id,
    bonus: a.kind === 'bonus',
    cap: qDec(a.cap),
  }));
  let bound: Q = Q0;
  for (const f of set.fields) bound = qAdd(bound, qDec(f.max));
  for (const a of adjustments) bound = qAdd(bound, a.cap);
  const fixed = fixedGrid([...max, ...adjustments.map((a) => a.cap)], bound, set.rounding.places);
  if (fixed === undefined) {
    throw new RangeError(
      `compileCriteriaSet: the maxima and caps of set "${set.id}" have too many decimals (parseCriteriaSet refuses such sets)`,
    );
  }
  const index = new Map<string, number>();
  for (const [i, n] of nodes.entries()) index.set(n.code, i);
  const compileCondition = (c: TriggerCondition): CompiledCondition =>
    match(c)
      .returnType<CompiledCondition>()
      .with({ kind: 'band-in' }, (x) => ({ kind: 'band-in', bands: new Set(x.bands) }))
      .with({ kind: 'index-below' }, (x) => ({ kind: 'index-below', percent: qDec(x.percent) }))
      .with({ kind: 'node-below' }, (x) => ({
        kind: 'node-below',
        percent: qDec(x.percent),
        nodes: Int32Array.from(
          nodes.flatMap((n, i) =>
            (x.node.code !== undefined ? n.code === x.node.code : n.tags.includes(x.node.tag))
              ? [i]
              : [],
          ),
        ),
      }))
      .with({ kind: 'criterion-rated' }, (x) => ({
        kind: 'criterion-rated',
        ratings: x.ratings === undefined ? undefined : new Set(x.ratings),
      }))
      .with({ kind: 'any' }, { kind: 'all' }, (x) => ({
        kind: x.kind,
        conditions: x.conditions.map(compileCondition),
      }))
      .exhaustive();
  return {
    set,
    size,
    nodes,
    parent: Int32Array.from(parents),
    end,
    depth: Uint8Array.from(depths),
    leaf: Uint8Array.from(nodes, (n) => (n.children.length === 0 ? 1 : 0)),
    survey: Uint8Array.from(nodes, (n) => (n.method === 'survey' ? 1 : 0)),
    fields: Int32Array.from(parents.flatMap((p, i) => (p < 0 ? [i] : []))),
    index,
    max,
    fixed,
    maxFixed: Float64Array.from(max, (m) => Number(quot(mul(m.n, fixed.scale), m.d))),
    rules: nodes.map((n, i) =>
      n.children.length === 0 ? compileRule(n.rule ?? { kind: 'direct' }, max[i] as Q) : undefined,
    ),
    bound,
    ...(set.bands !== undefined ? { bands: compileScale(set.bands) } : {}),
    ...(set.criterionRating !== undefined
      ? {
          rating: {
            depth: set.criterionRating.depth,
            scale: compileScale(set.criterionRating.scale),
          },
        }
      : {}),
    adjustments,
    triggers: set.triggers.map((t) => ({ rule: t, when: compileCondition(t.when) })),
  };
}

// Finer grids only shrink the interval a decision must clear; 12 places is plenty.
const MOST_PLACES = 12;

/** Decimal places of a rational with a power-of-ten denominator, else Infinity. */
function placesOf(q: Q): number {
  let d: Int = q.d;
  let k = 0;
  while (d !== 1 && k <= 40) {
    if (typeof d === 'number' ? d % 10 !== 0 : d % 10n !== 0n) return Number.POSITIVE_INFINITY;
    d = quot(d, 10);
    k++;
  }
  return d === 1 ? k : Number.POSITIVE_INFINITY;
}

/**
 * The finest grid (at most 12 decimals) on which every maximum and cap is exact and where a total up to `bound`,
 * times 100 × 10^places (a percent rounded to the published places), stays below 2^53.
 */
export function fixedGrid(
  exact: readonly Q[],
  bound: Q,
  publishedPlaces: number,
): FixedGrid | undefined {
  const need = Math.max(0, ...exact.map(placesOf));
  const top = Number(quot(bound.n, bound.d)) + 1;
  let places = MOST_PLACES;
  while (places >= need && top * 10 ** (places + publishedPlaces + 2) > Number.MAX_SAFE_INTEGER) {
    places--;
  }
  return places >= need && Number.isFinite(need) ? { places, scale: 10 ** places } : undefined;
}
