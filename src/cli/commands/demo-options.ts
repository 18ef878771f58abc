import type { ExtraOptions } from '../options.js';

/** Flags of `demo` (apart from the command, so that it loads only when run). */
export const DEMO_OPTIONS: ExtraOptions = { write: { type: 'string' } };
