import { resolve } from 'node:path';
import { getCriteriaSet, listCriteriaSets } from '../../criteria-sets/registry.js';
import { formatNumber } from '../../format/number-format.js';
import { walkWithDepth } from '../../internal/tree.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import { escapeLine, jsonSafe } from '../../node/control-chars.js';
import { safeLoadCriteriaSetFile } from '../../node/load-files.js';
import { describeRule } from '../../rules/describe-rule.js';
import { type CliIo, EXIT, UsageError } from '../cli-io.js';
import { emit } from '../emit.js';
import { formatIssues } from '../messages.js';
import type { CommonOptions } from '../options.js';
import { renderTable } from '../text-table.js';

/** `criteria list` and `criteria show <id|file>`. */
export async function runCriteria(opts: CommonOptions, io: CliIo): Promise<number> {
  const [sub, target] = opts.positionals;
  const vi = opts.lang === 'vi';
  if (sub === 'list') {
    const sets = listCriteriaSets();
    if (opts.format === 'json') {
      await emit(io, opts.out, `${jsonSafe(JSON.stringify(sets, null, 2))}\n`);
      return EXIT.ok;
    }
    const head = vi
      ? ['Mã bộ chỉ số', 'Tên', 'Cấp', 'Nguồn']
      : ['Id', 'Title', 'Level', 'Provenance'];
    const rows = sets.map((s) => [
      s.id,
      s.title,
      s.level,
      `${s.provenance}${s.partial ? (vi ? ' (một phần)' : ' (partial)') : ''}`,
    ]);
    await emit(io, opts.out, `${renderTable(head, rows)}\n`);
    return EXIT.ok;
  }
  if (sub === 'show' && target !== undefined) {
    let set: CriteriaSet | undefined = getCriteriaSet(target);
    if (set === undefined) {
      const r = await safeLoadCriteriaSetFile(resolve(io.cwd, target));
      if (!r.success) {
        io.err(formatIssues(r.issues, opts.lang));
        return EXIT.input;
      }
      set = r.data;
    }
    if (opts.format === 'json') {
      await emit(io, opts.out, `${jsonSafe(JSON.stringify(set, null, 2))}\n`);
      return EXIT.ok;
    }
    const head = vi
      ? ['Mã', 'Nội dung', 'Điểm tối đa', 'Cách chấm']
      : ['Code', 'Criterion', 'Max', 'Rule'];
    const rows = [...walkWithDepth(set.fields)].map(([n, depth]) => [
      n.code,
      `${'  '.repeat(depth - 1)}${vi ? n.name : (n.nameEn ?? n.name)}`,
      formatNumber(n.max, { lang: opts.lang, trimZeros: true }),
      n.children.length === 0 ? describeRule(n.rule ?? { kind: 'direct' }, n.max, opts.lang) : '',
    ]);
    const title = `${vi ? set.title : (set.titleEn ?? set.title)} [${set.id}] — ${set.provenance}${set.partial ? (vi ? ', một phần' : ', partial') : ''}`;
    await emit(io, opts.out, `${escapeLine(title)}\n${renderTable(head, rows)}\n`);
    return EXIT.ok;
  }
  throw new UsageError(
    'Dùng: par-index criteria list | criteria show <mã|tệp> / Usage: par-index criteria list | criteria show <id|file>',
  );
}
