import * as z from 'zod/mini';
import { ParIndexError, type SafeParseResult } from '../errors.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { criteriaSetDraftSchema } from '../schema/criteria-set.js';
import { rawIssue } from '../schema/problem.js';
import { buildCriteriaSet } from './build-criteria-set.js';
import { checkCriteriaSet } from './check-criteria-set.js';
import { safeRun } from './safe-run.js';

/**
 * The full criteria set schema: authoring shape, then semantic checks (all reported at once),
 * then defaults and inheritance, giving the model {@link CriteriaSet}.
 */
export const criteriaSetSchema: z.ZodMiniType<CriteriaSet, unknown> = z.pipe(
  criteriaSetDraftSchema,
  z.transform((draft, ctx) => {
    const problems = checkCriteriaSet(draft);
    if (problems.length === 0) return buildCriteriaSet(draft);
    for (const p of problems) ctx.issues.push(rawIssue(p, draft));
    return z.NEVER;
  }),
);

/**
 * Checks a criteria set (parsed YAML/JSON, see docs/criteria-format.md) and returns the model,
 * or every problem found at once. Never throws.
 *
 * @param input - The document, e.g. the result of `YAML.parse` or `JSON.parse`.
 * @returns `{ success: true, data }` or `{ success: false, issues }` (at least one issue).
 * @example
 * const r = safeParseCriteriaSet(doc);
 * if (!r.success) for (const i of r.issues) console.log(i.path.join('.'), i.message);
 */
export function safeParseCriteriaSet(input: unknown): SafeParseResult<CriteriaSet> {
  return safeRun(criteriaSetSchema, input);
}

/**
 * Like {@link safeParseCriteriaSet} but returns the set and throws on invalid input.
 *
 * @param input - The document.
 * @returns The validated criteria set with every default filled.
 * @throws {@link ParIndexError} carrying every issue found.
 * @example
 * const set = parseCriteriaSet(YAML.parse(text));
 */
export function parseCriteriaSet(input: unknown): CriteriaSet {
  const r = safeParseCriteriaSet(input);
  if (r.success) return r.data;
  throw new ParIndexError(r.issues, 'criteria set');
}
