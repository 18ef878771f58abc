import type { Dirent } from 'node:fs';
import { opendir, readlink, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Issue } from '../errors.js';
import { UNSUPPORTED_SPREADSHEET } from '../node/excel/unsupported-format.js';
import { fileIssue } from '../node/issue.js';

const DATA_EXT = /\.(ya?ml|json|xlsx|csv)$/i;

/** Bounds on a folder walk: the work of expanding one folder or glob stays small. */
export const WALK_LIMITS = {
  /** Most files and folders looked at (a province has a few hundred units a year). */
  maxEntries: 20_000,
  /** Deepest folder nesting followed. */
  maxDepth: 32,
} as const;

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] ?? '';
    if (ch === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** One expansion: what was found, and every problem met on the way. */
interface Walk {
  readonly cwd: string;
  readonly files: Set<string>;
  /** Device:inode of every file taken, so a file linked twice is read once. */
  readonly fileIds: Set<string>;
  readonly problems: Issue[];
  entries: number;
  full: boolean;
}

const idOf = (info: { dev: number; ino: number }) => `${info.dev}:${info.ino}`;

function problem(w: Walk, path: string, code: Issue['code'], vi: string, en: string): void {
  w.problems.push(fileIssue(relative(w.cwd, path) || path, code, vi, en));
}

function readProblem(w: Walk, path: string, error: unknown): void {
  const code = String((error as { code?: unknown }).code ?? '');
  if (code === 'EACCES' || code === 'EPERM') {
    problem(
      w,
      path,
      'file_unreadable',
      'Không có quyền đọc thư mục này. Hãy kiểm tra quyền truy cập hoặc chép dữ liệu ra thư mục khác.',
      'No permission to read this folder. Check its access rights or copy the data elsewhere.',
    );
  } else {
    problem(
      w,
      path,
      'file_unreadable',
      `Không đọc được thư mục (${code || String(error)}).`,
      `Cannot read the folder (${code || String(error)}).`,
    );
  }
}

/**
 * Walks a folder: files are followed through symbolic links, a link back to a folder being
 * walked is a loop (reported, not followed), a broken link or an unreadable folder is a named
 * problem, and the walk stops at {@link WALK_LIMITS}. Nothing is skipped without a word.
 */
async function walk(
  w: Walk,
  dir: string,
  ancestors: ReadonlySet<string>,
  keep: (path: string) => boolean,
): Promise<void> {
  if (ancestors.size > WALK_LIMITS.maxDepth) {
    problem(
      w,
      dir,
      'file_too_large',
      `Thư mục lồng quá sâu (hơn ${WALK_LIMITS.maxDepth} cấp); không đọc tiếp.`,
      `Folders nest too deeply (more than ${WALK_LIMITS.maxDepth} levels); not read further.`,
    );
    return;
  }
  // Read entry by entry, so a folder of a million files costs the limit, not a million.
  const entries: Dirent[] = [];
  try {
    for await (const entry of await opendir(dir)) {
      if (++w.entries > WALK_LIMITS.maxEntries) {
        w.full = true;
        problem(
          w,
          dir,
          'file_too_large',
          `Quá nhiều tệp và thư mục (hơn ${WALK_LIMITS.maxEntries.toLocaleString('vi-VN')}); hãy chỉ rõ thư mục cần đọc.`,
          `Too many files and folders (more than ${WALK_LIMITS.maxEntries.toLocaleString('en-US')}); name the folder to read.`,
        );
        return;
      }
      entries.push(entry);
    }
  } catch (error) {
    readProblem(w, dir, error);
    return;
  }
  // Real entries before links, so a file that is also linked is taken under its own name.
  entries.sort(
    (a, b) =>
      Number(a.isSymbolicLink()) - Number(b.isSymbolicLink()) ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  for (const entry of entries) {
    if (w.full) return;
    const full = join(dir, entry.name);
    const link = entry.isSymbolicLink();
    if (!link && !entry.isDirectory() && !(entry.isFile() && keep(full))) continue;
    const info = await stat(full).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      // Only links can fail here; a broken one is reported when it looks like data.
      if (DATA_EXT.test(entry.name) || info.code === 'ELOOP') await brokenLink(w, full, info);
      continue;
    }
    if (info.isDirectory()) {
      const id = idOf(info);
      if (ancestors.has(id)) {
        problem(
          w,
          full,
          'file_unreadable',
          'Liên kết này trỏ ngược về thư mục chứa nó (vòng lặp); không đọc lại. Hãy xóa liên kết.',
          'This link points back to a folder containing it (a loop); not read again. Remove the link.',
        );
        continue;
      }
      await walk(w, full, new Set([...ancestors, id]), keep);
    } else if (info.isFile() && keep(full)) {
      const id = idOf(info);
      if (!w.fileIds.has(id)) {
        w.fileIds.add(id);
        w.files.add(full);
      }
    }
  }
}

async function brokenLink(w: Walk, path: string, error: NodeJS.ErrnoException): Promise<void> {
  if (error.code === 'ELOOP') {
    problem(
      w,
      path,
      'file_unreadable',
      'Liên kết tượng trưng trỏ vòng; không đọc được. Hãy xóa liên kết.',
      'The symbolic link points in a loop; it cannot be read. Remove the link.',
    );
    return;
  }
  const target = await readlink(path).catch(() => '?');
  problem(
    w,
    path,
    'file_not_found',
    `Liên kết tượng trưng hỏng: trỏ tới "${target}", không tồn tại.`,
    `Broken symbolic link: it points to "${target}", which does not exist.`,
  );
}

/**
 * Expands command-line inputs to data files: `-` (standard input) and a file as is, a folder to
 * every YAML/JSON/CSV/XLSX file below it (through symbolic links), a glob (`*`, `?`, `**`) to its
 * matches. Sorted, without duplicates (a file reached twice is read once). Inputs that match
 * nothing are returned in `missing`; loops, broken links, unreadable folders and walks past
 * {@link WALK_LIMITS} in `problems`.
 */
export async function collectFiles(
  inputs: readonly string[],
  cwd: string,
): Promise<{ files: string[]; missing: string[]; problems: Issue[] }> {
  const w: Walk = {
    cwd,
    files: new Set(),
    fileIds: new Set(),
    problems: [],
    entries: 0,
    full: false,
  };
  const missing: string[] = [];
  for (const input of inputs) {
    const before = w.files.size;
    const problemsBefore = w.problems.length;
    if (input === '-') {
      // Standard input, read by the caller.
      w.files.add(input);
      continue;
    }
    if (/[*?]/.test(input)) {
      const abs = resolve(cwd, input).split(sep).join('/');
      const staticPart = abs.slice(0, abs.search(/[*?]/)).replace(/[^/]*$/, '');
      const re = globToRegExp(abs);
      const root = staticPart || '/';
      const info = await stat(root).catch(() => undefined);
      if (info?.isDirectory()) {
        await walk(w, root, new Set([idOf(info)]), (f) => re.test(f.split(sep).join('/')));
      }
    } else {
      const abs = resolve(cwd, input);
      const info = await stat(abs).catch(() => undefined);
      if (info?.isDirectory()) {
        await walk(w, abs, new Set([idOf(info)]), (f) => DATA_EXT.test(f));
      } else if (info !== undefined && !w.fileIds.has(idOf(info))) {
        // A file named on the command line is read whatever it is (a device is capped later).
        w.fileIds.add(idOf(info));
        w.files.add(abs);
      } else if (info !== undefined) continue;
    }
    if (w.files.size === before && w.problems.length === problemsBefore) missing.push(input);
  }
  // Past the entry limit nothing is read: the command stops on the problem, within bounds.
  return { files: w.full ? [] : [...w.files].sort(), missing, problems: w.problems };
}

/**
 * Spreadsheets par-index cannot read (.ods, .xls …) in a folder input, as paths under the input,
 * so that "no file found" can name them. Walked with the same bounds as {@link collectFiles}.
 * Empty for anything but a folder.
 *
 * @param input - A folder as given on the command line (relative to the working directory).
 * @param cwd - The working directory.
 */
export async function unsupportedIn(input: string, cwd: string): Promise<string[]> {
  const abs = resolve(cwd, input);
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isDirectory()) return [];
  const w: Walk = {
    cwd,
    files: new Set(),
    fileIds: new Set(),
    problems: [],
    entries: 0,
    full: false,
  };
  await walk(w, abs, new Set([idOf(info)]), (f) => UNSUPPORTED_SPREADSHEET.test(f));
  return [...w.files].map((f) => relative(cwd, f) || f).sort();
}
