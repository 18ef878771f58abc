import * as z from 'zod/mini';
import type { NodeSelector, TriggerCondition, TriggerRule } from '../model/trigger.js';
import { isoDateSchema } from './date.js';
import { percentSchema } from './decimal.js';
import { fieldProblem, rawIssue } from './problem.js';
import { codeSchema, noteSchema, textSchema } from './text.js';

const selectorSchema: z.ZodMiniType<NodeSelector, unknown> = z.pipe(
  z.strictObject({ code: z.optional(codeSchema), tag: z.optional(textSchema) }),
  z.transform((sel, ctx): NodeSelector => {
    if (sel.code !== undefined && sel.tag === undefined) return { code: sel.code };
    if (sel.tag !== undefined && sel.code === undefined) return { tag: sel.tag };
    ctx.issues.push(
      rawIssue(
        fieldProblem(
          'invalid_value',
          "cần đúng một trong hai: 'code' (mã tiêu chí) hoặc 'tag' (thẻ)",
          "needs exactly one of 'code' (a node code) or 'tag'",
        ),
        sel,
      ),
    );
    return z.NEVER;
  }),
);

/** A trigger condition, recursively (`any` / `all` nest). */
export const conditionSchema: z.ZodMiniType<TriggerCondition, unknown> = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('band-in'),
      bands: z.array(codeSchema).check(z.minLength(1)),
    }),
    z.strictObject({ kind: z.literal('index-below'), percent: percentSchema }),
    z.strictObject({ kind: z.literal('node-below'), node: selectorSchema, percent: percentSchema }),
    z.strictObject({
      kind: z.literal('criterion-rated'),
      ratings: z.optional(z.array(codeSchema).check(z.minLength(1))),
    }),
    z.strictObject({
      kind: z.literal('any'),
      get conditions() {
        return z.array(conditionSchema).check(z.minLength(1));
      },
    }),
    z.strictObject({
      kind: z.literal('all'),
      get conditions() {
        return z.array(conditionSchema).check(z.minLength(1));
      },
    }),
  ],
);

/** A trigger: a label, a condition and what the unit must do by when. */
export const triggerSchema: z.ZodMiniType<TriggerRule, unknown> = z.strictObject({
  id: codeSchema,
  label: textSchema,
  labelEn: z.optional(textSchema),
  when: conditionSchema,
  action: z.optional(noteSchema),
  due: z.optional(isoDateSchema),
});
