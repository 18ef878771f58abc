import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 8, defect 12: the criteria format's example marks exactly the fields the schema requires
// (`level` once was not marked), so a clerk writing a set from the doc writes a valid one.
const ROOT = join(import.meta.dirname, '../..');
const doc = readFileSync(join(ROOT, 'docs/criteria-format.md'), 'utf8');
const schema = JSON.parse(readFileSync(join(ROOT, 'criteria/criteria.schema.json'), 'utf8')) as {
  required: string[];
  $defs: { CriteriaNode: { required: string[] } };
};

/** Keys of the first YAML example, by indent: top level (0) and a node (4, after `- `). */
function exampleKeys(): { key: string; level: 'set' | 'node'; required: boolean }[] {
  const start = doc.indexOf('```yaml');
  const body = doc
    .slice(start, doc.indexOf('```', start + 7))
    .split('\n')
    .slice(1);
  const out: { key: string; level: 'set' | 'node'; required: boolean }[] = [];
  for (const line of body) {
    const m = /^( *)(?:- )?([$\w]+):/.exec(line);
    if (m === null) continue;
    const indent = (m[1] ?? '').length;
    if (indent !== 0 && indent !== 2 && indent !== 4) continue;
    const comment = line.includes('#') ? line.slice(line.indexOf('#')) : '';
    out.push({
      key: m[2] ?? '',
      level: indent === 0 ? 'set' : 'node',
      // "required and non-empty when …" is a condition, not a required field.
      required: /# required(?! and non-empty when)/.test(comment),
    });
  }
  return out;
}

describe('docs/criteria-format.md', () => {
  const keys = exampleKeys();

  it('marks every field the schema requires as required, and no other', () => {
    const marked = (level: 'set' | 'node') =>
      keys.filter((k) => k.level === level && k.required).map((k) => k.key);
    expect(marked('set').sort()).toEqual([...schema.required].sort());
    // The first node of the example (a field) shows the node's keys.
    const nodeRequired = [...new Set(marked('node'))].sort();
    expect(nodeRequired).toEqual([...schema.$defs.CriteriaNode.required].sort());
  });

  it('shows level among the required keys (the defect)', () => {
    expect(keys.find((k) => k.key === 'level')).toEqual({
      key: 'level',
      level: 'set',
      required: true,
    });
  });
});
