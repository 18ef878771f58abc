/** What a CLI command may touch of its surroundings; tests pass their own. */
export interface CliIo {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /**
   * Writes bytes to standard output (for `--out -` or `--out /dev/stdout` with a binary
   * format); without it such bytes go through the file system path.
   */
  readonly outBytes?: ((bytes: Uint8Array) => void) | undefined;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /**
   * Reads all of standard input (for `-`), but may stop once it has more than `limit` bytes:
   * callers refuse anything longer than `limit`, so `< /dev/zero` ends quickly.
   */
  readonly readStdin: (limit?: number) => Promise<Uint8Array>;
  /**
   * Writes trusted status text (progress, drawn with a carriage return) to standard error as
   * is; `out` and `err` show control characters escaped. Defaults to `err`.
   */
  readonly status?: ((text: string) => void) | undefined;
  /** Whether standard error is a terminal (progress is shown only then). */
  readonly interactive: boolean;
  /** Working directory against which relative paths are resolved. */
  readonly cwd: string;
}

/** Exit codes: 0 success, 1 input problems found, 2 usage error. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

/** A usage error: wrong flags or arguments (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
