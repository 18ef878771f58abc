import { z } from 'zod';
import type {
  Assessment,
  EvidenceDocument,
  PointsUncertainty,
  UnitInfo,
} from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { DecimalString } from '../model/decimal-string.js';
import { checkAssessment } from '../parse/check-assessment.js';
import { looseDateSchema } from './date.js';
import { decimalSchema, pointsSchema } from './decimal.js';
import { rawIssue } from './problem.js';
import { codeSchema, noteSchema, textSchema } from './text.js';

// Ids and blocks are identities, normalised like codes: `huyện` + U+200B is the block `huyện`.
const unitSchema: z.ZodType<UnitInfo, unknown> = z.strictObject({
  id: codeSchema,
  name: textSchema,
  block: codeSchema,
});

const evidenceSchema: z.ZodType<EvidenceDocument, unknown> = z.strictObject({
  number: textSchema.optional(),
  date: looseDateSchema.optional(),
  issuer: textSchema.optional(),
  title: textSchema.optional(),
  section: textSchema.optional(),
  url: textSchema.optional(),
});

const uncertaintySchema: z.ZodType<PointsUncertainty, unknown> = z
  .union([
    z.strictObject({ low: pointsSchema, high: pointsSchema }),
    z.strictObject({ standardError: pointsSchema }),
  ])
  .transform(
    (u): PointsUncertainty =>
      'standardError' in u
        ? { kind: 'standard-error', standardError: u.standardError }
        : { kind: 'interval', low: u.low, high: u.high },
  );

/** An entry as written; `value` is read later, by the node's rule. */
export interface AssessmentEntryDraft {
  readonly code: string;
  readonly value?: unknown;
  readonly points?: DecimalString | undefined;
  readonly selfScore?: DecimalString | undefined;
  readonly appraisal: readonly DecimalString[];
  readonly appraisalNotes?: readonly (string | null)[] | undefined;
  readonly unitAnswer?: string | undefined;
  readonly notApplicable?: { readonly reason: string } | undefined;
  readonly evidence: readonly EvidenceDocument[];
  readonly explanation?: string | undefined;
  readonly uncertainty?: PointsUncertainty | undefined;
}

const entrySchema: z.ZodType<AssessmentEntryDraft, unknown> = z.strictObject({
  code: codeSchema,
  value: z.unknown().optional(),
  points: decimalSchema.optional(),
  selfScore: decimalSchema.optional(),
  appraisal: z
    .union([decimalSchema, z.array(decimalSchema).min(1).max(2)])
    .transform((a) => (Array.isArray(a) ? a : [a]))
    .default([]),
  // One reason per round, like `appraisal` (a single text is round 1's); empty or null: none.
  appraisalNotes: z
    .union([noteSchema, z.array(noteSchema.nullable()).min(1).max(2)])
    .transform((n) => (Array.isArray(n) ? n : [n]).map((t) => (t === '' ? null : t)))
    .transform((n) => (n.every((t) => t === null) ? undefined : n))
    .optional(),
  unitAnswer: noteSchema.transform((t) => (t === '' ? undefined : t)).optional(),
  notApplicable: z
    .union([textSchema, z.strictObject({ reason: textSchema })])
    .transform((n) => (typeof n === 'string' ? { reason: n } : n))
    .optional(),
  evidence: z.array(evidenceSchema).default([]),
  explanation: noteSchema.optional(),
  uncertainty: uncertaintySchema.optional(),
});

/** The authoring format of an assessment, before it is checked against its criteria set. */
export const assessmentDraftSchema = z.strictObject({
  $schema: z.string().optional(),
  criteriaSet: textSchema,
  unit: unitSchema,
  period: z.union([textSchema, z.number().int()]).transform(String),
  entries: z.array(entrySchema).default([]),
  adjustments: z
    .array(z.strictObject({ id: codeSchema, points: decimalSchema, reason: noteSchema.optional() }))
    .default([]),
});

/** An assessment as written, shape-checked. Paths in it are paths in the input document. */
export type AssessmentDraft = z.output<typeof assessmentDraftSchema>;

/**
 * The assessment schema for one criteria set: shape, then values read by each node's rule and
 * checked against the set (all problems at once), giving the model {@link Assessment}.
 */
export function assessmentSchema(set: CriteriaSet): z.ZodType<Assessment, unknown> {
  return assessmentDraftSchema.transform((draft, ctx) => {
    const r = checkAssessment(draft, set);
    if (r.problems.length === 0) return r.assessment;
    for (const p of r.problems) ctx.addIssue(rawIssue(p, draft));
    return z.NEVER;
  });
}
