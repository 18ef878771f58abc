import * as z from 'zod/mini';
import type {
  AdminLevel,
  ClassifyOn,
  Provenance,
  RoundingConfig,
  TotalCap,
} from '../model/criteria-set.js';
import { adjustmentDefinitionSchema } from './adjustment.js';
import { bandScaleSchema, criterionRatingSchema } from './band.js';
import { isoDateSchema } from './date.js';
import { nodeSchema } from './node.js';
import { enumOf, noteSchema, textSchema } from './text.js';
import { triggerSchema } from './trigger.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const decisionSchema = z.strictObject({
  number: textSchema,
  date: isoDateSchema,
  issuer: textSchema,
  title: z.optional(textSchema),
  url: z.optional(textSchema),
});

const roundingSchema: z.ZodMiniType<RoundingConfig, unknown> = z.strictObject({
  places: z._default(z.number().check(z.int(), z.gte(0), z.lte(10)), 2),
  mode: z._default(enumOf<RoundingConfig['mode']>()(['half-up', 'half-even']), 'half-up'),
});

/** The authoring format of a criteria set, before semantic checks and defaults. */
export const criteriaSetDraftSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: z
    .string()
    .check(
      z.trim(),
      z.regex(ID, { error: 'lowercase letters without accents, digits and dashes only' }),
    ),
  title: textSchema,
  titleEn: z.optional(textSchema),
  level: enumOf<AdminLevel>()([
    'province',
    'ministry',
    'department',
    'district',
    'commune',
    'ward',
    'other',
  ]),
  year: z.optional(z.number().check(z.int(), z.gte(1990), z.lte(2200))),
  validFrom: z.optional(isoDateSchema),
  validTo: z.optional(isoDateSchema),
  provenance: enumOf<Provenance>()(['official', 'illustrative']),
  provenanceNote: z.optional(noteSchema),
  partial: z._default(z.boolean(), false),
  decisions: z._default(z.array(decisionSchema), []),
  rounding: z._default(roundingSchema, { places: 2, mode: 'half-up' }),
  classifyOn: z._default(enumOf<ClassifyOn>()(['published', 'exact']), 'published'),
  totalCap: z._default(enumOf<TotalCap>()(['max', 'none']), 'max'),
  fields: z.array(nodeSchema).check(z.minLength(1)),
  bands: z.optional(bandScaleSchema),
  criterionRating: z.optional(criterionRatingSchema),
  adjustments: z._default(z.array(adjustmentDefinitionSchema), []),
  triggers: z._default(z.array(triggerSchema), []),
});

/** A criteria set as written, shape-checked. Paths in it are paths in the input document. */
export type CriteriaSetDraft = z.output<typeof criteriaSetDraftSchema>;
