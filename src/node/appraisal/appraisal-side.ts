import { dec } from '../../internal/decimal.js';
import type { Assessment, AssessmentEntry } from '../../model/assessment.js';
import type { DecimalString } from '../../model/decimal-string.js';

/**
 * What the appraisal says of one node: the rounds' points, the team's reason per round and the
 * unit's answer. Everything else in an entry is what the unit declared.
 */
export interface AppraisalSide {
  /** Round 1, then round 2 (exact decimal strings). */
  readonly rounds: readonly DecimalString[];
  /** The reason per round, `null` where none was given (as long as `rounds` or shorter). */
  readonly notes: readonly (string | null)[];
  /** The unit's answer to round 1. */
  readonly answer?: string | undefined;
}

/** One field of an {@link AppraisalSide}, compared and merged on its own. */
export type SideField = 'round1' | 'round2' | 'note1' | 'note2' | 'answer';

/** The fields of an {@link AppraisalSide}, in the workbook's column order. */
export const SIDE_FIELDS: readonly SideField[] = ['round1', 'note1', 'answer', 'round2', 'note2'];

/** The value of one field: points or text, undefined when empty. */
export function sideField(side: AppraisalSide | undefined, field: SideField): string | undefined {
  if (side === undefined) return undefined;
  switch (field) {
    case 'round1':
      return side.rounds[0];
    case 'round2':
      return side.rounds[1];
    case 'note1':
      return side.notes[0] ?? undefined;
    case 'note2':
      return side.notes[1] ?? undefined;
    case 'answer':
      return side.answer;
  }
}

/** Whether two values of a field are the same (points compared as numbers: `0.50` is `0.5`). */
export function sameField(field: SideField, a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return field === 'round1' || field === 'round2' ? dec(a).equals(dec(b)) : a === b;
}

/** The fields of a side as read from a workbook row: points as decimal strings, texts. */
export interface SideValues {
  readonly round1?: DecimalString | undefined;
  readonly round2?: DecimalString | undefined;
  readonly note1?: string | undefined;
  readonly note2?: string | undefined;
  readonly answer?: string | undefined;
}

/** Builds a side from its fields (empty fields left out; undefined when nothing is left). */
export function sideOf(values: SideValues): AppraisalSide | undefined {
  const rounds = [values.round1, values.round2].filter((r): r is DecimalString => r !== undefined);
  const notes = [values.note1 ?? null, values.note2 ?? null].slice(0, rounds.length);
  while (notes.length > 0 && notes[notes.length - 1] === null) notes.pop();
  if (rounds.length === 0 && values.answer === undefined) return undefined;
  return {
    rounds,
    notes,
    ...(values.answer === undefined ? {} : { answer: values.answer }),
  };
}

/** The appraisal side of an entry, undefined when it has none. */
export function entrySide(entry: AssessmentEntry): AppraisalSide | undefined {
  if (entry.appraisal.length === 0 && entry.unitAnswer === undefined) return undefined;
  return {
    rounds: entry.appraisal,
    notes: entry.appraisalNotes ?? [],
    ...(entry.unitAnswer === undefined ? {} : { answer: entry.unitAnswer }),
  };
}

/** Every node's appraisal side in an assessment, by code. */
export function appraisalSides(assessment: Assessment): Map<string, AppraisalSide> {
  const sides = new Map<string, AppraisalSide>();
  for (const e of assessment.entries) {
    const side = entrySide(e);
    if (side !== undefined) sides.set(e.code, side);
  }
  return sides;
}

/**
 * A fingerprint of what the unit declared: its identity, period, set, every entry without the
 * appraisal side (in code order, empty entries left out) and its bonus and penalty points. The
 * appraisal workbook stores it, so a merge can tell that the unit's file changed since.
 */
export function declaredFingerprint(assessment: Assessment): string {
  const entries = assessment.entries
    .map(({ appraisal: _a, appraisalNotes: _n, unitAnswer: _u, ...declared }) => declared)
    .filter(
      (e) => Object.keys(e).some((k) => k !== 'code' && k !== 'evidence') || e.evidence.length > 0,
    )
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const text = JSON.stringify([
    assessment.criteriaSetId,
    assessment.unit,
    assessment.period,
    entries,
    assessment.adjustments,
  ]);
  return `${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x050c5d1f)}`;
}

// Two FNV-1a hashes, 64 bits together: a change detector, not a security check.
function fnv1a(text: string, basis: number): string {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
