import { relative } from 'node:path';
import { getCriteriaSet } from '../criteria-sets/registry.js';
import type { Issue } from '../errors.js';
import type { Assessment } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { CsvEncoding } from '../node/csv/decode-csv.js';
import { unsupportedSpreadsheet } from '../node/excel/unsupported-format.js';
import { fileIssue } from '../node/issue.js';
import { safeLoadCriteriaSetFile } from '../node/load-files.js';
import type { CliIo } from './cli-io.js';
import { collectFiles, unsupportedIn } from './collect-files.js';
import { loadOneAssessment, STDIN } from './load-one.js';

/** Assessments loaded from files, with the sets they use and every problem found. */
export interface Batch {
  readonly sets: ReadonlyMap<string, CriteriaSet>;
  readonly items: readonly {
    readonly file: string;
    readonly set: CriteriaSet;
    readonly assessment: Assessment;
  }[];
  readonly issues: readonly Issue[];
}

/**
 * Loads criteria sets given with `--criteria` (files, or ids of bundled sets), then every
 * assessment file found from `inputs`, each against the set it names. Collects all problems.
 */
export async function loadCriteriaSets(
  specs: readonly string[],
  io: CliIo,
): Promise<{ sets: Map<string, CriteriaSet>; issues: Issue[] }> {
  const sets = new Map<string, CriteriaSet>();
  const issues: Issue[] = [];
  for (const spec of specs) {
    const bundled = getCriteriaSet(spec);
    if (bundled !== undefined) {
      sets.set(bundled.id, bundled);
      continue;
    }
    const { files, missing } = await collectFiles([spec], io.cwd);
    for (const m of missing) {
      issues.push(
        fileIssue(
          m,
          'file_not_found',
          'Không tìm thấy tệp hoặc bộ chỉ số có sẵn với tên này.',
          'No file or bundled criteria set by this name.',
        ),
      );
    }
    for (const file of files) {
      const r = await safeLoadCriteriaSetFile(file);
      if (r.success) sets.set(r.data.id, r.data);
      else issues.push(...r.issues.map((i) => ({ ...i, file: relative(io.cwd, file) || file })));
    }
  }
  return { sets, issues };
}

/** Loads a batch of assessments (see {@link loadCriteriaSets}); `onProgress` sees each file. */
export async function loadBatch(
  inputs: readonly string[],
  criteria: readonly string[],
  io: CliIo,
  onProgress?: (done: number, total: number) => void,
  encoding: CsvEncoding = 'utf-8',
): Promise<Batch> {
  const { sets, issues } = await loadCriteriaSets(criteria, io);
  const { files, missing } = await collectFiles(inputs, io.cwd);
  for (const m of missing) {
    issues.push(
      ...missingIssues(m, 'Không tìm thấy tệp hồ sơ nào.', 'No assessment file found.', io.cwd),
    );
  }
  const items: { file: string; set: CriteriaSet; assessment: Assessment }[] = [];
  for (const [n, abs] of files.entries()) {
    onProgress?.(n + 1, files.length);
    const file = abs === STDIN ? STDIN : relative(io.cwd, abs) || abs;
    const loaded = await loadOneAssessment(abs, file, sets, io, encoding);
    if (!loaded.ok) {
      issues.push(...loaded.issues);
      continue;
    }
    sets.set(loaded.set.id, loaded.set);
    items.push({ file, set: loaded.set, assessment: loaded.assessment });
  }
  return { sets, items, issues };
}

/**
 * What to say about an input that gave no file: a folder holding only spreadsheets par-index
 * cannot read names each of them (save as .xlsx); anything else is "not found".
 */
export function missingIssues(
  input: string,
  message: string,
  messageEn: string,
  cwd: string,
): Issue[] {
  const unsupported = unsupportedIn(input, cwd);
  if (unsupported.length > 0) return unsupported.map((f) => unsupportedSpreadsheet(f));
  return [fileIssue(input, 'file_not_found', message, messageEn)];
}
