import { extname } from 'node:path';
import type { CommonOptions, OutputFormat } from './options.js';

/**
 * The format a document (`annex`, `appraisal losses`) is written in: `--format` when given, else the `--out` file's extension
 * (`.docx`, `.xlsx`), else Markdown. A clerk who types `--out phu-luc.docx` gets a Word file.
 */
export function documentFormat(opts: CommonOptions): OutputFormat {
  if (opts.raw['format'] !== undefined) return opts.format;
  const ext = opts.out === undefined ? '' : extname(opts.out).toLowerCase();
  return ext === '.docx' ? 'docx' : ext === '.xlsx' ? 'xlsx' : 'md';
}
