import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where real-program tests keep what they made (PDFs, screenshots): .ci/out/, git-ignored. */
export function artefactDir(name: string): string {
  const dir = join(ROOT, '.ci', 'out', name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function onPath(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
}

/** Debian's LibreOffice (libreoffice-calc-nogui), when installed. */
export const SOFFICE = onPath('soffice') ? 'soffice' : undefined;
/** Debian's python3 with openpyxl (python3-openpyxl), when installed. */
export const PYTHON_OPENPYXL =
  existsSync('/usr/bin/python3') &&
  spawnSync('/usr/bin/python3', ['-c', 'import openpyxl']).status === 0
    ? '/usr/bin/python3'
    : undefined;
/** Debian's chromium, when installed. */
export const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
/** poppler-utils (pdfinfo, pdftotext, pdftoppm), when installed. */
export const POPPLER = onPath('pdfinfo') && onPath('pdftotext') && onPath('pdftoppm');

/** A test title that says why it is skipped when a program is missing. */
export function needs(title: string, missing: readonly (string | false)[]): string {
  const why = missing.filter((m): m is string => m !== false);
  return why.length === 0 ? title : `${title} — skipped: ${why.join(', ')} not installed`;
}

/**
 * A LibreOffice profile of its own (tests may run side by side), set to recalculate every
 * formula when a file is loaded, as a clerk's Calc would when asked to.
 */
export function libreOfficeProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'par-index-lo-'));
  const user = join(dir, 'user');
  mkdirSync(user, { recursive: true });
  const item = (path: string, prop: string, value: string) =>
    `<item oor:path="${path}"><prop oor:name="${prop}" oor:op="fuse"><value>${value}</value></prop></item>`;
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      item('/org.openoffice.Office.Calc/Formula/Load', 'OOXMLRecalcMode', '0') +
      item('/org.openoffice.Office.Calc/Formula/Load', 'ODFRecalcMode', '0') +
      '</oor:items>\n',
  );
  return dir;
}

/**
 * Runs LibreOffice headless: `soffice --convert-to <filter> --outdir <dir> <file>`, with an own
 * profile and, for CSV, an import filter (`--infilter`).
 *
 * @returns The converted file's path.
 */
export function convert(
  profile: string,
  file: string,
  to: string,
  outDir: string,
  infilter?: string,
): string {
  const args = [
    '--headless',
    '--norestore',
    `-env:UserInstallation=file://${profile}`,
    ...(infilter === undefined ? [] : [`--infilter=${infilter}`]),
    '--convert-to',
    to,
    '--outdir',
    outDir,
    file,
  ];
  execFileSync(SOFFICE ?? 'soffice', args, { stdio: 'pipe', timeout: 120_000 });
  const base = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  const ext = to.split(':')[0] ?? to;
  const out = join(outDir, `${base}.${ext}`);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  return out;
}
