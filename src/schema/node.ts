import * as z from 'zod/mini';
import type { CriteriaNode, ScoringMethod } from '../model/criteria-node.js';
import { pointsSchema } from './decimal.js';
import { ruleSchema, type ScoringRuleDraft } from './rule.js';
import { codeSchema, enumOf, noteSchema, textSchema } from './text.js';

/** A criteria node as written: inherited values still open, the rule's max defaults unfilled. */
export interface CriteriaNodeDraft
  extends Omit<CriteriaNode, 'method' | 'evidenceRequired' | 'rule' | 'children'> {
  readonly method?: ScoringMethod | undefined;
  readonly evidenceRequired?: boolean | undefined;
  readonly rule?: ScoringRuleDraft | undefined;
  readonly children: readonly CriteriaNodeDraft[];
}

/** Scoring method, every member of {@link ScoringMethod}. */
export const methodSchema = enumOf<ScoringMethod>()(['appraisal', 'survey']);

/** A node of the criteria tree (field, criterion, sub-criterion), recursively. */
export const nodeSchema: z.ZodMiniType<CriteriaNodeDraft, unknown> = z.strictObject({
  code: codeSchema,
  name: textSchema,
  nameEn: z.optional(textSchema),
  max: pointsSchema,
  method: z.optional(methodSchema),
  tags: z._default(z.array(textSchema), []),
  evidenceRequired: z.optional(z.boolean()),
  description: z.optional(noteSchema),
  rule: z.optional(ruleSchema),
  get children() {
    return z._default(z.array(nodeSchema), []);
  },
});
