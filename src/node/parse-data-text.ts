import { parseDocument, visit } from 'yaml';
import type { Issue, SafeParseResult } from '../errors.js';
import { D } from '../internal/decimal.js';
import { fileIssue } from './issue.js';
import { MAX_NESTING, nestsTooDeep } from './nesting-depth.js';

/** Text formats of data files. */
export type DataFormat = 'json' | 'yaml';

// YAML aliases can expand exponentially ("billion laughs"); real data files need none.
const MAX_ALIASES = 100;

/** True when a JS number lost digits of the text it was read from (e.g. 40-digit decimals, 1e309). */
function lostPrecision(source: string, value: number): boolean {
  if (!Number.isFinite(value)) return true;
  try {
    return !new D(source.replace(/_/g, '')).equals(new D(value));
  } catch {
    return false;
  }
}

/**
 * Parses JSON or YAML text to plain data. JSON is read as YAML 1.2 (a superset), so both get
 * the same checks: duplicate keys are errors, and a number that a JS number cannot hold exactly
 * is kept as its source text so the exact decimal parser sees every digit (or refuses it).
 *
 * @param text - File contents (a leading BOM is ignored).
 * @param file - File name used in issues.
 */
export function parseDataText(text: string, file: string): SafeParseResult<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes('\u0000')) {
    return fail(
      fileIssue(
        file,
        'file_unreadable',
        'Tệp chứa ký tự NUL: không phải tệp văn bản.',
        'The file contains NUL bytes: not a text file.',
      ),
    );
  }
  if (nestsTooDeep(body)) {
    return fail(
      fileIssue(
        file,
        'invalid_syntax',
        `Dữ liệu lồng nhau quá sâu (hơn ${MAX_NESTING} cấp): không phải một bộ chỉ số hay hồ sơ hợp lệ.`,
        `The data nests too deeply (more than ${MAX_NESTING} levels): not a valid criteria set or assessment.`,
      ),
    );
  }
  const doc = parseDocument(body, { uniqueKeys: true, prettyErrors: true, strict: true });
  const errors = [...doc.errors];
  if (errors.length > 0) {
    const issues = errors.map((e) => {
      const [line, col] = e.linePos?.[0] ? [e.linePos[0].line, e.linePos[0].col] : [0, 0];
      const where = line > 0 ? `dòng ${line}, cột ${col}` : 'không rõ vị trí';
      const whereEn = line > 0 ? `line ${line}, column ${col}` : 'unknown position';
      const dup = e.code === 'DUPLICATE_KEY';
      return fileIssue(
        file,
        'invalid_syntax',
        dup ? `Khóa bị lặp lại (${where}).` : `Lỗi cú pháp (${where}): ${e.message.split('\n')[0]}`,
        dup
          ? `Duplicate key (${whereEn}).`
          : `Syntax error (${whereEn}): ${e.message.split('\n')[0]}`,
      );
    }) as [Issue, ...Issue[]];
    return { success: false, issues };
  }
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'number' || (node.value === null && /\d/.test(node.source ?? ''))) {
        const source = node.source ?? '';
        if (typeof node.value !== 'number' || lostPrecision(source, node.value))
          node.value = source;
      }
    },
  });
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
    return { success: true, data };
  } catch (error) {
    return fail(
      fileIssue(
        file,
        'invalid_syntax',
        `Không đọc được dữ liệu: ${(error as Error).message}`,
        `Cannot read the data: ${(error as Error).message}`,
      ),
    );
  }
}

function fail(issue: Issue): SafeParseResult<never> {
  return { success: false, issues: [issue] };
}
