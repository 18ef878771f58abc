import { dec } from '../internal/decimal.js';
import type {
  AdjustmentEntry,
  Assessment,
  AssessmentEntry,
  RawValue,
} from '../model/assessment.js';
import type { CriteriaNode } from '../model/criteria-node.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { DecimalString } from '../model/decimal-string.js';
import type { Problem } from '../schema/problem.js';
import { checkAdjustments } from './check-adjustments.js';
import { checkApplicableMax, type PlacedEntry } from './check-applicable-max.js';
import { checkPoints } from './check-points.js';
import { codeKey } from './code-key.js';
import { readDecimal } from './decimal-input.js';
import { normalizeValue } from './normalize-value.js';
import type { AssessmentDraft, AssessmentEntryDraft } from './shape/assessment-shape.js';
import { showEn, showVi } from './show.js';

type Path = readonly (string | number)[];

/** The assessment, or the problems that stop it. */
export interface AssessmentCheck {
  readonly assessment: Assessment;
  readonly problems: readonly Problem[];
}

function indexNodes(nodes: readonly CriteriaNode[], into: Map<string, CriteriaNode>) {
  for (const node of nodes) {
    into.set(codeKey(node.code), node);
    indexNodes(node.children, into);
  }
  return into;
}

function wrongKind(path: Path, vi: string, en: string): Problem {
  return { code: 'wrong_value_kind', path, message: vi, messageEn: en };
}

interface ReadEntry {
  readonly value?: RawValue | undefined;
  readonly points?: DecimalString | undefined;
  readonly problems: readonly Problem[];
}

/** Reads `value` by the node's rule; a `direct` leaf takes a number as its points. */
function readValue(e: AssessmentEntryDraft, node: CriteriaNode, at: Path): ReadEntry {
  const raw = e.value;
  if (raw === undefined || raw === null) return { points: e.points, problems: [] };
  const path = [...at, 'value'];
  const rule = node.children.length > 0 ? undefined : (node.rule ?? { kind: 'direct' });
  if (rule === undefined) {
    return {
      points: e.points,
      problems: [
        wrongKind(
          path,
          `'${node.code}' có tiêu chí con nên không nhận 'value'; hãy nhập điểm vào 'points' hoặc chấm các tiêu chí con.`,
          `'${node.code}' has children, so it takes no 'value'; give 'points' or score its children.`,
        ),
      ],
    };
  }
  if (rule.kind === 'direct') {
    const r = readDecimal(raw);
    if (r.ok && !r.percentSign && e.points === undefined) return { points: r.value, problems: [] };
    return {
      points: e.points,
      problems: [
        wrongKind(
          path,
          `'${node.code}' được chấm điểm trực tiếp: ghi số điểm (một số) vào 'points'${e.points === undefined ? '' : ", không ghi cả 'value'"}.`,
          `'${node.code}' is scored directly: give the points (a number) in 'points'${e.points === undefined ? '' : ", not also a 'value'"}.`,
        ),
      ],
    };
  }
  const r = normalizeValue(rule, raw, node.code);
  if (r.ok) return { value: r.value, points: e.points, problems: [] };
  return {
    points: e.points,
    problems: r.problems.map((p) => ({ ...p, path: [...path, ...(p.path ?? [])] })),
  };
}

function checkEntry(e: AssessmentEntryDraft, node: CriteriaNode, at: Path) {
  const read = readValue(e, node, at);
  const leaf = node.children.length === 0;
  const step = leaf && node.rule?.kind === 'direct' ? node.rule.step : undefined;
  const pointsAt = e.points === undefined ? [...at, 'value'] : [...at, 'points'];
  const numbers: [DecimalString | undefined, Path, readonly [string, string]][] = [
    [read.points, pointsAt, ['Điểm', 'Points']],
    [e.selfScore, [...at, 'selfScore'], ['Điểm tự đánh giá', 'The self-score']],
    ...e.appraisal.map((a, k): [DecimalString, Path, readonly [string, string]] => [
      a,
      [...at, 'appraisal', ...(e.appraisal.length > 1 ? [k] : [])],
      [`Điểm thẩm định lần ${k + 1}`, `Appraisal round ${k + 1}`],
    ]),
  ];
  const problems: Problem[] = [...read.problems];
  for (const [value, path, what] of numbers) {
    if (value === undefined) continue;
    const label: [string, string] = [
      `${what[0]} của '${node.code}'`,
      `${what[1]} of '${node.code}'`,
    ];
    problems.push(...checkPoints(value, node.max, path, label, step));
  }
  const notes = e.appraisalNotes ?? [];
  const orphan = notes.findIndex((n, k) => k >= e.appraisal.length && n !== null);
  if (orphan >= 0)
    problems.push(noteWithoutRound(node.code, orphan + 1, [...at, 'appraisalNotes']));
  // Trailing rounds without a reason say nothing: the model keeps at most one per round.
  const kept = notes.slice(0, e.appraisal.length);
  const u = e.uncertainty;
  if (u?.kind === 'interval' && dec(u.low).greaterThan(dec(u.high))) {
    problems.push(...intervalProblem(u.low, u.high, [...at, 'uncertainty', 'high']));
  }
  const entry: AssessmentEntry = {
    code: node.code,
    ...(read.value === undefined ? {} : { value: read.value }),
    ...(read.points === undefined ? {} : { points: read.points }),
    ...(e.selfScore === undefined ? {} : { selfScore: e.selfScore }),
    appraisal: e.appraisal,
    ...(kept.some((n) => n !== null) ? { appraisalNotes: kept } : {}),
    ...(e.unitAnswer === undefined ? {} : { unitAnswer: e.unitAnswer }),
    ...(e.notApplicable === undefined ? {} : { notApplicable: e.notApplicable }),
    evidence: e.evidence,
    ...(e.explanation === undefined ? {} : { explanation: e.explanation }),
    ...(e.uncertainty === undefined ? {} : { uncertainty: e.uncertainty }),
  };
  return { entry, problems };
}

function noteWithoutRound(code: string, round: number, path: Path): Problem {
  return {
    code: 'invalid_value',
    path,
    message: `'${code}' có lý do thẩm định lần ${round} nhưng không có điểm thẩm định lần ${round} trong 'appraisal'.`,
    messageEn: `'${code}' has a reason for appraisal round ${round} but no round ${round} points in 'appraisal'.`,
  };
}

function intervalProblem(low: DecimalString, high: DecimalString, path: Path): Problem[] {
  return [
    {
      code: 'invalid_value',
      path,
      message: `Cận trên ${showVi(high)} nhỏ hơn cận dưới ${showVi(low)}.`,
      messageEn: `'high' ${showEn(high)} is below 'low' ${showEn(low)}.`,
    },
  ];
}

/** Checks a shape-valid assessment against its set and builds the model. */
export function checkAssessment(draft: AssessmentDraft, set: CriteriaSet): AssessmentCheck {
  const problems: Problem[] = [];
  if (draft.criteriaSet !== set.id) {
    problems.push({
      code: 'criteria_set_mismatch',
      path: ['criteriaSet'],
      message: `Hồ sơ ghi bộ chỉ số '${draft.criteriaSet}' nhưng đang được chấm theo bộ '${set.id}'.`,
      messageEn: `The assessment names the criteria set '${draft.criteriaSet}' but is checked against '${set.id}'.`,
    });
  }
  const nodes = indexNodes(set.fields, new Map());
  const seen = new Set<string>();
  const entries: AssessmentEntry[] = [];
  const placed: PlacedEntry[] = [];
  draft.entries.forEach((e, i) => {
    const at = ['entries', i];
    const node = nodes.get(e.code);
    if (node === undefined) {
      problems.push({
        code: 'unknown_criterion',
        path: [...at, 'code'],
        message: `Không có tiêu chí mã '${e.code}' trong bộ chỉ số '${set.id}'.`,
        messageEn: `There is no criterion '${e.code}' in the criteria set '${set.id}'.`,
      });
      return;
    }
    if (seen.has(node.code)) {
      problems.push({
        code: 'duplicate_entry',
        path: [...at, 'code'],
        message: `Tiêu chí '${node.code}' được chấm hai lần; mỗi tiêu chí chỉ có một mục.`,
        messageEn: `'${node.code}' has two entries; give each node one entry only.`,
      });
      return;
    }
    seen.add(node.code);
    const r = checkEntry(e, node, at);
    problems.push(...r.problems);
    entries.push(r.entry);
    if (r.problems.length === 0) placed.push({ entry: r.entry, at });
  });
  problems.push(...checkApplicableMax(set.fields, placed));
  const adjustments: AdjustmentEntry[] = checkAdjustments(draft.adjustments, set, problems);
  const assessment: Assessment = {
    criteriaSetId: draft.criteriaSet,
    unit: draft.unit,
    period: draft.period,
    entries,
    adjustments,
  };
  return { assessment, problems };
}
