import { readdirSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { UNSUPPORTED_SPREADSHEET } from '../node/excel/unsupported-format.js';

const DATA_EXT = /\.(ya?ml|json|xlsx|csv)$/i;

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

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/**
 * Expands command-line inputs to data files: `-` (standard input) and a file as is, a folder to
 * every YAML/JSON/CSV/XLSX file
 * below it, a glob (`*`, `?`, `**`) to its matches. Sorted, without duplicates. Inputs that
 * match nothing are returned in `missing`.
 */
export async function collectFiles(
  inputs: readonly string[],
  cwd: string,
): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const input of inputs) {
    const before = files.size;
    if (input === '-') {
      // Standard input, read by the caller.
      files.add(input);
      continue;
    }
    if (/[*?]/.test(input)) {
      const abs = resolve(cwd, input).split(sep).join('/');
      const staticPart = abs.slice(0, abs.search(/[*?]/)).replace(/[^/]*$/, '');
      const re = globToRegExp(abs);
      const found = await walk(staticPart || '/').catch(() => []);
      for (const f of found) if (re.test(f.split(sep).join('/'))) files.add(f);
    } else {
      const abs = resolve(cwd, input);
      const info = await stat(abs).catch(() => undefined);
      if (info?.isDirectory()) {
        for (const f of await walk(abs)) if (DATA_EXT.test(f)) files.add(f);
      } else if (info?.isFile()) {
        files.add(abs);
      }
    }
    if (files.size === before) missing.push(input);
  }
  return { files: [...files].sort(), missing };
}

/**
 * Spreadsheets par-index cannot read (.ods, .xls …) directly in a folder input, as paths under
 * the input, so that "no file found" can name them. Empty for anything but a folder.
 *
 * @param input - A folder as given on the command line (relative to the working directory).
 * @param cwd - The working directory.
 */
export function unsupportedIn(input: string, cwd: string): string[] {
  const abs = resolve(cwd, input);
  try {
    if (!statSync(abs).isDirectory()) return [];
    return readdirSync(abs, { recursive: true, encoding: 'utf8' })
      .filter((f) => UNSUPPORTED_SPREADSHEET.test(f))
      .map((f) => relative(cwd, join(abs, f)) || f)
      .sort();
  } catch {
    return [];
  }
}
