import { type Issue, ParIndexError, type SafeParseResult } from '../errors.js';
import type { Assessment } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { checkAssessment } from './check-assessment.js';
import { readAssessmentFast } from './fast/read-assessment-fast.js';
import { problemIssue, UNREADABLE } from './issue-words.js';
import { readAssessmentShape } from './shape/assessment-shape.js';

/** The fast reader's model, or `undefined` to let the full parser decide (never throws). */
function readFast(input: unknown, set: CriteriaSet): Assessment | undefined {
  try {
    return readAssessmentFast(input, set);
  } catch {
    return undefined;
  }
}

/**
 * Checks an assessment (parsed YAML/JSON, see docs/assessment-format.md) against its criteria
 * set: shape, codes, values read by each node's rule, points within maxima. Every problem is
 * reported at once. Never throws.
 *
 * @param input - The document, e.g. the result of `YAML.parse`.
 * @param set - The validated criteria set the assessment is scored against.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * const r = safeParseAssessment(doc, set);
 * if (r.success) scoreAssessment(set, r.data);
 */
export function safeParseAssessment(input: unknown, set: CriteriaSet): SafeParseResult<Assessment> {
  // Plainly valid documents (nearly all) are read straight into the model; anything else, and
  // every problem, goes through the schema and the checks, which word each problem.
  const fast = readFast(input, set);
  if (fast !== undefined) return { success: true, data: fast };
  return readFull(input, set);
}

/**
 * The full path: the shape (every problem of the format), then, when the values are sound, the
 * checks against the set. Never throws: anything unexpected becomes one issue.
 */
export function readFull(input: unknown, set: CriteriaSet): SafeParseResult<Assessment> {
  try {
    const { draft, problems } = readAssessmentShape(input);
    const issues: Issue[] = problems.flatMap((p) => p.issues);
    // Unknown keys alone leave every value sound: the checks still run and report theirs.
    if (problems.every((p) => p.keys === true)) {
      const r = checkAssessment(draft, set);
      if (issues.length === 0 && r.problems.length === 0) {
        return { success: true, data: r.assessment };
      }
      for (const p of r.problems) issues.push(problemIssue(p.path ?? [], p));
    }
    const [first, ...rest] = issues;
    return { success: false, issues: first ? [first, ...rest] : [UNREADABLE] };
  } catch {
    return { success: false, issues: [UNREADABLE] };
  }
}

/**
 * Like {@link safeParseAssessment} but returns the assessment and throws on invalid input.
 *
 * @param input - The document.
 * @param set - The validated criteria set.
 * @returns The validated assessment with values normalised.
 * @throws {@link ParIndexError} carrying every issue found.
 * @example
 * const assessment = parseAssessment(YAML.parse(text), set);
 */
export function parseAssessment(input: unknown, set: CriteriaSet): Assessment {
  const r = safeParseAssessment(input, set);
  if (r.success) return r.data;
  throw new ParIndexError(r.issues, 'assessment');
}
