import type { Lang } from '../format/number-format.js';
import type { CliIo } from './cli-io.js';

/** A progress callback that draws on a terminal's stderr and is silent when piped. */
export interface Progress {
  (done: number, total: number): void;
  /** Clears the progress line. */
  done(): void;
}

/**
 * Shows "Đang đọc 12/120…" (or another verb) on long work when attached to a terminal; silent
 * when piped, so files and pipes get only the result.
 */
export function progress(
  io: CliIo,
  lang: Lang,
  verb: readonly [vi: string, en: string] = ['Đang đọc', 'Reading'],
): Progress {
  let shown = false;
  const fn = ((done: number, total: number) => {
    if (!io.interactive || total < 20) return;
    shown = true;
    (io.status ?? io.err)(`\r${lang === 'vi' ? verb[0] : verb[1]} ${done}/${total}…`);
  }) as Progress;
  fn.done = () => {
    if (shown) (io.status ?? io.err)('\r\u001b[K');
  };
  return fn;
}
