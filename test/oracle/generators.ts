// fast-check generators of whole cases (batches of criteria sets and assessments as an office
// writes them) for the differential tests, one per focus: scoring, ranking, what-if, plan.
import fc from 'fast-check';
import { nat, pick, setSpec, type UnitSpec, unitSpec } from './gen-recipes.js';
import { type DecodedSet, decodeSet } from './gen-set.js';
import { type DecodedUnit, decodeUnit, NAMES, STAGES, type StageName } from './gen-unit.js';

export { h2s } from './gen-recipes.js';
export type { DecodedSet } from './gen-set.js';
export type { DecodedUnit, StageName } from './gen-unit.js';

// ---------------------------------------------------------------- cases

/** A batch as an office would have it: sets and assessment documents. */
export interface Batch {
  readonly stage: StageName;
  readonly sets: readonly DecodedSet[];
  readonly units: readonly DecodedUnit[];
  /** The previous period (rank change): same documents, some moved to another block. */
  readonly previous: readonly DecodedUnit[];
  readonly queries: readonly Query[];
  readonly planItems: readonly PlanItemSpec[];
  readonly planGoal: number;
}

export interface Query {
  readonly unit: number;
  readonly k: number;
  readonly band: number;
  readonly unlock: boolean;
  readonly costs: readonly number[];
}

export interface PlanItemSpec {
  readonly gain: number;
  readonly thousandths: boolean;
  readonly cost: number;
  readonly kind: number;
  readonly cap: number;
}

const query: fc.Arbitrary<Query> = fc.record({
  unit: nat(40),
  k: nat(20),
  band: nat(5),
  unlock: fc.boolean(),
  costs: fc.array(nat(5), { maxLength: 6 }),
});

const zeroDen = fc.oneof(
  { weight: 6, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(true) },
);

function units(
  set: DecodedSet,
  specs: readonly UnitSpec[],
  prefix: string,
  block: (s: UnitSpec, i: number) => string,
  stage: StageName,
  zd: boolean,
  idFor: (s: UnitSpec, i: number) => string,
): { now: DecodedUnit[]; previous: DecodedUnit[] } {
  const now: DecodedUnit[] = [];
  const previous: DecodedUnit[] = [];
  specs.forEach((s0, i) => {
    // a copy of an earlier unit: an exact tie
    const s =
      s0.copyOf % 6 === 5 && i > 0
        ? {
            ...s0,
            ...pick(specs.slice(0, i), Math.floor(s0.copyOf / 6)),
            name: s0.name,
            prevBlock: s0.prevBlock,
          }
        : s0;
    const name = `${prefix} ${pick(NAMES, s.name)}`;
    const ctx = { set, id: idFor(s0, i), name, block: block(s0, i), stage, zeroDen: zd };
    now.push(decodeUnit(s, ctx));
    const prevBlock = s0.prevBlock % 5 === 4 ? 'khối cũ' : ctx.block;
    previous.push(decodeUnit(s, { ...ctx, block: prevBlock }));
  });
  return { now, previous };
}

/** Scoring focus: one set, 1–4 units, any stage. */
export const scoringCase: fc.Arbitrary<Batch> = fc
  .record({
    set: setSpec('large'),
    units: fc.array(unitSpec, { minLength: 1, maxLength: 4 }),
    stage: nat(2),
    zd: zeroDen,
  })
  .map(({ set, units: us, stage, zd }) => {
    const s = decodeSet(set, 'bo-a');
    const st = pick(STAGES, stage);
    const u = units(
      s,
      us,
      'Huyện',
      () => 'huyện',
      st,
      zd,
      (_, i) => `u${String(i + 1).padStart(2, '0')}`,
    );
    return {
      stage: st,
      sets: [s],
      units: u.now,
      previous: [],
      queries: [],
      planItems: [],
      planGoal: 0,
    };
  });

const block12to17 = fc.array(unitSpec, { minLength: 12, maxLength: 17 });

/** Ranking focus: two sets; set A with 1–2 blocks, set B with one block; 12–17 units each. */
export const rankingCase: fc.Arbitrary<Batch> = fc
  .record({
    setA: setSpec('small'),
    setB: setSpec('small'),
    blocksA: fc.array(block12to17, { minLength: 1, maxLength: 2 }),
    blockB: block12to17,
    stage: nat(2),
    zd: zeroDen,
    variant: fc.boolean(),
    share: fc.boolean(),
  })
  .map(({ setA, setB, blocksA, blockB, stage, zd, variant, share }) => {
    const a = decodeSet(setA, 'bo-huyen');
    const b = decodeSet(setB, 'bo-papi');
    const st = pick(STAGES, stage);
    const names = ['huyện', 'thị xã'];
    const now: DecodedUnit[] = [];
    const previous: DecodedUnit[] = [];
    blocksA.forEach((specs, bi) => {
      // variant: one unit writes its block name in capitals ("Huyện" is the block "huyện")
      const block = (_: UnitSpec, i: number) =>
        variant && i === 0 && bi === 0 ? 'Huyện' : (names[bi] as string);
      const u = units(
        a,
        specs,
        bi === 0 ? 'Huyện' : 'Thị xã',
        block,
        st,
        zd,
        (_, i) => `${bi === 0 ? 'h' : 'tx'}-${String(i + 1).padStart(2, '0')}`,
      );
      now.push(...u.now);
      previous.push(...u.previous);
    });
    // in half of the cases some units are assessed under both sets (same id): one rank per set
    const id = (x: UnitSpec, i: number) =>
      `${share && x.shareId && i < 4 ? 'h' : 'p'}-${String(i + 1).padStart(2, '0')}`;
    const u = units(b, blockB, 'Huyện', () => 'huyện', st, zd, id);
    now.push(...u.now);
    previous.push(...u.previous);
    return {
      stage: st,
      sets: [a, b],
      units: now,
      previous,
      queries: [],
      planItems: [],
      planGoal: 0,
    };
  });

/** What-if focus: one set, one block of 12–17 units, 1–2 questions. */
export const whatIfCase: fc.Arbitrary<Batch> = fc
  .record({
    set: setSpec('small'),
    units: block12to17,
    stage: nat(2),
    zd: zeroDen,
    queries: fc.array(query, { minLength: 1, maxLength: 2 }),
  })
  .map(({ set, units: us, stage, zd, queries }) => {
    const s = decodeSet(set, 'bo-a');
    const st = pick(STAGES, stage);
    const u = units(
      s,
      us,
      'Xã',
      () => 'xã',
      st,
      zd,
      (_, i) => `x-${String(i + 1).padStart(2, '0')}`,
    );
    return {
      stage: st,
      sets: [s],
      units: u.now,
      previous: [],
      queries,
      planItems: [],
      planGoal: 0,
    };
  });

const planItemSpec: fc.Arbitrary<PlanItemSpec> = fc.record({
  gain: fc.integer({ min: 1, max: 30 }),
  thousandths: fc.boolean(),
  cost: nat(6),
  kind: nat(7),
  cap: nat(20),
});

/** Plan focus: 1–5 plan items with small gains, a goal on the grid. */
export const planCase: fc.Arbitrary<Batch> = fc
  .record({
    items: fc.array(planItemSpec, { minLength: 1, maxLength: 5 }),
    goal: fc.integer({ min: 0, max: 120 }),
  })
  .map(({ items, goal }) => ({
    stage: 'final' as const,
    sets: [],
    units: [],
    previous: [],
    queries: [],
    planItems: items,
    planGoal: goal,
  }));
