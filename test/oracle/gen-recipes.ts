// Recipes of generated cases: plain small numbers that the decoders (gen-set.ts, gen-unit.ts)
// turn into criteria sets and assessments; 0 is always the simplest choice, so fast-check shrinks
// cases toward simple ones without chaining arbitraries.
import fc from 'fast-check';
import { toDecimalString } from './decimal-text.js';
import { q } from './rational.js';

export interface LeafSpec {
  readonly rule: number;
  readonly max: number;
  readonly p: number;
  readonly tag: number;
  readonly survey: boolean;
}
export interface MidSpec {
  readonly leaf: LeafSpec;
  readonly children: readonly LeafSpec[];
}
export interface FieldSpec {
  readonly leaf: LeafSpec;
  readonly children: readonly MidSpec[];
  readonly survey: boolean;
}
export interface TriggerSpec {
  readonly kind: number;
  readonly a: number;
  readonly b: number;
  readonly subs: readonly { kind: number; a: number; b: number }[];
}
export interface SetSpec {
  readonly fields: readonly FieldSpec[];
  readonly places: number;
  readonly halfEven: boolean;
  readonly classifyOn: number;
  readonly totalCap: number;
  readonly bands: number;
  readonly rating: number;
  readonly adjust: boolean;
  readonly triggers: readonly TriggerSpec[];
}
export interface LeafRecipe {
  readonly what: number;
  readonly a: number;
  readonly self: number;
  readonly appr: number;
  readonly b: number;
}
export interface ParentRecipe {
  readonly what: number;
  readonly a: number;
  readonly b: number;
}
export interface UnitSpec {
  readonly leaves: readonly LeafRecipe[];
  readonly parents: readonly ParentRecipe[];
  readonly adjust: number;
  readonly copyOf: number;
  readonly boundary: number;
  readonly name: number;
  readonly prevBlock: number;
  readonly shareId: boolean;
}

export const nat = (max: number) => fc.nat({ max });

export const leafSpec: fc.Arbitrary<LeafSpec> = fc.record({
  rule: nat(7),
  max: nat(10),
  p: nat(11),
  tag: nat(5),
  survey: fc.boolean(),
});

export function setSpec(size: 'small' | 'large'): fc.Arbitrary<SetSpec> {
  const mids = size === 'large' ? 4 : 3;
  const leaves = size === 'large' ? 3 : 2;
  const midSpec: fc.Arbitrary<MidSpec> = fc.record({
    leaf: leafSpec,
    children: fc.array(leafSpec, { maxLength: leaves }),
  });
  const fieldSpec: fc.Arbitrary<FieldSpec> = fc.record({
    leaf: leafSpec,
    children: fc.array(midSpec, { maxLength: mids }),
    survey: fc.boolean(),
  });
  const triggerSpec: fc.Arbitrary<TriggerSpec> = fc.record({
    kind: nat(5),
    a: nat(20),
    b: nat(20),
    subs: fc.array(fc.record({ kind: nat(4), a: nat(20), b: nat(20) }), { maxLength: 3 }),
  });
  return fc.record({
    fields: fc.array(fieldSpec, { minLength: 1, maxLength: size === 'large' ? 4 : 3 }),
    places: nat(3),
    halfEven: fc.boolean(),
    classifyOn: nat(11),
    totalCap: nat(11),
    bands: nat(3),
    rating: nat(3),
    adjust: fc.boolean(),
    triggers: fc.array(triggerSpec, { maxLength: 4 }),
  });
}

export const leafRecipe: fc.Arbitrary<LeafRecipe> = fc.record({
  what: nat(11),
  a: nat(40),
  self: nat(6),
  appr: nat(5),
  b: nat(40),
});
export const parentRecipe: fc.Arbitrary<ParentRecipe> = fc.record({
  what: nat(9),
  a: nat(40),
  b: nat(40),
});
export const unitSpec: fc.Arbitrary<UnitSpec> = fc.record({
  leaves: fc.array(leafRecipe, { maxLength: 24 }),
  parents: fc.array(parentRecipe, { maxLength: 10 }),
  adjust: nat(9),
  copyOf: nat(40),
  boundary: nat(80),
  name: nat(40),
  prevBlock: nat(9),
  shareId: fc.boolean(),
});

// ---------------------------------------------------------------- numbers in hundredths

/** Hundredths as a decimal string: 150 → "1.5". */
export function h2s(h: number): string {
  return toDecimalString(q(BigInt(h), 100n));
}

export const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

export const LEAF_MAX = [100, 200, 50, 400, 300, 150, 25, 500, 1000, 250, 75];

/** Points on the step grid (hundredths), 0..cap, picked by n (0: the maximum). */
export function amount(cap: number, step: number, n: number): number {
  const onStep = (x: number) => Math.floor(x / step) * step;
  const list = [
    cap,
    0,
    onStep(cap / 2),
    cap - step,
    step,
    onStep(cap / 3),
    onStep((cap * 4) / 5),
    onStep((cap * 13) / 20),
    onStep((cap * 3) / 4),
  ].filter((x) => x >= 0 && x <= cap);
  return pick(list, n);
}
