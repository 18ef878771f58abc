import type { SafeParseResult } from '../errors.js';
import { fileIssue } from './issue.js';
import { parseDataText } from './parse-data-text.js';
import { readFileCapped, readProblemIssue } from './read-file-capped.js';

/** Largest data file read (criteria sets and assessments are a few hundred kB at most). */
export const MAX_DATA_FILE_BYTES = 20 * 1024 * 1024;

/** Decodes bytes as UTF-8 (or UTF-16 with a BOM); undefined when they are not valid text. */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Reads a JSON or YAML data file into plain data, with clear coded issues (file not found,
 * too large, not UTF-8 text, syntax errors with line and column, duplicate keys). The file is
 * never read past {@link MAX_DATA_FILE_BYTES}, whatever it is (a 3 GB file, `/dev/zero`).
 *
 * @param path - Path of a `.json`, `.yaml` or `.yml` file (`-` is not accepted here).
 */
export async function readDataFile(path: string): Promise<SafeParseResult<unknown>> {
  const read = await readFileCapped(path, MAX_DATA_FILE_BYTES);
  if (!read.ok) return { success: false, issues: [readProblemIssue(path, read.problem)] };
  return parseDataBytes(read.bytes, path);
}

/** Parses the bytes of a JSON or YAML file (see {@link readDataFile}). */
export function parseDataBytes(bytes: Uint8Array, file: string): SafeParseResult<unknown> {
  if (bytes.byteLength > MAX_DATA_FILE_BYTES) {
    const problem = { kind: 'too_large', limit: MAX_DATA_FILE_BYTES } as const;
    return { success: false, issues: [readProblemIssue(file, problem)] };
  }
  const text = decodeText(bytes);
  if (text === undefined) {
    return fail(
      file,
      'file_unreadable',
      'Tệp không phải văn bản UTF-8. Hãy lưu lại tệp với mã hóa UTF-8.',
      'The file is not UTF-8 text. Save it again with UTF-8 encoding.',
    );
  }
  return parseDataText(text, file);
}

function fail(
  file: string,
  code: 'file_not_found' | 'file_unreadable' | 'file_too_large',
  message: string,
  messageEn: string,
): SafeParseResult<never> {
  return { success: false, issues: [fileIssue(file, code, message, messageEn)] };
}
