import { formatNumber } from '../format/number-format.js';
import {
  type Q,
  Q100,
  qDiv,
  qIsZero,
  qMul,
  qSub,
  qToFixed,
  qToString,
  scaledToFixed,
} from '../internal/rational.js';
import type { CriteriaNode } from '../model/criteria-node.js';
import type { DecimalString } from '../model/decimal-string.js';
import type {
  LeafExplanation,
  NodeRating,
  NodeScore,
  NodeStatus,
  PointsSource,
} from '../model/score-result.js';
import type { ScoringRuleKind } from '../model/scoring-rule.js';
import { describeRule } from '../rules/describe-rule.js';
import { evaluateRule } from '../rules/evaluate-rule.js';
import { describeInput } from '../rules/input-text.js';
import { exactPoints, gridQ } from './exact.js';
import { publishedPercent, type StageScore } from './stage-score.js';
import { nodeWarnings } from './stage-warnings.js';
import { SRC, STATUS, type UnitData } from './unit-data.js';

const STATUS_NAMES: readonly NodeStatus[] = ['scored', 'not-applicable', 'overridden', 'empty'];
const OWN_SOURCES: readonly PointsSource[] = [
  'missing',
  'rule',
  'points',
  'self-score',
  'appraisal-1',
  'appraisal-2',
];

/** An exact value as a decimal string (every digit, or 40 significant ones). */
export function ds(value: Q): DecimalString {
  return qToString(value) as DecimalString;
}

/** An exact value rounded by the set's rule (`"12.50"`). */
export function shownValue(unit: UnitData, value: Q): string {
  const { places, mode } = unit.program.set.rounding;
  return qToFixed(value, places, mode);
}

/** points ÷ max × 100, exact; `"0"` when max is 0. */
export function percentOf(points: Q, max: Q): DecimalString {
  return (qIsZero(max) ? '0' : qToString(qDiv(qMul(points, Q100), max))) as DecimalString;
}

function source(score: StageScore, i: number): PointsSource {
  const src = score.data.source[i] as number;
  if (score.unit.na[i] === 1) return 'not-applicable';
  if (src !== SRC.NONE) return OWN_SOURCES[src] as PointsSource;
  return score.unit.program.leaf[i] === 1 ? 'missing' : 'children';
}

/**
 * A leaf's explanation whose two texts are written when first read: a tree is often built for
 * its numbers only (a unit's table to depth 2, a plan), and the texts are most of its cost.
 */
function leafExplanation(
  rule: ScoringRuleKind,
  ruleText: () => string,
  inputText: () => string,
  points: DecimalString,
): LeafExplanation {
  const out = { rule } as { -readonly [K in keyof LeafExplanation]: LeafExplanation[K] };
  lazyText(out, 'ruleText', ruleText);
  lazyText(out, 'inputText', inputText);
  out.points = points;
  return out;
}

/** An enumerable property computed on first read, then kept as a plain value in its place. */
function lazyText(target: object, key: string, make: () => string): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      Object.defineProperty(target, key, { value, enumerable: true, writable: false });
      return value;
    },
  });
}

function explanation(unit: UnitData, i: number, node: CriteriaNode): LeafExplanation | undefined {
  const entry = unit.entries[i];
  const rule = unit.program.rules[i];
  if (entry === undefined || rule === undefined) return undefined;
  const authored = node.rule ?? { kind: 'direct' as const };
  const ruleText = () => describeRule(authored, node.max);
  const value = entry.value;
  if (value !== undefined) {
    const out = evaluateRule(rule, value);
    if (out !== undefined) {
      return leafExplanation(
        authored.kind,
        ruleText,
        () => describeInput(authored, value),
        qToString(out.points) as DecimalString,
      );
    }
  }
  const points = entry.points;
  if (points === undefined) return undefined;
  return leafExplanation(
    authored.kind,
    ruleText,
    () => `Điểm nhập trực tiếp: ${formatNumber(points, { trimZeros: true, places: 20 })}`,
    points,
  );
}

/** Why a node that is not `scored` is not counted or rated, in Vietnamese and English. */
function note(score: StageScore, i: number): { note: string; noteEn: string } | undefined {
  const { unit } = score;
  const status = score.data.status[i];
  if (status === STATUS.SCORED) return undefined;
  if (status === STATUS.NA) {
    let j = i;
    while (j >= 0 && unit.entries[j]?.notApplicable === undefined)
      j = unit.program.parent[j] as number;
    const reason = j >= 0 ? unit.entries[j]?.notApplicable?.reason : undefined;
    const at = j >= 0 && j !== i ? ` (${unit.program.nodes[j]?.code})` : '';
    return {
      note: `Không áp dụng${at}${reason ? `: ${reason}` : ''}`,
      noteEn: `Not applicable${at}${reason ? `: ${reason}` : ''}`,
    };
  }
  if (status === STATUS.OVERRIDDEN) {
    // The first ancestor that is not itself overridden is the one whose own score counts.
    let j = unit.program.parent[i] as number;
    while (score.data.status[j] === STATUS.OVERRIDDEN) j = unit.program.parent[j] as number;
    const code = unit.program.nodes[j]?.code ?? '';
    return {
      note: `Không tính riêng: điểm được chấm ở mục ${code}, nên không cộng và không xếp loại mục này`,
      noteEn: `Not counted: points are given on ${code}, so this node is neither added nor rated`,
    };
  }
  return {
    note: 'Không xếp loại: mọi tiêu chí con đều không áp dụng (điểm tối đa áp dụng bằng 0)',
    noteEn: 'Not rated: every sub-criterion is not applicable (applicable maximum 0)',
  };
}

function rating(score: StageScore, i: number): NodeRating | undefined {
  const level = score.unit.program.rating?.scale.levels[score.ratings[i] as number];
  if (level === undefined) return undefined;
  return {
    code: level.code,
    label: level.label,
    ...(level.labelEn !== undefined ? { labelEn: level.labelEn } : {}),
    weak: level.weak,
  };
}

/** The public view of node `i` at the stage, with its subtree. */
export function nodeView(score: StageScore, i: number): NodeScore {
  const { unit } = score;
  const { program } = unit;
  const node = program.nodes[i] as CriteriaNode;
  const points = exactPoints(unit, score.data, i);
  const max = gridQ(unit, unit.max[i] as number);
  const self = exactPoints(unit, unit.stages[0], i);
  const final = exactPoints(unit, unit.stages[2], i);
  const { places } = program.set.rounding;
  const children: NodeScore[] = [];
  const end = program.end[i] as number;
  for (let j = i + 1; j < end; j = program.end[j] as number) children.push(nodeView(score, j));
  const ex = program.leaf[i] === 1 ? explanation(unit, i, node) : undefined;
  const why = note(score, i);
  const r = rating(score, i);
  const entry = unit.entries[i];
  return {
    code: node.code,
    name: node.name,
    ...(node.nameEn !== undefined ? { nameEn: node.nameEn } : {}),
    depth: program.depth[i] as number,
    method: node.method,
    tags: node.tags,
    applicable: unit.na[i] === 0,
    status: STATUS_NAMES[score.data.status[i] as number] as NodeStatus,
    points: ds(points),
    max: ds(max),
    nominalMax: node.max,
    percent: percentOf(points, max),
    shown: {
      points: shownValue(unit, points),
      max: shownValue(unit, max),
      percent:
        unit.max[i] === 0
          ? scaledToFixed(0, places)
          : scaledToFixed(publishedPercent(unit, score.data, i), places),
    },
    lost: ds(qSub(max, points)),
    source: source(score, i),
    selfPoints: ds(self),
    lostAtAppraisal: ds(qSub(self, final)),
    ...(ex !== undefined ? { explanation: ex } : {}),
    ...(why !== undefined ? why : {}),
    ...(r !== undefined ? { rating: r } : {}),
    ...(entry !== undefined ? { entry } : {}),
    warnings: nodeWarnings(score, i),
    children,
  };
}
