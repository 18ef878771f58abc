import { match, P } from 'ts-pattern';
import type * as z from 'zod/mini';
import type { Issue } from '../errors.js';
import { problemOf } from '../schema/problem.js';
import {
  badValue,
  problemIssue,
  shownValue,
  sizeIssue,
  unknownField,
  wrongType,
} from './issue-words.js';

type ZodIssue = z.core.$ZodIssue;
type Path = (string | number)[];

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((k) => (typeof k === 'number' ? k : String(k)));
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

function sizeOf(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, path: Path): Issue {
  const small = issue.code === 'too_small';
  return sizeIssue(
    path,
    small,
    small ? issue.minimum : issue.maximum,
    issue.origin,
    issue.inclusive,
  );
}

function fromOne(issue: ZodIssue, prefix: Path): Issue[] {
  const path = [...prefix, ...toPath(issue.path)];
  return match(issue)
    .returnType<Issue[]>()
    .with({ code: 'invalid_type' }, (i) => [wrongType(path, [i.expected], i.input)])
    .with({ code: 'unrecognized_keys' }, (i) => i.keys.map((key) => unknownField([...path, key])))
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
    .with({ code: P.union('too_small', 'too_big') }, (i) => [sizeOf(i, path)])
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
      return [problemIssue(path, p)];
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
