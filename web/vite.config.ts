import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// The Excel and CSV readers are one module for the CLI and the page; only two small Node
// pieces have browser twins (inflating a zip part, decoding Windows-1258). This swaps them in.
const ADAPTERS: Readonly<Record<string, string>> = {
  [here('../src/node/excel/inflate-raw.ts')]: here('./src/platform/inflate-raw.ts'),
  [here('../src/node/csv/decode-cp1258.ts')]: here('./src/platform/decode-cp1258.ts'),
};

function browserAdapters(): Plugin {
  return {
    name: 'par-index-browser-adapters',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer === undefined || !/inflate-raw|decode-cp1258/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swap = resolved === null ? undefined : ADAPTERS[resolved.id];
      return swap ?? null;
    },
  };
}

export default defineConfig({
  root: here('.'),
  // Relative asset paths: the built folder works from any folder of any static host.
  base: './',
  plugins: [browserAdapters()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: {
    // exceljs's browser build (its own zip and Buffer) when a workbook is opened or written.
    mainFields: ['browser', 'module', 'main'],
  },
  worker: { format: 'es' },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2048,
    reportCompressedSize: true,
  },
  server: { host: '127.0.0.1', port: 5173 },
});
