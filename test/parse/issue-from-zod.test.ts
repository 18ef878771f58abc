import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesFromZod } from '../../src/parse/issue-from-zod.js';

function mapped(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? [] : issuesFromZod(r.error.issues);
}

describe('issuesFromZod', () => {
  it('names list items and their field', () => {
    expect(mapped(z.strictObject({ tags: z.array(z.string()) }), { tags: ['a', 3] })).toEqual([
      {
        code: 'invalid_type',
        path: ['tags', 1],
        message: "Mục thứ 2 của 'tags' (các thẻ) phải là văn bản, nhưng đang là số 3.",
        messageEn: "Item 2 of 'tags' (tags) must be text, but it is the number 3.",
      },
    ]);
  });

  it('words sizes and bounds', () => {
    const s = z.strictObject({
      appraisal: z.array(z.number()).max(2),
      places: z.number().int().min(0).max(10),
      note: z.string().max(3),
      depth: z.number().gt(0),
    });
    const out = mapped(s, { appraisal: [1, 2, 3], places: 11, note: 'abcd', depth: 0 });
    expect(out.map((i) => [i.code, i.path.join('.'), i.messageEn])).toEqual([
      [
        'invalid_value',
        'appraisal',
        "Field 'appraisal' (appraisal points) allows at most 2 item(s).",
      ],
      ['invalid_value', 'places', "Field 'places' (decimal places) must be at most 10."],
      ['invalid_value', 'note', "Field 'note' is too long (at most 3 characters)."],
      ['invalid_value', 'depth', "Field 'depth' (depth) must be greater than 0."],
    ]);
  });

  it('follows the union branch that got furthest', () => {
    const s = z.union([
      z.strictObject({ low: z.number(), high: z.number() }),
      z.strictObject({ standardError: z.number() }),
    ]);
    expect(mapped(s, { low: 1 }).map((i) => [i.code, i.path])).toEqual([
      ['missing_field', ['high']],
    ]);
    expect(mapped(s, 'x').map((i) => [i.code, i.messageEn])).toEqual([
      ['invalid_type', 'The input must be an object (a group of fields), but it is text.'],
    ]);
  });

  it('keeps unknown custom issues as invalid_value', () => {
    const s = z.number().refine((n) => n > 1, 'too small');
    expect(mapped(s, 0).map((i) => [i.code, i.messageEn])).toEqual([
      ['invalid_value', 'The input is not valid (too small).'],
    ]);
  });

  it('maps other zod codes to invalid_value', () => {
    const s = z.number().multipleOf(5);
    expect(mapped(s, 3).map((i) => i.code)).toEqual(['invalid_value']);
    expect(
      mapped(z.strictObject({ w: z.string().email() }), { w: 'x' }).map((i) => i.code),
    ).toEqual(['invalid_value']);
  });
});
