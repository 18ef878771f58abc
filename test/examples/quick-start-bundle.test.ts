import { describe, expect, it } from 'vitest';
import { measureQuickStart } from '../../scripts/bundle-size.js';

// The core for browsers, measured as the README's quick start uses it (npx tsx
// scripts/bundle-size.ts prints the figures and what weighs).
describe('the quick start bundled for a browser', () => {
  it('is at most 60 kB gzip, with no schema library and no Node built-in', async () => {
    const size = await measureQuickStart();
    expect(size.gzip).toBeLessThanOrEqual(60_000);
    expect(size.modules.filter((m) => m.includes('node_modules/zod/'))).toEqual([]);
    expect(size.modules.filter((m) => m.startsWith('node:'))).toEqual([]);
    // decimal.js stays (exact parsing and formatting): the measure sees real dependencies.
    expect(size.parts.map(([part]) => part)).toContain('decimal.js');
  });
});
