import type { Lang } from '../format/number-format.js';
import type { CliIo } from './cli-io.js';

/** A progress callback that draws on a terminal's stderr and is silent when piped. */
export interface Progress {
  (done: number, total: number): void;
  /** Clears the progress line. */
  done(): void;
}

/** Shows "Đang đọc 12/120 hồ sơ…" on long batches when attached to a terminal. */
export function progress(io: CliIo, lang: Lang): Progress {
  let shown = false;
  const fn = ((done: number, total: number) => {
    if (!io.interactive || total < 20) return;
    shown = true;
    (io.status ?? io.err)(`\r${lang === 'vi' ? 'Đang đọc' : 'Reading'} ${done}/${total}…`);
  }) as Progress;
  fn.done = () => {
    if (shown) (io.status ?? io.err)('\r\u001b[K');
  };
  return fn;
}
