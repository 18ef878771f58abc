import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { criteriaSetJsonSchema } from '../../src/schema/json-schema.js';

describe('criteriaSetJsonSchema', () => {
  it('equals the committed criteria/criteria.schema.json (run npx tsx scripts/write-json-schema.ts)', () => {
    const committed = readFileSync(
      new URL('../../criteria/criteria.schema.json', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(`${JSON.stringify(criteriaSetJsonSchema(), null, 2)}\n`);
  });

  it('describes the authoring input: dates as text, numbers as number or text, no extra keys', () => {
    const schema = criteriaSetJsonSchema() as {
      properties: Record<string, Record<string, unknown>>;
      $defs: Record<string, { properties: Record<string, unknown> }>;
      additionalProperties: unknown;
      required: string[];
    };
    expect(schema.properties['validFrom']).toEqual({ type: 'string', format: 'date' });
    expect(schema.$defs['CriteriaNode']?.properties['max']).toEqual({ type: ['number', 'string'] });
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['id', 'title', 'level', 'provenance', 'fields']);
  });
});
