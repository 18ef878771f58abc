import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCriteriaSet } from '../src/parse/parse-criteria-set.js';

const DIR = fileURLToPath(new URL('../criteria/', import.meta.url));

/** The bundled criteria files, in the order the library lists them. */
export const BUNDLED_FILES = [
  'illustrative-district-2023.json',
  'illustrative-commune-2023.json',
  'illustrative-department-2023.json',
  'national-province-2017-fields.json',
] as const;

/** Each bundled file as written. */
export function bundledRaw(): unknown[] {
  return BUNDLED_FILES.map((f) => JSON.parse(readFileSync(`${DIR}${f}`, 'utf8')) as unknown);
}

/**
 * The text of src/criteria-sets/bundled-sets.json: every bundled file parsed and checked by
 * parseCriteriaSet (a bad file throws here), one set per line.
 */
export function bundledSetsText(): string {
  const sets = bundledRaw().map((raw) => JSON.stringify(parseCriteriaSet(raw)));
  return `[\n${sets.join(',\n')}\n]\n`;
}

/** Every criteria file in criteria/ (the JSON Schema aside). */
export function criteriaFiles(): string[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json') && f !== 'criteria.schema.json')
    .sort();
}
