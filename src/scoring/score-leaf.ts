import { formatNumber } from '../format/number-format.js';
import { type Dec, dec, toDs } from '../internal/decimal.js';
import type { AssessmentEntry } from '../model/assessment.js';
import type { CriteriaNode } from '../model/criteria-node.js';
import type { DecimalString } from '../model/decimal-string.js';
import type { LeafExplanation, PointsSource, ScoreWarning } from '../model/score-result.js';
import { describeRule } from '../rules/describe-rule.js';
import { evaluateRule } from '../rules/evaluate-rule.js';
import { missingScore, selfScoreMismatch } from './warnings.js';

/** Points and their source at one stage. */
export interface StagePoints {
  readonly points: Dec;
  readonly source: PointsSource;
}

/** A node's points at the three stages. */
export interface StageTriple {
  readonly self: StagePoints;
  readonly appraisal: StagePoints;
  readonly final: StagePoints;
}

/** What scoring one node's own entry yields. */
export interface OwnScore {
  /** Undefined when the entry gives no score of its own at any stage. */
  readonly triple: StageTriple | undefined;
  readonly explanation?: LeafExplanation | undefined;
  readonly warnings: readonly ScoreWarning[];
}

/** A leaf scored by points given directly explains itself too: its rule, and the points. */
function givenPoints(node: CriteriaNode, points: DecimalString): LeafExplanation {
  const rule = node.rule ?? { kind: 'direct' as const };
  return {
    rule: rule.kind,
    ruleText: describeRule(rule, node.max),
    inputText: `Điểm nhập trực tiếp: ${formatNumber(points, { trimZeros: true })}`,
    points,
  };
}

/** The self score an entry gives by itself: declared, else computed by the rule, else given points. */
function ownSelf(node: CriteriaNode, entry: AssessmentEntry): OwnScore & { self?: StagePoints } {
  const warnings: ScoreWarning[] = [];
  let computed: StagePoints | undefined;
  let explanation: LeafExplanation | undefined;
  if (entry.value !== undefined && node.rule !== undefined && node.rule.kind !== 'direct') {
    const outcome = evaluateRule(node.rule, dec(node.max), entry.value);
    computed = { points: outcome.points, source: 'rule' };
    explanation = {
      rule: node.rule.kind,
      ruleText: outcome.ruleText,
      inputText: outcome.inputText,
      points: toDs(outcome.points),
    };
    for (const w of outcome.warnings) warnings.push({ ...w, nodeCode: node.code });
  } else if (entry.points !== undefined) {
    computed = { points: dec(entry.points), source: 'points' };
    if (node.children.length === 0) explanation = givenPoints(node, entry.points);
  }
  let self = computed;
  if (entry.selfScore !== undefined) {
    const declared = dec(entry.selfScore);
    if (computed?.source === 'rule' && !declared.equals(computed.points)) {
      warnings.push(selfScoreMismatch(node.code, toDs(declared), toDs(computed.points)));
    }
    self = { points: declared, source: 'self-score' };
  }
  return { triple: undefined, explanation, warnings, ...(self ? { self } : {}) };
}

/**
 * Scores an entry at the three stages when it carries a score of its own, given `fallback`
 * for the self stage (a parent's children sum, or a missing leaf's zero).
 */
export function scoreOwn(
  node: CriteriaNode,
  entry: AssessmentEntry | undefined,
  fallback: StageTriple | undefined,
): OwnScore {
  if (entry === undefined) return { triple: fallback, warnings: [] };
  const own = ownSelf(node, entry);
  const [round1, round2] = entry.appraisal;
  if (own.self === undefined && round1 === undefined) {
    return { triple: fallback, explanation: own.explanation, warnings: own.warnings };
  }
  const self = own.self ?? fallback?.self ?? { points: dec(0), source: 'missing' };
  const appraisal: StagePoints =
    round1 !== undefined
      ? { points: dec(round1), source: 'appraisal-1' }
      : own.self !== undefined
        ? self
        : (fallback?.appraisal ?? self);
  const final: StagePoints =
    round2 !== undefined ? { points: dec(round2), source: 'appraisal-2' } : appraisal;
  return {
    triple: { self, appraisal, final },
    explanation: own.explanation,
    warnings: own.warnings,
  };
}

/** A leaf with no score at all: 0 points at every stage, with a warning. */
export function missingLeaf(code: string): { triple: StageTriple; warning: ScoreWarning } {
  const zero: StagePoints = { points: dec(0), source: 'missing' };
  return { triple: { self: zero, appraisal: zero, final: zero }, warning: missingScore(code) };
}
