import { type Dec, dec, percentOf, sum, toDs, ZERO } from '../internal/decimal.js';
import type { AssessmentEntry } from '../model/assessment.js';
import type { BandLevel, CriterionRatingConfig } from '../model/bands.js';
import type { CriteriaNode } from '../model/criteria-node.js';
import type {
  LeafExplanation,
  NodeRating,
  NodeScore,
  ScoreWarning,
  Stage,
} from '../model/score-result.js';
import { classify } from './classify.js';
import { missingLeaf, type StagePoints, type StageTriple, scoreOwn } from './score-leaf.js';
import { childrenIgnored, missingEvidence } from './warnings.js';

/** A scored node with all three stages, before one is chosen. Internal. */
export interface ScoredNode {
  readonly node: CriteriaNode;
  readonly depth: number;
  readonly applicable: boolean;
  readonly max: Dec;
  readonly triple: StageTriple;
  readonly entry?: AssessmentEntry | undefined;
  readonly explanation?: LeafExplanation | undefined;
  readonly warnings: readonly ScoreWarning[];
  readonly children: readonly ScoredNode[];
}

const NOT_APPLICABLE: StagePoints = { points: ZERO, source: 'not-applicable' };
const NA_TRIPLE: StageTriple = {
  self: NOT_APPLICABLE,
  appraisal: NOT_APPLICABLE,
  final: NOT_APPLICABLE,
};

function sumTriple(children: readonly ScoredNode[]): StageTriple {
  const at = (stage: Stage): StagePoints => ({
    points: sum(children.map((c) => c.triple[stage].points)),
    source: 'children',
  });
  return { self: at('self'), appraisal: at('appraisal'), final: at('final') };
}

function hasOwnScore(entry: AssessmentEntry): boolean {
  return (
    entry.selfScore !== undefined ||
    entry.points !== undefined ||
    entry.value !== undefined ||
    entry.appraisal.length > 0
  );
}

function hasEntries(
  nodes: readonly CriteriaNode[],
  entries: ReadonlyMap<string, AssessmentEntry>,
): boolean {
  return nodes.some((n) => entries.has(n.code) || hasEntries(n.children, entries));
}

/**
 * Scores a subtree at all three stages. Not-applicable nodes (or under a not-applicable
 * ancestor) score 0 of 0. A node with a score of its own ignores its children's.
 */
export function scoreTree(
  node: CriteriaNode,
  depth: number,
  entries: ReadonlyMap<string, AssessmentEntry>,
  ancestorNotApplicable: boolean,
  overridden = false,
): ScoredNode {
  const entry = entries.get(node.code);
  const notApplicable = ancestorNotApplicable || entry?.notApplicable !== undefined;
  // Under a node scored by its own entry, missing child scores are expected, not a problem.
  const quiet = overridden || (entry !== undefined && hasOwnScore(entry));
  const children = node.children.map((c) => scoreTree(c, depth + 1, entries, notApplicable, quiet));
  if (notApplicable) {
    return {
      node,
      depth,
      applicable: false,
      max: ZERO,
      triple: NA_TRIPLE,
      entry,
      warnings: [],
      children,
    };
  }
  const warnings: ScoreWarning[] = [];
  const isLeaf = node.children.length === 0;
  const own = scoreOwn(node, entry, isLeaf ? undefined : sumTriple(children));
  warnings.push(...own.warnings);
  let triple = own.triple;
  if (triple === undefined) {
    const missing = missingLeaf(node.code);
    triple = missing.triple;
    if (!overridden) warnings.push(missing.warning);
  } else if (triple.self.source !== 'children' && triple.self.source !== 'missing') {
    if (!isLeaf && hasEntries(node.children, entries)) warnings.push(childrenIgnored(node.code));
    const documented = (entry?.evidence.length ?? 0) > 0 || entry?.explanation !== undefined;
    if (node.evidenceRequired && triple.self.points.greaterThan(0) && !documented) {
      warnings.push(missingEvidence(node.code));
    }
  }
  const max = isLeaf ? dec(node.max) : sum(children.map((c) => c.max));
  return {
    node,
    depth,
    applicable: true,
    max,
    triple,
    entry,
    explanation: own.explanation,
    warnings,
    children,
  };
}

/** Converts an internal scored node to the public {@link NodeScore} at one stage. */
export function toNodeScore(
  scored: ScoredNode,
  stage: Stage,
  rating?: CriterionRatingConfig | undefined,
): NodeScore {
  const { node } = scored;
  const at = scored.triple[stage];
  const percent = percentOf(at.points, scored.max);
  const level =
    rating !== undefined && scored.applicable && scored.depth === rating.depth
      ? classify(toDs(percent), rating.scale)
      : undefined;
  return {
    code: node.code,
    name: node.name,
    ...(node.nameEn !== undefined ? { nameEn: node.nameEn } : {}),
    depth: scored.depth,
    method: node.method,
    tags: node.tags,
    applicable: scored.applicable,
    points: toDs(at.points),
    max: toDs(scored.max),
    nominalMax: node.max,
    percent: toDs(percent),
    lost: toDs(scored.max.minus(at.points)),
    source: at.source,
    selfPoints: toDs(scored.triple.self.points),
    lostAtAppraisal: toDs(scored.triple.self.points.minus(scored.triple.final.points)),
    ...(scored.explanation !== undefined ? { explanation: scored.explanation } : {}),
    ...(scored.entry !== undefined ? { entry: scored.entry } : {}),
    ...(level !== undefined ? { rating: toRating(level) } : {}),
    warnings: scored.warnings,
    children: scored.children.map((c) => toNodeScore(c, stage, rating)),
  };
}

function toRating(level: BandLevel): NodeRating {
  return {
    code: level.code,
    label: level.label,
    ...(level.labelEn !== undefined ? { labelEn: level.labelEn } : {}),
    weak: level.weak,
  };
}
