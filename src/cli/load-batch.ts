import { relative } from 'node:path';
import { getCriteriaSet } from '../criteria-sets/registry.js';
import type { Issue } from '../errors.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { CsvEncoding } from '../node/csv/decode-csv.js';
import { unsupportedSpreadsheet } from '../node/excel/unsupported-format.js';
import { fileIssue } from '../node/issue.js';
import { safeLoadCriteriaSetFile } from '../node/load-files.js';
import { type Batch, batchFromInputs } from './batch-from-inputs.js';
import { type Spellings, sameIdOtherContent } from './batch-identity.js';
import type { CliIo } from './cli-io.js';
import { collectFiles, unsupportedIn } from './collect-files.js';
import { loadOneAssessment, STDIN } from './load-one.js';

export type { Batch } from './batch-from-inputs.js';
export { type Spellings, sameIdOtherContent, withSpelling } from './batch-identity.js';

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
    const { files, missing, problems } = await collectFiles([spec], io.cwd);
    issues.push(...problems);
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
      const shown = relative(io.cwd, file) || file;
      if (!r.success) issues.push(...r.issues.map((i) => ({ ...i, file: shown })));
      else {
        const clash = sameIdOtherContent(sets, r.data, shown);
        if (clash !== undefined) issues.push(clash);
        else sets.set(r.data.id, r.data);
      }
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
  spellings: Spellings = new Map(),
  encoding: CsvEncoding = 'utf-8',
): Promise<Batch> {
  const { sets, issues } = await loadCriteriaSets(criteria, io);
  const { files, missing, problems } = await collectFiles(inputs, io.cwd);
  issues.push(...problems);
  for (const m of missing) {
    issues.push(
      ...(await missingIssues(
        m,
        'Không tìm thấy tệp hồ sơ nào.',
        'No assessment file found.',
        io.cwd,
      )),
    );
  }
  const load = (abs: string, file: string) => (known: ReadonlyMap<string, CriteriaSet>) =>
    loadOneAssessment(abs, file, known, io, encoding);
  return batchFromInputs(
    files.map((abs) => {
      const file = abs === STDIN ? STDIN : relative(io.cwd, abs) || abs;
      return { file, load: load(abs, file) };
    }),
    sets,
    issues,
    spellings,
    onProgress,
  );
}

/**
 * What to say about an input that gave no file: a folder holding only spreadsheets par-index
 * cannot read names each of them (save as .xlsx); anything else is "not found".
 */
export async function missingIssues(
  input: string,
  message: string,
  messageEn: string,
  cwd: string,
): Promise<Issue[]> {
  const unsupported = await unsupportedIn(input, cwd);
  if (unsupported.length > 0) return unsupported.map((f) => unsupportedSpreadsheet(f));
  return [fileIssue(input, 'file_not_found', message, messageEn)];
}
