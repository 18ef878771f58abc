import * as z from 'zod/mini';
import { dateField } from '../parse/field-values.js';
import { rawIssue } from './problem.js';

/** The schemas whose JSON Schema is rewritten to `{ type: string, format: date }`. */
export const dateSchemas = new WeakSet<object>();

function dateOf(vietnamese: boolean): z.ZodMiniType<string, string | Date> {
  const input = z.union([z.string(), z.date()]);
  dateSchemas.add(input);
  return z.pipe(
    input,
    z.transform((value, ctx) => {
      const r = dateField(value, vietnamese);
      if (r.ok) return r.value;
      ctx.issues.push(rawIssue(r.problem, value));
      return z.NEVER;
    }),
  );
}

/** An ISO date `YYYY-MM-DD` (or a YAML date). */
export const isoDateSchema = dateOf(false);

/** A date as Vietnamese offices write it: ISO or `dd/mm/yyyy` (or a YAML date). */
export const looseDateSchema = dateOf(true);
