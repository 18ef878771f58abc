import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The core entry must run in a browser: no Node built-ins, no process/console, no I/O libraries.
// Only src/node/ and src/cli/ may use them.
const SRC = join(import.meta.dirname, '../src');
const IO_ALLOWED = ['node/', 'cli/'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the pure core', () => {
  const core = files(SRC).filter((f) => !IO_ALLOWED.some((p) => relative(SRC, f).startsWith(p)));

  it('has files to check', () => {
    expect(core.length).toBeGreaterThan(50);
  });

  it.each(core.map((f) => [relative(SRC, f), f]))('%s does no I/O', (_name, file) => {
    // TSDoc examples may show console.log; only code counts.
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
      .join('\n');
    expect(text).not.toMatch(/from ['"]node:/);
    expect(text).not.toMatch(/from ['"](fs|path|os|child_process|exceljs|yaml)['"]/);
    expect(text).not.toMatch(/\b(process|console)\.\w/);
    expect(text).not.toMatch(/from ['"]\.\.?\/(\.\.\/)*(node|cli)\//);
  });
});

describe('zod', () => {
  // zod's classic entry brings every locale (about 600 kB into the CLI and any bundle); the
  // schemas use zod/mini, which the issue mapper words in Vietnamese and English itself.
  it.each(files(SRC).map((f) => [relative(SRC, f), f]))('%s imports zod/mini only', (_n, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/from ['"]zod(\/v4)?(\/classic)?['"]/);
  });
});
