import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/run-cli.js';

/** The repository root (where package.json, examples/ and criteria/ are). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What one CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Options of a fake terminal: standard input bytes, and whether stderr is a terminal. */
export interface FakeTerminal {
  readonly stdin?: Uint8Array | undefined;
  readonly interactive?: boolean | undefined;
}

/** Runs the CLI in-process with a fake io that collects stdout and stderr. */
export async function cli(
  args: readonly string[],
  cwd: string = ROOT,
  terminal: FakeTerminal = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readStdin: async () => terminal.stdin ?? new Uint8Array(0),
    interactive: terminal.interactive ?? false,
    cwd,
  };
  const code = await runCli(args, io);
  return { code, out, err };
}

/** A fresh temporary folder; remove it with {@link removeDir}. */
export function tempDir(prefix = 'par-cli-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Removes a folder made by {@link tempDir}. */
export function removeDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/**
 * Splits a documented command line into arguments like a POSIX shell would for the simple
 * cases the docs use: whitespace separates, double or single quotes group, a trailing
 * `# comment` is dropped.
 */
export function splitArgs(line: string): string[] {
  const args: string[] = [];
  let cur = '';
  let has = false;
  let quote: '"' | "'" | undefined;
  for (const ch of line) {
    if (quote !== undefined) {
      if (ch === quote) quote = undefined;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
    } else if (ch === '#' && !has) {
      break;
    } else if (/\s/.test(ch)) {
      if (has) args.push(cur);
      cur = '';
      has = false;
    } else {
      cur += ch;
      has = true;
    }
  }
  if (quote !== undefined) throw new Error(`unbalanced quote in: ${line}`);
  if (has) args.push(cur);
  return args;
}

/**
 * Points every `--out X` / `-o X` / `--out=X` at a file of the same name in `dir`, so that
 * running documented examples never writes into the repository. Returns the new arguments and
 * the files that should appear.
 */
export function redirectOut(
  args: readonly string[],
  dir: string,
): { args: string[]; outputs: string[] } {
  const result: string[] = [];
  const outputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const next = args[i + 1];
    if ((a === '--out' || a === '-o') && next !== undefined) {
      const target = join(dir, basename(next));
      result.push(a, target);
      outputs.push(target);
      i++;
    } else if (a.startsWith('--out=')) {
      const target = join(dir, basename(a.slice('--out='.length)));
      result.push(`--out=${target}`);
      outputs.push(target);
    } else result.push(a);
  }
  return { args: result, outputs };
}
