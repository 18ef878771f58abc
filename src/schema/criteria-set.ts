import { z } from 'zod';
import type {
  AdminLevel,
  ClassifyOn,
  CriteriaSet,
  Provenance,
  RoundingConfig,
  TotalCap,
} from '../model/criteria-set.js';
import { buildCriteriaSet } from '../parse/build-criteria-set.js';
import { checkCriteriaSet } from '../parse/check-criteria-set.js';
import { adjustmentDefinitionSchema } from './adjustment.js';
import { bandScaleSchema, criterionRatingSchema } from './band.js';
import { isoDateSchema } from './date.js';
import { nodeSchema } from './node.js';
import { rawIssue } from './problem.js';
import { enumOf, noteSchema, textSchema } from './text.js';
import { triggerSchema } from './trigger.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const decisionSchema = z.strictObject({
  number: textSchema,
  date: isoDateSchema,
  issuer: textSchema,
  title: textSchema.optional(),
  url: textSchema.optional(),
});

const roundingSchema: z.ZodType<RoundingConfig, unknown> = z.strictObject({
  places: z.number().int().min(0).max(10).default(2),
  mode: enumOf<RoundingConfig['mode']>()(['half-up', 'half-even']).default('half-up'),
});

/** The authoring format of a criteria set, before semantic checks and defaults. */
export const criteriaSetDraftSchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().trim().regex(ID, {
    error: 'lowercase letters without accents, digits and dashes only',
  }),
  title: textSchema,
  titleEn: textSchema.optional(),
  level: enumOf<AdminLevel>()([
    'province',
    'ministry',
    'department',
    'district',
    'commune',
    'ward',
    'other',
  ]),
  year: z.number().int().min(1990).max(2200).optional(),
  validFrom: isoDateSchema.optional(),
  validTo: isoDateSchema.optional(),
  provenance: enumOf<Provenance>()(['official', 'illustrative']),
  provenanceNote: noteSchema.optional(),
  partial: z.boolean().default(false),
  decisions: z.array(decisionSchema).default([]),
  rounding: roundingSchema.default({ places: 2, mode: 'half-up' }),
  classifyOn: enumOf<ClassifyOn>()(['published', 'exact']).default('published'),
  totalCap: enumOf<TotalCap>()(['max', 'none']).default('max'),
  fields: z.array(nodeSchema).min(1),
  bands: bandScaleSchema.optional(),
  criterionRating: criterionRatingSchema.optional(),
  adjustments: z.array(adjustmentDefinitionSchema).default([]),
  triggers: z.array(triggerSchema).default([]),
});

/** A criteria set as written, shape-checked. Paths in it are paths in the input document. */
export type CriteriaSetDraft = z.output<typeof criteriaSetDraftSchema>;

/**
 * The full criteria set schema: authoring shape, then semantic checks (all reported at once),
 * then defaults and inheritance, giving the model {@link CriteriaSet}.
 */
export const criteriaSetSchema: z.ZodType<CriteriaSet, unknown> = criteriaSetDraftSchema.transform(
  (draft, ctx) => {
    const problems = checkCriteriaSet(draft);
    if (problems.length === 0) return buildCriteriaSet(draft);
    for (const p of problems) ctx.addIssue(rawIssue(p, draft));
    return z.NEVER;
  },
);
