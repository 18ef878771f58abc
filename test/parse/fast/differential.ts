import { expect } from 'vitest';
import type { SafeParseResult } from '../../../src/errors.js';
import type { Assessment } from '../../../src/model/assessment.js';
import type { CriteriaSet } from '../../../src/model/criteria-set.js';
import { readAssessmentFast } from '../../../src/parse/fast/read-assessment-fast.js';
import { safeRun } from '../../../src/parse/safe-run.js';
import { assessmentSchema } from '../../../src/schema/assessment.js';

/** The full path alone: the schema and every check, as safeParseAssessment ran before. */
export function fullParse(input: unknown, set: CriteriaSet): SafeParseResult<Assessment> {
  return safeRun(assessmentSchema(set), input);
}

/**
 * Runs both paths on `input` and asserts the correctness rule: when the fast reader accepts,
 * the full path accepts and gives the same model (same content, same key order). Returns
 * whether the fast reader accepted.
 */
export function agree(input: unknown, set: CriteriaSet): boolean {
  const full = fullParse(input, set);
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

function safeShow(v: unknown): string {
  try {
    return JSON.stringify(v)?.slice(0, 2000) ?? String(v);
  } catch {
    return String(v);
  }
}
