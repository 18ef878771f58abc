import type { Issue } from '../errors.js';
import type { Assessment } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import { fileIssue } from '../node/issue.js';
import { identityKey } from '../parse/code-key.js';
import type { FileWarning } from './messages.js';

/** An assessment of a batch with its file and set. */
export interface BatchItem {
  readonly file: string;
  readonly set: CriteriaSet;
  readonly assessment: Assessment;
}

/**
 * What makes a batch unfit to rank together, found before anything is ranked (issue: "rankings
 * that must not be mixed"): one block of one criteria set holding several periods is a problem
 * (2022 ranked against 2023 is wrong); one block name whose criteria sets do not cover the same
 * units is a warning (each set is ranked apart, but it usually means a wrong `criteriaSet`).
 */
export function batchChecks(items: readonly BatchItem[]): {
  issues: Issue[];
  warnings: FileWarning[];
} {
  const issues: Issue[] = [];
  const groups = new Map<string, BatchItem[]>();
  for (const item of items) {
    const key = `${item.set.id}\u0000${identityKey(item.assessment.unit.block)}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const group of groups.values()) {
    const periods = new Map<string, BatchItem>();
    for (const item of group) {
      const period = identityKey(item.assessment.period);
      if (!periods.has(period)) periods.set(period, item);
    }
    if (periods.size < 2) continue;
    const [first, second] = [...periods.values()] as [BatchItem, BatchItem];
    const block = first.assessment.unit.block;
    issues.push(
      fileIssue(
        second.file,
        'mixed_periods',
        `Kỳ đánh giá "${second.assessment.period}" khác kỳ "${first.assessment.period}" của ${first.file}, cùng khối "${block}" và bộ chỉ số "${first.set.id}": không xếp hạng chung các kỳ khác nhau. Hãy tách kỳ trước ra bằng --previous.`,
        `Period "${second.assessment.period}" differs from "${first.assessment.period}" in ${first.file}, same block "${block}" and criteria set "${first.set.id}": periods are not ranked together. Give the earlier period with --previous.`,
        ['period'],
      ),
    );
  }
  return { issues, warnings: mixedSets(items) };
}

/** One warning per block name whose criteria sets do not cover the same units. */
function mixedSets(items: readonly BatchItem[]): FileWarning[] {
  const byBlock = new Map<string, Map<string, BatchItem[]>>();
  for (const item of items) {
    const block = identityKey(item.assessment.unit.block);
    const sets = byBlock.get(block) ?? new Map<string, BatchItem[]>();
    sets.set(item.set.id, [...(sets.get(item.set.id) ?? []), item]);
    byBlock.set(block, sets);
  }
  const warnings: FileWarning[] = [];
  for (const sets of byBlock.values()) {
    if (sets.size < 2) continue;
    const units = (list: readonly BatchItem[]) =>
      list
        .map((i) => identityKey(i.assessment.unit.id))
        .sort()
        .join('\u0000');
    const lists = [...sets.values()];
    const first = units(lists[0] ?? []);
    if (lists.every((l) => units(l) === first)) continue;
    const item = lists[1]?.[0] ?? (lists[0]?.[0] as BatchItem);
    const block = item.assessment.unit.block;
    const ids = [...sets.keys()].join(', ');
    warnings.push({
      file: item.file,
      warning: {
        code: 'mixed_sets_in_block',
        path: ['criteriaSet'],
        message: `Khối "${block}" có đơn vị được chấm theo các bộ chỉ số khác nhau (${ids}); mỗi bộ được xếp hạng riêng. Hãy kiểm tra mục "criteriaSet" của từng hồ sơ.`,
        messageEn: `Block "${block}" has units scored under different criteria sets (${ids}); each set is ranked apart. Check each file's "criteriaSet".`,
      },
    });
  }
  return warnings;
}
