import type { Issue } from '../errors.js';
import type { Lang } from '../format/number-format.js';
import { escapeLine } from '../node/control-chars.js';

/** One issue as a line a clerk can act on: file, path, message. */
export function formatIssueLine(issue: Issue, lang: Lang): string {
  const where = issue.path.length > 0 ? issue.path.join('.') : '';
  const prefix = [issue.file, where].filter((p) => p !== undefined && p !== '').join(': ');
  const message = lang === 'vi' ? issue.message : issue.messageEn;
  // File names, paths and messages quote data: each shows on this one line, controls escaped.
  return escapeLine(`${prefix ? `${prefix}: ` : ''}${message} [${issue.code}]`);
}

/** The issue block printed on stderr, with a count line. */
export function formatIssues(issues: readonly Issue[], lang: Lang): string {
  const head =
    lang === 'vi'
      ? `Phát hiện ${issues.length} vấn đề trong dữ liệu đầu vào:`
      : `Found ${issues.length} problem(s) in the input:`;
  return `${head}\n${issues.map((i) => `  - ${formatIssueLine(i, lang)}`).join('\n')}\n`;
}
