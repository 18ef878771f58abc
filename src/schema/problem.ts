import type * as z from 'zod/mini';
import type { IssueCode } from '../errors.js';

/**
 * A problem found by a schema refinement or a semantic check, carried through zod as a custom
 * issue and turned back into an {@link Issue} by `issuesFromZod`.
 */
export interface Problem {
  readonly code: IssueCode;
  /** Vietnamese text. */
  readonly message: string;
  /** English text. */
  readonly messageEn: string;
  /** Path relative to the value checked (absolute for set-level checks). */
  readonly path?: readonly (string | number)[] | undefined;
  /** Prefix the text with the field's name ("Trường 'max' (điểm tối đa): …"). */
  readonly namesField?: boolean | undefined;
}

const KEY = 'parIndexProblem';

/** A zod raw issue that carries `problem`. */
export function rawIssue(
  problem: Problem,
  input: unknown,
): z.core.$ZodRawIssue<z.core.$ZodIssueCustom> {
  return {
    code: 'custom',
    input,
    message: problem.messageEn,
    path: [...(problem.path ?? [])],
    params: { [KEY]: problem },
  };
}

/** The problem carried by a custom zod issue's params, if any. */
export function problemOf(params: unknown): Problem | undefined {
  if (typeof params !== 'object' || params === null || !Object.hasOwn(params, KEY)) {
    return undefined;
  }
  return (params as Record<string, Problem | undefined>)[KEY];
}

/** A problem about the field itself, worded after the field's name. */
export function fieldProblem(code: IssueCode, message: string, messageEn: string): Problem {
  return { code, message, messageEn, namesField: true };
}
