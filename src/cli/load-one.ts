import type { CriteriaSet } from '../model/criteria-set.js';
import {
  assessmentByteLimit,
  assessmentFileKind,
  assessmentFromBytes,
  type LoadedOne,
  type LoadedOneFailure,
} from '../node/assessment-from-bytes.js';
import type { CsvEncoding } from '../node/csv/decode-csv.js';
import { unsupportedSpreadsheet } from '../node/excel/unsupported-format.js';
import { MAX_DATA_FILE_BYTES } from '../node/parse-data-bytes.js';
import { readFileCapped, readProblemIssue } from '../node/read-file-capped.js';
import type { CliIo } from './cli-io.js';

export type { LoadedOne, LoadedOneFailure } from '../node/assessment-from-bytes.js';

/** The standard-input name used in commands and issues. */
export const STDIN = '-';

/**
 * Reads one assessment input: a YAML/JSON file, standard input (`-`), a CSV file, or a filled
 * Excel self-assessment workbook (`.xlsx`, checked against the known criteria sets). The file is
 * read here (the CLI's adapter); what it holds is read by `assessmentFromBytes`, as in the page.
 */
export async function loadOneAssessment(
  abs: string,
  file: string,
  sets: ReadonlyMap<string, CriteriaSet>,
  io: CliIo,
  encoding: CsvEncoding = 'utf-8',
): Promise<LoadedOne> {
  const kind = assessmentFileKind(abs);
  if (kind === 'unsupported') return { ok: false, issues: [unsupportedSpreadsheet(file)] };
  const bytes = await readInput(abs, file, io, assessmentByteLimit(kind));
  if (!bytes.ok) return bytes;
  return assessmentFromBytes(bytes.bytes, abs, file, sets, encoding);
}

/**
 * The bytes of a file or of standard input (`-`), never more than `limit` (20 MB by default):
 * larger inputs, devices such as `/dev/zero` included, are a `file_too_large` issue.
 */
export async function readInput(
  abs: string,
  file: string,
  io: CliIo,
  limit = MAX_DATA_FILE_BYTES,
): Promise<{ readonly ok: true; readonly bytes: Uint8Array } | LoadedOneFailure> {
  if (abs === STDIN) {
    const bytes = await io.readStdin(limit);
    if (bytes.byteLength <= limit) return { ok: true, bytes };
    return { ok: false, issues: [readProblemIssue(file, { kind: 'too_large', limit })] };
  }
  const read = await readFileCapped(abs, limit);
  return read.ok ? read : { ok: false, issues: [readProblemIssue(file, read.problem)] };
}
