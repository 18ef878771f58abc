import { relative } from 'node:path';
import { getCriteriaSet } from '../criteria-sets/registry.js';
import type { Issue } from '../errors.js';
import type { Assessment } from '../model/assessment.js';
import type { CriteriaSet } from '../model/criteria-set.js';
import type { CsvEncoding } from '../node/csv/decode-csv.js';
import { unsupportedSpreadsheet } from '../node/excel/unsupported-format.js';
import { fileIssue } from '../node/issue.js';
import { safeLoadCriteriaSetFile } from '../node/load-files.js';
import { identityKey } from '../parse/code-key.js';
import { batchChecks } from './batch-checks.js';
import type { CliIo } from './cli-io.js';
import { collectFiles, unsupportedIn } from './collect-files.js';
import { loadOneAssessment, STDIN } from './load-one.js';
import type { FileWarning } from './messages.js';

/** Assessments loaded from files, with the sets they use and every problem found. */
export interface Batch {
  readonly sets: ReadonlyMap<string, CriteriaSet>;
  readonly items: readonly {
    readonly file: string;
    readonly set: CriteriaSet;
    readonly assessment: Assessment;
  }[];
  readonly issues: readonly Issue[];
  /** Values read and used that look like typing slips (far-off periods and dates). */
  readonly warnings: readonly FileWarning[];
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
function withSpelling(assessment: Assessment, spellings: Spellings): Assessment {
  const { unit } = assessment;
  const id = canonical(spellings, 'id', unit.id);
  const block = canonical(spellings, 'block', unit.block);
  return id === unit.id && block === unit.block
    ? assessment
    : { ...assessment, unit: { ...unit, id, block } };
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
  const items: { file: string; set: CriteriaSet; assessment: Assessment }[] = [];
  const warnings: FileWarning[] = [];
  for (const [n, abs] of files.entries()) {
    onProgress?.(n + 1, files.length);
    const file = abs === STDIN ? STDIN : relative(io.cwd, abs) || abs;
    const loaded = await loadOneAssessment(abs, file, sets, io, encoding);
    if (!loaded.ok) {
      issues.push(...loaded.issues);
      continue;
    }
    sets.set(loaded.set.id, loaded.set);
    items.push({ file, set: loaded.set, assessment: withSpelling(loaded.assessment, spellings) });
    warnings.push(...loaded.warnings.map((warning) => ({ file, warning })));
  }
  const checked = batchChecks(items);
  return {
    sets,
    items,
    issues: [...issues, ...checked.issues],
    warnings: [...warnings, ...checked.warnings],
  };
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
