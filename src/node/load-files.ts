import { ParIndexError, type SafeParseResult } from '../errors.js';
import type { Assessment } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { safeParseAssessment } from '../parse/parse-assessment.js';
import { safeParseCriteriaSet } from '../parse/parse-criteria-set.js';
import { inFile } from './issue.js';
import { readDataFile } from './read-data-file.js';

export { criteriaSetIdOf } from './criteria-set-id.js';

function orThrow<T>(result: SafeParseResult<T>, what: string): T {
  if (result.success) return result.data;
  throw new ParIndexError(result.issues, what);
}

/**
 * Reads and validates a criteria set file (YAML or JSON). Every problem is reported, each
 * with the file name and the path inside it.
 *
 * @example
 * const r = await safeLoadCriteriaSetFile('criteria/illustrative-district-2023.json');
 * if (!r.success) for (const i of r.issues) console.error(i.file, i.path.join('.'), i.message);
 */
export async function safeLoadCriteriaSetFile(path: string): Promise<SafeParseResult<CriteriaSet>> {
  const data = await readDataFile(path);
  if (!data.success) return data;
  const parsed = safeParseCriteriaSet(data.data);
  return parsed.success ? parsed : { success: false, issues: inFile(path, parsed.issues) };
}

/**
 * Like {@link safeLoadCriteriaSetFile}, but throws.
 *
 * @throws ParIndexError with every issue found.
 */
export async function loadCriteriaSetFile(path: string): Promise<CriteriaSet> {
  return orThrow(await safeLoadCriteriaSetFile(path), `criteria set file ${path}`);
}

/**
 * Reads and validates an assessment file (YAML or JSON) against a criteria set.
 *
 * @param path - The assessment file.
 * @param set - Its criteria set (the file's `criteriaSet` must name it).
 */
export async function safeLoadAssessmentFile(
  path: string,
  set: CriteriaSet,
): Promise<SafeParseResult<Assessment>> {
  const data = await readDataFile(path);
  if (!data.success) return data;
  const parsed = safeParseAssessment(data.data, set);
  return parsed.success ? parsed : { success: false, issues: inFile(path, parsed.issues) };
}

/**
 * Like {@link safeLoadAssessmentFile}, but throws.
 *
 * @throws ParIndexError with every issue found.
 */
export async function loadAssessmentFile(path: string, set: CriteriaSet): Promise<Assessment> {
  return orThrow(await safeLoadAssessmentFile(path, set), `assessment file ${path}`);
}
