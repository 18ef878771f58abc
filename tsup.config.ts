import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The pure core and the Node entry: dual ESM + CJS with types.
    entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
    format: ['esm', 'cjs'],
    // Node types are needed for the node entry's declarations only; the core never uses them (test/purity).
    dts: { compilerOptions: { ignoreDeprecations: '6.0', types: ['node'] } },
    clean: true,
    sourcemap: true,
    target: 'node20',
  },
  {
    // The CLI binary: ESM only, with a shebang.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    target: 'node20',
    sourcemap: true,
  },
]);
