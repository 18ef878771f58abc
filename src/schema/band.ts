import { z } from 'zod';
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

const levelSchema: z.ZodType<BandLevelDraft, unknown> = z.strictObject({
  code: codeSchema,
  label: textSchema,
  labelEn: textSchema.optional(),
  min: percentSchema,
  below: percentSchema.optional(),
  weak: z.boolean().optional(),
});

/** Classification bands on the index (xếp loại), best first. */
export const bandScaleSchema: z.ZodType<BandScaleDraft, unknown> = z.strictObject({
  name: textSchema.optional(),
  levels: z.array(levelSchema).min(1),
});

/** Rating of each node at `depth` (2 = criteria by default). */
export const criterionRatingSchema: z.ZodType<CriterionRatingDraft, unknown> = z.strictObject({
  depth: z.number().int().min(1).default(2),
  name: textSchema.optional(),
  levels: z.array(levelSchema).min(1),
});
