import * as z from 'zod/mini';
import type { BandLevel } from '../model/bands.js';
import { percentSchema } from './decimal.js';
import { codeSchema, textSchema } from './text.js';

/** A band level as written: `weak` may be omitted (false) and `below` inferred. */
export interface BandLevelDraft extends Omit<BandLevel, 'weak'> {
  readonly weak?: boolean | undefined;
}

/** A band scale as written. */
export interface BandScaleDraft {
  readonly name?: string | undefined;
  readonly levels: readonly BandLevelDraft[];
}

/** Criterion rating as written: the scale's name and levels sit beside `depth`. */
export interface CriterionRatingDraft extends BandScaleDraft {
  readonly depth: number;
}

const levelSchema: z.ZodMiniType<BandLevelDraft, unknown> = z.strictObject({
  code: codeSchema,
  label: textSchema,
  labelEn: z.optional(textSchema),
  min: percentSchema,
  below: z.optional(percentSchema),
  weak: z.optional(z.boolean()),
});

/** Classification bands on the index (xếp loại), best first. */
export const bandScaleSchema: z.ZodMiniType<BandScaleDraft, unknown> = z.strictObject({
  name: z.optional(textSchema),
  levels: z.array(levelSchema).check(z.minLength(1)),
});

/** Rating of each node at `depth` (2 = criteria by default). */
export const criterionRatingSchema: z.ZodMiniType<CriterionRatingDraft, unknown> = z.strictObject({
  depth: z._default(z.number().check(z.int(), z.gte(1)), 2),
  name: z.optional(textSchema),
  levels: z.array(levelSchema).check(z.minLength(1)),
});
