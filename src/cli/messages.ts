import type { Issue } from '../errors.js';
import type { Lang } from '../format/number-format.js';
import { escapeLine } from '../node/control-chars.js';
import type { InputWarning } from '../parse/assessment-warnings.js';

/** One issue as a line a clerk can act on: file, path, message. */
export function formatIssueLine(issue: Issue, lang: Lang): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '';
  const prefix = [issue.file, where].filter((p) => p !== undefined && p !== '').join(': ');
  const message = lang === 'vi' ? issue.message : issue.messageEn;
  // File names, paths and messages quote data: each shows on this one line, controls escaped.
  return escapeLine(`${prefix ? `${prefix}: ` : ''}${message} [${issue.code}]`);
}

/** A file's warning, as {@link formatWarnings} prints it. */
export interface FileWarning {
  readonly file: string;
  readonly warning: InputWarning;
}

/**
 * The warning block printed on stderr ("Lưu ý"): the data was read and used, but these values
 * look like typing slips. Empty when there are none.
 */
export function formatWarnings(warnings: readonly FileWarning[], lang: Lang): string {
  if (warnings.length === 0) return '';
  const head =
    lang === 'vi'
      ? `Lưu ý (${warnings.length}), dữ liệu vẫn được dùng:`
      : `Warnings (${warnings.length}), the data is still used:`;
  const lines = warnings.map(({ file, warning: w }) => {
    const message = lang === 'vi' ? w.message : w.messageEn;
    return `  - ${escapeLine(`${file}: ${w.path.join('.')}: ${message} [${w.code}]`)}`;
  });
  return `${head}\n${lines.join('\n')}\n`;
}

/** The issue block printed on stderr, with a count line. */
export function formatIssues(issues: readonly Issue[], lang: Lang): string {
  const head =
    lang === 'vi'
      ? `Phát hiện ${issues.length} vấn đề trong dữ liệu đầu vào:`
      : `Found ${issues.length} problem(s) in the input:`;
  return `${head}\n${issues.map((i) => `  - ${formatIssueLine(i, lang)}`).join('\n')}\n`;
}
