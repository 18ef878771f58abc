import type { SafeParseResult } from '../errors.js';
import { MAX_DATA_FILE_BYTES, parseDataBytes } from './parse-data-bytes.js';
import { readFileCapped, readProblemIssue } from './read-file-capped.js';

export { decodeText, MAX_DATA_FILE_BYTES, parseDataBytes } from './parse-data-bytes.js';

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
