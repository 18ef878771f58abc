import { match, P } from 'ts-pattern';
import type * as z from 'zod/mini';
import type { Issue, IssueCode } from '../errors.js';
import { problemOf } from '../schema/problem.js';
import { fieldName } from './field-labels.js';

type ZodIssue = z.core.$ZodIssue;
type Path = (string | number)[];

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

function make(code: IssueCode, path: Path, message: string, messageEn: string): Issue {
  return { code, path, message, messageEn };
}

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((k) => (typeof k === 'number' ? k : String(k)));
}

function wrongType(path: Path, expected: readonly string[], input: unknown): Issue {
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

function shownValue(v: unknown): string {
  return typeof v === 'string' ? `'${v}'` : String(v);
}

function badValue(path: Path, vi: string, en: string): Issue {
  const [fieldVi, fieldEn] = fieldName(path);
  return make('invalid_value', path, `${fieldVi} ${vi}.`, `${fieldEn} ${en}.`);
}

/** True when a union branch failed only because the value had another type. */
function onlyTypeMismatch(branch: readonly ZodIssue[]): boolean {
  return branch.every(
    (i) =>
      i.path.length === 0 &&
      (i.code === 'invalid_type' ||
        (i.code === 'invalid_union' && i.errors.every(onlyTypeMismatch))),
  );
}

function expectedTypes(branch: readonly ZodIssue[]): string[] {
  return branch.flatMap((i) =>
    i.code === 'invalid_type'
      ? [i.expected]
      : i.code === 'invalid_union'
        ? i.errors.flatMap(expectedTypes)
        : [],
  );
}

function readKey(input: unknown, key: string): unknown {
  return typeof input === 'object' && input !== null && Object.hasOwn(input, key)
    ? (input as Record<string, unknown>)[key]
    : undefined;
}

function fromUnion(issue: z.core.$ZodIssueInvalidUnion, path: Path): Issue[] {
  // zod adds these for a discriminated union whose discriminator matched no option.
  const extra = issue as { note?: unknown; discriminator?: unknown; options?: unknown };
  if (extra.note === 'No matching discriminator') {
    const kind = path.length > 0 ? readKey(issue.input, String(extra.discriminator)) : undefined;
    const options = Array.isArray(extra.options) ? extra.options.map(String).join(', ') : '';
    if (kind === undefined) return [wrongType(path, ['string'], undefined)];
    return [
      badValue(
        path,
        `có giá trị ${shownValue(kind)} không hợp lệ; chọn một trong: ${options}`,
        `has the invalid value ${shownValue(kind)}; use one of: ${options}`,
      ),
    ];
  }
  const tried = issue.errors.filter((b) => !onlyTypeMismatch(b));
  if (tried.length === 0) {
    const types = [...new Set(issue.errors.flatMap(expectedTypes))];
    return [wrongType(path, types, issue.input)];
  }
  // The branch that got furthest: the fewest problems once its type matched.
  const best = tried.reduce((a, b) => (b.length < a.length ? b : a));
  return best.flatMap((i) => fromOne(i, path));
}

function sizeIssue(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, path: Path): Issue {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const n = String(limit);
  return match(issue.origin)
    .with('array', 'set', () =>
      small
        ? badValue(path, `phải có ít nhất ${n} mục`, `needs at least ${n} item(s)`)
        : badValue(path, `chỉ được có tối đa ${n} mục`, `allows at most ${n} item(s)`),
    )
    .with('string', () =>
      small
        ? badValue(path, 'không được để trống', 'must not be empty')
        : badValue(path, `quá dài (tối đa ${n} ký tự)`, `is too long (at most ${n} characters)`),
    )
    .otherwise(() => {
      const strict = issue.inclusive === false;
      const [vi, en] = small
        ? strict
          ? ['lớn hơn', 'greater than']
          : ['từ', 'at least']
        : strict
          ? ['nhỏ hơn', 'less than']
          : ['tối đa', 'at most'];
      return badValue(path, `phải ${vi} ${n}`, `must be ${en} ${n}`);
    });
}

function fromOne(issue: ZodIssue, prefix: Path): Issue[] {
  const path = [...prefix, ...toPath(issue.path)];
  return match(issue)
    .returnType<Issue[]>()
    .with({ code: 'invalid_type' }, (i) => [wrongType(path, [i.expected], i.input)])
    .with({ code: 'unrecognized_keys' }, (i) =>
      i.keys.map((key) => {
        const at = [...path, key];
        return make(
          'unknown_field',
          at,
          `Trường '${key}' không có trong định dạng (có thể gõ sai tên); hãy sửa hoặc xóa.`,
          `Unknown field '${key}' (perhaps a typo); fix or remove it.`,
        );
      }),
    )
    .with({ code: 'invalid_union' }, (i) => fromUnion(i, path))
    .with({ code: 'invalid_value' }, (i) => {
      const options = i.values.map(String).join(', ');
      return [
        badValue(
          path,
          `có giá trị ${shownValue(i.input)} không hợp lệ; chọn một trong: ${options}`,
          `has the invalid value ${shownValue(i.input)}; use one of: ${options}`,
        ),
      ];
    })
    .with({ code: P.union('too_small', 'too_big') }, (i) => [sizeIssue(i, path)])
    .with({ code: 'invalid_format' }, () => [
      path[path.length - 1] === 'id'
        ? badValue(
            path,
            'chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ minh-son-district-2023',
            'may contain only lowercase letters without accents, digits and dashes, e.g. minh-son-district-2023',
          )
        : badValue(path, 'không đúng định dạng', 'has the wrong format'),
    ])
    .with({ code: 'custom' }, (i) => {
      const p = problemOf(i.params);
      if (p === undefined) return [badValue(path, 'không hợp lệ', `is not valid (${i.message})`)];
      if (!p.namesField) return [make(p.code, path, p.message, p.messageEn)];
      const [vi, en] = fieldName(path);
      return [make(p.code, path, `${vi}: ${p.message}.`, `${en}: ${p.messageEn}.`)];
    })
    .otherwise((i) => [badValue(path, 'không hợp lệ', `is not valid (${i.message})`)]);
}

/**
 * Turns zod issues into the library's {@link Issue}s, with Vietnamese and English messages.
 * The one place where zod's codes meet the library's.
 */
export function issuesFromZod(issues: readonly ZodIssue[]): Issue[] {
  return issues.flatMap((i) => fromOne(i, []));
}
