import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect } from 'vitest';
import type { Issue, IssueCode, SafeParseResult } from '../../src/errors.js';

/** Every issue code, checked against the union both ways (see the type assertions below). */
export const ISSUE_CODES = [
  'invalid_type',
  'missing_field',
  'unknown_field',
  'invalid_value',
  'invalid_number',
  'invalid_date',
  'duplicate_code',
  'max_mismatch',
  'rule_on_parent',
  'rule_points_above_max',
  'tiers_unordered',
  'tiers_not_monotonic',
  'band_gap',
  'band_overlap',
  'unknown_node',
  'unknown_tag',
  'unknown_band',
  'duplicate_id',
  'criteria_set_mismatch',
  'unknown_criterion',
  'duplicate_entry',
  'wrong_value_kind',
  'points_above_max',
  'negative_points',
  'step_mismatch',
  'unknown_adjustment',
  'unknown_option',
  'mixed_periods',
  'appraisal_conflict',
  'file_not_found',
  'file_unreadable',
  'file_too_large',
  'invalid_syntax',
  'unsupported_format',
] as const satisfies readonly IssueCode[];

// A code added to IssueCode but not listed here fails type-checking.
type Missing = Exclude<IssueCode, (typeof ISSUE_CODES)[number]>;
export const allCodesListed: [Missing] extends [never] ? true : false = true;

const KNOWN = new Set<string>(ISSUE_CODES);

/** Asserts an issue is well formed: known code, array path of strings/numbers, both messages. */
export function expectWellFormedIssue(issue: Issue): void {
  expect(KNOWN.has(issue.code), `unknown code ${issue.code}`).toBe(true);
  expect(Array.isArray(issue.path)).toBe(true);
  for (const p of issue.path) expect(['string', 'number']).toContain(typeof p);
  expect(typeof issue.message).toBe('string');
  expect(issue.message.length).toBeGreaterThan(0);
  expect(typeof issue.messageEn).toBe('string');
  expect(issue.messageEn.length).toBeGreaterThan(0);
}

/** Asserts a failed result with well-formed issues; returns the issues. */
export function expectFailure<T>(result: SafeParseResult<T>, code?: IssueCode): readonly Issue[] {
  expect(result.success).toBe(false);
  if (result.success) return [];
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) expectWellFormedIssue(issue);
  if (code !== undefined) expect(result.issues.map((i) => i.code)).toContain(code);
  return result.issues;
}

/** Asserts a success or a failure with well-formed issues (either is acceptable). */
export function expectCleanOutcome<T>(result: SafeParseResult<T>): void {
  expect(typeof result.success).toBe('boolean');
  if (!result.success) expectFailure(result);
}

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

/** Asserts nothing leaked into Object.prototype (prototype pollution). */
export function expectNoPollution(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_NAMES);
  expect(Object.prototype.toString.call([])).toBe('[object Array]');
}

/** `[[[…]]]` nested `depth` levels deep, as text. */
export function deepArrayText(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** A value nested `depth` levels deep in arrays. */
export function deepArray(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/**
 * SHA-256 of every file below `dir` (relative path → hash), to prove inputs were not touched.
 * Files over 64 MB (the sparse giants) are fingerprinted by size and modification time.
 */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.isFile()) {
        const info = await stat(full);
        const hash =
          info.size > 64 * 1024 * 1024
            ? `${info.size}:${info.mtimeMs}`
            : createHash('sha256')
                .update(await readFile(full))
                .digest('hex');
        out.set(relative(dir, full), hash);
      }
    }
  };
  await walk(dir);
  return out;
}

/** Asserts the files below `dir` are exactly `before` (nothing written, changed or removed). */
export async function expectTreeUnchanged(dir: string, before: Map<string, string>): Promise<void> {
  expect(Object.fromEntries(await hashTree(dir))).toEqual(Object.fromEntries(before));
}
