import type { Issue, IssueCode } from '../../errors.js';

/**
 * Builds an issue about a workbook, optionally at one cell: the path is `[sheet, cell]`,
 * e.g. `['Tự chấm điểm', 'F12']`, so a clerk can go straight to the cell.
 */
export function excelIssue(
  code: IssueCode,
  message: string,
  messageEn: string,
  where: { readonly file?: string | undefined; readonly sheet?: string; readonly cell?: string },
): Issue {
  const path: string[] = [];
  if (where.sheet !== undefined) path.push(where.sheet);
  if (where.cell !== undefined) path.push(where.cell);
  return where.file === undefined
    ? { code, path, message, messageEn }
    : { code, path, message, messageEn, file: where.file };
}

/** Non-empty array guard for issue lists. */
export function nonEmpty(issues: readonly Issue[]): issues is readonly [Issue, ...Issue[]] {
  return issues.length > 0;
}
