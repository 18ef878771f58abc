import type { Issue, IssueCode } from '../errors.js';
import type { Problem } from '../schema/problem.js';
import { fieldName } from './field-labels.js';

// How shape problems are worded, shared by the zod issue mapper (issue-from-zod.ts) and the
// hand-written assessment shape check (assessment-shape.ts), so both say the same thing.

type Path = readonly (string | number)[];

const TYPE_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  number: ['một số', 'a number'],
  int: ['một số nguyên', 'a whole number'],
  string: ['văn bản', 'text'],
  boolean: ['đúng/sai (true/false)', 'true/false'],
  array: ['một danh sách', 'a list'],
  object: ['một nhóm trường (đối tượng)', 'an object (a group of fields)'],
  date: ['một ngày', 'a date'],
  null: ['rỗng (null)', 'null'],
};

function words(type: string): readonly [string, string] {
  return TYPE_WORDS[type] ?? [type, type];
}

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (input instanceof Date) return 'date';
  return typeof input;
}

/** An issue at `path`. */
export function make(code: IssueCode, path: Path, message: string, messageEn: string): Issue {
  return { code, path: [...path], message, messageEn };
}

/** `input` is not of the `expected` types (`missing_field` when it is absent). */
export function wrongType(path: Path, expected: readonly string[], input: unknown): Issue {
  const [fieldVi, fieldEn] = fieldName(path);
  if (input === undefined) {
    return make(
      'missing_field',
      path,
      `Thiếu trường bắt buộc ${fieldVi.replace(/^Trường /, '')}.`,
      `Missing required field ${fieldEn.replace(/^Field /, '')}.`,
    );
  }
  const vi = expected.map((t) => words(t)[0]).join(' hoặc ');
  const en = expected.map((t) => words(t)[1]).join(' or ');
  const [gotVi, gotEn] =
    typeof input === 'number'
      ? [`số ${String(input)}`, `the number ${String(input)}`]
      : words(typeOf(input));
  const codeHint = path[path.length - 1] === 'code' && typeof input === 'number';
  return make(
    'invalid_type',
    path,
    `${fieldVi} phải là ${vi}, nhưng đang là ${gotVi}.${codeHint ? ' Hãy đặt mã trong dấu ngoặc kép, ví dụ "1.1", để YAML không đọc thành số.' : ''}`,
    `${fieldEn} must be ${en}, but it is ${gotEn}.${codeHint ? ' Quote codes, e.g. "1.1", so YAML does not read them as numbers.' : ''}`,
  );
}

/** A value as a message shows it: text quoted. */
export function shownValue(v: unknown): string {
  return typeof v === 'string' ? `'${v}'` : String(v);
}

/** `invalid_value`: the field named, then what is wrong with it. */
export function badValue(path: Path, vi: string, en: string): Issue {
  const [fieldVi, fieldEn] = fieldName(path);
  return make('invalid_value', path, `${fieldVi} ${vi}.`, `${fieldEn} ${en}.`);
}

/** A size or range problem; `origin` is what was measured (`array`, `string`, a number…). */
export function sizeIssue(
  path: Path,
  small: boolean,
  limit: unknown,
  origin: string,
  inclusive: boolean | undefined,
): Issue {
  const n = String(limit);
  if (origin === 'array' || origin === 'set') {
    return small
      ? badValue(path, `phải có ít nhất ${n} mục`, `needs at least ${n} item(s)`)
      : badValue(path, `chỉ được có tối đa ${n} mục`, `allows at most ${n} item(s)`);
  }
  if (origin === 'string') {
    return small
      ? badValue(path, 'không được để trống', 'must not be empty')
      : badValue(path, `quá dài (tối đa ${n} ký tự)`, `is too long (at most ${n} characters)`);
  }
  const strict = inclusive === false;
  const [vi, en] = small
    ? strict
      ? ['lớn hơn', 'greater than']
      : ['từ', 'at least']
    : strict
      ? ['nhỏ hơn', 'less than']
      : ['tối đa', 'at most'];
  return badValue(path, `phải ${vi} ${n}`, `must be ${en} ${n}`);
}

/** A key the format does not have. */
export function unknownField(path: Path): Issue {
  const key = String(path[path.length - 1]);
  return make(
    'unknown_field',
    path,
    `Trường '${key}' không có trong định dạng (có thể gõ sai tên); hãy sửa hoặc xóa.`,
    `Unknown field '${key}' (perhaps a typo); fix or remove it.`,
  );
}

/** A problem found by a check, at `path`; worded after the field when it names it. */
export function problemIssue(path: Path, p: Problem): Issue {
  if (!p.namesField) return make(p.code, path, p.message, p.messageEn);
  const [vi, en] = fieldName(path);
  return make(p.code, path, `${vi}: ${p.message}.`, `${en}: ${p.messageEn}.`);
}

/** The one issue left when reading the input failed in an unexpected way (e.g. absurd nesting). */
export const UNREADABLE: Issue = {
  code: 'invalid_value',
  path: [],
  message: 'Không đọc được dữ liệu (có thể lồng nhau quá sâu hoặc có cấu trúc lạ).',
  messageEn: 'The input could not be read (perhaps nested too deeply or oddly built).',
};
