import * as z from 'zod/mini';
import { criteriaSetDraftSchema } from './criteria-set.js';
import { dateSchemas } from './date.js';
import { nodeSchema } from './node.js';
import { ruleSchema } from './rule.js';
import { conditionSchema } from './trigger.js';

/**
 * The JSON Schema (draft 2020-12) of the criteria set authoring format, generated from the zod
 * schema, for editors to check files while they are typed (`criteria/criteria.schema.json`).
 * Semantic rules (sums of maxima, band gaps, references) are checked only by `parseCriteriaSet`.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * JSON.stringify(criteriaSetJsonSchema(), null, 2);
 */
export function criteriaSetJsonSchema(): Record<string, unknown> {
  // A local registry names the recursive parts ($defs) without touching zod's global one.
  const metadata = z.registry<{ id: string }>();
  metadata.add(nodeSchema, { id: 'CriteriaNode' });
  metadata.add(ruleSchema, { id: 'ScoringRule' });
  metadata.add(conditionSchema, { id: 'TriggerCondition' });
  const schema = z.toJSONSchema(criteriaSetDraftSchema, {
    io: 'input',
    metadata,
    unrepresentable: 'any',
    override: (ctx) => {
      // A date is written as text; YAML's own Date objects have no JSON form.
      if (dateSchemas.has(ctx.zodSchema)) {
        for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
        Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
      }
    },
  });
  return {
    ...schema,
    title: 'Bộ chỉ số cải cách hành chính (par-index criteria set)',
    description: 'See docs/criteria-format.md. Generated from the zod schema; do not edit.',
  };
}
