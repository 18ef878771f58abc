import type {
  AssessmentEntry,
  EvidenceDocument,
  PointsUncertainty,
  RawValue,
} from '../../model/assessment.js';
import type { DecimalString } from '../../model/decimal-string.js';
import {
  appraisalOf,
  code,
  evidenceList,
  type Mutable,
  notApplicableOf,
  points,
  uncertaintyOf,
} from './fast-fields.js';
import { isPlainObject, noteOf } from './fast-text.js';
import {
  fastAnswers,
  fastCount,
  fastDeadline,
  fastMean,
  fastRatio,
  fastYesNo,
} from './fast-values.js';
import type { NodePlan, ReaderPlan } from './reader-plan.js';

/** Marks per node during one read. */
export const SEEN = 1;
export const NOT_APPLICABLE = 2;

function ruleValue(raw: unknown, plan: NodePlan): RawValue | undefined {
  switch (plan.kind) {
    case 'yes-no':
      return fastYesNo(raw);
    case 'ratio':
      return fastRatio(raw);
    case 'count':
      return fastCount(raw);
    case 'deadline':
      return fastDeadline(raw, plan.due);
    case 'answers':
      return fastAnswers(raw, plan.options);
    case 'mean':
      return fastMean(raw);
    default:
      return undefined;
  }
}

/** Per read: which nodes were seen or not applicable, and entries on parents to check. */
export interface ReadState {
  readonly marks: Uint8Array;
  readonly onParents: [NodePlan, AssessmentEntry][];
  notApplicable: boolean;
  /** Where the next entry's node is looked for first: after the last one found. */
  next: number;
}

// Entries mostly follow the set's order: looking a few nodes ahead (skipping parents) by string
// equality is cheaper than hashing each fresh code string into the map.
const LOOK_AHEAD = 4;

function nodeOf(key: string, plan: ReaderPlan, state: ReadState): NodePlan | undefined {
  const end = Math.min(state.next + LOOK_AHEAD, plan.keys.length);
  for (let i = state.next; i < end; i++) {
    if (plan.keys[i] === key) {
      state.next = i + 1;
      return plan.inOrder[i];
    }
  }
  const node = plan.byCode.get(key);
  if (node !== undefined) state.next = node.at + 1;
  return node;
}

/** The appraisal team's reasons (kept per round given) and the unit's answer, when written. */
interface AppraisalTalk {
  readonly notes?: readonly (string | null)[] | undefined;
  readonly answer?: string | undefined;
}

/** A reason as written: `null`, empty or text; `false` for anything else. */
function reasonOf(v: unknown): string | null | false {
  if (v === null) return null;
  if (typeof v !== 'string') return false;
  const t = noteOf(v);
  return t === '' ? null : t;
}

/**
 * Reasons and answer read like the shape and checkEntry read them, or `false` for anything the full
 * parser must word (a reason for a round not given, a wrong type or length).
 */
function talkOf(
  notesIn: unknown,
  answerIn: unknown,
  rounds: number,
): AppraisalTalk | undefined | false {
  let notes: (string | null)[] | undefined;
  if (notesIn !== undefined) {
    if (Array.isArray(notesIn) && notesIn.length >= 1 && notesIn.length <= 2) {
      notes = [];
      for (const n of notesIn) {
        const r = reasonOf(n);
        if (r === false) return false;
        notes.push(r);
      }
    } else {
      if (typeof notesIn !== 'string') return false;
      notes = [reasonOf(notesIn) as string | null];
    }
    for (let k = rounds; k < notes.length; k++) if (notes[k] !== null) return false;
    notes = notes.slice(0, rounds);
    if (notes.every((n) => n === null)) notes = undefined;
  }
  let answer: string | undefined;
  if (answerIn !== undefined) {
    if (typeof answerIn !== 'string') return false;
    const t = noteOf(answerIn);
    answer = t === '' ? undefined : t;
  }
  return notes === undefined && answer === undefined ? undefined : { notes, answer };
}

/** An entry with checkEntry's key order; the common shapes as literals (no key-by-key growth). */
function makeEntry(
  code: string,
  value: RawValue | undefined,
  points: DecimalString | undefined,
  selfScore: DecimalString | undefined,
  appraisal: readonly DecimalString[],
  talk: AppraisalTalk | undefined,
  notApplicable: { reason: string } | undefined,
  evidence: readonly EvidenceDocument[],
  explanation: string | undefined,
  uncertainty: PointsUncertainty | undefined,
): AssessmentEntry {
  if (
    talk === undefined &&
    notApplicable === undefined &&
    explanation === undefined &&
    uncertainty === undefined
  ) {
    if (points === undefined) {
      if (value === undefined) {
        return selfScore === undefined
          ? { code, appraisal, evidence }
          : { code, selfScore, appraisal, evidence };
      }
      return selfScore === undefined
        ? { code, value, appraisal, evidence }
        : { code, value, selfScore, appraisal, evidence };
    }
    if (value === undefined) {
      return selfScore === undefined
        ? { code, points, appraisal, evidence }
        : { code, points, selfScore, appraisal, evidence };
    }
  }
  const entry = {} as Mutable<AssessmentEntry>;
  entry.code = code;
  if (value !== undefined) entry.value = value;
  if (points !== undefined) entry.points = points;
  if (selfScore !== undefined) entry.selfScore = selfScore;
  entry.appraisal = appraisal;
  if (talk?.notes !== undefined) entry.appraisalNotes = talk.notes;
  if (talk?.answer !== undefined) entry.unitAnswer = talk.answer;
  if (notApplicable !== undefined) entry.notApplicable = notApplicable;
  entry.evidence = evidence;
  if (explanation !== undefined) entry.explanation = explanation;
  if (uncertainty !== undefined) entry.uncertainty = uncertainty;
  return entry;
}

/**
 * One entry read and checked like checkEntry (value by the node's rule, points, self-score,
 * appraisal, N/A, evidence, uncertainty); records what the whole-document checks need.
 */
export function entryOf(
  raw: unknown,
  plan: ReaderPlan,
  state: ReadState,
): AssessmentEntry | undefined {
  if (!isPlainObject(raw)) return undefined;
  let codeIn: unknown;
  let value: unknown;
  let pointsIn: unknown;
  let selfIn: unknown;
  let appraisalIn: unknown;
  let notesIn: unknown;
  let answerIn: unknown;
  let naIn: unknown;
  let evidenceIn: unknown;
  let explanationIn: unknown;
  let uncertaintyIn: unknown;
  for (const k in raw) {
    const v = raw[k];
    // A key written with no value: left to the full parser.
    if (v === undefined) return undefined;
    switch (k) {
      case 'code':
        codeIn = v;
        break;
      case 'value':
        value = v;
        break;
      case 'points':
        pointsIn = v;
        break;
      case 'selfScore':
        selfIn = v;
        break;
      case 'appraisal':
        appraisalIn = v;
        break;
      case 'appraisalNotes':
        notesIn = v;
        break;
      case 'unitAnswer':
        answerIn = v;
        break;
      case 'notApplicable':
        naIn = v;
        break;
      case 'evidence':
        evidenceIn = v;
        break;
      case 'explanation':
        explanationIn = v;
        break;
      case 'uncertainty':
        uncertaintyIn = v;
        break;
      default:
        return undefined;
    }
  }
  const key = code(codeIn);
  const node = key === undefined ? undefined : nodeOf(key, plan, state);
  if (node === undefined || (state.marks[node.at] ?? 0) !== 0) return undefined;
  state.marks[node.at] = SEEN;
  let read: RawValue | undefined;
  let pts: DecimalString | undefined;
  if (pointsIn !== undefined) {
    pts = points(pointsIn, node);
    if (pts === undefined) return undefined;
  }
  if (value !== undefined && value !== null) {
    if (node.kind === 'parent') return undefined;
    if (node.kind === 'direct') {
      if (pts !== undefined) return undefined;
      pts = points(value, node);
      if (pts === undefined) return undefined;
    } else {
      read = ruleValue(value, node);
      if (read === undefined) return undefined;
    }
  }
  let selfScore: DecimalString | undefined;
  if (selfIn !== undefined) {
    selfScore = points(selfIn, node);
    if (selfScore === undefined) return undefined;
  }
  const appraisal = appraisalOf(appraisalIn, node);
  if (appraisal === undefined) return undefined;
  const talk = talkOf(notesIn, answerIn, appraisal.length);
  if (talk === false) return undefined;
  let notApplicable: { reason: string } | undefined;
  if (naIn !== undefined) {
    notApplicable = notApplicableOf(naIn);
    if (notApplicable === undefined) return undefined;
    state.marks[node.at] = SEEN | NOT_APPLICABLE;
    state.notApplicable = true;
  }
  const evidence = evidenceList(evidenceIn);
  if (evidence === undefined) return undefined;
  let explanation: string | undefined;
  if (explanationIn !== undefined) {
    if (typeof explanationIn !== 'string') return undefined;
    explanation = noteOf(explanationIn);
  }
  let uncertainty: PointsUncertainty | undefined;
  if (uncertaintyIn !== undefined) {
    uncertainty = uncertaintyOf(uncertaintyIn);
    if (uncertainty === undefined) return undefined;
  }
  const entry = makeEntry(
    node.node.code,
    read,
    pts,
    selfScore,
    appraisal,
    talk,
    notApplicable,
    evidence,
    explanation,
    uncertainty,
  );
  if (
    node.kind === 'parent' &&
    (pts !== undefined || selfScore !== undefined || appraisal.length > 0)
  ) {
    state.onParents.push([node, entry]);
  }
  return entry;
}
