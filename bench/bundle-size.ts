/**
 * Core bundle size: the README quick start (examples/quick-start.ts) bundled for browsers as an
 * application would ship it: esbuild (the one tsup installs), ESM, minified, platform browser,
 * `par-index` resolved to src/index.ts; then gzip (level 9). Also lists what weighs most in the
 * minified output (esbuild's metafile), by package and by folder.
 * Run alone with `npx tsx bench/bundle-size.ts`; `bench/run.ts` imports {@link measureBundle}.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
// esbuild comes with tsup (a pinned dev dependency); it is not a dependency of its own.
import { build } from 'esbuild';

/** A share of the minified bundle. */
export interface Contributor {
  readonly name: string;
  readonly bytes: number;
}

/** Bundle figures in bytes, and the largest contributors. */
export interface BundleFigures {
  readonly entry: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  readonly byPackage: readonly Contributor[];
  readonly byFolder: readonly Contributor[];
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `node_modules/zod/v4/…` → `zod`, `src/engine/x.ts` → `src/engine`, JSON sets → `criteria`. */
function groupOf(path: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (m?.[1] !== undefined) return m[1];
  const parts = path.split('/');
  return parts.length > 1 ? parts.slice(0, -1).join('/') : path;
}

/** The folder of a file: `node_modules/zod/v4/locales/ar.js` → `zod/v4/locales`. */
function folderOf(path: string): string {
  const inPackage = path.replace(/^.*node_modules\//, '');
  return inPackage.split('/').slice(0, -1).join('/') || inPackage;
}

function top(map: Map<string, number>, n: number): Contributor[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, bytes]) => ({ name, bytes }));
}

/** Bundles the quick start and measures it. */
export async function measureBundle(entry = 'examples/quick-start.ts'): Promise<BundleFigures> {
  const out = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    alias: { 'par-index': './src/index.ts' },
    write: false,
    metafile: true,
    outfile: 'quick-start.bundle.js',
    logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (file === undefined) throw new Error('esbuild produced no output');
  const byPackage = new Map<string, number>();
  const byFolder = new Map<string, number>();
  for (const o of Object.values(out.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(o.inputs)) {
      const f = folderOf(path);
      byFolder.set(f, (byFolder.get(f) ?? 0) + bytesInOutput);
      const g = groupOf(path);
      byPackage.set(g, (byPackage.get(g) ?? 0) + bytesInOutput);
    }
  }
  return {
    entry,
    minifiedBytes: file.contents.byteLength,
    gzipBytes: gzipSync(file.contents, { level: 9 }).byteLength,
    byPackage: top(byPackage, 8),
    byFolder: top(byFolder, 8),
  };
}

/** The contributors as lines for people. */
export function formatContributors(b: BundleFigures): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  const share = (n: number) => `${Math.round((n / b.minifiedBytes) * 100)} %`;
  return [
    `bundle of ${b.entry}: ${kb(b.minifiedBytes)} minified, ${kb(b.gzipBytes)} gzip; largest parts (minified):`,
    ...b.byPackage.map(
      (c) => `  ${c.name.padEnd(28)} ${kb(c.bytes).padStart(9)}  ${share(c.bytes)}`,
    ),
    '  largest folders:',
    ...b.byFolder.map(
      (c) => `  ${c.name.padEnd(28)} ${kb(c.bytes).padStart(9)}  ${share(c.bytes)}`,
    ),
  ].join('\n');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatContributors(await measureBundle()));
}
