import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { getCriteriaSet, listCriteriaSets } from '../../criteria-sets/registry.js';
import type { Issue } from '../../errors.js';
import type { Assessment } from '../../model/assessment.js';
import type { CriteriaSet } from '../../model/criteria-set.js';
import {
  type AppraisedFile,
  type AssessmentText,
  importAppraisal,
} from '../../node/appraisal/import.js';
import { appraisalLosses } from '../../node/appraisal/losses.js';
import {
  writeLossesDocx,
  writeLossesMarkdown,
  writeLossesWorkbook,
} from '../../node/appraisal/losses-writers.js';
import {
  type AppraisalWorkbook,
  readAppraisalWorkbook,
} from '../../node/appraisal/read-workbook.js';
import { writeAppraisalWorkbook } from '../../node/appraisal/write-workbook.js';
import { escapeLine } from '../../node/control-chars.js';
import { EXCEL_LIMITS } from '../../node/excel/excel-limits.js';
import { fileIssue } from '../../node/issue.js';
import { decodeText } from '../../node/read-data-file.js';
import { type CliIo, EXIT, UsageError } from '../cli-io.js';
import { collectFiles } from '../collect-files.js';
import { documentFormat } from '../document-format.js';
import { emit, STDOUT_NAMES } from '../emit.js';
import { type Batch, loadBatch, loadCriteriaSets, missingIssues } from '../load-batch.js';
import { readInput } from '../load-one.js';
import { formatIssues, formatWarnings } from '../messages.js';
import type { CommonOptions } from '../options.js';

const USAGE =
  'Dùng: par-index appraisal template|import|losses … (xem par-index appraisal --help) / Usage: par-index appraisal template|import|losses … (see par-index appraisal --help)';

/**
 * `appraisal template <assessments…> --out bang.xlsx|<folder>`: the appraisal workbook (one sheet
 * per unit, or one workbook per unit in a folder). `appraisal import <workbook.xlsx…>
 * <assessments…> --out <folder>|<file>`: the rounds merged into copies of the units' files.
 * `appraisal losses <assessments…> [--out x.md|x.xlsx|x.docx]`: where each unit's points went.
 */
export async function runAppraisal(opts: CommonOptions, io: CliIo): Promise<number> {
  const [sub, ...inputs] = opts.positionals;
  if (sub === undefined || !['template', 'import', 'losses'].includes(sub)) {
    throw new UsageError(USAGE);
  }
  if (inputs.length === 0) {
    throw new UsageError(
      `appraisal ${sub}: cần ít nhất một tệp hồ sơ hoặc thư mục. / appraisal ${sub}: give at least one assessment file or folder.`,
    );
  }
  if (sub === 'import') return runImport(opts, inputs, io);
  const batch = await loadChecked(inputs, opts, io);
  if (batch === undefined) return EXIT.input;
  return sub === 'template' ? runTemplate(opts, batch, io) : runLosses(opts, batch, io);
}

async function loadChecked(
  inputs: readonly string[],
  opts: CommonOptions,
  io: CliIo,
): Promise<Batch | undefined> {
  const batch = await loadBatch(inputs, opts.criteria, io, undefined, new Map(), opts.encoding);
  if (batch.issues.length > 0) {
    io.err(formatIssues(batch.issues, opts.lang));
    return undefined;
  }
  io.err(formatWarnings(batch.warnings, opts.lang));
  return batch;
}

const collator = new Intl.Collator('vi');

function byBlockAndName(a: Assessment, b: Assessment): number {
  return collator.compare(a.unit.block, b.unit.block) || collator.compare(a.unit.name, b.unit.name);
}

async function runTemplate(opts: CommonOptions, batch: Batch, io: CliIo): Promise<number> {
  const out = opts.out;
  if (out === undefined || STDOUT_NAMES.has(out)) {
    throw new UsageError(
      'appraisal template: cần --out TỆP.xlsx (mọi đơn vị trong một tệp) hoặc --out THƯ-MỤC (mỗi đơn vị một tệp). / appraisal template: --out FILE.xlsx (all units in one workbook) or --out FOLDER (one workbook per unit) is required.',
    );
  }
  const oneFile = /\.xlsx$/i.test(out);
  const bySet = new Map<CriteriaSet, Assessment[]>();
  for (const i of batch.items) bySet.set(i.set, [...(bySet.get(i.set) ?? []), i.assessment]);
  if (oneFile && bySet.size > 1) {
    const ids = [...bySet.keys()].map((s) => s.id).join(', ');
    throw new UsageError(
      `appraisal template: các hồ sơ thuộc ${bySet.size} bộ chỉ số (${ids}); một bảng thẩm định chỉ cho một bộ. Hãy chọn thư mục của một khối, hoặc --out là thư mục. / appraisal template: the files use ${bySet.size} criteria sets (${ids}); one workbook holds one set. Give one block's folder, or a folder as --out.`,
    );
  }
  const lang = opts.lang;
  if (oneFile) {
    const [[set, assessments] = []] = [...bySet];
    if (set === undefined || assessments === undefined) return EXIT.ok;
    await emit(
      io,
      out,
      await writeAppraisalWorkbook(set, [...assessments].sort(byBlockAndName), { lang }),
    );
    io.err(
      lang === 'vi'
        ? `Đã tạo bảng thẩm định: ${escapeLine(out)} (${assessments.length} đơn vị)\n`
        : `Appraisal workbook written: ${escapeLine(out)} (${assessments.length} units)\n`,
    );
    return EXIT.ok;
  }
  await makeFolder(resolve(io.cwd, out));
  for (const [set, assessments] of bySet) {
    for (const a of assessments) {
      const file = join(out, `${a.unit.id}.xlsx`);
      await emit(io, file, await writeAppraisalWorkbook(set, [a], { lang }));
      io.err(
        lang === 'vi'
          ? `Đã tạo bảng thẩm định: ${escapeLine(file)}\n`
          : `Appraisal workbook written: ${escapeLine(file)}\n`,
      );
    }
  }
  return EXIT.ok;
}

async function makeFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    throw new UsageError(
      `--out: không tạo được thư mục "${path}" (${code}). / --out: cannot create the folder "${path}" (${code}).`,
    );
  }
}

async function runLosses(opts: CommonOptions, batch: Batch, io: CliIo): Promise<number> {
  const units = [...batch.items]
    .sort((a, b) => byBlockAndName(a.assessment, b.assessment))
    .map((i) => appraisalLosses(i.set, i.assessment));
  const format = documentFormat(opts);
  const o = { lang: opts.lang };
  if (format === 'docx') await emit(io, opts.out, await writeLossesDocx(units, o));
  else if (format === 'xlsx') await emit(io, opts.out, await writeLossesWorkbook(units, o));
  else if (format === 'md' || format === 'table')
    await emit(io, opts.out, writeLossesMarkdown(units, o));
  else {
    throw new UsageError(
      'appraisal losses: --format phải là md, xlsx hoặc docx. / appraisal losses: --format must be md, xlsx or docx.',
    );
  }
  return EXIT.ok;
}

/** Every criteria set a workbook may name: `--criteria` ones first, then the bundled ones. */
async function candidateSets(
  opts: CommonOptions,
  io: CliIo,
): Promise<{ sets: CriteriaSet[]; issues: Issue[] }> {
  const given = await loadCriteriaSets(opts.criteria, io);
  const bundled = listCriteriaSets().flatMap((s) => getCriteriaSet(s.id) ?? []);
  return { sets: [...given.sets.values(), ...bundled], issues: given.issues };
}

async function runImport(
  opts: CommonOptions,
  inputs: readonly string[],
  io: CliIo,
): Promise<number> {
  const out = opts.out;
  if (out === undefined || STDOUT_NAMES.has(out)) {
    throw new UsageError(
      'appraisal import: cần --out THƯ-MỤC (hoặc --out TỆP.yaml cho một đơn vị): hồ sơ gốc không bị ghi đè. / appraisal import: --out FOLDER (or --out FILE.yaml for one unit) is required: the original files are never overwritten.',
    );
  }
  const workbookArgs = inputs.filter((i) => /\.xlsx$/i.test(i));
  const fileArgs = inputs.filter((i) => !/\.xlsx$/i.test(i));
  if (workbookArgs.length === 0 || fileArgs.length === 0) {
    throw new UsageError(
      "appraisal import: cần bảng thẩm định (.xlsx) và hồ sơ của các đơn vị (tệp hoặc thư mục). / appraisal import: give the appraisal workbook (.xlsx) and the units' files (files or folders).",
    );
  }
  const { sets, issues } = await candidateSets(opts, io);
  const workbooks: AppraisalWorkbook[] = [];
  for (const w of workbookArgs) {
    const read = await readInput(resolve(io.cwd, w), w, io, EXCEL_LIMITS.maxBytes);
    if (!read.ok) {
      issues.push(...read.issues);
      continue;
    }
    const r = await readAppraisalWorkbook(read.bytes, sets, { file: w });
    if (r.success) workbooks.push(r.data);
    else issues.push(...r.issues);
  }
  const texts: (AssessmentText & { readonly abs: string; readonly target: string })[] = [];
  for (const arg of fileArgs) {
    const { files, missing, problems } = await collectFiles([arg], io.cwd);
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
    const root = resolve(io.cwd, arg);
    const isFolder = (await stat(root).catch(() => undefined))?.isDirectory() === true;
    for (const abs of files) {
      const file = relative(io.cwd, abs) || abs;
      if (!/\.(ya?ml|json)$/i.test(abs)) {
        issues.push(
          fileIssue(
            file,
            'unsupported_format',
            'Thẩm định chỉ ghi vào hồ sơ YAML hoặc JSON. Hãy chuyển tệp này bằng par-index import assessment rồi dùng tệp YAML.',
            'Appraisal writes into YAML or JSON files only. Convert this file with par-index import assessment and use the YAML file.',
          ),
        );
        continue;
      }
      const read = await readInput(abs, file, io);
      if (!read.ok) {
        issues.push(...read.issues);
        continue;
      }
      const text = decodeText(read.bytes);
      if (text === undefined) {
        issues.push(
          fileIssue(
            file,
            'file_unreadable',
            'Tệp không phải văn bản UTF-8.',
            'The file is not UTF-8 text.',
          ),
        );
        continue;
      }
      texts.push({ file, text, abs, target: isFolder ? relative(root, abs) : basename(abs) });
    }
  }
  if (issues.length > 0) {
    io.err(formatIssues(issues, opts.lang));
    return EXIT.input;
  }
  const merged = importAppraisal(workbooks, texts);
  if (!merged.success) {
    io.err(formatIssues(merged.issues, opts.lang));
    io.err(
      opts.lang === 'vi'
        ? 'Chưa ghi tệp nào: hãy sửa bảng thẩm định (hoặc hồ sơ) rồi chạy lại.\n'
        : 'Nothing was written: fix the workbook (or the files) and run again.\n',
    );
    return EXIT.input;
  }
  const targets = await outputPaths(merged.data, texts, out, io);
  for (const [i, m] of merged.data.entries()) {
    const target = targets[i] ?? '';
    await makeFolder(dirname(resolve(io.cwd, target)));
    await emit(io, target, m.text);
    const name = m.assessment.unit.name;
    io.err(
      opts.lang === 'vi'
        ? `${escapeLine(name)}: ${m.changed.length} mục thay đổi → ${escapeLine(target)}\n`
        : `${escapeLine(name)}: ${m.changed.length} entries changed → ${escapeLine(target)}\n`,
    );
  }
  return EXIT.ok;
}

/**
 * Where each merged file goes: `--out FILE` for one unit, else below the folder `--out` by its
 * path under the input folder given. Never an input file, never two units to one file.
 */
async function outputPaths(
  merged: readonly AppraisedFile[],
  texts: readonly (AssessmentText & { readonly abs: string; readonly target: string })[],
  out: string,
  io: CliIo,
): Promise<string[]> {
  const single = /\.(ya?ml|json)$/i.test(out);
  if (single && merged.length !== 1) {
    throw new UsageError(
      `appraisal import: bảng thẩm định có ${merged.length} đơn vị: --out phải là một thư mục. / appraisal import: the workbook holds ${merged.length} units: --out must be a folder.`,
    );
  }
  const paths = merged.map((m) => {
    const source = texts.find((t) => t.file === m.file);
    return single ? out : join(out, source?.target ?? basename(m.file));
  });
  const seen = new Set<string>();
  for (const p of paths) {
    const abs = resolve(io.cwd, p);
    if (seen.has(abs)) {
      throw new UsageError(
        `appraisal import: hai đơn vị cùng ghi vào "${p}". Hãy đưa các thư mục riêng. / appraisal import: two units would be written to "${p}". Give separate folders.`,
      );
    }
    seen.add(abs);
    const target = await stat(abs).catch(() => undefined);
    for (const t of texts) {
      const source = await stat(t.abs).catch(() => undefined);
      if (
        target !== undefined &&
        source !== undefined &&
        target.dev === source.dev &&
        target.ino === source.ino
      ) {
        throw new UsageError(
          `--out: "${p}" chính là hồ sơ đầu vào "${t.file}": không ghi đè hồ sơ gốc. Hãy chọn thư mục khác. / --out: "${p}" is the input "${t.file}": the original files are never overwritten. Choose another folder.`,
        );
      }
    }
  }
  return paths;
}
