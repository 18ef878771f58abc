// The assessment schema as zod described it before the boundary was checked by hand
// (src/parse/shape/assessment-shape.ts): kept as the reference the hand-written check is compared
// with, problem for problem, on every fixture and on fuzzed documents.
import * as z from 'zod/mini';
import type {
  Assessment,
  EvidenceDocument,
  PointsUncertainty,
  UnitInfo,
} from '../../../src/model/assessment.js';
import type { CriteriaSet } from '../../../src/model/criteria-set.js';
import { checkAssessment } from '../../../src/parse/check-assessment.js';
import type { AssessmentEntryDraft } from '../../../src/parse/shape/assessment-shape.js';
import { looseDateSchema } from '../../../src/schema/date.js';
import { decimalSchema, pointsSchema } from '../../../src/schema/decimal.js';
import { rawIssue } from '../../../src/schema/problem.js';
import { codeSchema, noteSchema, textSchema } from '../../../src/schema/text.js';

// Ids and blocks are identities, normalised like codes: `huyện` + U+200B is the block `huyện`.
const unitSchema: z.ZodMiniType<UnitInfo, unknown> = z.strictObject({
  id: codeSchema,
  name: textSchema,
  block: codeSchema,
});

const evidenceSchema: z.ZodMiniType<EvidenceDocument, unknown> = z.strictObject({
  number: z.optional(textSchema),
  date: z.optional(looseDateSchema),
  issuer: z.optional(textSchema),
  title: z.optional(textSchema),
  section: z.optional(textSchema),
  url: z.optional(textSchema),
});

const uncertaintySchema: z.ZodMiniType<PointsUncertainty, unknown> = z.pipe(
  z.union([
    z.strictObject({ low: pointsSchema, high: pointsSchema }),
    z.strictObject({ standardError: pointsSchema }),
  ]),
  z.transform(
    (u): PointsUncertainty =>
      'standardError' in u
        ? { kind: 'standard-error', standardError: u.standardError }
        : { kind: 'interval', low: u.low, high: u.high },
  ),
);

const entrySchema: z.ZodMiniType<AssessmentEntryDraft, unknown> = z.strictObject({
  code: codeSchema,
  value: z.optional(z.unknown()),
  points: z.optional(decimalSchema),
  selfScore: z.optional(decimalSchema),
  appraisal: z._default(
    z.pipe(
      z.union([decimalSchema, z.array(decimalSchema).check(z.minLength(1), z.maxLength(2))]),
      z.transform((a) => (Array.isArray(a) ? a : [a])),
    ),
    [],
  ),
  // One reason per round, like `appraisal` (a single text is round 1's); empty or null: none.
  appraisalNotes: z.optional(
    z.pipe(
      z.union([noteSchema, z.array(z.nullable(noteSchema)).check(z.minLength(1), z.maxLength(2))]),
      z.transform((n) => {
        const notes = (Array.isArray(n) ? n : [n]).map((t) => (t === '' ? null : t));
        return notes.every((t) => t === null) ? undefined : notes;
      }),
    ),
  ),
  unitAnswer: z.optional(
    z.pipe(
      noteSchema,
      z.transform((t) => (t === '' ? undefined : t)),
    ),
  ),
  notApplicable: z.optional(
    z.pipe(
      z.union([textSchema, z.strictObject({ reason: textSchema })]),
      z.transform((n) => (typeof n === 'string' ? { reason: n } : n)),
    ),
  ),
  evidence: z._default(z.array(evidenceSchema), []),
  explanation: z.optional(noteSchema),
  uncertainty: z.optional(uncertaintySchema),
});

/** The authoring format of an assessment, before it is checked against its criteria set. */
export const assessmentDraftSchema = z.strictObject({
  $schema: z.optional(z.string()),
  criteriaSet: textSchema,
  unit: unitSchema,
  period: z.pipe(z.union([textSchema, z.number().check(z.int())]), z.transform(String)),
  entries: z._default(z.array(entrySchema), []),
  adjustments: z._default(
    z.array(
      z.strictObject({ id: codeSchema, points: decimalSchema, reason: z.optional(noteSchema) }),
    ),
    [],
  ),
});

/**
 * The assessment schema for one criteria set: shape, then values read by each node's rule and
 * checked against the set (all problems at once), giving the model {@link Assessment}.
 */
export function assessmentSchema(set: CriteriaSet): z.ZodMiniType<Assessment, unknown> {
  return z.pipe(
    assessmentDraftSchema,
    z.transform((draft, ctx) => {
      const r = checkAssessment(draft, set);
      if (r.problems.length === 0) return r.assessment;
      for (const p of r.problems) ctx.issues.push(rawIssue(p, draft));
      return z.NEVER;
    }),
  );
}
