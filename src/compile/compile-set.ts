import { match } from 'ts-pattern';
import { formatPercent } from '../format/number-format.js';
import { fixedGrid } from '../internal/fixed-grid.js';
import { mul, quot } from '../internal/int.js';
import { type Q, Q0, qAdd, qDec, qToString } from '../internal/rational.js';
import type { BandScale } from '../model/bands.js';
import type { CriteriaNode } from '../model/criteria-node.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { TriggerCondition } from '../model/trigger.js';
import { compileRule } from './compiled-rule.js';
import type { CompiledCondition, CompiledScale, Program, ThresholdText } from './program.js';

const cache = new WeakMap<CriteriaSet, Program>();

function compileScale(scale: BandScale): CompiledScale {
  return { levels: scale.levels, mins: scale.levels.map((l) => qDec(l.min)) };
}

/** A threshold as reasons write it: the exact value at the default 2 places, in each language. */
function thresholdText(percent: Q): ThresholdText {
  const text = qToString(percent);
  return { vi: formatPercent(text, { lang: 'vi' }), en: formatPercent(text, { lang: 'en' }) };
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
      .with({ kind: 'index-below' }, (x) => ({
        kind: 'index-below',
        percent: qDec(x.percent),
        text: thresholdText(qDec(x.percent)),
      }))
      .with({ kind: 'node-below' }, (x) => ({
        kind: 'node-below',
        percent: qDec(x.percent),
        text: thresholdText(qDec(x.percent)),
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
