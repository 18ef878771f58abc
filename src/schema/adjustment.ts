import * as z from 'zod/mini';
import type { AdjustmentDefinition } from '../model/adjustment.js';
import { pointsSchema } from './decimal.js';
import { codeSchema, enumOf, textSchema } from './text.js';

/** A bonus or penalty a set allows, with its cap. */
export const adjustmentDefinitionSchema: z.ZodMiniType<AdjustmentDefinition, unknown> =
  z.strictObject({
    id: codeSchema,
    name: textSchema,
    nameEn: z.optional(textSchema),
    kind: enumOf<AdjustmentDefinition['kind']>()(['bonus', 'penalty']),
    cap: pointsSchema,
  });
