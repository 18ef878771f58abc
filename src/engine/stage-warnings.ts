import { qToString } from '../internal/rational.js';
import type { ScoreWarning } from '../model/score-result.js';
import { shownPercentQ } from '../rules/input-text.js';
import { ratioPercent } from '../rules/ratio.js';
import type { StageScore } from './stage-score.js';
import { RULE_WARNING, SRC, STATUS } from './unit-data.js';
import {
  childrenIgnored,
  emptyDenominator,
  missingEvidence,
  missingScore,
  noApplicableMaximum,
  ratioAboveHundred,
  selfScoreMismatch,
} from './warnings.js';

/** Warnings of one node at a stage, in a fixed order: rule, declared score, missing, children, evidence. */
export function nodeWarnings(score: StageScore, i: number): ScoreWarning[] {
  const { unit, data } = score;
  const { program } = unit;
  const node = program.nodes[i];
  if (node === undefined || unit.na[i] === 1) return [];
  const code = node.code;
  const out: ScoreWarning[] = [];
  const entry = unit.entries[i];
  const ruleWarning = unit.ruleWarning[i];
  if (ruleWarning === RULE_WARNING.EMPTY) {
    out.push(emptyDenominator(code, entry?.value?.kind === 'answers' ? 'survey' : 'ratio'));
  } else if (ruleWarning === RULE_WARNING.ABOVE_100 && entry?.value !== undefined) {
    const v = entry.value;
    const p = v.kind === 'ratio' || v.kind === 'percent' ? ratioPercent(v) : undefined;
    if (p !== undefined)
      out.push(ratioAboveHundred(code, shownPercentQ(p), shownPercentQ(p, 'en')));
  }
  const computed = unit.mismatch.get(i);
  if (computed !== undefined && entry?.selfScore !== undefined) {
    out.push(selfScoreMismatch(code, entry.selfScore, qToString(computed)));
  }
  const scored = data.status[i] === STATUS.SCORED;
  const own = data.source[i] !== SRC.NONE;
  if (program.leaf[i] === 1 && scored && !own) out.push(missingScore(code));
  if (program.leaf[i] === 0 && own && data.status[i] !== STATUS.OVERRIDDEN) {
    const end = program.end[i] as number;
    for (let j = i + 1; j < end; j++) {
      if (unit.entries[j] !== undefined) {
        out.push(childrenIgnored(code));
        break;
      }
    }
  }
  const self = unit.stages[0];
  const documented = (entry?.evidence.length ?? 0) > 0 || entry?.explanation !== undefined;
  if (
    node.evidenceRequired &&
    !documented &&
    self.source[i] !== SRC.NONE &&
    ((self.points[i] as number) > 0 || (self.inexact[i] as number) > 0)
  ) {
    out.push(missingEvidence(code));
  }
  return out;
}

/** Every warning of a stage, in tree order, then the unit's own. */
export function stageWarnings(score: StageScore): ScoreWarning[] {
  const out: ScoreWarning[] = [];
  for (let i = 0; i < score.unit.program.size; i++) out.push(...nodeWarnings(score, i));
  if (score.unit.unitMax === 0) out.push(noApplicableMaximum());
  return out;
}
