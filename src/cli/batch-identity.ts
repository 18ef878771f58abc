import type { Issue } from '../errors.js';
import type { Assessment } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { fileIssue } from '../node/issue.js';
import { identityKey } from '../parse/code-key.js';

// Pure (no files): the CLI's batches and the page's dropped files name sets and units alike.

/**
 * Two criteria files with one id but different content would make results depend on the order
 * of `-c`: a problem, naming the file. The same content twice is harmless.
 */
export function sameIdOtherContent(
  sets: ReadonlyMap<string, CriteriaSet>,
  set: CriteriaSet,
  file: string,
): Issue | undefined {
  const known = sets.get(set.id);
  if (known === undefined || JSON.stringify(known) === JSON.stringify(set)) return undefined;
  return fileIssue(
    file,
    'duplicate_id',
    `Đã có một bộ chỉ số khác cùng mã "${set.id}" (nội dung khác nhau); mỗi mã chỉ dùng cho một bộ. Hãy bỏ bớt một tệp hoặc đổi mã.`,
    `Another criteria set with the id "${set.id}" was given (different content); an id names one set. Drop one file or change the id.`,
    ['id'],
  );
}

/**
 * The first spelling seen of each unit id and block name, by {@link identityKey}: shared by the
 * batches of one command, so `Huyện` and `huyện` are one block and `AN-LAC` in one period is
 * `an-lac` in the other.
 */
export type Spellings = Map<string, string>;

function canonical(spellings: Spellings, kind: 'id' | 'block', text: string): string {
  const key = `${kind}\u0000${identityKey(text)}`;
  const first = spellings.get(key);
  if (first !== undefined) return first;
  spellings.set(key, text);
  return text;
}

/** The assessment with its unit id and block in their first-seen spelling. */
export function withSpelling(assessment: Assessment, spellings: Spellings): Assessment {
  const { unit } = assessment;
  const id = canonical(spellings, 'id', unit.id);
  const block = canonical(spellings, 'block', unit.block);
  return id === unit.id && block === unit.block
    ? assessment
    : { ...assessment, unit: { ...unit, id, block } };
}
