import type { Issue } from '../../errors.js';
import type { Problem } from '../../schema/problem.js';
import { problemIssue, sizeIssue, unknownField, wrongType } from '../issue-words.js';

// A few checkers that read a document the way the zod schemas read it (same order, same unions,
// same stops) and word each problem as the zod issue mapper does, without zod: the assessment
// boundary is checked by hand so the core's browser bundle carries no schema library. A test
// compares them with the zod schema on every fixture and on fuzzed documents.

/** A path in the document. */
export type Path = readonly (string | number)[];

/** One problem as zod counts problems (one per issue: all unknown keys of an object are one). */
export interface Raw {
  readonly issues: readonly Issue[];
  /** A type mismatch (or a union every branch of which was one): the types that were wanted. */
  readonly expected?: readonly string[] | undefined;
  /** Length of the path it was found at. */
  readonly at: number;
  /** zod's `continue`: true lets later checks run (sizes, unknown keys), false stops them all. */
  readonly go?: boolean | undefined;
  /** Unknown keys: they do not stop a transform. */
  readonly keys?: boolean | undefined;
}

/** Reads `v` at `path`, records problems in `out`, returns what the schema's output would be. */
export type Checker = (v: unknown, path: Path, out: Raw[]) => unknown;

function aborted(out: readonly Raw[], from: number): boolean {
  for (let i = from; i < out.length; i++) if (out[i]?.go !== true) return true;
  return false;
}

function stopped(out: readonly Raw[], from: number): boolean {
  for (let i = from; i < out.length; i++) if (out[i]?.go === false) return true;
  return false;
}

/** A type mismatch at `path`. */
export function typeRaw(
  path: Path,
  expected: readonly string[],
  input: unknown,
  go?: boolean,
): Raw {
  return { issues: [wrongType(path, expected, input)], expected, at: path.length, go };
}

/** A problem of a transform or a refinement. */
export function problemRaw(path: Path, problem: Problem): Raw {
  return { issues: [problemIssue(path, problem)], at: path.length };
}

function sizeRaw(path: Path, small: boolean, limit: number, input: unknown, go = true): Raw {
  const origin = Array.isArray(input) ? 'array' : typeof input === 'string' ? 'string' : 'unknown';
  return { issues: [sizeIssue(path, small, limit, origin, true)], at: path.length, go };
}

function hasLength(v: unknown): v is { readonly length: unknown } {
  return v !== null && v !== undefined && (v as { length?: unknown }).length !== undefined;
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** zod's minLength check (it runs on anything with a length, even after a type mismatch). */
function minLength(v: { readonly length: unknown }, min: number, path: Path, out: Raw[]): void {
  const units = v.length as number;
  const n = typeof v === 'string' && units >= min && units < min * 2 ? codePoints(v) : units;
  if (!(n >= min)) out.push(sizeRaw(path, true, min, v));
}

/** zod's maxLength check. */
function maxLength(v: { readonly length: unknown }, max: number, path: Path, out: Raw[]): void {
  const units = v.length as number;
  const n = typeof v === 'string' && units > max ? codePoints(v) : units;
  if (!(n <= max)) out.push(sizeRaw(path, false, max, v));
}

/** A string, rewritten by `rewrite` in order, then at least `min` long when given. */
export function string(rewrite: readonly ((s: string) => string)[], min?: number): Checker {
  return (v, path, out) => {
    const start = out.length;
    let s: unknown = v;
    if (typeof v !== 'string') out.push(typeRaw(path, ['string'], v));
    else for (const f of rewrite) s = f(s as string);
    if (min !== undefined && !stopped(out, start) && hasLength(s)) minLength(s, min, path, out);
    return s;
  };
}

/** A whole number within the safe range (`z.number().check(z.int())`). */
export const int: Checker = (v, path, out) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) out.push(typeRaw(path, ['number'], v));
  else if (!Number.isInteger(v)) out.push(typeRaw(path, ['int'], v, false));
  else if (!Number.isSafeInteger(v)) {
    const big = v > 0;
    const limit = big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
    out.push(sizeRaw(path, !big, limit, v));
  }
  return v;
};

/** An array of `item`, optionally between `min` and `max` items long (longer: only that). */
export function array(item: Checker, min?: number, max?: number): Checker {
  return (v, path, out) => {
    const start = out.length;
    if (max !== undefined && Array.isArray(v) && v.length > max) {
      out.push(sizeRaw(path, false, max, v, false));
      return v;
    }
    let value: unknown = v;
    if (!Array.isArray(v)) out.push(typeRaw(path, ['array'], v));
    else {
      const items: unknown[] = new Array(v.length);
      for (let i = 0; i < v.length; i++) items[i] = item(v[i], [...path, i], out);
      value = items;
    }
    if (min !== undefined && !stopped(out, start) && hasLength(v)) minLength(v, min, path, out);
    if (max !== undefined && !stopped(out, start) && hasLength(v)) maxLength(v, max, path, out);
    return value;
  };
}

/** How an object's key is read: required, optional, or with a default when absent. */
export type Field =
  | readonly [key: string, check: Checker]
  | readonly [key: string, check: Checker, absent: 'optional']
  | readonly [key: string, check: Checker, absent: () => unknown];

/** An object with exactly these keys (`z.strictObject`); unknown keys reported after the rest. */
export function strictObject(fields: readonly Field[]): Checker {
  const known = new Set(fields.map((f) => f[0]));
  return (v, path, out) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      out.push(typeRaw(path, ['object'], v));
      return v;
    }
    const input = v as Record<string, unknown>;
    const value: Record<string, unknown> = {};
    for (const [key, check, absent] of fields) {
      const present = key in input;
      const raw = input[key];
      if (raw === undefined && absent === 'optional') {
        if (present) value[key] = undefined;
        continue;
      }
      if (raw === undefined && typeof absent === 'function') {
        value[key] = absent();
        continue;
      }
      const read = check(raw, [...path, key], out);
      if (read !== undefined || present) value[key] = read;
    }
    const unknown: string[] = [];
    for (const key in input) if (!known.has(key)) unknown.push(key);
    if (unknown.length > 0) {
      const issues = unknown.map((key) => unknownField([...path, key]));
      out.push({ issues, at: path.length, go: true, keys: true });
    }
    return value;
  };
}

/**
 * The first branch that takes `v`; else the one branch that failed without stopping; else, when
 * every branch failed on the type alone, one type mismatch naming every type, or the problems of
 * the branch with the fewest (as the zod issue mapper words a union).
 */
export function union(branches: readonly Checker[]): Checker {
  return (v, path, out) => {
    const results: { readonly raws: Raw[]; readonly value: unknown }[] = [];
    for (const branch of branches) {
      const raws: Raw[] = [];
      const value = branch(v, path, raws);
      if (raws.length === 0) return value;
      results.push({ raws, value });
    }
    const open = results.filter((r) => !aborted(r.raws, 0));
    const only = open.length === 1 ? open[0] : undefined;
    if (only !== undefined) {
      out.push(...only.raws);
      return only.value;
    }
    const typeOnly = (r: { readonly raws: Raw[] }) =>
      r.raws.every((x) => x.expected !== undefined && x.at === path.length);
    const tried = results.filter((r) => !typeOnly(r));
    const best = tried.reduce<(typeof tried)[number] | undefined>(
      (a, b) => (a === undefined || b.raws.length < a.raws.length ? b : a),
      undefined,
    );
    if (best === undefined) {
      const types = [...new Set(results.flatMap((r) => r.raws.flatMap((x) => x.expected ?? [])))];
      out.push(typeRaw(path, types, v));
    } else {
      out.push({ issues: best.raws.flatMap((x) => x.issues), at: path.length });
    }
    return v;
  };
}

/** `null` as it is, anything else checked by `check` (`z.nullable`). */
export function nullable(check: Checker): Checker {
  return (v, path, out) => (v === null ? null : check(v, path, out));
}

/** `check`, then `next` on its output unless something other than unknown keys went wrong. */
export function pipe(check: Checker, next: (value: unknown) => unknown): Checker {
  return (v, path, out) => {
    const start = out.length;
    const value = check(v, path, out);
    for (let i = start; i < out.length; i++) if (out[i]?.keys !== true) return value;
    return next(value);
  };
}
