import {
  Composer,
  type Document,
  isScalar,
  LineCounter,
  Parser,
  visit,
  YAMLParseError,
} from 'yaml';
import type { Issue, SafeParseResult } from '../errors.js';
import { D } from '../internal/decimal.js';
import { fileIssue } from './issue.js';
import {
  countStructureMarks,
  MAX_NESTING,
  MAX_STRUCTURE_MARKS,
  tokensNestTooDeep,
} from './nesting-depth.js';
import { readPlainJson } from './plain-json.js';

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
 * Plain JSON that cannot differ from the YAML reader (see `readPlainJson`) is read by `JSON.parse`.
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
  // Bounded before the YAML reader runs: its time and memory grow with the structure.
  if (countStructureMarks(body) > MAX_STRUCTURE_MARKS) {
    return fail(
      fileIssue(
        file,
        'file_too_large',
        `Tệp có quá nhiều mục (hơn ${MAX_STRUCTURE_MARKS.toLocaleString('vi-VN')} dấu phẩy, dấu hai chấm, ngoặc hoặc dòng): lớn hơn nhiều so với một bộ chỉ số hay hồ sơ thật. Không đọc tiếp.`,
        `The file has too many items (more than ${MAX_STRUCTURE_MARKS.toLocaleString('en-US')} commas, colons, brackets or lines): far more than a real criteria set or assessment. Not read further.`,
      ),
    );
  }
  const plain = readPlainJson(body);
  if (plain !== undefined) return { success: true, data: plain.data };
  // Read once: the tokens are checked for depth, then composed (the reader recurses on them).
  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(body)];
  if (tokensNestTooDeep(tokens)) {
    return fail(
      fileIssue(
        file,
        'invalid_syntax',
        `Dữ liệu lồng nhau quá sâu (hơn ${MAX_NESTING} cấp): không phải một bộ chỉ số hay hồ sơ hợp lệ.`,
        `The data nests too deeply (more than ${MAX_NESTING} levels): not a valid criteria set or assessment.`,
      ),
    );
  }
  // The reader's own duplicate-key check compares each key with every earlier one (25 000 keys
  // take seconds); duplicates are found below in linear time instead.
  const composer = new Composer({ uniqueKeys: false, strict: true });
  const docs = [...composer.compose(tokens, true, body.length)];
  const doc = docs[0] as Document.Parsed;
  const errors = [...doc.errors];
  const second = docs[1];
  if (second !== undefined) {
    errors.push(
      new YAMLParseError(
        [second.range[0], second.range[1]],
        'MULTIPLE_DOCS',
        'Source contains multiple documents; please use YAML.parseAllDocuments()',
      ),
    );
  }
  const positions: [number, number, string | undefined][] = errors.map((e) => {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    return [line, col, e.message.split('\n')[0]];
  });
  if (positions.length === 0) {
    for (const offset of duplicateKeys(doc)) {
      const { line, col } = lineCounter.linePos(offset);
      positions.push([line, col, undefined]);
    }
  }
  const [first, ...rest] = positions.map(([line, col, message]) => {
    const where = line > 0 ? `dòng ${line}, cột ${col}` : 'không rõ vị trí';
    const whereEn = line > 0 ? `line ${line}, column ${col}` : 'unknown position';
    return fileIssue(
      file,
      'invalid_syntax',
      message === undefined ? `Khóa bị lặp lại (${where}).` : `Lỗi cú pháp (${where}): ${message}`,
      message === undefined
        ? `Duplicate key (${whereEn}).`
        : `Syntax error (${whereEn}): ${message}`,
    );
  });
  if (first !== undefined) return { success: false, issues: [first, ...rest] };
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

/** Offsets of keys repeated within one mapping, in document order (scalar keys by value). */
function duplicateKeys(doc: Document): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value: unknown = pair.key.value;
        const id = `${typeof value}:${String(value)}`;
        if (seen.has(id)) offsets.push(pair.key.range?.[0] ?? 0);
        seen.add(id);
      }
    },
  });
  return offsets;
}

function fail(issue: Issue): SafeParseResult<never> {
  return { success: false, issues: [issue] };
}
