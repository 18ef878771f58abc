import { relative } from 'node:path';
import { getCriteriaSet } from '../../criteria-sets/registry.js';
import type { Issue } from '../../errors.js';
import { UNSUPPORTED_SPREADSHEET } from '../../node/excel/unsupported-format.js';
import { fileIssue, inFile } from '../../node/issue.js';
import { criteriaSetIdOf } from '../../node/load-files.js';
import { parseDataBytes } from '../../node/read-data-file.js';
import { assessmentWarnings } from '../../parse/assessment-warnings.js';
import { safeParseAssessment } from '../../parse/parse-assessment.js';
import { safeParseCriteriaSet } from '../../parse/parse-criteria-set.js';
import { type BatchItem, batchChecks } from '../batch-checks.js';
import { type CliIo, EXIT, UsageError } from '../cli-io.js';
import { collectFiles } from '../collect-files.js';
import { loadCriteriaSets, missingIssues, sameIdOtherContent } from '../load-batch.js';
import { loadOneAssessment, readInput, STDIN } from '../load-one.js';
import { type FileWarning, formatIssues, formatWarnings } from '../messages.js';
import type { CommonOptions } from '../options.js';

/**
 * `validate`: checks criteria set files and assessment files (told apart by their content: a
 * criteria set has `fields`) and prints every problem with file, path and message.
 */
export async function runValidate(opts: CommonOptions, io: CliIo): Promise<number> {
  if (opts.positionals.length === 0) {
    throw new UsageError('Cần ít nhất một tệp để kiểm tra. / Give at least one file to check.');
  }
  const { sets, issues } = await loadCriteriaSets(opts.criteria, io);
  const { files, missing, problems } = await collectFiles(opts.positionals, io.cwd);
  issues.push(...problems);
  for (const m of missing)
    issues.push(...(await missingIssues(m, 'Không tìm thấy tệp.', 'File not found.', io.cwd)));
  const assessments: { file: string; data: unknown }[] = [];
  const parsed: BatchItem[] = [];
  const warnings: FileWarning[] = [];
  let ok = 0;
  for (const abs of files) {
    const file = abs === STDIN ? STDIN : relative(io.cwd, abs) || abs;
    if (/\.(xlsx|csv)$/i.test(abs) || UNSUPPORTED_SPREADSHEET.test(abs)) {
      const r = await loadOneAssessment(abs, file, sets, io, opts.encoding);
      if (r.ok) {
        ok++;
        parsed.push({ file, set: r.set, assessment: r.assessment });
        warnings.push(...r.warnings.map((warning) => ({ file, warning })));
      } else issues.push(...r.issues);
      continue;
    }
    const bytes = await readInput(abs, file, io);
    if (!bytes.ok) {
      issues.push(...bytes.issues);
      continue;
    }
    const data = parseDataBytes(bytes.bytes, file);
    if (!data.success) {
      issues.push(...data.issues.map((i) => ({ ...i, file })));
      continue;
    }
    if (typeof data.data === 'object' && data.data !== null && 'fields' in data.data) {
      const r = safeParseCriteriaSet(data.data);
      const clash = r.success ? sameIdOtherContent(sets, r.data, file) : undefined;
      if (clash !== undefined) issues.push(clash);
      else if (r.success) {
        sets.set(r.data.id, r.data);
        ok++;
      } else issues.push(...inFile(file, r.issues));
    } else assessments.push({ file, data: data.data });
  }
  // Assessments last, so criteria sets given in the same call are known.
  for (const { file, data } of assessments) {
    const id = criteriaSetIdOf(data);
    const set = id === undefined ? undefined : (sets.get(id) ?? getCriteriaSet(id));
    if (set === undefined) {
      issues.push(missingSet(file, id));
      continue;
    }
    const r = safeParseAssessment(data, set);
    if (r.success) {
      ok++;
      parsed.push({ file, set, assessment: r.data });
      warnings.push(...assessmentWarnings(r.data, set).map((warning) => ({ file, warning })));
    } else issues.push(...inFile(file, r.issues));
  }
  // What would make these files unfit to rank together (periods, sets within a block).
  const checked = batchChecks(parsed);
  issues.push(...checked.issues);
  warnings.push(...checked.warnings);
  io.err(formatWarnings(warnings, opts.lang));
  if (issues.length > 0) {
    io.err(formatIssues(issues, opts.lang));
    return EXIT.input;
  }
  io.out(opts.lang === 'vi' ? `Hợp lệ: ${ok} tệp.\n` : `Valid: ${ok} file(s).\n`);
  return EXIT.ok;
}

function missingSet(file: string, id: string | undefined): Issue {
  return fileIssue(
    file,
    'criteria_set_mismatch',
    `Không tìm thấy bộ chỉ số "${id ?? ''}". Hãy thêm tệp bộ chỉ số vào lệnh hoặc dùng --criteria.`,
    `Criteria set "${id ?? ''}" not found. Add its file to the command or use --criteria.`,
    ['criteriaSet'],
  );
}
