import { dec, sum, toDs } from '../../internal/decimal.js';
import type { CriteriaNode } from '../../model/criteria-node.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import type { DecimalString } from '../../model/decimal-string.js';
import { codeKey } from '../code-key.js';
import { fractionDigits, scaledFloor } from './fast-decimal.js';

/** How an entry's `value` is read at a node: by its rule, or not at all on a parent. */
export type ReadKind =
  | 'parent'
  | 'direct'
  | 'yes-no'
  | 'ratio'
  | 'count'
  | 'deadline'
  | 'answers'
  | 'mean';

/** What the fast reader needs to know about one node. */
export interface NodePlan {
  readonly node: CriteriaNode;
  /** Position in pre-order. */
  readonly at: number;
  readonly kind: ReadKind;
  /** A deadline rule with a due date also takes a completion date. */
  readonly due: boolean;
  /** Option codes of a survey-options rule. */
  readonly options: ReadonlySet<string>;
  /** The node's maximum, canonical. */
  readonly max: DecimalString;
  /** The applicable maximum when nothing is not applicable (a parent: its children's sum). */
  readonly fullMax: DecimalString;
  /** A direct rule's step in units of 10^-stepPlaces; 0 without a step, -1 when unusable. */
  readonly stepUnits: number;
  readonly stepPlaces: number;
}

/** A criteria set compiled for reading assessments fast. */
export interface ReaderPlan {
  readonly setId: string;
  readonly byCode: ReadonlyMap<string, NodePlan>;
  /** The nodes and their code keys in pre-order (entries mostly follow it). */
  readonly inOrder: readonly NodePlan[];
  readonly keys: readonly string[];
  /** Pre-order parent index (-1 for a field) and leaf maxima in units of 10^-scale. */
  readonly parent: Int32Array;
  readonly leafUnits: Float64Array;
  readonly isLeaf: Uint8Array;
  readonly scale: number;
  /** Adjustment caps by id (the last definition of an id wins, as in checkAdjustments). */
  readonly caps: ReadonlyMap<string, DecimalString>;
}

const NO_OPTIONS: ReadonlySet<string> = new Set();
const cache = new WeakMap<CriteriaSet, ReaderPlan | null>();

/**
 * The set compiled for the fast reader, once per set object; `undefined` when the set is unusual
 * (duplicate codes, maxima too fine for integer units…): then every assessment takes the full path.
 */
export function readerPlan(set: CriteriaSet): ReaderPlan | undefined {
  let plan = cache.get(set);
  if (plan === undefined) {
    try {
      plan = build(set) ?? null;
    } catch {
      plan = null;
    }
    cache.set(set, plan);
  }
  return plan ?? undefined;
}

function kindOf(node: CriteriaNode): ReadKind | undefined {
  if (node.children.length > 0) return 'parent';
  switch (node.rule?.kind ?? 'direct') {
    case 'direct':
      return 'direct';
    case 'yes-no':
      return 'yes-no';
    case 'ratio-tiers':
    case 'ratio-linear':
      return 'ratio';
    case 'deduction':
      return 'count';
    case 'deadline':
      return 'deadline';
    case 'survey-options':
      return 'answers';
    case 'survey-scale':
      return 'mean';
    default:
      return undefined;
  }
}

function stepOf(node: CriteriaNode): { units: number; places: number } {
  const rule = node.rule;
  if (node.children.length > 0 || rule?.kind !== 'direct' || rule.step === undefined) {
    return { units: 0, places: 0 };
  }
  const step = toDs(dec(rule.step));
  const places = fractionDigits(step);
  const units = scaledFloor(step, places)?.units ?? -1;
  return { units: units > 0 ? units : -1, places };
}

function build(set: CriteriaSet): ReaderPlan | undefined {
  const nodes: CriteriaNode[] = [];
  const parents: number[] = [];
  const visit = (node: CriteriaNode, parent: number): void => {
    const at = nodes.length;
    nodes.push(node);
    parents.push(parent);
    for (const child of node.children) visit(child, at);
  };
  for (const field of set.fields) visit(field, -1);
  const fullMax = new Map<CriteriaNode, DecimalString>();
  const full = (node: CriteriaNode): DecimalString => {
    const out =
      node.children.length === 0
        ? toDs(dec(node.max))
        : toDs(sum(node.children.map((c) => dec(full(c)))));
    fullMax.set(node, out);
    return out;
  };
  for (const field of set.fields) full(field);
  const byCode = new Map<string, NodePlan>();
  const inOrder: NodePlan[] = [];
  const keys: string[] = [];
  const leafMaxima: DecimalString[] = [];
  for (const [at, node] of nodes.entries()) {
    const kind = kindOf(node);
    const key = codeKey(node.code);
    if (kind === undefined || byCode.has(key)) return undefined;
    const rule = node.rule;
    const step = stepOf(node);
    const max = toDs(dec(node.max));
    if (node.children.length === 0) leafMaxima.push(max);
    const plan: NodePlan = {
      node,
      at,
      kind,
      due: rule?.kind === 'deadline' && rule.due !== undefined,
      options:
        rule?.kind === 'survey-options' ? new Set(rule.options.map((o) => o.code)) : NO_OPTIONS,
      max,
      fullMax: fullMax.get(node) ?? max,
      stepUnits: step.units,
      stepPlaces: step.places,
    };
    byCode.set(key, plan);
    inOrder.push(plan);
    keys.push(key);
  }
  const scale = Math.max(0, ...leafMaxima.map(fractionDigits));
  const leafUnits = new Float64Array(nodes.length);
  const isLeaf = new Uint8Array(nodes.length);
  let total = 0;
  for (const [at, node] of nodes.entries()) {
    if (node.children.length > 0) continue;
    isLeaf[at] = 1;
    const units = scaledFloor(toDs(dec(node.max)), scale)?.units;
    if (units === undefined || units < 0) return undefined;
    leafUnits[at] = units;
    total += units;
  }
  // Every sum of leaf maxima must stay an exact integer.
  if (!Number.isSafeInteger(total)) return undefined;
  const caps = new Map(set.adjustments.map((a) => [a.id, toDs(dec(a.cap))]));
  return {
    setId: set.id,
    byCode,
    inOrder,
    keys,
    parent: Int32Array.from(parents),
    leafUnits,
    isLeaf,
    scale,
    caps,
  };
}
