import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

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
    // The CLI binary: ESM only, with a shebang. Its pure dependencies are bundled in: resolving
    // and loading their hundreds of files was most of a cold `score` (issue 9's start target).
    // exceljs, iconv-lite and docx stay external (loaded only when a command needs them).
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    noExternal: ['yaml', 'zod', 'decimal.js', 'ts-pattern'],
    // `--version` without reading package.json (src/cli/bin.ts).
    define: { __PAR_INDEX_VERSION__: JSON.stringify(version) },
    banner: {
      // yaml's Node build is CommonJS and requires Node's modules; bundled into ESM it needs a
      // `require` in scope (esbuild's shim looks for one).
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as parCreateRequire } from 'node:module';",
        'const require = parCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    target: 'node20',
    sourcemap: true,
  },
]);
