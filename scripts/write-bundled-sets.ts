import { writeFileSync } from 'node:fs';
import { bundledSetsText } from './bundled-sets.js';

/**
 * Writes src/criteria-sets/bundled-sets.json: the criteria/*.json files as parseCriteriaSet
 * builds them, so the library carries checked sets and needs no schema to load them
 * (run: npx tsx scripts/write-bundled-sets.ts after changing a file in criteria/).
 */
const target = new URL('../src/criteria-sets/bundled-sets.json', import.meta.url);
writeFileSync(target, bundledSetsText());
console.log(`wrote ${target.pathname}`);
