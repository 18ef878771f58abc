import type { Issue } from '../errors.js';
import { fileIssue } from '../node/issue.js';
import { identityKey } from '../parse/code-key.js';
import type { Batch } from './load-batch.js';

/**
 * A unit ranked twice in one block (two files for the same unit, or one unit under several
 * criteria sets) makes a ranking meaningless: one issue per extra file, naming the first.
 * Ids and blocks are compared by {@link identityKey}: `an-lac`, `AN-LAC` and `an-lac` + U+200B
 * are one unit.
 */
export function duplicateUnits(batch: Batch): Issue[] {
  const first = new Map<string, string>();
  const issues: Issue[] = [];
  for (const { file, assessment } of batch.items) {
    const { id, block } = assessment.unit;
    const key = `${identityKey(block)}\u0000${identityKey(id)}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, file);
      continue;
    }
    issues.push(
      fileIssue(
        file,
        'duplicate_entry',
        `Đơn vị "${id}" đã có hồ sơ trong khối "${block}" (${earlier}); mỗi lần xếp hạng chỉ dùng một hồ sơ cho một đơn vị. Hãy chấm từng bộ chỉ số hoặc từng kỳ riêng.`,
        `Unit "${id}" already has an assessment in block "${block}" (${earlier}); a ranking takes one per unit. Score each criteria set or period separately.`,
        ['unit', 'id'],
      ),
    );
  }
  return issues;
}
