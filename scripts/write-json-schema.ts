import { writeFileSync } from 'node:fs';
import { criteriaSetJsonSchema } from '../src/schema/json-schema.js';

/** Writes criteria/criteria.schema.json from the zod schema (run: npx tsx scripts/write-json-schema.ts). */
const target = new URL('../criteria/criteria.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(criteriaSetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
