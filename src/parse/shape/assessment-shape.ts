import type { EvidenceDocument, PointsUncertainty, UnitInfo } from '../../model/assessment.js';
import type { DecimalString } from '../../model/decimal-string.js';
import { codeKey } from '../code-key.js';
import { dateField, decimalField, NOT_NEGATIVE } from '../field-values.js';
import {
  array,
  type Checker,
  int,
  nullable,
  pipe,
  problemRaw,
  type Raw,
  strictObject,
  string,
  typeRaw,
  union,
} from './shape-check.js';

// The authoring format of an assessment (docs/assessment-format.md), checked by hand as the zod
// schema in test/oracle/assessment-schema.ts checks it: same order, same problems, same words.

/** An entry as written, its shape checked; `value` is read later, by the node's rule. */
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

/** An assessment as written, its shape checked. Paths in it are paths in the input document. */
export interface AssessmentDraft {
  readonly $schema?: string | undefined;
  readonly criteriaSet: string;
  readonly unit: UnitInfo;
  readonly period: string;
  readonly entries: readonly AssessmentEntryDraft[];
  readonly adjustments: readonly {
    readonly id: string;
    readonly points: DecimalString;
    readonly reason?: string | undefined;
  }[];
}

const nfc = (s: string) => s.normalize('NFC');
const trim = (s: string) => s.trim();

/** Non-empty text, NFC and trimmed. */
const text = string([nfc, trim], 1);
/** Free text, NFC and trimmed. */
const note = string([nfc, trim]);
/** A code, an id or a block: its code key, not empty. */
const code = string([codeKey], 1);

/** A number or text read as an exact decimal (`decimalSchema`); `points`: not negative. */
function decimal(points: boolean): Checker {
  return (v, path, out) => {
    if (!((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string')) {
      out.push(typeRaw(path, ['number', 'string'], v));
      return v;
    }
    const r = decimalField(v, false);
    if (!r.ok) out.push(problemRaw(path, r.problem));
    else if (points && r.value.startsWith('-')) out.push(problemRaw(path, NOT_NEGATIVE));
    return r.ok ? r.value : undefined;
  };
}

/** A date: ISO, `dd/mm/yyyy` or a YAML date (`looseDateSchema`). */
const date: Checker = (v, path, out) => {
  const isDate = v instanceof Date && !Number.isNaN(v.getTime());
  if (typeof v !== 'string' && !isDate) {
    out.push(typeRaw(path, ['string', 'date'], v));
    return v;
  }
  const r = dateField(v as string | Date, true);
  if (!r.ok) out.push(problemRaw(path, r.problem));
  return r.ok ? r.value : undefined;
};

const none = () => [];

const evidence = strictObject([
  ['number', text, 'optional'],
  ['date', date, 'optional'],
  ['issuer', text, 'optional'],
  ['title', text, 'optional'],
  ['section', text, 'optional'],
  ['url', text, 'optional'],
]);

const pointsValue = decimal(true);
const decimalValue = decimal(false);

const uncertainty = pipe(
  union([
    strictObject([
      ['low', pointsValue],
      ['high', pointsValue],
    ]),
    strictObject([['standardError', pointsValue]]),
  ]),
  (u) => {
    const r = u as { low: DecimalString; high: DecimalString; standardError?: DecimalString };
    return 'standardError' in r
      ? { kind: 'standard-error', standardError: r.standardError }
      : { kind: 'interval', low: r.low, high: r.high };
  },
);

const entry = strictObject([
  ['code', code],
  ['value', (v) => v, 'optional'],
  ['points', decimalValue, 'optional'],
  ['selfScore', decimalValue, 'optional'],
  [
    'appraisal',
    pipe(union([decimalValue, array(decimalValue, 1, 2)]), (a) => (Array.isArray(a) ? a : [a])),
    none,
  ],
  // One reason per round, like `appraisal` (a single text is round 1's); empty or null: none.
  [
    'appraisalNotes',
    pipe(union([note, array(nullable(note), 1, 2)]), (n) => {
      const notes = (Array.isArray(n) ? n : [n]).map((t) => (t === '' ? null : t));
      return notes.every((t) => t === null) ? undefined : notes;
    }),
    'optional',
  ],
  ['unitAnswer', pipe(note, (t) => (t === '' ? undefined : t)), 'optional'],
  [
    'notApplicable',
    pipe(union([text, strictObject([['reason', text]])]), (n) =>
      typeof n === 'string' ? { reason: n } : n,
    ),
    'optional',
  ],
  ['evidence', array(evidence), none],
  ['explanation', note, 'optional'],
  ['uncertainty', uncertainty, 'optional'],
]);

const assessment = strictObject([
  ['$schema', string([]), 'optional'],
  ['criteriaSet', text],
  [
    'unit',
    strictObject([
      ['id', code],
      ['name', text],
      ['block', code],
    ]),
  ],
  ['period', pipe(union([text, int]), String)],
  ['entries', array(entry), none],
  [
    'adjustments',
    array(
      strictObject([
        ['id', code],
        ['points', decimalValue],
        ['reason', note, 'optional'],
      ]),
    ),
    none,
  ],
]);

/**
 * Checks the shape of an assessment document. Gives the draft (the document's values, read and
 * normalised) and the problems found; the draft is sound when every problem is an unknown key.
 */
export function readAssessmentShape(input: unknown): {
  readonly draft: AssessmentDraft;
  readonly problems: readonly Raw[];
} {
  const problems: Raw[] = [];
  const draft = assessment(input, [], problems) as AssessmentDraft;
  return { draft, problems };
}
