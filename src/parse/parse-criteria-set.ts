import { ParIndexError, type SafeParseResult } from '../errors.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { criteriaSetSchema } from '../schema/criteria-set.js';
import { safeRun } from './safe-run.js';

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
