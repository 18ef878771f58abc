import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateNation } from '../../../bench/generate.js';
import type { CriteriaSet } from '../../../src/model/criteria-set.js';
import { readFull } from '../../../src/parse/parse-assessment.js';
import { parseCriteriaSet } from '../../../src/parse/parse-criteria-set.js';
import { safeRun } from '../../../src/parse/safe-run.js';
import { assessmentDoc, setDoc } from '../../hostile/fixtures.js';
import { applyMutation, BASES, mutation, repositoryAssessments } from '../corpus.js';
import { assessmentSchema } from './zod-assessment-schema.js';

/**
 * The hand-written boundary and the zod schema it replaced give the same result: the same
 * model, or the same issues (codes, paths, words) in the same order. Returns whether it parsed.
 */
function same(input: unknown, set: CriteriaSet): boolean {
  const hand = readFull(input, set);
  const zod = safeRun(assessmentSchema(set), input);
  expect(hand).toStrictEqual(zod);
  if (hand.success && zod.success) expect(JSON.stringify(hand.data)).toBe(JSON.stringify(zod.data));
  return hand.success;
}

const SET = parseCriteriaSet(setDoc());

/** Values that test the corners of the schema: lengths, unions, number limits, dates. */
const WEIRD: readonly (() => unknown)[] = [
  () => [],
  () => [''],
  () => ['a'],
  () => ['a', 'b', 'c'],
  () => [[]],
  () => [1, 'x'],
  () => ['1,5'],
  () => [-1],
  () => [0.5, 0.25],
  () => ({}),
  () => ({ length: 0 }),
  () => ({ length: 5 }),
  () => Object.create(null),
  () => '',
  () => ' ',
  () => '\u200b',
  () => 'x',
  () => '1,5',
  () => '5%',
  () => '-1',
  () => '😀a',
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => Number.NEGATIVE_INFINITY,
  () => 1e300,
  () => 2 ** 53 + 2,
  () => -(2 ** 53) - 2,
  () => 2023.5,
  () => -0,
  () => -1,
  () => new Date('x'),
  () => new Date(0),
  () => null,
  () => undefined,
  () => true,
  () => ({ low: 1 }),
  () => ({ low: 2, high: 1 }),
  () => ({ low: 1, high: 2, extra: 3 }),
  () => ({ low: 'x', high: 1, foo: 1 }),
  () => ({ standardError: -1 }),
  () => ({ low: 1, standardError: 1 }),
  () => ({ reason: '' }),
  () => ({ reason: 'a', x: 1 }),
  () => ({ numerator: 1 }),
  () => ({ id: 'bonus', points: 0.5 }),
  () => ({ number: '', date: '31/02/2023' }),
  () => ({ code: '1.1', extra: 1 }),
];

type Json = Record<string | number, unknown>;

function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...at, i], out);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  }
  return out;
}

/** Puts a weird value at a path, drops the key, or adds an unknown one. */
function shake(doc: unknown, pick: number, what: number, how: 'set' | 'drop' | 'add'): unknown {
  const all = paths(doc).filter((p) => p.length > 0);
  const path = all[pick % all.length];
  if (path === undefined) return doc;
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Json)[k], doc) as Json;
  const key = path[path.length - 1] as string | number;
  const value = WEIRD[what % WEIRD.length]?.();
  if (how === 'drop' && !Array.isArray(parent)) delete parent[key];
  else if (how === 'add' && !Array.isArray(parent)) parent[`x${what % 3}`] = value;
  else parent[key] = value;
  return doc;
}

describe('the hand-written assessment boundary says what the zod schema said', () => {
  it('every assessment in the fixtures and examples', () => {
    const all = repositoryAssessments();
    expect(all.length).toBeGreaterThan(60);
    for (const { data, set } of all) expect(same(data, set)).toBe(true);
  });

  it('a sample of the generated national workload', () => {
    for (const p of generateNation({ provinces: 8, communes: 16, departments: 8 })) {
      const set = parseCriteriaSet(p.communeSet);
      for (const doc of p.communes) expect(same(doc, set)).toBe(true);
    }
  });

  it('valid documents changed as clerks change them', () => {
    let parsed = 0;
    fc.assert(
      fc.property(
        fc.nat(BASES.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (b, ms) => {
          const base = BASES[b];
          if (base === undefined) return;
          const { doc, set } = base();
          for (const m of ms) applyMutation(doc, m, set);
          if (same(doc, set)) parsed++;
        },
      ),
      { numRuns: 3000 },
    );
    expect(parsed).toBeGreaterThan(300);
  });

  it('weird values anywhere, dropped keys, unknown keys', () => {
    fc.assert(
      fc.property(
        fc.nat(BASES.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('set', 'set', 'drop', 'add')), {
          minLength: 1,
          maxLength: 3,
        }),
        (b, changes) => {
          const base = BASES[b];
          if (base === undefined) return;
          const { doc, set } = base();
          let d: unknown = doc;
          for (const [pick, what, how] of changes) d = shake(d, pick, what, how);
          same(d, set);
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('junk documents, entries and values', () => {
    fc.assert(
      fc.property(
        fc.anything({
          maxDepth: 3,
          withDate: true,
          withNullPrototype: true,
          withSparseArray: true,
        }),
        (v) => {
          same(v, SET);
          same({ ...assessmentDoc(), entries: [v] }, SET);
          same({ ...assessmentDoc(), entries: [{ code: '1.1', value: v, appraisal: v }] }, SET);
          same({ ...assessmentDoc(), unit: v, period: v }, SET);
          same({ ...assessmentDoc(), adjustments: [{ id: 'bonus', points: v, reason: v }] }, SET);
          same(
            { ...assessmentDoc(), entries: [{ code: '1.2', notApplicable: v, uncertainty: v }] },
            SET,
          );
        },
      ),
      { numRuns: 1500 },
    );
  });
});
