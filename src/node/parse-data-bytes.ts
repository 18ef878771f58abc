import type { SafeParseResult } from '../errors.js';
import { fileIssue } from './issue.js';
import { parseDataText } from './parse-data-text.js';
import { readProblemIssue } from './read-problem.js';

// Pure (bytes in, data out): the CLI reads the bytes from a file, the page from a dropped one.

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

/** Parses the bytes of a JSON or YAML file (see `readDataFile`). */
export function parseDataBytes(bytes: Uint8Array, file: string): SafeParseResult<unknown> {
  if (bytes.byteLength > MAX_DATA_FILE_BYTES) {
    const problem = { kind: 'too_large', limit: MAX_DATA_FILE_BYTES } as const;
    return { success: false, issues: [readProblemIssue(file, problem)] };
  }
  const text = decodeText(bytes);
  if (text === undefined) {
    return {
      success: false,
      issues: [
        fileIssue(
          file,
          'file_unreadable',
          'Tệp không phải văn bản UTF-8. Hãy lưu lại tệp với mã hóa UTF-8.',
          'The file is not UTF-8 text. Save it again with UTF-8 encoding.',
        ),
      ],
    };
  }
  return parseDataText(text, file);
}
