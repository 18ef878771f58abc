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

/** A ratio with denominator 0 (0/0) or a survey with no answers: 0 points. */
export function emptyDenominator(code: string, what: 'ratio' | 'survey'): ScoreWarning {
  const vi =
    what === 'ratio'
      ? 'Mẫu số bằng 0 nên không tính được tỷ lệ: 0 điểm.'
      : 'Không có câu trả lời nào (tổng số phiếu bằng 0): 0 điểm.';
  const en =
    what === 'ratio'
      ? 'The denominator is 0, so no ratio can be computed: 0 points.'
      : 'There are no answers (the counts sum to 0): 0 points.';
  return warning(
    'empty_denominator',
    code,
    `${vi} Nếu trong kỳ không phát sinh nội dung này, hãy đánh dấu tiêu chí là không áp dụng.`,
    `${en} If nothing of this kind arose in the period, mark the criterion not applicable.`,
  );
}

/** A ratio above 100 %, used as is. `shown` is the ratio as people read it (`"104,17 %"`). */
export function ratioAboveHundred(code: string, shownVi: string, shownEn: string): ScoreWarning {
  return warning(
    'ratio_above_100',
    code,
    `Tỷ lệ ${shownVi} vượt quá 100 %; vẫn dùng nguyên giá trị để tính điểm, đề nghị kiểm tra lại số liệu.`,
    `The ratio ${shownEn} is above 100%; it is used as is, please check the figures.`,
  );
}
