/**
 * Output volume: what `par-index score --format json` writes for the 12 example districts
 * (examples/minh-son/2023/districts; issue 9's target ≤ 300 KB), run in this process through the
 * CLI's own entry (`runCli`) so that it needs no build and no spawn.
 */
import { resolve } from 'node:path';
import { runCli } from '../src/cli/run-cli.js';

/** Bytes written, and how many results they hold. */
export interface OutputVolume {
  readonly folder: string;
  readonly bytes: number;
  readonly results: number;
}

/** Runs `score FOLDER --format json` and counts the UTF-8 bytes of standard output. */
export async function measureOutputVolume(
  root: string,
  folder = 'examples/minh-son/2023/districts',
): Promise<OutputVolume> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['score', folder, '--format', 'json'], {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readStdin: async () => new Uint8Array(),
    interactive: false,
    cwd: resolve(root),
  });
  const text = out.join('');
  if (code !== 0)
    throw new Error(`score --format json exited ${code}: ${err.join('').slice(0, 500)}`);
  const parsed = JSON.parse(text) as unknown;
  const results = Array.isArray(parsed)
    ? parsed.length
    : Array.isArray((parsed as { results?: unknown[] }).results)
      ? (parsed as { results: unknown[] }).results.length
      : 1;
  return { folder, bytes: Buffer.byteLength(text, 'utf8'), results };
}
