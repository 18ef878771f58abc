import * as z from 'zod/mini';
import type { SafeParseResult } from '../errors.js';
import { issuesFromZod } from './issue-from-zod.js';
import { UNREADABLE } from './issue-words.js';

/**
 * Runs a schema and maps the outcome to a {@link SafeParseResult}. Never throws: anything
 * unexpected (e.g. a stack overflow on absurdly deep input) becomes one issue.
 */
export function safeRun<T>(
  schema: z.core.$ZodType<T, unknown>,
  input: unknown,
): SafeParseResult<T> {
  try {
    const r = z.safeParse(schema, input, { reportInput: true });
    if (r.success) return { success: true, data: r.data };
    const [first, ...rest] = issuesFromZod(r.error.issues);
    return { success: false, issues: first ? [first, ...rest] : [UNREADABLE] };
  } catch {
    return { success: false, issues: [UNREADABLE] };
  }
}
