import { expect } from 'vitest';
import type { Assessment } from '../../../src/model/assessment.js';
import type { CriteriaSet } from '../../../src/model/criteria-set.js';
import { readAssessmentFast } from '../../../src/parse/fast/read-assessment-fast.js';
import { readFull } from '../../../src/parse/parse-assessment.js';

/**
 * Runs the fast reader and the full path on `input` and asserts the correctness rule: when the
 * fast reader accepts, the full path accepts and gives the same model (same content, same key
 * order). Returns whether the fast reader accepted.
 */
export function agree(input: unknown, set: CriteriaSet): boolean {
  const full = readFull(input, set);
  let fast: Assessment | undefined;
  try {
    fast = readAssessmentFast(input, set);
  } catch (error) {
    throw new Error(`the fast reader threw on ${safeShow(input)}: ${String(error)}`);
  }
  if (fast === undefined) return false;
  if (!full.success) {
    throw new Error(
      `fast accepted what the full path refuses (${full.issues.map((i) => i.code).join(', ')}): ${safeShow(input)}`,
    );
  }
  expect(fast).toEqual(full.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(full.data));
  return true;
}

/** The input shown in a failure message, whatever it is. */
export function safeShow(v: unknown): string {
  try {
    return JSON.stringify(v)?.slice(0, 2000) ?? String(v);
  } catch {
    return String(v);
  }
}
