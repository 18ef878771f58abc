import { z } from 'zod';
import type { NodeSelector, TriggerCondition, TriggerRule } from '../model/trigger.js';
import { isoDateSchema } from './date.js';
import { percentSchema } from './decimal.js';
import { fieldProblem, rawIssue } from './problem.js';
import { codeSchema, noteSchema, textSchema } from './text.js';

const selectorSchema: z.ZodType<NodeSelector, unknown> = z
  .strictObject({ code: codeSchema.optional(), tag: textSchema.optional() })
  .transform((sel, ctx): NodeSelector => {
    if (sel.code !== undefined && sel.tag === undefined) return { code: sel.code };
    if (sel.tag !== undefined && sel.code === undefined) return { tag: sel.tag };
    ctx.addIssue(
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
  });

/** A trigger condition, recursively (`any` / `all` nest). */
export const conditionSchema: z.ZodType<TriggerCondition, unknown> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('band-in'), bands: z.array(codeSchema).min(1) }),
  z.strictObject({ kind: z.literal('index-below'), percent: percentSchema }),
  z.strictObject({ kind: z.literal('node-below'), node: selectorSchema, percent: percentSchema }),
  z.strictObject({
    kind: z.literal('criterion-rated'),
    ratings: z.array(codeSchema).min(1).optional(),
  }),
  z.strictObject({
    kind: z.literal('any'),
    get conditions() {
      return z.array(conditionSchema).min(1);
    },
  }),
  z.strictObject({
    kind: z.literal('all'),
    get conditions() {
      return z.array(conditionSchema).min(1);
    },
  }),
]);

/** A trigger: a label, a condition and what the unit must do by when. */
export const triggerSchema: z.ZodType<TriggerRule, unknown> = z.strictObject({
  id: codeSchema,
  label: textSchema,
  labelEn: textSchema.optional(),
  when: conditionSchema,
  action: noteSchema.optional(),
  due: isoDateSchema.optional(),
});
