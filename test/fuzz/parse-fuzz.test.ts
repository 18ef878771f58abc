import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../src/engine/score-assessment.js';
import { isParIndexError, type SafeParseResult } from '../../src/errors.js';
import { parseAssessment, safeParseAssessment } from '../../src/parse/parse-assessment.js';
import { parseCriteriaSet, safeParseCriteriaSet } from '../../src/parse/parse-criteria-set.js';
import { assessmentDoc, setDoc } from '../hostile/fixtures.js';
import { expectNoPollution, ISSUE_CODES } from '../hostile/helpers.js';

const SET = parseCriteriaSet(setDoc());
const KNOWN = new Set<string>(ISSUE_CODES);
const RUNS = 400;

/** True when a result is a success, or a failure whose every issue is well formed. */
function clean<T>(r: SafeParseResult<T>): boolean {
  if (r.success) return true;
  return (
    r.issues.length > 0 &&
    r.issues.every(
      (i) =>
        KNOWN.has(i.code) &&
        Array.isArray(i.path) &&
        i.path.every((p) => typeof p === 'string' || typeof p === 'number') &&
        typeof i.message === 'string' &&
        i.message.length > 0 &&
        typeof i.messageEn === 'string' &&
        i.messageEn.length > 0,
    )
  );
}

/** Runs `parse`; true when it returns or throws a ParIndexError (anything else is a bug). */
function throwsOnlyParIndexError(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch (error) {
    return isParIndexError(error);
  }
}

const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
];
const KEYS = [
  ...PROTO_KEYS,
  'id',
  'code',
  'max',
  'fields',
  'children',
  'rule',
  'kind',
  'entries',
  'value',
  'points',
];
const hostileAnything = fc.anything({
  key: fc.oneof(fc.constantFrom(...KEYS), fc.string()),
  maxDepth: 4,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
  withBoxedValues: true,
});

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...at, i], out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  }
  return out;
}

/** Numbers as clerks type them: "9,5", " 9.5 ", "9.5 %", "1.234,5". */
const asText = (n: number, k: number): string =>
  [String(n).replace('.', ','), ` ${n} `, `${n} %`, `${n}e0`, `+${n}`][k % 5] ?? String(n);

type Mutation = {
  kind: 'drop' | 'swap' | 'text' | 'proto' | 'dup';
  pick: number;
  replacement: Json;
};
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('drop', 'swap', 'text', 'proto', 'dup'),
  pick: fc.nat(),
  replacement: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
});

/** Applies mutations to a fresh copy of `doc` (a JSON tree). */
function mutate(doc: unknown, mutations: readonly Mutation[]): unknown {
  const root = structuredClone(doc) as Record<string, unknown>;
  for (const m of mutations) {
    const all = paths(root).filter((p) => p.length > 0);
    const path = all[m.pick % all.length];
    if (path === undefined) continue;
    const parent = path
      .slice(0, -1)
      .reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], root) as
      | Record<string | number, unknown>
      | unknown[];
    const key = path[path.length - 1] as string | number;
    const current = (parent as Record<string | number, unknown>)[key];
    if (m.kind === 'drop') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent as Record<string, unknown>)[key];
    } else if (m.kind === 'swap') {
      (parent as Record<string | number, unknown>)[key] = m.replacement;
    } else if (m.kind === 'text') {
      (parent as Record<string | number, unknown>)[key] =
        typeof current === 'number'
          ? asText(current, m.pick)
          : typeof current === 'string'
            ? Number(current)
            : m.replacement;
    } else if (m.kind === 'proto' && !Array.isArray(parent)) {
      // An own "__proto__" key, as JSON.parse makes it; plain assignment would set the prototype.
      const target =
        typeof current === 'object' && current !== null && !Array.isArray(current)
          ? current
          : parent;
      Object.defineProperty(target, '__proto__', {
        value: { polluted: true },
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else if (m.kind === 'dup' && Array.isArray(current) && current.length > 0) {
      current.push(structuredClone(current[0]));
    }
  }
  return root;
}

describe('fuzz: the core parsers never throw, and every issue is well formed', () => {
  it('arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(clean(safeParseCriteriaSet(v))).toBe(true);
        expect(clean(safeParseAssessment(v, SET))).toBe(true);
        expect(throwsOnlyParIndexError(() => parseCriteriaSet(v))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('arbitrary JS values with prototype-ish keys, maps, dates, typed arrays', () => {
    fc.assert(
      fc.property(hostileAnything, (v) => {
        expect(clean(safeParseCriteriaSet(v))).toBe(true);
        expect(clean(safeParseAssessment(v, SET))).toBe(true);
        expect(throwsOnlyParIndexError(() => parseCriteriaSet(v))).toBe(true);
        expect(throwsOnlyParIndexError(() => parseAssessment(v, SET))).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expectNoPollution();
  });

  it('mutations of a valid criteria set: dropped keys, swapped types, numbers as text', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        const doc = mutate(setDoc(), ms);
        const r = safeParseCriteriaSet(doc);
        expect(clean(r)).toBe(true);
        expect(throwsOnlyParIndexError(() => parseCriteriaSet(doc))).toBe(true);
      }),
      { numRuns: RUNS * 2 },
    );
    expectNoPollution();
  });

  it('mutations of a valid assessment parse cleanly, and what parses scores within bounds', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
        const doc = mutate(assessmentDoc(), ms);
        const r = safeParseAssessment(doc, SET);
        expect(clean(r)).toBe(true);
        expect(throwsOnlyParIndexError(() => parseAssessment(doc, SET))).toBe(true);
        if (r.success && r.data.criteriaSetId === SET.id) {
          const result = scoreAssessment(SET, r.data);
          // Points never exceed the applicable maximum plus the bonus cap (1), never go below 0.
          expect(Number(result.points)).toBeGreaterThanOrEqual(0);
          expect(Number(result.points)).toBeLessThanOrEqual(Number(result.max) + 1);
        }
      }),
      { numRuns: RUNS * 2 },
    );
    expectNoPollution();
  });

  it('numbers written every way a clerk might, in every numeric field of the set', () => {
    fc.assert(
      fc.property(fc.double(), fc.nat(), fc.nat(2), (x, pick, form) => {
        const doc = setDoc();
        const numeric = paths(doc).filter(
          (p) =>
            typeof p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], doc) ===
            'number',
        );
        const path = numeric[pick % numeric.length] ?? [];
        const parent = path
          .slice(0, -1)
          .reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], doc) as Record<
          string | number,
          unknown
        >;
        parent[path[path.length - 1] as string | number] = [
          x,
          String(x),
          String(x).replace('.', ','),
        ][form];
        expect(clean(safeParseCriteriaSet(doc))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
