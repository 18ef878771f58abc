import * as z from 'zod/mini';
import { fieldProblem, rawIssue } from './problem.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const VN = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** The schemas whose JSON Schema is rewritten to `{ type: string, format: date }`. */
export const dateSchemas = new WeakSet<object>();

function isoOf(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) {
    return undefined;
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Reads a date: ISO `YYYY-MM-DD`, a JS `Date` (YAML parses unquoted dates to one) and, when
 * `vietnamese`, `dd/mm/yyyy` as written on Vietnamese documents. `undefined` when not a real date.
 */
export function readDate(input: unknown, vietnamese: boolean): string | undefined {
  if (input instanceof Date) {
    return Number.isNaN(input.getTime()) ? undefined : input.toISOString().slice(0, 10);
  }
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  const iso = ISO.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vn = vietnamese ? VN.exec(text) : null;
  return vn ? isoOf(Number(vn[3]), Number(vn[2]), Number(vn[1])) : undefined;
}

function dateOf(vietnamese: boolean): z.ZodMiniType<string, string | Date> {
  const input = z.union([z.string(), z.date()]);
  dateSchemas.add(input);
  const hint = vietnamese ? 'YYYY-MM-DD hoặc dd/mm/yyyy' : 'YYYY-MM-DD';
  return z.pipe(
    input,
    z.transform((value, ctx) => {
      const iso = readDate(value, vietnamese);
      if (iso !== undefined) return iso;
      const shown = value instanceof Date ? String(value) : `'${value}'`;
      ctx.issues.push(
        rawIssue(
          fieldProblem(
            'invalid_date',
            `${shown} không phải là ngày hợp lệ (viết ${hint}, ví dụ 2023-11-30)`,
            `${shown} is not a valid date (write ${hint}, e.g. 2023-11-30)`,
          ),
          value,
        ),
      );
      return z.NEVER;
    }),
  );
}

/** An ISO date `YYYY-MM-DD` (or a YAML date). */
export const isoDateSchema = dateOf(false);

/** A date as Vietnamese offices write it: ISO or `dd/mm/yyyy` (or a YAML date). */
export const looseDateSchema = dateOf(true);
