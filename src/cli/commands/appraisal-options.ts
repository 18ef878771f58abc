import type { ExtraOptions } from '../options.js';

/** Flags of `annex` (apart from the command, so that it loads only when run). */
export const ANNEX_OPTIONS: ExtraOptions = {
  title: { type: 'string' },
  subtitle: { type: 'string' },
};
