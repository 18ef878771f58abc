/**
 * Measures the core for browsers as the README's quick start uses it: examples/quick-start.ts
 * bundled by esbuild (the one tsup runs; bundle, minify, platform browser, format esm, default
 * ASCII output), then gzip level 9. Prints the sizes and what weighs in the bundle.
 * Run: npx tsx scripts/bundle-size.ts
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The quick start's bundle: bytes minified and gzipped, and minified bytes per source. */
export interface BundleSize {
  readonly minified: number;
  readonly gzip: number;
  /** Minified bytes by package (`decimal.js`) or source folder (`src/engine`), largest first. */
  readonly parts: readonly (readonly [string, number])[];
  /** Every module in the bundle. */
  readonly modules: readonly string[];
}

function partOf(path: string): string {
  const parts = path.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const name = parts[at + 1] ?? '';
    return name.startsWith('@') ? `${name}/${parts[at + 2] ?? ''}` : name;
  }
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : path;
}

/** Bundles and measures examples/quick-start.ts. */
export async function measureQuickStart(): Promise<BundleSize> {
  const root = new URL('../', import.meta.url).pathname;
  const r = await build({
    absWorkingDir: root,
    entryPoints: ['examples/quick-start.ts'],
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = r.outputFiles[0]?.contents ?? new Uint8Array();
  const output = Object.values(r.metafile.outputs)[0];
  const totals = new Map<string, number>();
  for (const [path, input] of Object.entries(output?.inputs ?? {})) {
    const part = partOf(path);
    totals.set(part, (totals.get(part) ?? 0) + input.bytesInOutput);
  }
  return {
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    parts: [...totals].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]),
    modules: Object.keys(output?.inputs ?? {}),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const size = await measureQuickStart();
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  console.log(
    `quick start (examples/quick-start.ts): ${kb(size.minified)} minified, ${kb(size.gzip)} gzip (${size.gzip} bytes)`,
  );
  for (const [part, n] of size.parts) console.log(`  ${kb(n).padStart(9)}  ${part}`);
}
