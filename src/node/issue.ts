import type { Issue, IssueCode } from '../errors.js';

/** Builds a file-level issue (no path inside the document). */
export function fileIssue(
  file: string,
  code: IssueCode,
  message: string,
  messageEn: string,
  path: readonly (string | number)[] = [],
): Issue {
  return { code, path, message, messageEn, file };
}

/** Tags issues with the file they come from. */
export function inFile(file: string, issues: readonly [Issue, ...Issue[]]): [Issue, ...Issue[]] {
  const [first, ...rest] = issues;
  return [{ ...first, file }, ...rest.map((i) => ({ ...i, file }))];
}
