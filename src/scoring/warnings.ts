import { formatNumber } from '../format/number-format.js';
import type { ScoreWarning, ScoreWarningCode } from '../model/score-result.js';

/** Builds a warning; one place so messages stay consistent in both languages. */
export function warning(
  code: ScoreWarningCode,
  nodeCode: string,
  message: string,
  messageEn: string,
): ScoreWarning {
  return { code, nodeCode, message, messageEn };
}

/** The declared self-score differs from what the rule computes. */
export function selfScoreMismatch(code: string, declared: string, computed: string): ScoreWarning {
  const vi = (v: string) => formatNumber(v, { trimZeros: true });
  const en = (v: string) => formatNumber(v, { trimZeros: true, lang: 'en' });
  return warning(
    'self_score_mismatch',
    code,
    `Tiêu chí ${code}: điểm tự chấm ${vi(declared)} khác điểm tính theo quy tắc ${vi(computed)}.`,
    `Criterion ${code}: declared self-score ${en(declared)} differs from the ${en(computed)} the rule computes.`,
  );
}

/** Points claimed without evidence or explanation. */
export function missingEvidence(code: string): ScoreWarning {
  return warning(
    'missing_evidence',
    code,
    `Tiêu chí ${code}: có điểm nhưng chưa có tài liệu kiểm chứng hoặc giải trình.`,
    `Criterion ${code}: points claimed without evidence documents or an explanation.`,
  );
}

/** A leaf with no score at all. */
export function missingScore(code: string): ScoreWarning {
  return warning(
    'missing_score',
    code,
    `Tiêu chí ${code}: chưa có số liệu hoặc điểm; tính 0 điểm.`,
    `Criterion ${code}: no value or points given; counted as 0.`,
  );
}

/** A node's own score overrides entries of its descendants. */
export function childrenIgnored(code: string): ScoreWarning {
  return warning(
    'children_ignored',
    code,
    `Mục ${code} có điểm riêng; điểm các tiêu chí con không được cộng.`,
    `Node ${code} has points of its own; its children's entries are not added.`,
  );
}

/** The whole assessment has nothing applicable. */
export function noApplicableMaximum(): ScoreWarning {
  return warning(
    'no_applicable_maximum',
    '',
    'Không có tiêu chí nào áp dụng: điểm tối đa bằng 0, chỉ số tính là 0.',
    'No criterion applies: the applicable maximum is 0 and the index is taken as 0.',
  );
}
