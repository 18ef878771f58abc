import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// No import circles in src/ (type imports count: they tie the files' meanings together too).
const SRC = join(import.meta.dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

function circles(): string[] {
  const all = files(SRC);
  const known = new Set(all);
  const imports = new Map(
    all.map((f) => {
      const text = readFileSync(f, 'utf8');
      const targets = [...text.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)]
        .map((m) => resolve(dirname(f), m[1] ?? '').replace(/\.js$/, '.ts'))
        .filter((t) => known.has(t));
      return [f, targets] as const;
    }),
  );
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (f: string, stack: string[]): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of imports.get(f) ?? []) {
      if (state.get(t) === 'open') {
        found.push([...stack.slice(stack.indexOf(t)), t].map((x) => relative(SRC, x)).join(' → '));
      } else if (!state.has(t)) visit(t, stack);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of all) if (!state.has(f)) visit(f, []);
  return found;
}

describe('src/', () => {
  it('has no import circles', () => {
    expect(circles()).toEqual([]);
  });
});
